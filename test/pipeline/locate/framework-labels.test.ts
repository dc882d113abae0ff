import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { readFramework } from "../../../src/core";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { analyzeWorkbook } from "../../../src/pipeline/analyze";
import { coreValue } from "../../../src/pipeline/normalize";
import { plain, repoFile } from "../../helpers";

/**
 * A framework's own inputs are found in the unit's tables by the wording the framework gives them. The
 * table is the 收入支出决算总表 as ../shared/reference/public-table-layouts.md describes it: two halves
 * side by side (项目 | 行次 | 金额), a 栏次 row, 年初结转和结余 on the left, 年末结转和结余 on the right, in 元.
 */
function finalAccountsTotal(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("收入支出决算总表");
  ws.getCell("A1").value = "收入支出决算总表";
  ws.mergeCells("A1:F1");
  ws.getCell("A2").value = "编制单位：某区图书馆";
  ws.getCell("F2").value = "金额单位：元";
  ws.getCell("A3").value = "收入";
  ws.mergeCells("A3:C3");
  ws.getCell("D3").value = "支出";
  ws.mergeCells("D3:F3");
  ["项目", "行次", "金额", "项目", "行次", "金额"].forEach(
    (h, i) => (ws.getCell(4, i + 1).value = h)
  );
  ["栏次", "", 1, "栏次", "", 2].forEach(
    (h, i) => (ws.getCell(5, i + 1).value = h === "" ? null : h)
  );
  const rows: [string, number, number, string, number, number][] = [
    ["一、一般公共预算财政拨款收入", 1, 30_000_000, "一、一般公共服务支出", 29, 20_000_000],
    ["本年收入合计", 10, 30_000_000, "本年支出合计", 50, 29_500_000],
    ["年初结转和结余", 11, 500_000, "结余分配", 51, 0],
    ["", 0, 0, "年末结转和结余", 52, 1_000_000],
    ["总计", 12, 30_500_000, "总计", 53, 30_500_000],
  ];
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v !== "" && !(c === 1 && v === 0 && r[0] === "") && !(c === 2 && r[0] === ""))
        ws.getCell(6 + i, c + 1).value = v;
    })
  );
  return wb;
}

describe("a framework's own inputs in the unit's tables", () => {
  it("are found by the framework's wording, converted from 元, and scored", async () => {
    const read = readFramework(
      JSON.parse(
        readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
      )
    );
    if (!read.ok) throw new Error("fixture");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await finalAccountsTotal().xlsx.writeBuffer());
    const analysis = analyzeWorkbook(snapshotOf(wb), { framework: read.framework });
    const at = (key: string) => analysis.located.inputs.get(key)!;
    expect([plain(coreValue(at("carryOverLastYear"))), at("carryOverLastYear").col]).toEqual([
      50, 3,
    ]);
    expect([plain(coreValue(at("balanceAmount"))), at("balanceAmount").col]).toEqual([100, 6]);
    expect(analysis.result.indicators.find((i) => i.id === "balance")).toMatchObject({
      computed: 0,
      explanation: "结转结余总额为100，超过上年结转（50），得0分。",
    });
  });

  it("are not looked for under the built-in framework, which does not know them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await finalAccountsTotal().xlsx.writeBuffer());
    expect(analyzeWorkbook(snapshotOf(wb)).located.inputs.has("carryOverLastYear")).toBe(false);
  });
});
