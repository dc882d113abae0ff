import { TableBuilder } from "./builder";
import type { TableMaker } from "./tables";
import { chance, int, pick, round2, totals } from "./truth";

/**
 * Tables drawn after layouts units publish (test/fixtures/published-layouts.json: each maker names the
 * layouts it follows by id), with the unit's true figures. Their headers, row labels, distractor columns
 * and quirks are the published ones; the figures are the truth's.
 */

/** sh-jiading-justice-2017-sangong-jiguan: 预算数 | 决算数 alternating under each item, 机关运行经费 beside them. */
export const sanGongAlternating: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const { budget: bu, actual: ac } = t.sanGong;
  const b = new TableBuilder(rng, 13);
  b.title("一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", t.year);
  b.unitLine(w.unitLine(), t.unit);
  const r = b.next;
  b.row(["一般公共预算财政拨款“三公”经费", ...Array(11).fill(null), "机关运行经费决算数"]);
  b.row([
    "合计",
    null,
    "因公出国(境)费",
    null,
    "公务用车购置及运行费",
    ...Array(5).fill(null),
    "公务接待费",
    null,
    null,
  ]);
  b.row([
    ...Array(4).fill(null),
    "小计",
    null,
    "公务用车购置费",
    null,
    "公务用车运行费",
    ...Array(4).fill(null),
  ]);
  b.row([...Array(6).fill(["预算数", "决算数"]).flat(), null]);
  b.merges.push([r, 0, r, 11], [r, 12, r + 3, 12], [r + 1, 4, r + 1, 9]);
  for (const c of [0, 2, 10]) b.merges.push([r + 1, c, r + 2, c + 1]);
  for (const c of [4, 6, 8]) b.merges.push([r + 2, c, r + 2, c + 1]);
  const pair = (x: number, y: number) => [w.amount(x), w.amount(y)];
  b.row([
    ...pair(s.sanGongBudget, s.sanGongActual),
    ...pair(bu.abroad, ac.abroad),
    ...pair(round2(bu.carBuy + bu.carRun), round2(ac.carBuy + ac.carRun)),
    ...pair(bu.carBuy, ac.carBuy),
    ...pair(bu.carRun, ac.carRun),
    ...pair(bu.reception, ac.reception),
    w.amount(round2(t.daily.actual * 0.6)),
  ]);
  Object.assign(b.holds, {
    sanGongBudget: s.sanGongBudget,
    sanGongActual: s.sanGongActual,
    sanGongVehicleRunningBudget: bu.carRun,
    sanGongVehicleRunningActual: ac.carRun,
    sanGongReceptionBudget: bu.reception,
    sanGongReceptionActual: ac.reception,
  });
  return b.done("transposed");
};

/**
 * yn-shidian-county-2016-sangong-statistics: items as rows, 上年决算数 first, then 本年决算数 and the
 * 增减 columns; the car's parts as 其中 rows under their sum.
 */
export const sanGongLastYearFirst: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const ac = t.sanGong.actual;
  const last = (x: number) => round2(x * 1.08);
  const b = new TableBuilder(rng, 5);
  b.title(pick(rng, ["“三公”经费决算情况统计表", "“三公”经费支出决算情况表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: "上年决算数" },
      { text: "本年决算数" },
      { text: "比上年增、减情况", children: ["增、减金额", "增、减幅度"] },
    ],
    ["项目"]
  );
  const line = (label: string, x: number) =>
    b.row([
      label,
      w.amount(last(x)),
      w.amount(x),
      w.amount(round2(x - last(x))),
      x ? `${(-100 * (0.08 / 1.08)).toFixed(1)}%` : "—",
    ]);
  line("合计", s.sanGongActual);
  line("1.因公出国(境)费", ac.abroad);
  line("2.公务接待费", ac.reception);
  line("3.公务用车购置及运行费", round2(ac.carBuy + ac.carRun));
  line("其中:(1)公务用车购置费", ac.carBuy);
  line("(2)公务用车运行费", ac.carRun);
  Object.assign(b.holds, {
    sanGongActual: s.sanGongActual,
    sanGongReceptionActual: ac.reception,
    sanGongVehicleRunningActual: ac.carRun,
  });
  return b.done("label-rows");
};

