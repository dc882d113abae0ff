import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellValue } from "../../src/hosts/xlsx/read";
import { writeBatch } from "../fixtures/review-batch";
import { repoFile } from "../helpers";
import { convert, recalculate } from "../support/libreoffice";

/**
 * The review's summary in an engine we did not write: LibreOffice recalculates its formulas (the
 * differences, the grade counts, the columns' statistics) to the values the summary caches, prints it
 * on A4 landscape pages with the header on each, and draws both charts — the chart page of the PDF
 * holds their titles, axis titles and legends, which only a drawn chart puts there.
 */
let dir: string;
let summary: string;
let pages: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "review-lo-"));
  await writeBatch(join(dir, "各单位"), 40);
  const run = spawnSync(
    "node",
    [repoFile("build", "cli", "perf-score.js"), "review", "各单位", "-o", "汇总.xlsx"],
    { cwd: dir, encoding: "utf8" }
  );
  expect(run.status).toBe(1);
  summary = join(dir, "汇总.xlsx");
  const pdf = convert(summary, "pdf", dir);
  pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim());
}, 240_000);

describe("the review summary in LibreOffice", () => {
  it("recalculates every formula to the value the summary caches", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(summary) as unknown as ArrayBuffer);
    const sheets = recalculate([summary]).get(summary)!;
    let formulas = 0;
    for (const ws of wb.worksheets) {
      const csv = sheets.get(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (!cell.formula) return;
          formulas++;
          const cached = cellValue(cell);
          const recalculated = csv[r - 1][c - 1];
          if (typeof cached === "number") expect(Number(recalculated)).toBeCloseTo(cached, 9);
          else expect(recalculated).toBe(cached ?? "");
        })
      );
    }
    expect(formulas).toBeGreaterThan(100);
  });

  it("prints 汇总 on A4 landscape pages, each starting with the header row", () => {
    const overview = pages.filter((p) => /序号\s+单位\s+文件\s+数据得分/.test(p));
    expect(overview.length).toBeGreaterThan(1);
    expect(pages[0]).toContain("部门整体支出绩效自评复核汇总");
    for (const p of overview) expect(p).toMatch(/序号\s+单位\s+文件\s+数据得分\s+自评得分/);
  });

  it("draws both charts, with their titles, axes and legends", () => {
    const charts = pages.find((p) => p.includes("自评得分与数据得分"))!;
    expect(charts).toBeDefined();
    for (const words of [
      "等级分布（单位数）",
      "数据得分",
      "自评得分",
      "按数据",
      "按自评",
      "各单位",
      "自评＝数据",
      "单位数",
    ])
      expect(charts).toContain(words);
  });
});
