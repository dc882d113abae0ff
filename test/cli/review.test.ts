import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getFramework, placedIndicators } from "../../src/core";
import { cellValue } from "../../src/hosts/xlsx/read";
import { writeBatch, type Batch } from "../fixtures/review-batch";
import { repoFile } from "../helpers";

/**
 * `perf-score review` as a bureau runs it: the built CLI (worker threads and all) on a generated batch of
 * ≥ 50 varied workbooks, its summary read back cell by cell and checked against the units' own figures
 * scored from JSON — a different route to the same numbers.
 */
const BIN = repoFile("build", "cli", "perf-score.js");

const review = (cwd: string, ...args: string[]) =>
  spawnSync("node", [BIN, "review", ...args], { cwd, encoding: "utf8", timeout: 120_000 });

let root: string;
let batch: Batch;
let run: ReturnType<typeof review>;
let wb: ExcelJS.Workbook;
let rows: Map<string, (string | number | null)[]>;

/** What the cell shows: a link's text, a formula's cached result. */
const text = (cell: ExcelJS.Cell): string | number | null => {
  const v = cell.value;
  if (v !== null && typeof v === "object" && "hyperlink" in v) return String(v.text);
  return cellValue(cell) as string | number | null;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "review-"));
  batch = await writeBatch(join(root, "各单位"));
  run = review(root, "各单位", "-o", "汇总.xlsx");
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(root, "汇总.xlsx")) as unknown as ArrayBuffer);
  rows = new Map();
  wb.getWorksheet("汇总")!.eachRow((row, r) => {
    if (r < 4) return;
    const values = Array.from({ length: 11 }, (_, c) => text(row.getCell(c + 1)));
    rows.set(String(values[2]).replace(/^各单位\//, ""), values);
  });
}, 180_000);

