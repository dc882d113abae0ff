import { TableBuilder } from "./builder";
import type { Cell, Drawn, Writer } from "./grid";
import { chance, int, pick, round2, shuffle, totals, type Rng, type Truth } from "./truth";

/**
 * The tables units keep, each drawn from the reference's description with its own variations of wording,
 * units, header depth and distractor columns (上年决算数, 年初数, 满分, 序时进度, 全年预算). Each says which
 * inputs it holds; a distractor is never listed.
 */

export type TableMaker = (rng: Rng, t: Truth, w: Writer) => Drawn;

const NOTES = [
  "注：本表反映部门本年度的总收支情况。",
  "注：本表金额保留两位小数，合计数与分项之和的差异为四舍五入所致。",
  "说明：2个项目因政策调整未实施，涉及资金12.5万元。",
  "备注：与上年相比增加3.2%，主要是人员增加。",
];

const lastYearHeader = (year: number) => ["上年决算数", "上年数", `${year - 1}年决算数`];

/** 表1-3 按支出用途 / 支出决算表: 支出性质 rows × 年初 | 调整 | 决算 columns, a total row at the bottom. */
export const expenseByUse: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const withActual = chance(rng, 0.6);
  const withLast = chance(rng, 0.3);
  const cols = [
    pick(rng, ["年初预算数", "年初预算"]),
    pick(rng, ["调整预算数", "调整后预算数"]),
    ...(withActual ? [pick(rng, ["决算数", "部门决算数", "实际支出数"])] : []),
    ...(withLast ? [pick(rng, lastYearHeader(t.year))] : []),
  ];
  const b = new TableBuilder(rng, cols.length + 1);
  b.title(
    pick(rng, ["部门预算资金按支出用途分类情况表", "表1-3 按支出用途分类", "支出预算调整情况表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    cols.map((text) => ({ text })),
    [pick(rng, ["支出性质", "项目", "支出用途"])]
  );
  const line = (
    label: string,
    p: { initial: number; adjusted: number; actual: number },
    last: number
  ) =>
    b.row([
      label,
      w.amount(p.initial),
      w.amount(p.adjusted),
      ...(withActual ? [w.amount(p.actual)] : []),
      ...(withLast ? [w.amount(last)] : []),
    ]);
  const basic = {
    initial: s.basicInitial,
    adjusted: s.basicAdjusted,
    actual: s.basicActual,
  };
  line("一、基本支出", basic, t.lastYear.personnel + t.lastYear.daily);
  line(pick(rng, ["其中：人员经费", "1.人员经费", "人员经费"]), t.personnel, t.lastYear.personnel);
  line(pick(rng, ["日常公用经费", "2.日常公用经费", "公用经费"]), t.daily, t.lastYear.daily);
  line("二、项目支出", t.project, t.lastYear.project);
  if (chance(rng, 0.5)) line("其中：基本建设类", { initial: 0, adjusted: 0, actual: 0 }, 0);
  const totalLabel = pick(rng, ["总计", "合计", "支出合计"]);
  // An older version of the total, hidden rather than deleted, as units leave them.
  if (chance(rng, 0.2)) {
    const stale = (x: number) => round2(x * 0.93);
    b.hidden.push(
      line(
        totalLabel,
        { initial: stale(s.initial), adjusted: stale(s.adjusted), actual: stale(s.actual) },
        0
      )
    );
  }
  line(totalLabel, { initial: s.initial, adjusted: s.adjusted, actual: s.actual }, 0);
  b.note(NOTES);
  Object.assign(b.holds, {
    budgetScale: s.initial,
    executionBudget: s.adjusted,
    dailyPublicBudget: t.daily.adjusted,
    ...(withActual && { dailyPublicActual: t.daily.actual }),
    personnelInitial: t.personnel.initial,
    personnelAdjusted: t.personnel.adjusted,
    dailyPublicInitial: t.daily.initial,
    projectInitial: t.project.initial,
    projectAdjusted: t.project.adjusted,
    ...(withActual && { personnelActual: t.personnel.actual, projectActual: t.project.actual }),
  });
  b.derived.fundsAdjusted = round2(Math.abs(s.initial - s.adjusted));
  return b.done("label-rows");
};

/** 表1-1 资金来源与调整: sources × 年初预算数 | 调整预算数, 本年收入合计, 年初结转和结余, 总计. */
export const fundSources: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const other = {
    initial: 0,
    adjusted: chance(rng, 0.5) ? 0 : round2(Math.min(5, s.adjusted / 100)),
  };
  const carry = t.carryOver;
  const fiscal = {
    initial: round2(s.initial - other.initial - carry),
    adjusted: round2(s.adjusted - other.adjusted - carry),
  };
  const b = new TableBuilder(rng, 3);
  b.title(pick(rng, ["部门预算资金来源与调整情况表", "表1-1 资金来源与调整"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: pick(rng, ["年初预算数", "年初预算"]) },
      { text: pick(rng, ["调整预算数", "调整后预算数"]) },
    ],
    [pick(rng, ["支出预算资金来源", "资金来源", "项目"])]
  );
  const line = (label: string, a: number, d: number) => b.row([label, w.amount(a), w.amount(d)]);
  line("一般公共预算财政拨款收入", fiscal.initial, fiscal.adjusted);
  line("政府性基金预算财政拨款收入", 0, 0);
  line("上级补助收入", 0, 0);
  line("事业收入", 0, 0);
  line("其他收入", other.initial, other.adjusted);
  line(
    "本年收入合计",
    round2(fiscal.initial + other.initial),
    round2(fiscal.adjusted + other.adjusted)
  );
  line("年初结转和结余", carry, carry);
  line("总计", s.initial, s.adjusted);
  Object.assign(b.holds, {
    budgetScale: s.initial,
    executionBudget: s.adjusted,
    incomeFiscalInitial: fiscal.initial,
    incomeFiscalAdjusted: fiscal.adjusted,
    ...nonZero({
      incomeOtherAdjusted: other.adjusted,
      incomeCarryOverInitial: carry,
      incomeCarryOverAdjusted: carry,
    }),
  });
  b.derived.fundsAdjusted = round2(Math.abs(s.initial - s.adjusted));
  return b.done("label-rows");
};

