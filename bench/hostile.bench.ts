import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { repoFile } from "../test/helpers";
import {
  cornerCell,
  sheetBomb,
  stringsBomb,
  sumChain,
  wholeSheetSum,
  zippedWorkbook,
} from "../test/support/hostile-files";

/**
 * What a bureau meets in a year's batch: a 200,000-row export of the budget system, scored by the built
 * command line (time and peak memory), and a review over a folder of the sample's copies with crafted
 * files among them (zip bombs, a far corner cell, formula chains, links and a pipe). Prints figures,
 * asserts nothing timed. Needs npm run build:cli.
 */
const BIN = repoFile("build", "cli", "perf-score.js");

/** The CLI in a child process that reports its peak memory (its worker threads included) as it ends. */
function timed(args: string[], cwd: string) {
  const probe = join(cwd, "probe.js");
  writeFileSync(
    probe,
    `process.on("exit", () => process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n"));`
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", probe, BIN, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  return { run, seconds, rss };
}

async function export200k(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet("导出数据");
  ws.addRow([
    "单位",
    "预算指标",
    "科目编码",
    "科目名称",
    "月份",
    "预算数",
    "累计支出",
    "支出进度",
    "资金性质",
    "备注",
  ]).commit();
  for (let i = 0; i < 200_000; i++)
    ws.addRow([
      "某区图书馆",
      `指标${i}`,
      2070101 + (i % 50),
      "文化支出",
      (i % 12) + 1,
      1000 + i,
      500 + i / 2,
      0.5,
      "一般公共预算",
      `摘要${i}`,
    ]).commit();
  await ws.commit();
  await wb.commit();
}

it("prints the time of a 200,000-row export and of a review with crafted files among the units'", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-hostile-"));
  try {
    const big = join(dir, "导出200000行.xlsx");
    await export200k(big);
    const score = timed(["score", big, "-o", join(dir, "导出-评分表.xlsx")], dir);
    const folder = join(dir, "各单位");
    mkdirSync(folder);
    for (let i = 1; i <= 20; i++)
      copyFileSync(repoFile("examples", "longgang-2021.xlsx"), join(folder, `单位${i}.xlsx`));
    const crafted: [string, Buffer][] = [
      ["角落.xlsx", await cornerCell()],
      ["表格炸弹.xlsx", await sheetBomb(420, "blanks")],
      ["单元格炸弹.xlsx", await sheetBomb(200, "cells")],
      ["文字炸弹.xlsx", await stringsBomb()],
      ["公式链.xlsx", await sumChain(60)],
      ["整表求和.xlsx", await wholeSheetSum()],
      ["压缩包.xlsx", await zippedWorkbook()],
    ];
    for (const [name, bytes] of crafted) writeFileSync(join(folder, name), bytes);
    symlinkSync("..", join(folder, "上一级"));
    symlinkSync("/dev/zero", join(folder, "零.xlsx"));
    spawnSync("mkfifo", [join(folder, "管道.xlsx")]);
    const review = timed(["review", "各单位", "-o", "汇总.xlsx"], dir);
    const line =
      /用时 ([\d.]+) 秒（查找文件 ([\d.]+) 秒，读取计分 ([\d.]+) 秒，写出汇总 ([\d.]+) 秒）/.exec(
        review.run.stdout
      );
    console.log(
      [
        `200,000-row export (2,000,010 cells, no figure of the framework among them): read and analysed in ${score.seconds.toFixed(1)} s, peak memory ${score.rss.toFixed(0)} MB`,
        `review of 20 workbooks and ${crafted.length} crafted files, 2 links and a pipe: ${review.seconds.toFixed(1)} s in all` +
          (line
            ? ` (finding ${line[2]} s, reading and scoring ${line[3]} s, summary ${line[4]} s)`
            : "") +
          `, peak memory ${review.rss.toFixed(0)} MB, exit ${review.run.status}`,
      ].join("\n")
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
