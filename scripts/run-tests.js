/**
 * `npm test`: types, lint and the builds (the command line's, then the add-in's with the offline page) run
 * side by side — on two cores they take about as long as the slowest alone — then jest; each stage is
 * timed and the run stops when one fails. Each stage is the package's own script (package.json), so it
 * is defined once. Jest prints its summary and failures only; the benchmarks (`npm run bench`) print
 * figures.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Stages that run at the same time; each is a list of commands run one after the other. */
const CHECKS = [
  ["types", [[npm, ["run", "-s", "typecheck"]]]],
  ["lint", [[npm, ["run", "-s", "lint"]]]],
  [
    "builds",
    [
      [npm, ["run", "-s", "build:cli"]],
      [npm, ["run", "-s", "build"]],
    ],
  ],
];
const JEST = ["jest", [[path.join(root, "node_modules", ".bin", "jest"), process.argv.slice(2)]]];

const times = [];

/** Runs a stage's commands in turn; resolves with the exit status of the first that fails, or 0. */
async function stage([name, commands]) {
  const started = Date.now();
  let status = 0;
  for (const [command, args] of commands) {
    status = await new Promise((resolve) =>
      spawn(command, args, { cwd: root, stdio: "inherit" }).on("close", (code) =>
        resolve(code ?? 1)
      )
    );
    if (status !== 0) break;
  }
  times.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (status !== 0) console.error(`npm test: ${name} failed`);
  return status;
}

async function main() {
  const checks = await Promise.all(CHECKS.map(stage));
  const failed = checks.find((s) => s !== 0);
  const status = failed ?? (await stage(JEST));
  console[status ? "error" : "log"](`npm test: ${times.join(", ")}`);
  process.exit(status);
}

main();