/**
 * hn-yueyangxian-taichuangyuan-2017-sangong-budget, hn-yueyangxian-wenlian-2017-sangong-budget,
 * gd-city-dept-2019-admin-and-sangong-budget: last year's 执行数 (2016-执行数) before this year's 预算数,
 * or the sources of funds beside a 合计; count rows (团组数, 保有量, 接待批次) under the money; 行政经费 first.
 */
export const sanGongBudgetPublished: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const bu = t.sanGong.budget;
  const sources = chance(rng, 0.5);
  // The page prints 2017-预算数 where the table says 2017年预算数.
  const sep = chance(rng, 0.5) ? "-" : "年";
  const heads = sources
    ? [`${t.year}${sep}预算数合计`, "一般公共预算", "政府性基金预算"]
    : [`${t.year - 1}${sep}执行数`, `${t.year}${sep}预算数`];
  const b = new TableBuilder(rng, heads.length + 1);
  b.title(
    pick(rng, ["部门“三公”经费预算情况表", "财政拨款安排的行政经费及“三公”经费预算情况表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    heads.map((text) => ({ text })),
    ["项目"]
  );
  const line = (label: string, x: number) =>
    b.row([
      label,
      ...(sources
        ? [w.amount(x), w.amount(x), w.amount(0)]
        : [w.amount(round2(x * 0.95)), w.amount(x)]),
    ]);
  if (chance(rng, 0.4)) line("行政经费", round2(t.daily.initial * 0.7));
  line(pick(rng, ["一、支出合计", "“三公”经费"]), s.sanGongBudget);
  line("1、因公出国(境)费用", bu.abroad);
  line("2、公务接待费", bu.reception);
  line("3、公务用车费", round2(bu.carBuy + bu.carRun));
  line("其中：(1)公务用车运行维护费", bu.carRun);
  line("(2)公务用车购置", bu.carBuy);
  b.row(["二、相关统计数", ...heads.map(() => null)]);
  b.row(["1.因公出国(境)团组数(个)", ...heads.map(() => w.count(bu.abroad ? 1 : 0))]);
  b.row(["4.公务用车保有量(辆)", ...heads.map(() => w.count(int(rng, 1, 6)))]);
  b.row(["5.公务接待批次(批)", ...heads.map(() => w.count(int(rng, 10, 200)))]);
  Object.assign(b.holds, {
    sanGongBudget: s.sanGongBudget,
    sanGongReceptionBudget: bu.reception,
    sanGongVehicleRunningBudget: bu.carRun,
  });
  return b.done("label-rows");
};

/**
 * The budget set's 财务收支预算总表 (yn-daguan-tianxing-clinic-2021-js01-total's halves, in a budget): income
 * on the left, spending by function on the right, one 预算数 column each. Its 预算数 is the 年初预算; the
 * totals are the department's only when nothing was carried over (else they may or may not hold it).
 */
export const budgetOverview: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const carry = t.carryOver;
  const fiscal = round2(s.initial - carry);
  const b = new TableBuilder(rng, 4);
  b.title(pick(rng, ["财务收支预算总表", "部门收支预算总表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: "本年收入", children: ["项目", "预算数"] },
      { text: "本年支出", children: ["项目", "预算数"] },
    ],
    []
  );
  // The right half lists spending by function, the year's whole budget (with what was carried over).
  const income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、事业收入"];
  const rows = Math.max(income.length, t.functional.length);
  for (let i = 0; i < rows; i++) {
    const c = t.functional[i];
    b.row([
      income[i] ?? null,
      i < income.length ? w.amount(i ? 0 : fiscal) : null,
      c ? `${"一二三四五"[i]}、${c.name}` : null,
      c ? w.amount(c.initial) : null,
    ]);
  }
  b.row(["本年收入合计", w.amount(fiscal), "本年支出合计", w.amount(s.initial)]);
  b.row(["上年结转结余", w.amount(carry), "结转下年", w.amount(0)]);
  b.row(["收入总计", w.amount(s.initial), "支出总计", w.amount(s.initial)]);
  b.holds.incomeFiscalInitial = fiscal;
  for (const c of t.functional) b.holds[`fc${c.code}Initial`] = c.initial;
  if (carry === 0) b.holds.budgetScale = s.initial;
  return b.done("label-rows");
};

/**
 * A staff table with a row per year-end (the county bureau; xj-urumqi-service-centre-2023-js-staff
 * for 实有 holding 离退休): 编制数 | 实有人数 | 其中：在职 | 离退休 — the evaluated year's row is the year's.
 */
export const staffYearEnds: TableMaker = (rng, t, w) => {
  const p = t.staff;
  const b = new TableBuilder(rng, 5);
  // The year in the title: a table of year-ends names the year it reports.
  b.title(`${t.year}年${pick(rng, ["人员情况表", "人员编制及实有人数情况"])}`, t.year);
  b.unitLine(chance(rng, 0.5) ? "单位：人" : undefined, t.unit);
  b.header(
    [
      { text: pick(rng, ["编制数", "核定编制数"]) },
      { text: "实有人数" },
      { text: "其中：在职" },
      { text: "离退休" },
    ],
    [pick(rng, ["年度", "时点"])]
  );
  const line = (year: number, authorized: number, onPayroll: number, retired: number) =>
    b.row([
      `${year}年末`,
      w.count(authorized),
      w.count(onPayroll + retired),
      w.count(onPayroll),
      w.count(retired),
    ]);
  line(t.year - 1, p.authorized, Math.max(0, p.onPayroll - 2), p.retired + 1);
  line(t.year, p.authorized, p.onPayroll, p.retired);
  Object.assign(b.holds, { staffAuthorized: p.authorized, staffOnPayroll: p.onPayroll });
  return b.done("label-rows");
};

/** 原值 and 净值 each split into 合计 | 其中：在用 (the county bureau; gx-wuzhou-…-budget-assets for 原值). */
export const assetsOriginalNet: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const b = new TableBuilder(rng, 5);
  b.title(pick(rng, ["固定资产情况表", "国有资产占用情况表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: "原值", children: ["合计", "其中：在用"] },
      { text: "净值", children: ["合计", "其中：在用"] },
    ],
    ["资产类别"]
  );
  const netInUse = (a: (typeof t.assets)[number]) => round2((a.net * a.inUse) / a.closing);
  for (const a of t.assets)
    b.row([a.name, w.amount(a.closing), w.amount(a.inUse), w.amount(a.net), w.amount(netInUse(a))]);
  b.row([
    "合计",
    w.amount(s.assetsClosing),
    w.amount(s.assetsInUse),
    w.amount(s.assetsNet),
    w.amount(round2(t.assets.reduce((x, a) => x + netInUse(a), 0))),
  ]);
  Object.assign(b.holds, {
    fixedAssetsTotal: s.assetsClosing,
    fixedAssetsInUse: s.assetsInUse,
    fixedAssetsNet: s.assetsNet,
  });
  return b.done("label-rows");
};

/** A procurement plan and its execution, each as 总计 | 其中：一般公共预算 (xx-sports-institution-…-tables' pairs). */
export const procurementTotals: TableMaker = (rng, t, w) => {
  const p = t.procurement;
  const fiscal = (x: number) => round2(x * 0.8);
  const b = new TableBuilder(rng, 5);
  b.title("政府采购计划及执行情况表", t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: "采购计划金额", children: ["总计", "其中：一般公共预算"] },
      { text: "实际采购金额", children: ["总计", "其中：一般公共预算"] },
    ],
    [pick(rng, ["项目", "采购项目名称"])]
  );
  b.row([
    "总计",
    w.amount(p.planned),
    w.amount(fiscal(p.planned)),
    w.amount(p.actual),
    w.amount(fiscal(p.actual)),
  ]);
  b.row([
    "办公设备购置",
    w.amount(round2(p.planned / 4)),
    w.amount(round2(p.planned / 4)),
    w.amount(round2(p.actual / 4)),
    w.amount(round2(p.actual / 4)),
  ]);
  Object.assign(b.holds, { procurementPlanned: p.planned, procurementActual: p.actual });
  return b.done("label-rows");
};