describe("perf-score review on a year's batch", () => {
  it("reads at least 50 workbooks, lists the other files as skipped and exits 1 because some are unreadable", () => {
    expect(batch.expected.size).toBeGreaterThanOrEqual(50);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    for (const [file, why] of batch.skipped)
      expect(run.stdout).toMatch(new RegExp(`各单位/${escape(file)}  .*${why.source}`));
    // Not a terminal: one plain line per workbook, numbered.
    const lines = run.stdout.split("\n").filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(lines).toHaveLength(batch.expected.size);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^\\[${batch.expected.size}/${batch.expected.size}\\]`)
    );
    expect(run.stdout).toMatch(
      /用时 [\d.]+ 秒（查找文件 [\d.]+ 秒，读取计分 [\d.]+ 秒，写出汇总 [\d.]+ 秒）/
    );
    expect(run.stdout).toContain("已写入汇总表：汇总.xlsx");
  });

  it("has one row per workbook in 汇总, with the status each deserves", () => {
    expect([...rows.keys()].sort()).toEqual([...batch.expected.keys()].sort());
    for (const [file, e] of batch.expected) {
      const status = String(rows.get(file)![10]);
      if (e.status === "scored") expect(status).toBe("已计分");
      if (e.status === "notScored")
        expect(status).toMatch(
          e.why ? new RegExp(`^未计分：.*${e.why.source}`) : /^未计分：没有找到计分数据/
        );
      if (e.status === "unreadable") {
        expect(status).toMatch(/^无法读取：/);
        expect(status).toMatch(e.why);
      }
    }
  });

  it("gives each unit the totals, difference and grades of its figures scored from JSON", () => {
    const framework = getFramework()!;
    let claimsMore = 0;
    for (const [file, e] of batch.expected) {
      if (e.status !== "scored" || !e.review) continue;
      const [, unit, , data, claimed, difference, dataGrade, claimedGrade, notScored, findings] =
        rows.get(file)!;
      if (e.unit) expect(unit).toBe(e.unit);
      expect(data).toBe(e.review.dataTotal);
      expect(claimed).toBe(e.review.claimedTotal);
      expect(difference).toBe(e.review.difference);
      const grade = (g: string | null) => g ?? "—";
      expect(dataGrade).toBe(grade(e.review.dataGrade));
      expect(claimedGrade).toBe(grade(e.review.claimedGrade));
      expect([file, notScored]).toEqual([file, e.review.notScored.length]);
      if (e.fromTables) expect(findings).toBeGreaterThanOrEqual(e.review.findings.length);
      else expect([file, findings]).toEqual([file, e.review.findings.length]);
      if (e.claimsMore) claimsMore++;
    }
    expect(claimsMore).toBeGreaterThan(5);
    expect(placedIndicators(framework)).toHaveLength(21);
  });

  it("names units from their tables' 编制单位 line, else from the file", () => {
    expect(rows.get("外省/湖南某县文化馆.xlsx")![1]).toBe("湖南某县文化馆");
    const sanGong = [...rows.entries()].find(([f]) => f.includes("三公决算表（2021年后"))!;
    expect(sanGong[1][1]).toBe("某区文化馆");
    expect(rows.get("损坏/旧版.xls")![1]).toBe("旧版");
  });

  it("marks in red, by a rule on the difference, the rows where the claim exceeds the data", () => {
    const ws = wb.getWorksheet("汇总")!;
    const rules = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(rules).toHaveLength(1);
    expect(rules[0].ref).toBe(`A4:K${3 + rows.size}`);
    expect(rules[0].rules[0].formulae[0]).toBe("AND(ISNUMBER($F4),$F4>0)");
    expect(ws.autoFilter).toBe(`A3:K${3 + rows.size}`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      printTitlesRow: "3:3",
    });
  });

  it("lays out 指标得分 with data and claimed side by side and each column's mean, lowest and full marks", () => {
    const ws = wb.getWorksheet("指标得分")!;
    const framework = getFramework()!;
    const scored = [...batch.expected].filter(
      ([f, e]) => e.status === "scored" && !f.startsWith("外省/")
    );
    expect(ws.getCell(2, 3).value).toBe("预算编制合理性（5分）");
    expect([ws.getCell(3, 3).value, ws.getCell(3, 4).value]).toEqual(["数据", "自评"]);
    const last = 3 + scored.length;
    expect(ws.getCell(last, 2).value).not.toBeNull();
    expect(ws.getCell(last + 1, 1).value).toBe("平均分");
    expect(ws.getCell(last + 3, 1).value).toBe("满分单位数");
    // 公用经费控制率's claimed column: its figures, counted here, against the sheet's cached formulas.
    const n = placedIndicators(framework).findIndex(
      (p) => p.indicator.name["zh-CN"] === "公用经费控制率"
    );
    const claimedCol = 4 + n * 2;
    const claimed: number[] = [];
    for (let r = 4; r <= last; r++) {
      const v = ws.getCell(r, claimedCol).value;
      if (typeof v === "number") claimed.push(v);
    }
    const stat = (r: number) => text(ws.getCell(r, claimedCol));
    expect(stat(last + 2)).toBe(Math.min(...claimed));
    expect(stat(last + 3)).toBe(claimed.filter((v) => v === 6).length);
    expect(stat(last + 1)).toBeCloseTo(claimed.reduce((a, b) => a + b, 0) / claimed.length, 2);
    // The unit on another framework has its own sheet.
    expect(wb.getWorksheet("指标得分 (2)")!.getCell(4, 2).value).toBe("湖南某县文化馆");
  });

  it("lists every finding in 审计发现 with its unit, indicator and kind, and links to the source cell", () => {
    const ws = wb.getWorksheet("审计发现")!;
    const all = [...batch.expected.values()].filter((e) => e.status === "scored" && e.review);
    const findings: (string | number | null)[][] = [];
    ws.eachRow((row, r) => {
      if (r > 2) findings.push(Array.from({ length: 7 }, (_, c) => text(row.getCell(c + 1))));
    });
    const total = [...rows.values()].reduce((s, r) => s + (typeof r[9] === "number" ? r[9] : 0), 0);
    expect(findings).toHaveLength(total);
    expect(all.length).toBeGreaterThan(20);
    const kinds = new Set(findings.map((f) => f[4]));
    expect(kinds).toEqual(
      new Set(
        [
          "自评得分无数据支持",
          "缺少数据",
          "表间不一致",
          "来源不明确",
          "提示",
          "数据无法使用",
        ].filter((k) => kinds.has(k))
      )
    );
    expect(kinds.has("自评得分无数据支持")).toBe(true);
    expect(kinds.has("缺少数据")).toBe(true);
    const claim = findings.find((f) => f[4] === "自评得分无数据支持" && f[3] === "公用经费控制率")!;
    expect(String(claim[5])).toContain("公用经费控制率");
    // The source of a claim is the cell holding the evaluator's own score.
    expect(claim[6]).toMatch(/^绩效基础数据!D\d+$/);
    expect(ws.autoFilter).toBe(`A2:G${2 + findings.length}`);
    const linked = ws
      .getColumn(7)
      .values.find((v) => typeof v === "object" && v !== null && "hyperlink" in v) as
      { hyperlink: string } | undefined;
    expect(linked?.hyperlink).toMatch(/^各单位\/.+\.xlsx#'?[^!]+'?!\$?[A-Z]+\$?\d+$/);
  });

  it("draws the grade distribution and the totals as native charts on 图表", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(root, "汇总.xlsx")));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d\.xml$/.test(f));
    expect(charts.sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const bar = await zip.file("xl/charts/chart1.xml")!.async("string");
    const scatter = await zip.file("xl/charts/chart2.xml")!.async("string");
    expect(bar).toContain("<c:barChart>");
    expect(bar).toContain("<c:f>'图表'!$B$3:$B$7</c:f>");
    expect(scatter).toContain("<c:scatterChart>");
    expect(scatter).toContain(`<c:f>'汇总'!$D$4:$D$${3 + rows.size}</c:f>`);
    const ws = wb.getWorksheet("图表")!;
    const scoredCount = [...rows.values()].filter((r) => r[10] === "已计分").length;
    const column = (c: number) => [3, 4, 5, 6, 7].map((r) => text(ws.getCell(r, c)) as number);
    expect(column(2).reduce((a, b) => a + b, 0)).toBe(scoredCount);
    expect(column(3).reduce((a, b) => a + b, 0)).toBe(scoredCount);
  });

  it("never overwrites the summary without --overwrite, and passes by its own earlier summary", () => {
    const before = statSync(join(root, "汇总.xlsx")).mtimeMs;
    const again = review(root, "各单位", "-o", "汇总.xlsx");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("汇总.xlsx 已存在，如确要覆盖请加 --overwrite");
    expect(statSync(join(root, "汇总.xlsx")).mtimeMs).toBe(before);

    copyFileSync(join(root, "汇总.xlsx"), join(root, "各单位", "去年汇总.xlsx"));
    const third = review(root, "各单位/去年汇总.xlsx", "各单位/福田区", "-o", "各单位/汇总.xlsx");
    expect(third.stdout).toMatch(/各单位\/去年汇总\.xlsx {2}已跳过：之前生成的复核汇总表/);
    expect(third.status).toBe(0);
    const overwritten = review(root, "各单位/福田区", "-o", "各单位/汇总.xlsx", "--overwrite");
    expect(overwritten.status).toBe(0);
  });
});

describe("perf-score review --framework", () => {
  it("scores every workbook with the framework named, its own inputs known in every worker thread", async () => {
    const hunan = repoFile("test", "fixtures", "frameworks", "hunan-test.json");
    const r = review(root, "各单位/外省", "各单位/南山区", "-o", "湖南.xlsx", "--framework", hunan);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/无法读取：|Unknown input/);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(readFileSync(join(root, "湖南.xlsx")) as unknown as ArrayBuffer);
    expect(summary.worksheets.map((w) => w.name)).toEqual(["汇总", "指标得分", "审计发现", "图表"]);
    expect(String(summary.getWorksheet("指标得分")!.getCell(1, 1).value)).toContain(
      JSON.parse(readFileSync(hunan, "utf8")).title["zh-CN"]
    );
  });
});

describe("perf-score review's command line", () => {
  const cwd = mkdtempSync(join(tmpdir(), "review-usage-"));
  it.each([
    [["review"], /review 后面应给出单位工作簿所在的文件夹或文件/],
    [["review", "."], /review 需要 -o 指定汇总表/],
    [["review", ".", "-o", "汇总.csv"], /汇总表应以 \.xlsx 结尾/],
    [["review", ".", "-o", "汇总.xlsx", "--json"], /--json 只用于 score 命令/],
    [["review", ".", "-o", "不存在/汇总.xlsx"], /汇总表所在的文件夹 不存在 不存在/],
  ])("refuses %j with exit 2", (argv, message) => {
    const r = spawnSync("node", [BIN, ...argv], { cwd, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("reviews a workbook that does not exist as not found, and a folder without workbooks as nothing to do", () => {
    const missing = review(cwd, "没有这个.xlsx", "-o", "汇总.xlsx");
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/没有这个\.xlsx {2}无法读取：文件不存在/);
    const empty = mkdtempSync(join(tmpdir(), "review-empty-"));
    const none = review(empty, ".", "-o", "汇总-2.xlsx");
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("没有找到要复核的工作簿");
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
