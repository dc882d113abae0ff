import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scoreXlsx } from "../../../src/hosts/xlsx/file";
import { repoFile } from "../../helpers";
import { convert } from "../../support/libreoffice";

/**
 * The score sheet as it prints, by an engine we did not write: LibreOffice lays the scored workbook
 * out on A4 pages and pdftotext reads each page back. Every page of the table must be a table on its
 * own (its first-level column filled, never a blank merged remainder); the data block beside the table,
 * whose rows are the table's tall ones, stays off paper, and the printed legend says where it is.
 */
let pages: string[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-print-"));
  const { output } = await scoreXlsx(readFileSync(repoFile("examples", "longgang-2021.xlsx")), {
    mode: "portable",
  });
  const file = join(dir, "scored.xlsx");
  writeFileSync(file, output);
  const pdf = convert(file, "pdf", dir);
  pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim());
  // The score sheet is the last sheet: its pages run from its title to the end.
  pages = pages.slice(pages.findIndex((p) => p.includes("部门整体支出绩效自评评分表")));
}, 120_000);

describe("the printed score sheet (LibreOffice → PDF)", () => {
  it("starts every page of the table with its first-level indicator, named again when it continues", () => {
    const table = pages.filter((p) => p.includes("一级指标"));
    expect(table.length).toBeGreaterThan(1);
    for (const page of table) {
      const firstRow = page.split("\n").findIndex((l) => /分值/.test(l)) + 1;
      const body = page.split("\n").slice(firstRow).join("\n");
      expect(body).toMatch(/部门决策|部门管理|部门绩效/);
    }
    expect(table.slice(1).every((p) => p.includes("（续）"))).toBe(true);
    expect(table[0]).toContain("深圳市龙岗区图书馆2021年度部门整体支出绩效自评评分表");
  });

  it("shows a dash, not #N/A, where data is missing, says the override carried it, and explains its marks", () => {
    const all = pages.join("\n");
    expect(all).not.toContain("#N/A");
    expect(all).toContain("—");
    expect(all).toContain("全部21项已计分（其中4项缺少数据，得分由评价人确定）");
    expect(all).toMatch(/说明：“数据计算得分”是按“计分依据数据”和参考评分标准算出的得分/);
  });

  it("prints only finished table pages: no page of the data block, no input keys, the block's place named", () => {
    expect(pages.every((p) => p.includes("一级指标") || p.includes("审计发现"))).toBe(true);
    const all = pages.join("\n");
    expect(all).not.toContain("计分依据数据（");
    expect(all).not.toContain("基础数据表 绩效基础数据!");
    expect(all).not.toMatch(/budgetAlignedWithDuties|sanGongBudget/);
    expect(all.replace(/\s+/g, "")).toContain("计分依据数据在本表右侧（M列起）");
  });
});
