import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  cornerCell,
  oddValues,
  sheetBomb,
  stringsBomb,
  sumChain,
  wholeSheetSum,
  zippedWorkbook,
} from "../support/hostile-files";
import { repoFile } from "../helpers";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { setCellValues } from "../../src/hosts/xlsx/patch";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { analyzeWorkbook } from "../../src/pipeline/analyze";

/**
 * The built command line on small crafted files a unit might send: each ends within seconds with one
 * line in Chinese naming what is wrong, no stack trace, no file but the one asked for (none when nothing
 * was scored), and the original untouched.
 */
const BIN = repoFile("build", "cli", "perf-score.js");
jest.setTimeout(180_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "perf-hostile-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string, bytes: Buffer, ...args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const started = Date.now();
  const r = spawnSync("node", [BIN, "score", file, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
  });
  return {
    ...r,
    seconds: (Date.now() - started) / 1000,
    unchanged: readFileSync(file).equals(bytes),
    files: readdirSync(dir).sort(),
  };
}

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:|RangeError|TypeError/);

describe("crafted workbooks end in a clear message, quickly, with nothing written", () => {
  it.each([
    ["corner.xlsx", cornerCell, /工作表 数据 的数据一直延伸到 XFD1048576/],
    [
      "sheet-bomb.xlsx",
      () => sheetBomb(420, "blanks"),
      /xl\/worksheets\/sheet1\.xml 解压后超过 300 MB/,
    ],
    ["cells-bomb.xlsx", () => sheetBomb(200, "cells"), /工作簿的单元格超过 4,000,000 个/],
    ["strings-bomb.xlsx", () => stringsBomb(), /共享字符串.*超过 100 MB/],
    ["zipped.zip", zippedWorkbook, /这是一个压缩包，里面装的是工作簿（某区图书馆\.xlsx）/],
  ])("%s", async (name, make, message) => {
    const r = await run(name, await make());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    noTrace(r.stderr);
    expect(r.seconds).toBeLessThan(60);
    expect(r.unchanged).toBe(true);
    expect(r.files.filter((f) => f.includes("评分表") || f.endsWith(".tmp"))).toEqual([]);
  });

  it("a 60-cell chain of SUMs and a SUM over a whole sheet are worked out in time, a cycle is no hang", async () => {
    for (const [name, bytes] of [
      ["chain.xlsx", await sumChain(60)],
      ["whole.xlsx", await wholeSheetSum()],
    ] as const) {
      const r = await run(name, bytes, "--json");
      noTrace(r.stderr);
      expect(r.seconds).toBeLessThan(30);
      expect(r.unchanged).toBe(true);
    }
  });

  it("a cell that is NaN or INF makes that input unusable, naming its cell, not the workbook", async () => {
    const scan = await run("odd.xlsx", await oddValues(), "--json");
    noTrace(scan.stderr);
    expect(scan.status).toBe(0);
    const sample = readFileSync(repoFile("examples", "longgang-2021.xlsx"));
    const cells = analyzeWorkbook(snapshotOf(await loadWorkbook(sample))).located.inputCells!;
    const at = (key: string) => cells.get(key)!;
    const planted = await setCellValues(sample, [
      {
        sheet: "绩效基础数据",
        row: at("staffOnPayroll").row,
        col: at("staffOnPayroll").col,
        value: NaN,
      },
      {
        sheet: "绩效基础数据",
        row: at("contractStaff").row,
        col: at("contractStaff").col,
        value: Infinity,
      },
    ]);
    const r = await run("odd-template.xlsx", Buffer.from(planted), "--json");
    noTrace(r.stderr);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.total).toBe(96);
    const staff = result.indicators.find((i: { name: string }) => i.name === "编外人员控制率");
    expect(staff.computed).toBeNull();
    expect(result.findings.join("\n")).toMatch(/“NaN”不是有效的数字/);
    expect(result.sources.staffOnPayroll).toMatchObject({
      cell: `绩效基础数据!E${at("staffOnPayroll").row}`,
      value: "NaN",
    });
  });
});
