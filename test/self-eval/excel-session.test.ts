import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { SelfEvalTable } from "../../src/core";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { ExcelSession } from "../../src/taskpane/session/excel-session";
import { repoFile } from "../helpers";
import { fakeOf, type FakeExcel } from "../support/fake-excel";
import { addSelfEvalSheet, workbookBytes } from "../support/self-eval-workbook";

/** The pane's 生成自评表 inside Excel: Office.js calls on the strict fake, round trips counted. */
const published = (f: string): SelfEvalTable => {
  const t = JSON.parse(
    readFileSync(repoFile("test", "fixtures", "self-eval", "published", f), "utf8")
  );
  return { ...t, name: t.title };
};
const PUTUO = published("sh-putuo-sports-2022-settlement.json");

async function formsInFake(count: number): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  const tables = Array.from({ length: count }, (_, i) => ({ ...PUTUO, name: `项目${i + 1}` }));
  addSelfEvalSheet(wb, "项目自评", tables, {});
  return fakeOf(snapshotOf(await loadWorkbook(await workbookBytes(wb))));
}

describe("the 自评表 written into the open workbook", () => {
  it("adds one form per project and the summary in one write, whatever the number of projects", async () => {
    const syncs: number[] = [];
    for (const count of [1, 2, 12]) {
      const fake = await formsInFake(count);
      const before = new Map(fake.sheets[0].cells);
      const written = await new ExcelSession("项目.xlsx", "zh-CN", fake.run).generateSelfEval();
      syncs.push(fake.syncs);
      expect(written.sheets).toHaveLength(count === 1 ? 1 : count + 1);
      expect(fake.sheets.map((s) => s.name)).toEqual(["项目自评", ...written.sheets]);
      expect(written.forms.map((f) => f.total)).toEqual(Array(count).fill(98.62));
      // The unit's own sheet is left as it was.
      expect(new Map(fake.sheets[0].cells)).toEqual(before);
    }
    expect(new Set(syncs).size).toBe(1);
    const fake = await formsInFake(2);
    await new ExcelSession("项目.xlsx", "zh-CN", fake.run).generateSelfEval();
    const form = fake.sheets.find((s) => s.name === "自评表-项目2")!;
    expect([...form.cells.values()].some((c) => c.formula?.startsWith("IF(COUNT("))).toBe(true);
    const summary = fake.sheets.find((s) => s.name === "自评汇总")!;
    expect([...summary.cells.values()].map((c) => c.formula).filter(Boolean)).toContain(
      `IF('自评表-项目2'!H15="","",'自评表-项目2'!H15)`
    );
  });

  it("a write that fails half way leaves none of the forms behind, and says so", async () => {
    const fake = await formsInFake(3);
    fake.failFormats = true;
    await expect(
      new ExcelSession("项目.xlsx", "zh-CN", fake.run).generateSelfEval()
    ).rejects.toMatchObject({ name: "SheetWriteError" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["项目自评"]);
  });
});
