/**
 * `npm test`: the stages in order — types, lint, the command line's build, the add-in's build (with the
 * offline page), then jest — each timed, stopping at the first that fails. Jest prints its summary and
 * failures only; the benchmarks (`npm run bench`) print figures.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const STAGES = [
  ["types", process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"]],
  [
    "types (core)",
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.core.json"],
  ],
  ["lint", bin("eslint"), ["."]],
  ["command line", process.execPath, [path.join(__dirname, "perf-score.js"), "--build"]],
  [
    "add-in and offline page",
    bin("webpack"),
    ["--mode", "production", "--stats", "errors-warnings"],
  ],
  ["jest", bin("jest"), process.argv.slice(2)],
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
