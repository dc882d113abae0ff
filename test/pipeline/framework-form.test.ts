import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { evaluate, getFramework, readFramework, type Framework } from "../../src/core";
import { frameworkXlsx, readFrameworkFile } from "../../src/hosts/xlsx/framework-file";
import { repoFile } from "../helpers";

const hunanJson = () =>
  JSON.parse(readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8"));
const hunan = (() => {
  const read = readFramework(hunanJson());
  if (!read.ok) throw new Error("fixture");
  return read.framework;
})();

/** Inputs that touch every rule of the test framework, some on a boundary. */
const INPUTS = {
  staffOnPayroll: 46,
  staffAuthorized: 45,
  sanGongBudget: 10.1,
  sanGongBudgetLastYear: 10,
  keyProjectSpending: 80,
  projectSpendingTotal: 100,
  fundsAdjusted: 10,
  budgetScale: 100,
  specialFundsLate: 1,
  balanceAmount: 5,
  carryOverLastYear: 5,
  sanGongActual: 10,
  budgetCompleted: 95,
  addedBudget: 10.01,
  initialBudget: 100,
  rulesEstablished: "是",
  rulesEnforced: "否",
  performanceRulesEstablished: "是",
  budgetDisclosure: "部分",
  procurementActual: 50,
  procurementPlanned: 100,
  outputCoefficient: "85%",
  dailyPublicActual: 101,
  dailyPublicBudget: 100,
};
const scores = (fw: Framework) =>
  evaluate({ inputs: INPUTS }, fw).indicators.map((i) => [i.id, i.computed, i.explanation]);

describe("the framework form (Excel) and the JSON form", () => {
  it.each([
    ["longgang-2021", getFramework()!],
    ["the test framework", hunan],
  ])("%s: export to the Excel form and import give the same framework", async (_, fw) => {
    const back = await readFrameworkFile("指标体系.xlsx", await frameworkXlsx(fw));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const again = readFramework(fw);
    expect(again.ok && back.framework).toEqual(again.ok && again.framework);
    expect(scores(back.framework)).toEqual(scores(fw));
  });

  it("an English form reads back the same", async () => {
    const back = await readFrameworkFile("framework.xlsx", await frameworkXlsx(hunan, "en-US"));
    expect(back.ok && scores(back.framework)).toEqual(scores(hunan));
  });
});

/**
 * The Hunan rules as a bureau clerk would type them from the printed table: full-width separators,
 * ≥ and (含) words left out, a composite written as two rows.
 */
async function clerkForm(
  edit: (tree: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => undefined
) {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("基本信息");
  info.getCell("A1").value = "部门整体支出绩效评价指标体系";
  [
    ["编号", "hunan-clerk"],
    ["名称", "某市部门整体支出绩效评价指标体系（测试）"],
    ["总分", 26],
    ["来源", "frameworks-elsewhere.md"],
  ].forEach(
    ([k, v], i) => ((info.getCell(3 + i, 1).value = k), (info.getCell(3 + i, 2).value = v))
  );
  const tree = wb.addWorksheet("指标体系");
  const headers = [
    "一级指标",
    "一级分值",
    "二级指标",
    "二级分值",
    "三级指标",
    "分值",
    "指标说明",
    "评分标准",
    "编号",
    "计分方式",
    "部分分值",
    "部分名称",
    "计算方式",
    "分子/输入项",
    "分母/参照",
    "参数",
  ];
  headers.forEach((h, i) => (tree.getCell(3, i + 1).value = h));
  const rows: (string | number | null)[][] = [
    [
      "投入",
      10,
      "预算配置",
      10,
      "财政供养人员控制率",
      5,
      "在职人员数/编制数",
      "≤100%得满分；每超出1个百分点扣0.5分。",
      "staff",
      "越线扣分",
      null,
      null,
      "比率",
      "staffOnPayroll",
      "staffAuthorized",
      "界限=100%；每档扣分=0.5",
    ],
    [
      null,
      null,
      null,
      null,
      "“三公经费”变动率",
      5,
      "",
      "≤0得满分；每高于0一个百分点扣0.5分。",
      "change",
      "越线扣分",
      null,
      null,
      "变动率",
      "sanGongBudget",
      "sanGongBudgetLastYear",
      "界限=0%；每档=1%；每档扣分=0.5；方向=超出",
    ],
    [
      "过程",
      16,
      "预算执行",
      16,
      "资金结余",
      3,
      "",
      "无结余3分；不超过上年结转2分；超过0分。",
      "balance",
      "金额三档",
      null,
      null,
      null,
      "balanceAmount",
      "carryOverLastYear",
      "无=3；不超过=2；超过=0",
    ],
    [
      null,
      null,
      null,
      null,
      "预算调整率",
      3,
      "",
      "=0得3分；0–10%（含）2分；10%–20%（含）1分；20%–30%（含）0.5分。",
      "adjust",
      "分档计分",
      null,
      null,
      "比率",
      "fundsAdjusted",
      "budgetScale",
      "≤0%=3；≤10%=2；≤20%=1；≤30%=0.5；其他=0",
    ],
    [
      null,
      null,
      null,
      null,
      "预算完成率",
      5,
      "",
      "100%得满分，每低5%扣2分。",
      "done",
      "越线扣分",
      null,
      null,
      "比率",
      "budgetCompleted",
      "budgetScale",
      "界限=100%；每档=5%；每档扣分=2；方向=低于；不足一档=按一档",
    ],
    [null, null, null, null, "公用经费控制率", 5, "", "两项。", "control", "组合"],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "分档计分",
      3,
      "“三公”经费控制率",
      "比率",
      "sanGongActual",
      "sanGongBudget",
      "≤100%=3；其他=0",
    ],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "分档计分",
      2,
      "日常公用经费控制率",
      "比率",
      "dailyPublicActual",
      "dailyPublicBudget",
      "≤100%=2；其他=0",
    ],
  ];
  rows.forEach((r, i) =>
    r.forEach((v, c) => v !== null && v !== undefined && (tree.getCell(4 + i, c + 1).value = v))
  );
  const inputs = wb.addWorksheet("输入项");
  ["键名", "中文名称", "英文名称", "类型", "单位"].forEach(
    (h, i) => (inputs.getCell(3, i + 1).value = h)
  );
  [
    ["sanGongBudgetLastYear", "上年度“三公”经费预算数", "", "金额", "万元"],
    ["balanceAmount", "结转结余总额", "", "金额", "万元"],
    ["carryOverLastYear", "上年结转", "", "金额", "万元"],
    ["budgetCompleted", "预算完成数", "", "金额", "万元"],
  ].forEach((r, i) => r.forEach((v, c) => v && (inputs.getCell(4 + i, c + 1).value = v)));
  const grades = wb.addWorksheet("评分等级");
  ["等级", "英文", "最低分"].forEach((h, i) => (grades.getCell(3, i + 1).value = h));
  [
    ["好", 20],
    ["差", 0],
  ].forEach(
    ([g, m], i) => ((grades.getCell(4 + i, 1).value = g), (grades.getCell(4 + i, 3).value = m))
  );
  edit(tree, wb);
  return readFrameworkFile("某市指标体系.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("a form a clerk typed from the printed Hunan rules", () => {
  it("reads and scores the rules as the JSON test framework does", async () => {
    const read = await clerkForm();
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const by = (fw: Framework, id: string) =>
      evaluate({ inputs: INPUTS }, fw).indicators.find((i) => i.id === id)!.computed;
    expect(by(read.framework, "staff")).toBe(by(hunan, "staffControl"));
    expect(by(read.framework, "change")).toBe(by(hunan, "sanGongChange"));
    expect(by(read.framework, "balance")).toBe(by(hunan, "balance"));
    expect(by(read.framework, "adjust")).toBe(by(hunan, "adjustment"));
    expect(by(read.framework, "done")).toBe(by(hunan, "completion"));
    expect(by(read.framework, "control")).toBe(3);
  });

  it.each<[string, (tree: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, string, RegExp]>([
    [
      "an unknown rule kind",
      (t) => (t.getCell("J4").value = "扣分法"),
      "指标体系!J4",
      /未知的计分方式“扣分法”/,
    ],
    [
      "tiers that leave a gap",
      (t) => (t.getCell("P7").value = "≤0%=3；≤10%=2；≤20%=1；≤30%=0.5"),
      "指标体系!P7",
      /分档没有覆盖全部情况/,
    ],
    [
      "tiers out of order",
      (t) => (t.getCell("P7").value = "≤30%=0.5；≤20%=1；其他=0"),
      "指标体系!E7",
      /永远不会用到/,
    ],
    [
      "a bound that is not a number",
      (t) => (t.getCell("P4").value = "界限=一百；每档扣分=0.5"),
      "指标体系!E4",
      /界限“一百”不是有效的数字/,
    ],
    [
      "points that do not add up",
      (_, wb) => (wb.getWorksheet("基本信息")!.getCell("B5").value = 30),
      "基本信息!B5",
      /30/,
    ],
    [
      "an input without a label",
      (_, wb) => (wb.getWorksheet("输入项")!.getCell("B5").value = null),
      "输入项!B5",
      /没有中文名称/,
    ],
    [
      "a key used but not declared",
      (t) => (t.getCell("N6").value = "balanceTotal"),
      "指标体系!N6",
      /“balanceTotal”.*没有在本指标体系的输入项中声明/,
    ],
    [
      "an unreadable parameter",
      (t) => (t.getCell("P6").value = "无=3；不超过=2；超过=0；另加=1"),
      "指标体系!P6",
      /无法识别的参数“另加=1”/,
    ],
    [
      "a part without its composite",
      (t) => (t.getCell("J9").value = "系数乘分值"),
      "指标体系!J10",
      /上面没有“组合”指标/,
    ],
  ])("%s: its message at its cell, and no framework", async (_, edit, where, message) => {
    const read = await clerkForm(edit);
    expect(read.ok).toBe(false);
    const found = !read.ok && read.problems.find((p) => p.where === where);
    expect(found && found.message).toMatch(message);
  });
});
