import ExcelJS from "exceljs";
import { templateXlsx } from "../hosts/xlsx/file";
import type { CellValue } from "../pipeline/snapshot";

/**
 * The sample workbook of 深圳市龙岗区图书馆 2021: the report's own tables laid out as a finance office
 * keeps them (表1-1 … 表1-4, the “三公” table, procurement and assets, staffing, the satisfaction
 * survey), and a 绩效基础数据 sheet whose value cells are formulas into those tables. Every figure
 * is the report's. Run `node build/cli/sample-workbook.js` to write examples/longgang-2021.xlsx.
 */

type Row = (CellValue | { formula: string; result: CellValue })[];

interface Table {
  sheet: string;
  title: string;
  headers: string[];
  rows: Row[];
  widths: number[];
  percentColumns?: number[];
}

const TABLES: Table[] = [
  {
    sheet: "表1-1 收入",
    title: "表1-1 部门整体支出预算资金来源与调整情况",
    headers: ["支出预算资金来源", "年初预算数", "调整预算数"],
    widths: [36, 14, 14],
    rows: [
      ["一、一般公共预算财政拨款收入", 4931.8, 3525.12],
      ["二、政府性基金预算财政拨款收入", "-", "-"],
      ["三、上级补助收入", "-", "-"],
      ["四、事业收入", "-", "-"],
      ["五、经营收入", "-", "-"],
      ["六、附属单位上缴收入", "-", "-"],
      ["七、其他收入", "-", "-"],
      [
        "本年收入合计",
        { formula: "SUM(B4:B10)", result: 4931.8 },
        { formula: "SUM(C4:C10)", result: 3525.12 },
      ],
      ["用事业基金弥补收支差额", "-", "-"],
      ["年初结转和结余", "-", 0.65],
      [
        "总计",
        { formula: "SUM(B11:B13)", result: 4931.8 },
        { formula: "SUM(C11:C13)", result: 3525.77 },
      ],
    ],
  },
  {
    sheet: "表1-2 功能分类",
    title: "表1-2 部门整体支出构成与调整情况（按支出功能分类）",
    headers: ["支出功能分类", "年初预算数", "调整预算数", "部门决算数"],
    widths: [28, 14, 14, 14],
    rows: [
      ["文化旅游体育与传媒支出", 4635.64, 3419.91, 3421.16],
      ["社会保障和就业支出", 74.83, 19.33, 19.33],
      ["卫生健康支出", 21.09, 5.44, 5.44],
      ["住房保障支出", 200.25, 81.08, 81.08],
      // The report prints these totals (its rows add up to a cent more or less); the office types what it printed.
      ["总计", 4931.8, 3525.77, 3527.02],
    ],
  },
  {
    sheet: "表1-3 支出用途",
    title: "表1-3 部门整体支出构成与调整情况（按支出用途）",
    headers: ["支出性质", "年初预算数", "调整预算数"],
    widths: [28, 14, 14],
    rows: [
      ["一、基本支出", 1580.8, 1008.41],
      ["人员经费", 1080.66, 760.59],
      ["日常公用经费", 500.14, 247.82],
      ["二、项目支出", 3351.0, 2517.35],
      ["其中：基本建设类项目", "-", "-"],
      ["三、上缴上级支出", "-", "-"],
      ["四、经营支出", "-", "-"],
      ["五、对附属单位补助支出", "-", "-"],
      ["总计", 4931.8, 3525.77],
    ],
  },
  {
    sheet: "表1-4 季度执行",
    title: "表1-4 2021年度各季度预算执行情况表",
    headers: ["季度", "部门预算支出进度", "序时进度", "执行率"],
    widths: [14, 18, 14, 12],
    percentColumns: [4],
    rows: [
      ["第一季度", 2149.82, 1163.5, 1.8477],
      ["第二季度", 3262.98, 2327.01, 1.4022],
      ["第三季度", 3525.12, 3527.02, 0.9995],
      ["第四季度", "第四季度单位机构改革", null, null],
    ],
  },
  {
    sheet: "三公经费",
    title: "2021年“三公”经费及日常公用经费支出情况",
    headers: ["项目", "预算数", "实际支出数", "占预算比例"],
    widths: [30, 12, 12, 12],
    percentColumns: [4],
    rows: [
      ["因公出国（境）费", 0, 0, null],
      ["公务用车购置及运行维护费", 8.0, 3.64, { formula: "C5/B5", result: 0.455 }],
      ["  其中：公务用车购置费", 0, 0, null],
      ["        公务用车运行维护费", 8.0, 3.64, { formula: "C7/B7", result: 0.455 }],
      ["公务接待费", 3.0, 0.34, { formula: "C8/B8", result: 0.113333333333333 }],
      [
        "“三公”经费合计",
        { formula: "B4+B5+B8", result: 11 },
        { formula: "C4+C5+C8", result: 3.98 },
        { formula: "C9/B9", result: 0.361818181818182 },
      ],
      ["日常公用经费", 247.82, 247.82, { formula: "C10/B10", result: 1 }],
    ],
  },
  {
    sheet: "采购与资产",
    title: "2021年政府采购与固定资产情况",
    headers: ["项目", "金额", "备注"],
    widths: [30, 14, 40],
    rows: [
      ["政府采购计划金额", 1869.71, "采购计划金额合计数"],
      ["实际采购金额", 1869.71, "政府采购计划执行率100%"],
      ["固定资产原值", 11262.29, "截至2021年12月31日"],
      ["其中：在用固定资产原值", 11262.29, ""],
      ["固定资产净值", 8922.3, ""],
      ["无形资产净值", 216.23, ""],
    ],
  },
  {
    sheet: "人员编制",
    title: "2021年人员编制情况",
    headers: ["项目", "人数", "备注"],
    widths: [30, 10, 44],
    rows: [
      ["核定编制数（含工勤）", null, "因机构改革，截至2021年12月31日所有人员编入新单位"],
      ["实际在编人数（含工勤）", null, ""],
      ["编外人员（含劳务派遣）", null, ""],
    ],
  },
  {
    sheet: "满意度调查",
    title: "2021年度读者满意度调查结果",
    headers: ["项目", "得分", "备注"],
    widths: [30, 10, 40],
    rows: [
      ["总体满意度", 93.95, "百分制"],
      ["服务人员", 94.36, ""],
      ["安全秩序管理", 94.3, ""],
      ["馆藏资源", 93.39, ""],
      ["总体满意率", 0.9754, "满意以上读者占比"],
    ],
  },
];

