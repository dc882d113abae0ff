import ExcelJS from "exceljs";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { renderFinding } from "../../../src/core";
import { scoreXlsx } from "../../../src/hosts/xlsx/file";
import { analyzeWorkbook } from "../../../src/pipeline/analyze";
import { cellText, sourceText } from "../../../src/pipeline/locate/where";
import { sanGongSheet } from "../../fixtures/corpus-workbooks";
import { LABEL_FIXTURES } from "../../fixtures/label-workbooks";
import { coreValue } from "../../../src/pipeline/normalize";
import { plain } from "../../helpers";

/**
 * The 财政拨款“三公”经费支出决算表 every unit publishes, laid out as ../shared/reference/public-table-layouts.md
 * describes it: no row labels; column groups 预算数 and 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费
 * (小计 | 购置费 | 运行费) | 公务接待费, merged over two header rows; a 栏次 row of 1 … 12; one row of values.
 */
async function sanGongTable(options: {
  title: string;
  unit: "元" | "万元";
  car: string;
  values: number[];
}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  sanGongSheet(wb, options.title, options.unit, options.car, options.values);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await wb.xlsx.writeBuffer());
  return read;
}

const located = async (wb: ExcelJS.Workbook) => {
  const a = analyzeWorkbook(snapshotOf(wb));
  const at = (key: string) => a.located.inputs.get(key);
  return {
    budget: at("sanGongBudget"),
    actual: at("sanGongActual"),
    value: (key: string) => {
      const l = at(key);
      return l ? plain(coreValue(l)) : undefined;
    },
  };
};

describe("the 三公 table of the published final accounts", () => {
  it("post-2021 name, in 元: budget and actual totals from 预算数 › 合计 and 决算数 › 合计, the 栏次 row never taken", async () => {
    const wb = await sanGongTable({
      title: "财政拨款“三公”经费支出决算表",
      unit: "元",
      car: "公务用车购置及运行费",
      values: [110000, 0, 80000, 0, 80000, 30000, 39800, 0, 31800, 0, 31800, 8000],
    });
    const { budget, actual, value } = await located(wb);
    expect([value("sanGongBudget"), budget?.row, budget?.col, budget?.ambiguous]).toEqual([
      11,
      7,
      1,
      undefined,
    ]);
    expect([value("sanGongActual"), actual?.row, actual?.col]).toEqual([3.98, 7, 7]);
  });

  it("pre-2021 name, in 万元, 公务用车运行维护费: the same two figures", async () => {
    const wb = await sanGongTable({
      title: "一般公共预算财政拨款“三公”经费支出决算表",
      unit: "万元",
      car: "公务用车购置及运行维护费",
      values: [11, 0, 8, 0, 8, 3, 3.98, 0, 3.18, 0, 3.18, 0.8],
    });
    const { value } = await located(wb);
    expect([value("sanGongBudget"), value("sanGongActual")]).toEqual([11, 3.98]);
  });
});

/**
 * Budget execution as units keep it (the reference's “Budget execution” section): 累计支出 amounts beside a
 * 支出进度 percentage and a 全年预算, with the quarters as rows or as month-end columns.
 */
describe("budget execution with a 支出进度 percentage and a 全年预算 beside the amounts", () => {
  const read = async (wb: ExcelJS.Workbook) => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const a = analyzeWorkbook(snapshotOf(back));
    return (key: string) => {
      const l = a.located.inputs.get(key);
      return l && !l.ambiguous ? plain(coreValue(l)) : l?.ambiguous ? "ambiguous" : undefined;
    };
  };

  it("quarters as rows: the amounts are taken, never the percentages or the year's budget", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("预算执行");
    ws.getCell("A1").value = "2023年度预算执行情况";
    ws.getCell("E2").value = "单位：万元";
    ["季度", "全年预算", "累计支出", "支出进度", "序时进度"].forEach(
      (h, i) => (ws.getCell(3, i + 1).value = h)
    );
    [
      ["第一季度", 1000, 210.5, 0.2105, 0.25],
      ["第二季度", 1000, 480, 0.48, 0.5],
      ["第三季度", 1000, 760.25, 0.76025, 0.75],
      ["第四季度", 1000, 990, 0.99, 1],
    ].forEach((r, i) =>
      r.forEach((v, c) => {
        const cell = ws.getCell(4 + i, c + 1);
        cell.value = v;
        if (c >= 3) cell.numFmt = "0.00%";
      })
    );
    const value = await read(wb);
    expect(["spentQ1", "spentQ2", "spentQ3", "spentQ4"].map(value)).toEqual([
      210.5, 480, 760.25, 990,
    ]);
  });

  it("month-end columns with a 全年预算 column: 12月末 is the fourth quarter, 全年预算 is not", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("执行进度");
    ws.getCell("A1").value = "部门预算执行进度表";
    ws.getCell("F2").value = "单位：万元";
    ["项目", "3月末", "6月末", "9月末", "12月末", "全年预算"].forEach(
      (h, i) => (ws.getCell(3, i + 1).value = h)
    );
    ["累计支出", 210.5, 480, 760.25, 990, 1000].forEach((v, i) => (ws.getCell(4, i + 1).value = v));
    ["支出进度", "21.05%", "48.00%", "76.03%", "99.00%", "100%"].forEach(
      (v, i) => (ws.getCell(5, i + 1).value = v)
    );
    const value = await read(wb);
    expect(["spentQ1", "spentQ2", "spentQ3", "spentQ4"].map(value)).toEqual([
      210.5, 480, 760.25, 990,
    ]);
  });
});