/**
 * The year's adjustments by use: 年初预算 | 调增 | 调减 | 调整后预算. The adjusted funds are 调增 and 调减 in
 * full, which the netted difference of the totals is not when some rose and others fell.
 */
export const budgetAdjustment: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const b = new TableBuilder(rng, 5);
  b.title(pick(rng, ["预算调整情况表", "部门预算调整情况表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: pick(rng, ["年初预算", "年初预算数"]) },
      { text: pick(rng, ["调增", "调增数"]) },
      { text: pick(rng, ["调减", "调减数"]) },
      { text: pick(rng, ["调整后预算", "调整后预算数"]) },
    ],
    [pick(rng, ["项目", "支出性质"])]
  );
  const line = (label: string, p: { initial: number; adjusted: number }) =>
    b.row([
      label,
      w.amount(p.initial),
      w.amount(round2(Math.max(0, p.adjusted - p.initial))),
      w.amount(round2(Math.max(0, p.initial - p.adjusted))),
      w.amount(p.adjusted),
    ]);
  line("人员经费", t.personnel);
  line("日常公用经费", t.daily);
  line("项目支出", t.project);
  b.row(["合计", w.amount(s.initial), w.amount(s.raised), w.amount(s.cut), w.amount(s.adjusted)]);
  Object.assign(b.holds, {
    budgetScale: s.initial,
    executionBudget: s.adjusted,
    fundsAdjusted: round2(s.raised + s.cut),
  });
  return b.done("label-rows");
};

