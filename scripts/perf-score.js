/**
 * `npm run perf-score -- …`: the command-line tool, compiled again only when a source is newer than the
 * last build (the compiler alone takes about two seconds), then run in this process. With --build (what
 * `npm run build:cli` and npm's prepare run) it only compiles, when stale, so the first command after
 * `npm ci` does not compile again what prepare just built.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const stamp = path.join(root, "build", "cli", ".built");
const config = path.join(root, "tsconfig.cli.json");

/** The newest modification time among the sources the CLI is compiled from. */
function newestSource() {
  const { include } = JSON.parse(fs.readFileSync(config, "utf8"));
  let newest = Math.max(
    fs.statSync(config).mtimeMs,
    fs.statSync(path.join(root, "tsconfig.json")).mtimeMs
  );
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of include) walk(path.join(root, dir));
  return newest;
}

const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (newestSource() > built) {
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", config], {
    cwd: root,
    stdio: "inherit",
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString() + "\n");
}
if (process.argv[2] !== "--build") require(path.join(root, "build", "cli", "perf-score.js"));