/** The figures a table holds that are not 0: a 0 may be written as a dash, which reads as no figure. */
const nonZero = (figures: Record<string, number>) =>
  Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== 0));

/**
 * 一般公共预算财政拨款基本支出决算(明细)表 or 基本支出经济分类预算表: its 合计 is the basic spending only — never
 * the department's budget. The 决算 version's 公用经费合计 is the year's 日常公用经费决算数.
 */
export const basicExpense: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const final = chance(rng, 0.6);
  if (!final) {
    // Table 8 of the budget set: 合计 | 人员经费 | 公用经费 columns, 年初 figures by economic class.
    const b = new TableBuilder(rng, 4);
    b.title("一般公共预算基本支出经济分类预算表", t.year);
    b.unitLine(w.unitLine(), t.unit);
    b.header([{ text: "合计" }, { text: "人员经费" }, { text: "公用经费" }], ["经济分类科目"]);
    b.row([
      "合计",
      w.amount(s.basicInitial),
      w.amount(t.personnel.initial),
      w.amount(t.daily.initial),
    ]);
    const wages = round2(t.personnel.initial * 0.8);
    b.row(["301工资福利支出", w.amount(wages), w.amount(wages), null]);
    b.row(["302商品和服务支出", w.amount(t.daily.initial), null, w.amount(t.daily.initial)]);
    b.row([
      "303对个人和家庭的补助",
      w.amount(round2(t.personnel.initial - wages)),
      w.amount(round2(t.personnel.initial - wages)),
      null,
    ]);
    b.note(NOTES);
    return b.done("label-rows");
  }
  const b = new TableBuilder(rng, 6);
  b.title(
    pick(rng, ["一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  b.header([
    { text: "人员经费", children: ["科目编码", "科目名称", "决算数"] },
    { text: "公用经费", children: ["科目编码", "科目名称", "决算数"] },
  ]);
  const wages = round2(t.personnel.actual * 0.75);
  const goods = round2(t.daily.actual * 0.9);
  b.row(["301", "工资福利支出", w.amount(wages), "302", "商品和服务支出", w.amount(goods)]);
  b.row([
    "303",
    "对个人和家庭的补助",
    w.amount(round2(t.personnel.actual - wages)),
    "310",
    "资本性支出",
    w.amount(round2(t.daily.actual - goods)),
  ]);
  b.row([
    pick(rng, ["人员经费合计", "人员经费小计"]),
    null,
    w.amount(t.personnel.actual),
    pick(rng, ["公用经费合计", "公用经费小计"]),
    null,
    w.amount(t.daily.actual),
  ]);
  b.row(["合计", null, null, null, null, w.amount(s.basicActual)]);
  b.merges.push([b.next - 1, 0, b.next - 1, 4]);
  b.note(NOTES);
  b.holds.dailyPublicActual = t.daily.actual;
  return b.done("label-rows");
};

