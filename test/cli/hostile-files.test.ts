import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
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

describe("review walks a unit's folder safely", () => {
  it("a link loop, a pipe, a link to a device and crafted workbooks are rows of the summary, and the run ends", async () => {
    const root = join(dir, "各单位");
    mkdirSync(join(root, "甲区"), { recursive: true });
    copyFileSync(repoFile("examples", "longgang-2021.xlsx"), join(root, "甲区", "图书馆.xlsx"));
    writeFileSync(join(root, "甲区", "角落.xlsx"), await cornerCell());
    writeFileSync(join(root, "甲区", "炸弹.xlsx"), await sheetBomb(420, "blanks"));
    symlinkSync("..", join(root, "甲区", "上一级"));
    symlinkSync("循环", join(root, "循环"));
    symlinkSync("/dev/zero", join(root, "零.xlsx"));
    execFileSync("mkfifo", [join(root, "管道.xlsx")]);
    const started = Date.now();
    const r = spawnSync("node", [BIN, "review", "各单位", "-o", "汇总.xlsx"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 150_000,
    });
    noTrace(r.stderr);
    expect((Date.now() - started) / 1000).toBeLessThan(120);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/各单位\/甲区\/上一级 +指向已经查找过的文件夹/);
    expect(r.stdout).toMatch(/各单位\/循环 +不是普通文件/);
    expect(r.stdout).toMatch(/各单位\/零\.xlsx +不是普通文件/);
    expect(r.stdout).toMatch(/各单位\/管道\.xlsx +不是普通文件/);
    expect(r.stdout).toMatch(/角落\.xlsx +.*XFD1048576/);
    expect(r.stdout).toMatch(/炸弹\.xlsx +.*超过 300 MB/);
    expect(r.stdout).toMatch(/图书馆\.xlsx +已计分/);
    expect(readdirSync(dir)).toContain("汇总.xlsx");
  });
});

describe("writes that cannot clobber", () => {
  it("two runs writing the same new output: one writes it, the other says so and writes nothing", async () => {
    const out = join(dir, "同一个.xlsx");
    const sample = repoFile("examples", "longgang-2021.xlsx");
    const both = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<{ code: number | null; err: string }>((done) => {
            const p = spawn("node", [BIN, "score", sample, "-o", out], { cwd: dir });
            let err = "";
            p.stderr.on("data", (d) => (err += d));
            p.on("close", (code) => done({ code, err }));
          })
      )
    );
    expect(both.map((b) => b.code).sort()).toEqual(
      [0, both.some((b) => b.code === 0) ? 1 : 0].sort()
    );
    const loser = both.find((b) => b.code !== 0);
    if (loser) expect(loser.err).toMatch(/同名文件已经存在|已存在/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("outputs of one run that share a name are refused before anything is written; .xlsm stays .xlsm", async () => {
    const sample = readFileSync(repoFile("examples", "longgang-2021.xlsx"));
    writeFileSync(join(dir, "x.xlsx"), sample);
    writeFileSync(join(dir, "x.xlsm"), sample);
    const same = spawnSync("node", [BIN, "score", "x.xlsx", "./x.xlsx"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/x\.xlsx、\.\/x\.xlsx 的评分副本都会写到 x-评分表\.xlsx/);
    const ok = spawnSync("node", [BIN, "score", "x.xlsx", "x.xlsm"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["x-评分表.xlsx", "x-评分表.xlsm"]));
  });

  it("Ctrl+C at any moment leaves either the whole copy or none, and no temporary file", async () => {
    const sample = repoFile("examples", "longgang-2021.xlsx");
    for (const after of [200, 700, 1200]) {
      const folder = mkdtempSync(join(dir, "int-"));
      const code = await new Promise<number | null>((done) => {
        const p = spawn("node", [BIN, "score", sample, "-o", "副本.xlsx"], { cwd: folder });
        setTimeout(() => p.kill("SIGINT"), after);
        p.on("close", (c) => done(c));
      });
      const left = readdirSync(folder);
      expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      if (left.includes("副本.xlsx"))
        await expect(loadWorkbook(readFileSync(join(folder, "副本.xlsx")))).resolves.toBeTruthy();
      // Before the handler is set, the signal ends node at once (code null): nothing was written then either.
      expect([0, 130, null]).toContain(code);
    }
  });
});