/** The people, assets and satisfaction sheets of the reference's “Other sheets units keep”. */
describe("people, assets and satisfaction as units keep them", () => {
  it("finds 年末实有在编人数, 编外聘用人员（含劳务派遣）, the 合计 of assets by class (原值 | 其中：在用) and 总体满意度", async () => {
    const wb = new ExcelJS.Workbook();
    const people = wb.addWorksheet("人员情况");
    people.getCell("A1").value = "2023年人员情况表";
    [
      ["项目", "人数"],
      ["编制数", 45],
      ["年末实有在编人数", 42],
      ["编外聘用人员（含劳务派遣）", 6],
    ].forEach((r, i) => r.forEach((v, c) => (people.getCell(2 + i, 1 + c).value = v)));
    const assets = wb.addWorksheet("资产情况");
    assets.getCell("A1").value = "固定资产情况表";
    assets.getCell("C2").value = "单位：元";
    [
      ["资产类别", "原值", "其中：在用"],
      ["房屋及构筑物", 5_000_000, 5_000_000],
      ["通用设备", 1_200_000, 1_000_000],
      ["专用设备", 800_000, 600_000],
      ["家具、用具", 300_000, 250_000],
      ["合计", 7_300_000, 6_850_000],
    ].forEach((r, i) => r.forEach((v, c) => (assets.getCell(3 + i, 1 + c).value = v)));
    const survey = wb.addWorksheet("满意度");
    survey.getCell("A1").value = "2023年度读者满意度调查结果";
    [
      ["项目", "结果"],
      ["调查样本数", 500],
      ["总体满意度", 0.9395],
    ].forEach((r, i) => r.forEach((v, c) => (survey.getCell(2 + i, 1 + c).value = v)));
    survey.getCell("B4").numFmt = "0.00%";
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const a = analyzeWorkbook(snapshotOf(back));
    const found = (key: string) => {
      const l = a.located.inputs.get(key)!;
      return [l.sheet, l.row, l.col, plain(coreValue(l))];
    };
    expect(found("staffAuthorized")).toEqual(["人员情况", 3, 2, 45]);
    expect(found("staffOnPayroll")).toEqual(["人员情况", 4, 2, 42]);
    expect(found("contractStaff")).toEqual(["人员情况", 5, 2, 6]);
    expect(found("fixedAssetsTotal")).toEqual(["资产情况", 8, 2, 730]);
    expect(found("fixedAssetsInUse")).toEqual(["资产情况", 8, 3, 685]);
    expect(found("satisfaction")).toEqual(["满意度", 4, 2, 93.95]);
  });
});

describe("an audit of the unit's own tables", () => {
  const findings = async (wb: ExcelJS.Workbook) => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const a = analyzeWorkbook(snapshotOf(back));
    return a.result.findings.filter(
      (f) => f.code === "tableIdentity" || f.code === "tableRounding"
    );
  };

  it("三公 合计 against its parts and 公务用车 against purchase + running, with both cells and the difference", async () => {
    // 决算数 合计 printed 39,800 元 though its parts add to 39,000; 公务用车 小计 right; the budget side adds up.
    const wb = await sanGongTable({
      title: "财政拨款“三公”经费支出决算表",
      unit: "元",
      car: "公务用车购置及运行费",
      values: [110000, 0, 80000, 0, 80000, 30000, 39800, 0, 31000, 0, 31000, 8000],
    });
    const found = await findings(wb);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: "tableIdentity",
      kind: "inconsistent",
      cells: ["公开09表!G7", "公开09表!H7", "公开09表!I7", "公开09表!L7"],
    });
    const a = analyzeWorkbook(snapshotOf(wb));
    expect(renderFinding(found[0], a.framework, "zh-CN")).toBe(
      "“公开09表”表中决算数的“‘三公’经费合计”为3.98万元，而“因公出国（境）费”、“公务用车购置及运行费”、“公务接待费”之和为3.9万元，相差0.08万元，请核对。"
    );
  });

  it("a difference within 0.01 万元 is rounding, not an error", async () => {
    const wb = await sanGongTable({
      title: "财政拨款“三公”经费支出决算表",
      unit: "万元",
      car: "公务用车购置及运行费",
      values: [11, 0, 8, 0, 8, 3, 3.98, 0, 3.17, 0, 3.17, 0.8],
    });
    const found = await findings(wb);
    expect(found.map((f) => [f.code, f.kind, f.params.difference])).toEqual([
      ["tableRounding", "note", "0.01"],
    ]);
  });

  it("收入总计 against 支出总计 in the total table", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("收入支出决算总表");
    ws.getCell("A1").value = "收入支出决算总表";
    ws.getCell("F2").value = "金额单位：元";
    ["项目", "行次", "金额", "项目", "行次", "金额"].forEach(
      (h, i) => (ws.getCell(3, i + 1).value = h)
    );
    ["栏次", null, 1, "栏次", null, 2].forEach((h, i) => (ws.getCell(4, i + 1).value = h));
    ["本年收入合计", 10, 30_000_000, "本年支出合计", 50, 29_500_000].forEach(
      (v, i) => (ws.getCell(5, i + 1).value = v)
    );
    ["总计", 12, 30_500_000, "总计", 53, 30_400_000].forEach(
      (v, i) => (ws.getCell(6, i + 1).value = v)
    );
    const found = await findings(wb);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: "tableIdentity",
      cells: ["收入支出决算总表!C6", "收入支出决算总表!F6"],
      params: { total: "3050", sum: "3040", difference: "10" },
    });
  });
});