const ref = (sheet: string, cell: string) => `'${sheet}'!${cell}`;
const link = (sheet: string, cell: string, result: CellValue) => ({
  formula: ref(sheet, cell),
  result,
});
const YES = "是";

/** The 绩效基础数据 value cells: formulas into the tables where a table holds the figure, judgements typed. */
const FILL = {
  unit: "深圳市龙岗区图书馆",
  year: 2021,
  inputs: {
    budgetAlignedWithDuties: YES,
    budgetPrioritized: YES,
    specialFundsDetailed: YES,
    classificationAccurate: YES,
    allocationNotOssified: YES,
    budgetNonCompliantItems: 0,
    missingPerformanceTargets: 0,
    indicatorsDecomposeTasks: YES,
    indicatorsIncludeBenefits: YES,
    indicatorsHaveValues: "否",
    indicatorsQuantified: YES,
    targetValuesJustified: YES,
    procurementPlanned: link("采购与资产", "B4", 1869.71),
    procurementActual: link("采购与资产", "B5", 1869.71),
    procurementPolicyImplemented: YES,
    spendingCompliant: YES,
    fundsAdjusted: {
      formula: `${ref("表1-1 收入", "B14")}-${ref("表1-1 收入", "C14")}`,
      result: 1406.03,
    },
    budgetScale: link("表1-1 收入", "B14", 4931.8),
    accountingCompliant: YES,
    seriousViolation: "否",
    budgetDisclosure: "完全",
    finalAccountsDisclosure: "未公开",
    classifiedUnit: "否",
    projectApprovalCompliant: YES,
    projectExecutionCompliant: YES,
    fundMonitoringEffective: YES,
    supervisorInspectionEffective: YES,
    assetsSafeguarded: YES,
    assetDisposalCompliant: YES,
    fixedAssetsInUse: link("采购与资产", "B7", 11262.29),
    fixedAssetsTotal: link("采购与资产", "B6", 11262.29),
    rulesEstablished: YES,
    rulesEnforced: YES,
    performanceRulesEstablished: YES,
    sanGongBudget: link("三公经费", "B9", 11),
    sanGongActual: link("三公经费", "C9", 3.98),
    dailyPublicBudget: link("表1-3 支出用途", "C6", 247.82),
    dailyPublicActual: link("三公经费", "C10", 247.82),
    executionRateQ1: link("表1-4 季度执行", "D4", 1.8477),
    executionRateQ2: link("表1-4 季度执行", "D5", 1.4022),
    executionRateQ3: link("表1-4 季度执行", "D6", 0.9995),
    keyTasksMissed: 0,
    projectsPlanned: 9,
    projectsOnTime: 9,
    effectivenessScore: 25,
    // The survey scores out of 100: the report says 93.95分, as the unit's own report does.
    satisfaction: { formula: ref("满意度调查", "B4"), result: 93.95, numberFormat: '0.00"分"' },
    incomeFiscalInitial: link("表1-1 收入", "B4", 4931.8),
    incomeFiscalAdjusted: link("表1-1 收入", "C4", 3525.12),
    incomeCarryOverAdjusted: link("表1-1 收入", "C13", 0.65),
    personnelInitial: link("表1-3 支出用途", "B5", 1080.66),
    personnelAdjusted: link("表1-3 支出用途", "C5", 760.59),
    dailyPublicInitial: link("表1-3 支出用途", "B6", 500.14),
    projectInitial: link("表1-3 支出用途", "B7", 3351),
    projectAdjusted: link("表1-3 支出用途", "C7", 2517.35),
    spendingActual: link("表1-2 功能分类", "D8", 3527.02),
    fixedAssetsNet: link("采购与资产", "B8", 8922.3),
    intangibleAssetsNet: link("采购与资产", "B9", 216.23),
    sanGongVehicleRunningBudget: link("三公经费", "B7", 8),
    sanGongVehicleRunningActual: link("三公经费", "C7", 3.64),
    sanGongReceptionBudget: link("三公经费", "B8", 3),
    sanGongReceptionActual: link("三公经费", "C8", 0.34),
    fc207Initial: link("表1-2 功能分类", "B4", 4635.64),
    fc207Adjusted: link("表1-2 功能分类", "C4", 3419.91),
    fc207Actual: link("表1-2 功能分类", "D4", 3421.16),
    fc208Initial: link("表1-2 功能分类", "B5", 74.83),
    fc208Adjusted: link("表1-2 功能分类", "C5", 19.33),
    fc208Actual: link("表1-2 功能分类", "D5", 19.33),
    fc210Initial: link("表1-2 功能分类", "B6", 21.09),
    fc210Adjusted: link("表1-2 功能分类", "C6", 5.44),
    fc210Actual: link("表1-2 功能分类", "D6", 5.44),
    fc221Initial: link("表1-2 功能分类", "B7", 200.25),
    fc221Adjusted: link("表1-2 功能分类", "C7", 81.08),
    fc221Actual: link("表1-2 功能分类", "D7", 81.08),
  },
  overrides: {
    财务合规性: { score: 3, reason: "自评报告填报3分" },
    预决算信息公开: {
      score: 3,
      reason: "自评报告填报3分；报告称2021年部门决算尚未批复，待市财政通知后公开",
    },
    财政供养人员控制率: { score: 1, reason: "因机构改革，所有人员编入新单位" },
    编外人员控制率: { score: 1, reason: "因机构改革，所有人员编入新单位" },
    预算执行率: { score: 6, reason: "第四季度单位机构改革" },
    群众信访办理情况: {
      score: 3,
      reason: "自评报告填报3分，报告未提供信访办理数据",
    },
  },
};

