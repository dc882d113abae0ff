/**
 * `npm test`: the stages in order — types, lint, the command line's build, the add-in's build (with the
 * offline page), then jest — each timed, stopping at the first that fails. Each stage is the package's
 * own script (package.json), so it is defined once. Jest prints its summary and failures only; the
 * benchmarks (`npm run bench`) print figures.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const STAGES = [
  ["types", npm, ["run", "-s", "typecheck"]],
  ["lint", npm, ["run", "-s", "lint"]],
  ["command line", npm, ["run", "-s", "build:cli"]],
  ["add-in and offline page", npm, ["run", "-s", "build"]],
  ["jest", path.join(root, "node_modules", ".bin", "jest"), process.argv.slice(2)],
];

const times = [];
for (const [name, command, args] of STAGES) {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  times.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (run.status !== 0) {
    console.error(`npm test: ${name} failed (${times.join(", ")})`);
    process.exit(run.status ?? 1);
  }
}
console.log(`npm test: ${times.join(", ")}`);