describe("a value worked out from two cells", () => {
  it("names both cells, and the data block copies the difference instead of following one of them", async () => {
    const fixture = LABEL_FIXTURES.find((f) => f.name.startsWith("龙岗"))!;
    const { generated } = await scoreXlsx(await fixture.build(), { mode: "portable" });
    const l = generated.located.inputs.get("fundsAdjusted")!;
    expect(l.derivedFrom?.map(cellText)).toEqual(["表1-1!B8", "表1-1!C8"]);
    expect(sourceText(l, "zh-CN")).toMatch(/^报表标签 表1-1!B8 − 表1-1!C8（/);
    const key = generated.plan.cells.find((c) => c.col === 22 && c.value === "fundsAdjusted")!;
    const block = generated.plan.cells.find((c) => c.row === key.row && c.col === 14)!;
    expect([block.formula, block.value]).toEqual([undefined, 1406.03]);
  });
});

describe("identities across the published tables", () => {
  async function finalAccounts(basicInTotal: number, spendingInSummary: number) {
    const wb = new ExcelJS.Workbook();
    const summary = wb.addWorksheet("公开01表");
    summary.getCell("A1").value = "收入支出决算总表";
    summary.getCell("F2").value = "金额单位：元";
    ["项目", "行次", "金额", "项目", "行次", "金额"].forEach(
      (h, i) => (summary.getCell(3, i + 1).value = h)
    );
    ["本年收入合计", 10, 30_000_000, "本年支出合计", 50, spendingInSummary].forEach(
      (v, i) => (summary.getCell(4, i + 1).value = v)
    );
    const spending = wb.addWorksheet("公开03表");
    spending.getCell("A1").value = "支出决算表";
    spending.getCell("D2").value = "金额单位：元";
    ["项目", "本年支出合计", "基本支出", "项目支出"].forEach(
      (h, i) => (spending.getCell(3, i + 1).value = h)
    );
    ["合计", 29_500_000, basicInTotal, 29_500_000 - basicInTotal].forEach(
      (v, i) => (spending.getCell(4, i + 1).value = v)
    );
    const basic = wb.addWorksheet("公开06表");
    basic.getCell("A1").value = "一般公共预算财政拨款基本支出决算表";
    basic.getCell("F2").value = "金额单位：元";
    ["人员经费", null, null, "公用经费"].forEach(
      (h, i) => h && (basic.getCell(3, i + 1).value = h)
    );
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"].forEach(
      (h, i) => (basic.getCell(4, i + 1).value = h)
    );
    ["301", "工资福利支出", 5_500_000, "302", "商品和服务支出", 1_900_000].forEach(
      (v, i) => (basic.getCell(5, i + 1).value = v)
    );
    ["303", "对个人和家庭的补助", 500_000].forEach((v, i) => (basic.getCell(6, i + 1).value = v));
    ["人员经费合计", null, 6_000_000, "公用经费合计", null, 1_900_000].forEach(
      (v, i) => v !== null && (basic.getCell(7, i + 1).value = v)
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const a = analyzeWorkbook(snapshotOf(back));
    return a.result.findings
      .filter((f) => f.code === "tableIdentity" || f.code === "tableRounding")
      .map((f) => [renderFinding(f, a.framework, "zh-CN"), f.cells]);
  }

  it("基本支出 against 人员经费合计 + 公用经费合计, and the same 本年支出合计 in two tables", async () => {
    expect(await finalAccounts(8_000_000, 29_500_000)).toEqual([
      [
        "“公开03表”表中基本支出为800万元，而“人员经费合计”、“公用经费合计”之和为790万元，相差10万元，请核对。",
        ["公开03表!C4", "公开06表!C7", "公开06表!F7"],
      ],
    ]);
    expect(await finalAccounts(7_900_000, 29_500_050)).toEqual([
      [
        "“公开03表”表中本年支出合计为2950万元，“收入支出决算总表的本年支出合计”为2950.005万元，相差-0.005万元，属于四舍五入差异。",
        ["公开03表!B4", "公开01表!F4"],
      ],
    ]);
  });
});