function addTable(workbook: ExcelJS.Workbook, t: Table): void {
  const ws = workbook.addWorksheet(t.sheet);
  const last = t.headers.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getCell(2, last).value = "单位：万元";
  ws.getCell(2, last).alignment = { horizontal: "right" };
  t.headers.forEach((h, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: "center" };
  });
  t.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(4 + r, c + 1);
      cell.value = (
        v !== null && typeof v === "object" ? { formula: v.formula, result: v.result } : v
      ) as ExcelJS.CellValue;
      if (c > 0) cell.numFmt = t.percentColumns?.includes(c + 1) ? "0.00%" : "#,##0.00";
    });
  });
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (t.sheet === "表1-4 季度执行") ws.mergeCells(7, 2, 7, 4);
  if (t.sheet === "人员编制" || t.sheet === "满意度调查")
    ws.getCell(2, last).value = t.sheet === "人员编制" ? "单位：人" : "单位：分";
}

export async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PerfScore";
  workbook.created = new Date(Date.UTC(2022, 2, 31));
  workbook.modified = workbook.created;
  for (const t of TABLES) addTable(workbook, t);
  return templateXlsx(FILL, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

if (require.main === module) {
  void (async () => {
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const target = join(__dirname, "..", "..", "examples", "longgang-2021.xlsx");
    writeFileSync(target, await sampleWorkbook());
    console.log(`written ${target}`);
  })();
}