/**
 * The 一体化 system's 部门整体支出绩效自评表 (ah-guichi-tangxi-town-2022-project-selfeval's form, for the
 * department; cq-science-city-media-centre-2021-dept-selfeval's indicator columns): the funds block, then
 * indicator rows with their targets, 实际完成值, 分值 and 得分. Sometimes a project's form of the same
 * layout stands beside it, whose figures are the project's.
 */
export const selfEvaluationForm: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const spent = t.monthly[11];
  const project = chance(rng, 0.3);
  const b = new TableBuilder(rng, 8);
  b.title(
    project ? "项目支出绩效自评表" : pick(rng, ["部门整体支出绩效自评表", "部门整体绩效自评表"]),
    t.year
  );
  b.row(["部门名称", t.unit, ...Array(6).fill(null)]);
  const scale = project ? 0.07 : 1;
  const money = (x: number) => w.amount(round2(x * scale));
  b.row([
    pick(rng, [`部门资金（${w.unit}）`, `年度预算执行情况（${w.unit}）`]),
    null,
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
  ]);
  const rate = (100 * spent) / s.adjusted;
  b.row([
    pick(rng, ["年度资金总额", "年度资金总额："]),
    null,
    money(s.initial),
    money(s.adjusted),
    money(spent),
    10,
    w.percent(rate),
    round2(rate / 10),
  ]);
  b.row([
    "其中：财政拨款",
    null,
    money(s.initial - t.carryOver),
    money(s.adjusted - t.carryOver),
    money(spent - t.carryOver),
    null,
    null,
    null,
  ]);
  b.row([
    "上年结转资金",
    null,
    money(t.carryOver),
    money(t.carryOver),
    money(t.carryOver),
    null,
    null,
    null,
  ]);
  b.row([
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ]);
  b.row([
    "产出指标",
    "数量指标",
    "举办活动场次",
    "≥100场",
    `${int(rng, 100, 300)}场`,
    20,
    20,
    null,
  ]);
  b.row([
    "效益指标",
    "社会效益指标",
    "服务人次",
    "≥10万人次",
    `${int(rng, 10, 30)}万人次`,
    20,
    19,
    null,
  ]);
  const satisfaction = project ? round2(Math.min(100, t.satisfaction + 1.3)) : t.satisfaction;
  b.row([
    "满意度指标",
    "服务对象满意度指标",
    pick(rng, ["服务对象满意度", "群众满意度"]),
    "≥90%",
    w.percent(satisfaction),
    10,
    10,
    null,
  ]);
  if (!project) {
    Object.assign(b.holds, {
      budgetScale: s.initial,
      executionBudget: s.adjusted,
      spentQ4: spent,
      satisfaction: t.satisfaction,
    });
    if (t.carryOver) b.holds.incomeCarryOverInitial = t.carryOver;
  }
  return b.done("form");
};

