import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellValue } from "../../src/hosts/xlsx/read";
import { runCli } from "../cli/run-cli";
import { repoFile } from "../helpers";
import { addSelfEvalSheet, workbookBytes } from "../support/self-eval-workbook";

/** A bureau's review of a folder holding a unit's 部门整体 workbook and a workbook of project 自评表. */
describe("perf-score review summarises 绩效自评表 workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-review-forms-"));
  const published = (f: string) => {
    const t = JSON.parse(
      readFileSync(repoFile("test", "fixtures", "self-eval", "published", f), "utf8")
    );
    return { ...t, name: t.title };
  };
  let summary: ExcelJS.Workbook;
  let out: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addSelfEvalSheet(wb, "项目自评", [
      published("sh-putuo-sports-2022-settlement.json"),
      published("yn-yongde-minglang-2022-nutrition.json"),
    ]);
    writeFileSync(join(dir, "项目自评表.xlsx"), await workbookBytes(wb));
    writeFileSync(
      join(dir, "龙岗图书馆.xlsx"),
      readFileSync(repoFile("examples", "longgang-2021.xlsx"))
    );
    const output = join(dir, "汇总.xlsx");
    const run = await runCli([
      "review",
      join(dir, "项目自评表.xlsx"),
      join(dir, "龙岗图书馆.xlsx"),
      "-o",
      output,
    ]);
    expect(run.code).toBe(0);
    out = run.out;
    summary = new ExcelJS.Workbook();
    await summary.xlsx.load(run.written[output] as unknown as ArrayBuffer);
  });

  it("lists every form with the rules' score beside the total the unit gave, a total above the rules' marked", () => {
    const ws = summary.getWorksheet("项目自评")!;
    const row = (r: number) =>
      Array.from({ length: 13 }, (_, c) => {
        const cell = ws.getCell(r, c + 1);
        const v = cell.value;
        return v !== null && typeof v === "object" && "hyperlink" in v
          ? String(v.text)
          : cellValue(cell);
      });
    expect(row(4).slice(3, 12)).toEqual([
      "普陀体育中心与委托运营方结算费用",
      "项目支出绩效自评表（财预〔2020〕10号）",
      250000,
      215457.6,
      0.8618304,
      98.62,
      98.62,
      0,
      "优",
    ]);
    expect(row(5).slice(8, 11)).toEqual([99.8, 96, -3.8]);
    expect(String(row(5)[12])).toContain("“资金到位及时率”填报得分 7，按评分规则应为 10");
    expect(ws.getCell(6, 4).value).toBeNull();
  });

  it("says on the overview that the workbook holds only forms, and scores the framework workbook as before", () => {
    const ws = summary.getWorksheet("汇总")!;
    const status = (r: number) => String(cellValue(ws.getCell(r, 11)));
    const byFile = new Map(
      [4, 5].map((r) => [String((ws.getCell(r, 3).value as { text: string }).text), status(r)])
    );
    expect([...byFile.entries()].find(([f]) => f.endsWith("项目自评表.xlsx"))![1]).toBe(
      "未计分：仅有绩效自评表 2 张（见“项目自评”表）"
    );
    expect([...byFile.entries()].find(([f]) => f.endsWith("龙岗图书馆.xlsx"))![1]).toBe("已计分");
    expect(out).toContain("仅有绩效自评表 2 张");
  });
});