const sanGongWords = {
  abroad: ["因公出国（境）费", "因公出国(境)费"],
  car: ["公务用车购置及运行费", "公务用车购置及运行维护费"],
  reception: ["公务接待费"],
};

/** The published 三公 table: no row labels; 预算数 and 决算数 groups merged over two header rows, 栏次, one row. */
export const sanGongPublished: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const car = pick(rng, sanGongWords.car);
  const run = car.includes("维护") ? "公务用车运行维护费" : "公务用车运行费";
  const b = new TableBuilder(rng, 12);
  b.title(
    pick(rng, ["财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  const top: Cell[] = [];
  const mid: Cell[] = [];
  const low: Cell[] = [];
  const r = b.next;
  for (const [g, group] of ["预算数", "决算数"].entries()) {
    const c = g * 6;
    top.push(group, null, null, null, null, null);
    b.merges.push([r, c, r, c + 5]);
    mid.push("合计", pick(rng, sanGongWords.abroad), car, null, null, "公务接待费");
    low.push(null, null, "小计", "公务用车购置费", run, null);
    for (const k of [0, 1, 5]) b.merges.push([r + 1, c + k, r + 2, c + k]);
    b.merges.push([r + 1, c + 2, r + 1, c + 4]);
  }
  b.row(top);
  b.row(mid);
  b.row(low);
  if (chance(rng, 0.7)) b.columnNumbers(0, 12);
  const vals = (p: Truth["sanGong"]["budget"], total: number) => [
    w.amount(total),
    w.amount(p.abroad),
    w.amount(round2(p.carBuy + p.carRun)),
    w.amount(p.carBuy),
    w.amount(p.carRun),
    w.amount(p.reception),
  ];
  b.row([...vals(t.sanGong.budget, s.sanGongBudget), ...vals(t.sanGong.actual, s.sanGongActual)]);
  b.note([
    "注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费，本年度比上年减少0.5万元。",
    ...NOTES,
  ]);
  Object.assign(b.holds, { sanGongBudget: s.sanGongBudget, sanGongActual: s.sanGongActual });
  return b.done("transposed");
};

/** 三公 as rows: 项目 | 预算数 | 决算数 (| 上年决算数), the total first, parts numbered below it. */
export const sanGongRows: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const withLast = chance(rng, 0.4);
  const b = new TableBuilder(rng, withLast ? 4 : 3);
  b.title(pick(rng, ["“三公”经费支出情况表", "“三公”经费预决算情况"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: pick(rng, ["预算数", "年初预算数"]) },
      { text: pick(rng, ["决算数", "实际支出数"]) },
      ...(withLast ? [{ text: pick(rng, lastYearHeader(t.year)) }] : []),
    ],
    ["项目"]
  );
  const line = (label: string, a: number, d: number) =>
    b.row([label, w.amount(a), w.amount(d), ...(withLast ? [w.amount(round2(d * 1.1))] : [])]);
  line(pick(rng, ["“三公”经费合计", "合计", "“三公”经费"]), s.sanGongBudget, s.sanGongActual);
  const { budget: bu, actual: ac } = t.sanGong;
  line("1.因公出国（境）费", bu.abroad, ac.abroad);
  line("2.公务用车购置及运行费", round2(bu.carBuy + bu.carRun), round2(ac.carBuy + ac.carRun));
  line("其中：公务用车购置费", bu.carBuy, ac.carBuy);
  line("公务用车运行费", bu.carRun, ac.carRun);
  line("3.公务接待费", bu.reception, ac.reception);
  b.note(NOTES);
  Object.assign(b.holds, {
    sanGongBudget: s.sanGongBudget,
    sanGongActual: s.sanGongActual,
    ...nonZero({
      sanGongAbroadBudget: bu.abroad,
      sanGongAbroadActual: ac.abroad,
      sanGongVehiclePurchaseBudget: bu.carBuy,
      sanGongVehiclePurchaseActual: ac.carBuy,
      sanGongVehicleRunningBudget: bu.carRun,
      sanGongVehicleRunningActual: ac.carRun,
      sanGongReceptionBudget: bu.reception,
      sanGongReceptionActual: ac.reception,
    }),
  });
  return b.done("label-rows");
};

const QUARTERS = [
  ["第一季度", "一季度", "1季度", "3月末", "1-3月"],
  ["第二季度", "二季度", "2季度", "6月末", "1-6月"],
  ["第三季度", "三季度", "3季度", "9月末", "1-9月"],
  ["第四季度", "四季度", "4季度", "12月末", "1-12月"],
];

/**
 * Budget execution with quarters as rows: 累计支出 amounts, maybe 全年预算, 支出进度/累计执行率 (spent ÷
 * budget), 序时进度 and the quarter's 执行率 (progress ÷ 序时进度) — the last two as percentages.
 */
export const executionByQuarterRows: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const style = int(rng, 0, 4);
  const q = s.quarters;
  const progress = q.map((x) => (100 * x) / s.adjusted);
  const rate = progress.map((p, k) => p / (0.25 * (k + 1)));
  const cols: {
    head: string;
    value: (k: number) => Cell;
    holds?: (k: number) => [string, number];
  }[] = [];
  const withBudget = chance(rng, 0.5);
  if (withBudget)
    cols.push({
      head: pick(rng, ["全年预算", "全年预算数", "调整预算数"]),
      value: () => w.amount(s.adjusted),
    });
  cols.push({
    head: pick(rng, ["累计支出", "累计支出数", "累计执行数", "部门预算支出进度"]),
    value: (k) => w.amount(q[k]),
    holds: (k) => [`spentQ${k + 1}`, q[k]],
  });
  if (chance(rng, 0.6))
    cols.push({
      head: pick(rng, ["支出进度", "累计执行率", "累计支出进度"]),
      value: (k) => w.percent(progress[k]),
    });
  const withTimeline = chance(rng, 0.6);
  if (withTimeline) cols.push({ head: "序时进度", value: (k) => w.percent(25 * (k + 1)) });
  if (withTimeline && chance(rng, 0.6))
    cols.push({
      head: pick(rng, ["执行率", "预算执行率"]),
      value: (k) => w.percent(rate[k]),
      holds: (k) => [`executionRateQ${k + 1}`, round2(rate[k])],
    });
  const b = new TableBuilder(rng, cols.length + 1);
  b.title(
    pick(rng, ["各季度预算执行情况表", "表1-4 各季度预算执行情况", "预算执行进度表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    cols.map((c) => ({ text: c.head })),
    [pick(rng, ["季度", "时间", "项目"])]
  );
  for (let k = 0; k < 4; k++) {
    b.row([QUARTERS[k][style], ...cols.map((c) => c.value(k))]);
    for (const c of cols)
      if (c.holds) {
        const [key, v] = c.holds(k);
        b.holds[key] = v;
      }
  }
  if (withBudget) b.holds.executionBudget = s.adjusted;
  b.note(NOTES);
  return b.done("period");
};

/** Month-end columns (3月末 … 12月末) with 累计支出 and 支出进度 rows, maybe a 全年预算 column first. */
export const executionByMonthColumns: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const months = chance(rng, 0.5);
  const heads = months
    ? Array.from({ length: 12 }, (_, m) => (m ? pick(rng, [`${m + 1}月`, `1-${m + 1}月`]) : "1月"))
    : ["3月末", "6月末", "9月末", "12月末"];
  const values = months ? t.monthly : s.quarters;
  const withBudget = chance(rng, 0.6);
  const b = new TableBuilder(rng, heads.length + 1 + (withBudget ? 1 : 0));
  b.title(pick(rng, ["预算执行情况表", "部门预算支出进度表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [...(withBudget ? [{ text: "全年预算" }] : []), ...heads.map((text) => ({ text }))],
    ["项目"]
  );
  b.row([
    pick(rng, ["累计支出", "累计支出数", "实际支出"]),
    ...(withBudget ? [w.amount(s.adjusted)] : []),
    ...values.map((v) => w.amount(v)),
  ]);
  if (chance(rng, 0.7))
    b.row([
      "支出进度",
      ...(withBudget ? [null] : []),
      ...values.map((v) => w.percent((100 * v) / s.adjusted)),
    ]);
  if (months && chance(rng, 0.5))
    b.row([
      "当月支出",
      ...(withBudget ? [null] : []),
      ...values.map((v, m) => w.amount(round2(v - (m ? values[m - 1] : 0)))),
    ]);
  s.quarters.forEach((v, k) => (b.holds[`spentQ${k + 1}`] = v));
  if (withBudget) b.holds.executionBudget = s.adjusted;
  b.note(NOTES);
  return b.done("period");
};

/** A system export: one row per month with 预算指标 | 当月支出 | 累计支出 | 支出进度. */
export const executionExport: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const b = new TableBuilder(rng, 5);
  if (chance(rng, 0.5)) b.title("预算执行情况导出", t.year);
  b.unitLine(chance(rng, 0.8) ? w.unitLine() : undefined, t.unit);
  b.header(
    [{ text: "预算指标" }, { text: "当月支出" }, { text: "累计支出" }, { text: "支出进度" }],
    ["月份"]
  );
  t.monthly.forEach((v, m) =>
    b.row([
      `${m + 1}月`,
      w.amount(s.adjusted),
      w.amount(round2(v - (m ? t.monthly[m - 1] : 0))),
      w.amount(v),
      w.percent((100 * v) / s.adjusted),
    ])
  );
  s.quarters.forEach((v, k) => (b.holds[`spentQ${k + 1}`] = v));
  b.holds.executionBudget = s.adjusted;
  return b.done("period");
};

/** 政府采购: a record (one header row, one value row) or label rows, maybe by category with a 合计 row. */
export const procurement: TableMaker = (rng, t, w) => {
  const p = t.procurement;
  const rate = (100 * p.actual) / p.planned;
  const style = int(rng, 0, 2);
  const b = new TableBuilder(rng, style === 1 ? 2 : 4);
  b.title(pick(rng, ["政府采购执行情况表", "政府采购情况"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  if (style === 0) {
    b.header([
      { text: pick(rng, ["政府采购计划金额", "采购计划金额", "政府采购预算"]) },
      { text: pick(rng, ["实际采购金额", "政府采购实际金额"]) },
      { text: "政府采购执行率" },
      { text: "备注" },
    ]);
    b.row([w.amount(p.planned), w.amount(p.actual), w.percent(rate), null]);
    Object.assign(b.holds, { procurementPlanned: p.planned, procurementActual: p.actual });
    return b.done("record");
  }
  if (style === 1) {
    b.header([{ text: "金额" }], ["项目"]);
    b.row([pick(rng, ["政府采购计划金额", "政府采购预算"]), w.amount(p.planned)]);
    b.row([pick(rng, ["实际采购金额", "政府采购执行数"]), w.amount(p.actual)]);
    Object.assign(b.holds, { procurementPlanned: p.planned, procurementActual: p.actual });
    return b.done("label-rows");
  }
  const split = [0.5, 0.2, 0.3];
  const part = (x: number, i: number) =>
    i < 2 ? round2(x * split[i]) : round2(x - round2(x * split[0]) - round2(x * split[1]));
  b.header([{ text: "采购计划金额" }, { text: "实际采购金额" }, { text: "执行率" }], ["采购类别"]);
  ["货物", "工程", "服务"].forEach((name, i) =>
    b.row([
      name,
      w.amount(part(p.planned, i)),
      w.amount(part(p.actual, i)),
      w.percent((100 * part(p.actual, i)) / part(p.planned, i)),
    ])
  );
  b.row(["合计", w.amount(p.planned), w.amount(p.actual), w.percent(rate)]);
  Object.assign(b.holds, { procurementPlanned: p.planned, procurementActual: p.actual });
  return b.done("key-column");
};

/** Fixed assets by class: 原值 and 其中：在用, 年初/期末 columns, or a status split (合计 | 在用 | 出租出借 | 闲置). */
export const assets: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const style = int(rng, 0, 3);
  const b = new TableBuilder(rng, 5);
  b.title(pick(rng, ["固定资产情况表", "资产情况", "国有资产占用情况表"]), t.year);
  b.unitLine(w.unitLine(), t.unit);
  const rows = t.assets.map((a) => ({ name: a.name, a }));
  const total = { opening: s.assetsOpening, closing: s.assetsClosing, inUse: s.assetsInUse };
  const holds = { fixedAssetsTotal: s.assetsClosing, fixedAssetsInUse: s.assetsInUse };
  if (style === 0) {
    b.header(
      [{ text: pick(rng, ["原值", "账面原值"]) }, { text: pick(rng, ["其中：在用", "在用原值"]) }],
      ["资产类别"]
    );
    for (const { name, a } of rows) b.row([name, w.amount(a.closing), w.amount(a.inUse)]);
    b.row(["合计", w.amount(total.closing), w.amount(total.inUse)]);
  } else if (style === 1) {
    b.header(
      [
        { text: pick(rng, ["年初数", "期初数"]) },
        { text: pick(rng, ["期末数", "年末数"]) },
        { text: pick(rng, ["其中：在用", "期末在用"]) },
      ],
      ["资产类别"]
    );
    for (const { name, a } of rows)
      b.row([name, w.amount(a.opening), w.amount(a.closing), w.amount(a.inUse)]);
    b.row(["合计", w.amount(total.opening), w.amount(total.closing), w.amount(total.inUse)]);
  } else if (style === 2) {
    b.header(
      [
        { text: pick(rng, ["年初数", "期初数"]), children: ["原值", "其中：在用"] },
        { text: pick(rng, ["期末数", "年末数"]), children: ["原值", "其中：在用"] },
      ],
      ["资产类别"]
    );
    const opening = (a: { opening: number; closing: number; inUse: number }) =>
      round2((a.inUse * a.opening) / a.closing);
    for (const { name, a } of rows)
      b.row([
        name,
        w.amount(a.opening),
        w.amount(opening(a)),
        w.amount(a.closing),
        w.amount(a.inUse),
      ]);
    b.row([
      "合计",
      w.amount(total.opening),
      w.amount(round2(rows.reduce((x, { a }) => x + opening(a), 0))),
      w.amount(total.closing),
      w.amount(total.inUse),
    ]);
  } else {
    b.header([{ text: "原值", children: ["合计", "在用", "出租出借", "闲置"] }], ["资产类别"]);
    for (const { name, a } of rows) {
      const idle = round2((a.closing - a.inUse) / 2);
      b.row([
        name,
        w.amount(a.closing),
        w.amount(a.inUse),
        w.amount(idle),
        w.amount(round2(a.closing - a.inUse - idle)),
      ]);
    }
    const idle = rows.reduce((x, { a }) => x + round2((a.closing - a.inUse) / 2), 0);
    b.row([
      "合计",
      w.amount(total.closing),
      w.amount(total.inUse),
      w.amount(round2(idle)),
      w.amount(round2(total.closing - total.inUse - idle)),
    ]);
    Object.assign(b.holds, holds);
    return b.done("status");
  }
  Object.assign(b.holds, holds);
  return b.done("label-rows");
};

/** People: label rows (项目 | 人数), a key-column table (单位名称 | 编制数 | 实有人数 | 编外人员) or transposed. */
export const staff: TableMaker = (rng, t, w) => {
  const p = t.staff;
  const style = int(rng, 0, 2);
  const authorized = pick(rng, ["核定编制数", "编制数", "核定编制数（含工勤）"]);
  const payroll = pick(rng, ["年末实有在编人数", "实有人数", "在编人数", "实际在编人数"]);
  const contract = pick(rng, ["编外人员", "编外聘用人员（含劳务派遣）", "编外人员数"]);
  const holds = {
    staffAuthorized: p.authorized,
    staffOnPayroll: p.onPayroll,
    contractStaff: p.contract,
  };
  if (style === 0) {
    const withLast = chance(rng, 0.4);
    const b = new TableBuilder(rng, withLast ? 3 : 2);
    b.title(pick(rng, ["人员情况表", "人员编制情况"]), t.year);
    b.unitLine(chance(rng, 0.5) ? "单位：人" : undefined, t.unit);
    b.header(
      [{ text: pick(rng, ["人数", "本年"]) }, ...(withLast ? [{ text: "上年" }] : [])],
      ["项目"]
    );
    const line = (label: string, n: number) =>
      b.row([label, w.count(n), ...(withLast ? [w.count(Math.max(0, n - 1))] : [])]);
    line(authorized, p.authorized);
    line(payroll, p.onPayroll);
    line(contract, p.contract);
    if (chance(rng, 0.5)) line("离退休人员", int(rng, 2, 30));
    Object.assign(b.holds, holds);
    return b.done("label-rows");
  }
  const b = new TableBuilder(rng, 5);
  b.title(pick(rng, ["人员编制及实有人数情况表", "机构人员情况"]), t.year);
  b.unitLine(chance(rng, 0.5) ? "单位：人" : undefined, t.unit);
  if (style === 1) {
    b.header(
      [{ text: authorized }, { text: payroll }, { text: contract }, { text: "离退休人员" }],
      ["单位名称"]
    );
    b.row([
      t.unit,
      w.count(p.authorized),
      w.count(p.onPayroll),
      w.count(p.contract),
      w.count(int(rng, 2, 30)),
    ]);
    Object.assign(b.holds, holds);
    return b.done("key-column");
  }
  b.header([{ text: authorized }, { text: payroll }, { text: contract }]);
  b.row([w.count(p.authorized), w.count(p.onPayroll), w.count(p.contract)]);
  Object.assign(b.holds, holds);
  return b.done("record");
};

/** A survey summary: 总体满意度 as a percentage or a score out of 100, beside 满分 and sample counts. */
export const satisfaction: TableMaker = (rng, t, w) => {
  const style = int(rng, 0, 2);
  const b = new TableBuilder(rng, 4);
  b.title(pick(rng, ["满意度调查结果", "服务对象满意度调查汇总表"]), t.year);
  if (style === 0) {
    b.header([{ text: "满分" }, { text: "得分" }], ["调查项目"]);
    b.row(["服务态度", 100, round2(Math.min(100, t.satisfaction + 0.5))]);
    b.row(["服务效率", 100, round2(t.satisfaction - 0.5)]);
    b.row([pick(rng, ["总体满意度", "综合满意度"]), 100, w.count(t.satisfaction)]);
  } else if (style === 1) {
    b.header([
      { text: "发放问卷（份）" },
      { text: "回收问卷（份）" },
      { text: pick(rng, ["满意度", "总体满意度"]) },
    ]);
    b.row([int(rng, 300, 900), int(rng, 200, 300), w.percent(t.satisfaction)]);
    b.hidden.push(b.row([500, 450, w.percent(round2(t.satisfaction - 7))]));
  } else {
    b.row([pick(rng, ["总体满意度", "满意度"]), w.percent(t.satisfaction)]);
  }
  b.holds.satisfaction = t.satisfaction;
  return b.done(style === 1 ? "record" : "label-rows");
};

/** 信访 and projects as units count them: a record row or label rows. */
export const petitionsAndProjects: TableMaker = (rng, t, w) => {
  const { petitions: p, projects: j } = t;
  const items: [string, number, string][] = shuffle(rng, [
    [pick(rng, ["收到信访件数", "信访件数", "受理群众信访件数"]), p.received, "petitionsReceived"],
    [pick(rng, ["已办理回复件数", "办结件数", "已回复件数"]), p.replied, "petitionsReplied"],
    [pick(rng, ["按期办理回复件数", "按期办结件数"]), p.onTime, "petitionsRepliedOnTime"],
    [pick(rng, ["计划完成项目数", "计划项目数"]), j.planned, "projectsPlanned"],
    [pick(rng, ["按时完成项目数", "按计划时间完成项目数"]), j.onTime, "projectsOnTime"],
  ]);
  const record = chance(rng, 0.5);
  const b = new TableBuilder(rng, record ? items.length : 2);
  b.title(pick(rng, ["信访及项目完成情况", "工作完成情况统计"]), t.year);
  if (record) {
    b.header(items.map(([text]) => ({ text })));
    b.row(items.map(([, n]) => w.count(n)));
  } else {
    b.header([{ text: "数量" }], ["项目"]);
    for (const [label, n] of items) b.row([label, w.count(n)]);
  }
  for (const [, n, key] of items) b.holds[key] = n;
  return b.done(record ? "record" : "label-rows");
};

/** A 基本情况 paragraph with the figures written in its sentences. */
export const basicInfoText: TableMaker = (rng, t) => {
  const p = t.staff;
  const b = new TableBuilder(rng, 1);
  b.row([pick(rng, ["单位基本情况", "一、基本情况"])]);
  const sentence = pick(rng, [
    `本单位核定编制${p.authorized}名（含工勤${p.support}名），年末实有在编人员${p.onPayroll}人，编外聘用人员${p.contract}人。`,
    `${t.unit}为公益一类事业单位，编制数${p.authorized}人，实有人数${p.onPayroll}人，另有编外人员${p.contract}人，内设机构5个。`,
  ]);
  b.row([sentence]);
  Object.assign(b.holds, {
    staffAuthorized: p.authorized,
    staffOnPayroll: p.onPayroll,
    contractStaff: p.contract,
  });
  return b.done("text");
};

/**
 * 表1-2 按支出功能分类: one row per 类 (named, or coded and named) × 年初 | 调整 (| 部门决算数) (| 上年决算数),
 * the classes adding up to the department's totals, a total row at the bottom.
 */
export const functionalClasses: TableMaker = (rng, t, w) => {
  const s = totals(t);
  const classes = t.functional.map((c) => [c.code, c.name] as const);
  const withActual = chance(rng, 0.6);
  const withLast = chance(rng, 0.3);
  const [initial, adjusted, actual] = (["initial", "adjusted", "actual"] as const).map((k) =>
    t.functional.map((c) => c[k])
  );
  const b = new TableBuilder(rng, 3 + (withActual ? 1 : 0) + (withLast ? 1 : 0));
  b.title(
    pick(rng, ["表1-2 部门整体支出构成与调整情况（按支出功能分类）", "部门支出按功能分类情况表"]),
    t.year
  );
  b.unitLine(w.unitLine(), t.unit);
  b.header(
    [
      { text: pick(rng, ["年初预算数", "年初预算"]) },
      { text: pick(rng, ["调整预算数", "调整后预算数"]) },
      ...(withActual ? [{ text: "部门决算数" }] : []),
      ...(withLast ? [{ text: pick(rng, lastYearHeader(t.year)) }] : []),
    ],
    [pick(rng, ["支出功能分类", "功能分类科目", "科目名称"])]
  );
  const coded = chance(rng, 0.5);
  classes.forEach(([code, name], i) => {
    b.row([
      coded ? `${code} ${name}` : name,
      w.amount(initial[i]),
      w.amount(adjusted[i]),
      ...(withActual ? [w.amount(actual[i])] : []),
      ...(withLast ? [w.amount(round2(actual[i] * 0.95))] : []),
    ]);
    Object.assign(b.holds, {
      [`fc${code}Initial`]: initial[i],
      [`fc${code}Adjusted`]: adjusted[i],
      ...(withActual && { [`fc${code}Actual`]: actual[i] }),
    });
  });
  b.row([
    pick(rng, ["总计", "合计"]),
    w.amount(s.initial),
    w.amount(s.adjusted),
    ...(withActual ? [w.amount(s.actual)] : []),
    ...(withLast ? [w.amount(round2(s.actual * 0.95))] : []),
  ]);
  b.note(NOTES);
  return b.done("label-rows");
};

export const MAKERS: Record<string, TableMaker> = {
  expenseByUse,
  fundSources,
  functionalClasses,
  basicExpense,
  sanGongPublished,
  sanGongRows,
  executionByQuarterRows,
  executionByMonthColumns,
  executionExport,
  procurement,
  assets,
  staff,
  satisfaction,
  petitionsAndProjects,
  basicInfoText,
};