/**
 * A report's paragraphs as published ones say them (xj-urumqi-service-centre-2023-js-staff,
 * bj-cas-semiconductor-2016-jan-jul-execution, sc-daying-xinfang-2021-selfeval-projects): 实有 with its
 * 在职 and 离退休, a 追加 in September, spending to each quarter's end, projects and petitions counted.
 */
export const reportParagraphs: TableMaker = (rng, t) => {
  const s = totals(t);
  const p = t.staff;
  const b = new TableBuilder(rng, 1);
  b.row([`${t.year}年度部门整体支出绩效自评报告`]);
  b.row([
    `本单位${t.year}年度实有人数${p.onPayroll + p.retired}人，其中：在职人员${p.onPayroll}人，离休人员0人，退休人员${p.retired}人。`,
  ]);
  b.row([
    `9月，经区财政局批复，追加日常公用经费${round2(t.daily.adjusted * 0.1).toFixed(2)}万元，用于办公设备运行维护。`,
  ]);
  const ends = ["3月底", "6月底", "9月底", "12月底"];
  s.quarters.forEach((q, k) =>
    b.row([
      `截至${ends[k]}，全局累计支出${q.toFixed(2)}万元，完成全年预算的${((100 * q) / s.adjusted).toFixed(2)}%。`,
    ])
  );
  const { projects: j, petitions: pe } = t;
  b.row([`${t.year}年，我单位计划实施项目${j.planned}个，按期完成${j.onTime}个。`]);
  if (pe.received)
    b.row([`全年共受理信访${pe.received}件，已办结${pe.replied}件，按期办结${pe.onTime}件。`]);
  Object.assign(b.holds, {
    staffOnPayroll: p.onPayroll,
    spentQ1: s.quarters[0],
    spentQ2: s.quarters[1],
    spentQ3: s.quarters[2],
    spentQ4: s.quarters[3],
    projectsPlanned: j.planned,
    projectsOnTime: j.onTime,
    ...(pe.received && {
      petitionsReceived: pe.received,
      petitionsReplied: pe.replied,
      petitionsRepliedOnTime: pe.onTime,
    }),
  });
  return b.done("text");
};

export const PUBLISHED_MAKERS: Record<string, { maker: TableMaker; layouts: string[] }> = {
  sanGongAlternating: {
    maker: sanGongAlternating,
    layouts: ["sh-jiading-justice-2017-sangong-jiguan"],
  },
  sanGongLastYearFirst: {
    maker: sanGongLastYearFirst,
    layouts: ["yn-shidian-county-2016-sangong-statistics"],
  },
  sanGongBudgetPublished: {
    maker: sanGongBudgetPublished,
    layouts: [
      "hn-yueyangxian-taichuangyuan-2017-sangong-budget",
      "hn-yueyangxian-wenlian-2017-sangong-budget",
      "gd-city-dept-2019-admin-and-sangong-budget",
    ],
  },
  budgetOverview: { maker: budgetOverview, layouts: ["yn-daguan-tianxing-clinic-2021-js01-total"] },
  staffYearEnds: { maker: staffYearEnds, layouts: ["xj-urumqi-service-centre-2023-js-staff"] },
  assetsOriginalNet: {
    maker: assetsOriginalNet,
    layouts: ["gx-wuzhou-science-assoc-2023-budget-assets"],
  },
  procurementTotals: {
    maker: procurementTotals,
    layouts: ["xx-sports-institution-govprocurement-report-tables"],
  },
  // The 调增/调减 table a county bureau keeps by hand (issue #31's fifth workbook): no published address.
  budgetAdjustment: { maker: budgetAdjustment, layouts: [] },
  selfEvaluationForm: {
    maker: selfEvaluationForm,
    layouts: [
      "ah-guichi-tangxi-town-2022-project-selfeval",
      "cq-science-city-media-centre-2021-dept-selfeval",
    ],
  },
  reportParagraphs: {
    maker: reportParagraphs,
    layouts: [
      "xj-urumqi-service-centre-2023-js-staff",
      "bj-cas-semiconductor-2016-jan-jul-execution",
      "sc-daying-xinfang-2021-selfeval-projects",
    ],
  },
};
