/**
 * A bureau's review at scale: batches of 50, 200 and 400 workbooks like the sample (each its own unit,
 * figures and own scores varied in its 绩效基础数据 sheet), reviewed by the built CLI on worker threads
 * in a fresh process each. Prints workbooks per second, the time of each stage and the process's peak
 * memory, to see it stay flat as the batch grows. Asserts nothing. Needs npm run build:cli.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const root = path.join(__dirname, "..");
const { writeSampleBatch } = require("./sample-batch");

/** The CLI in a child process, reporting its peak memory (worker threads included) when it ends. */
function review(dir, out) {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      "-r",
      path.join(dir, "..", "probe.js"),
      path.join(root, "build", "cli", "perf-score.js"),
      "review",
      dir,
      "-o",
      out,
      "--lang",
      "en-US",
    ],
    { encoding: "utf8", env: { ...process.env }, input: "", maxBuffer: 64 << 20, cwd: dir }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { run, seconds };
}

(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "bench-review-"));
  fs.writeFileSync(
    path.join(base, "probe.js"),
    `process.on("exit", () => process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n"));`
  );
  console.log(`review of workbooks like the sample, ${os.availableParallelism()} cores`);
  for (const n of [50, 200, 400]) {
    const dir = path.join(base, `batch-${n}`);
    const t0 = Date.now();
    await writeSampleBatch(dir, n);
    const made = (Date.now() - t0) / 1000;
    const out = path.join(base, `summary-${n}.xlsx`);
    const { run, seconds } = review(dir, out);
    if (run.status !== 0) {
      console.log(`  ${n} workbooks: exit ${run.status}\n${run.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const stages =
      /Took ([\d.]+) s \(finding files ([\d.]+) s, reading and scoring ([\d.]+) s, writing the summary ([\d.]+) s\)/.exec(
        run.stdout
      );
    const rss = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
    console.log(
      `  ${String(n).padStart(3)} workbooks: ${(n / seconds).toFixed(1)} workbooks/s, ${seconds.toFixed(2)} s in all` +
        ` (process start ${(seconds - Number(stages[1])).toFixed(2)} s, finding files ${stages[2]} s,` +
        ` reading and scoring ${stages[3]} s, writing the summary ${stages[4]} s);` +
        ` peak memory ${rss.toFixed(0)} MB; summary ${(fs.statSync(out).size / 1024).toFixed(0)} KB` +
        ` (batch written in ${made.toFixed(1)} s)`
    );
  }
  fs.rmSync(base, { recursive: true, force: true });
})();
