/**
 * One unit's true figures for a year, drawn so that they hold together as a real unit's do: parts add up
 * to their totals, cumulative spending grows quarter by quarter, in use ≤ total, on payroll ≤ authorized.
 * Amounts are 万元 with two decimals (whole 元 when written in 元); rates are in %.
 */

export type Rng = () => number;

/** mulberry32: small, fast and the same on every machine, so a seed names a workbook. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
export const chance = (rng: Rng, p: number) => rng() < p;
export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
/** An amount in 万元 with two decimals, in [lo, hi]. */
export const wan = (rng: Rng, lo: number, hi: number) =>
  Math.round((lo + rng() * (hi - lo)) * 100) / 100;
export const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;
export function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Parts {
  initial: number;
  adjusted: number;
  actual: number;
}

export interface Truth {
  unit: string;
  year: number;
  personnel: Parts;
  daily: Parts;
  project: Parts;
  /** 上年决算数, a distractor column in the budget tables. */
  lastYear: { personnel: number; daily: number; project: number };
  carryOver: number;
  sanGong: {
    budget: { abroad: number; carBuy: number; carRun: number; reception: number };
    actual: { abroad: number; carBuy: number; carRun: number; reception: number };
  };
  /** Cumulative spending at the end of each quarter, and of each month. */
  monthly: number[];
  procurement: { planned: number; actual: number };
  assets: { name: string; opening: number; closing: number; inUse: number; net: number }[];
  /** 离退休 are counted in 实有人数 where a table says 实有, never among those on payroll. */
  staff: {
    authorized: number;
    onPayroll: number;
    contract: number;
    support: number;
    retired: number;
  };
  /** Spending by functional class (表1-2): each period's total split among two to five 类. */
  functional: { code: string; name: string; initial: number; adjusted: number; actual: number }[];
  satisfaction: number;
  petitions: { received: number; replied: number; onTime: number };
  projects: { planned: number; onTime: number };
}

/** The classes a unit's 表1-2 lists, by code and name as the classification writes them. */
const CLASSES = [
  ["201", "一般公共服务支出"],
  ["205", "教育支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["212", "城乡社区支出"],
  ["221", "住房保障支出"],
];

/** Each period's total split among the classes by the same weights, the last class taking the rest. */
function functionalSplit(rng: Rng, totals: Parts): Truth["functional"] {
  const classes = shuffle(rng, CLASSES).slice(0, int(rng, 2, 5));
  const weights = classes.map(() => 0.2 + rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const split = (total: number) => {
    const parts = weights.slice(0, -1).map((x) => round2((total * x) / sum));
    return [...parts, round2(total - parts.reduce((a, b) => a + b, 0))];
  };
  const [initial, adjusted, actual] = [
    split(totals.initial),
    split(totals.adjusted),
    split(totals.actual),
  ];
  return classes.map(([code, name], i) => ({
    code,
    name,
    initial: initial[i],
    adjusted: adjusted[i],
    actual: actual[i],
  }));
}

const UNITS = ["某区图书馆", "某区文化馆", "某街道办事处", "某区档案馆", "某区疾病预防控制中心"];

const parts = (rng: Rng, lo: number, hi: number): Parts => {
  const initial = wan(rng, lo, hi);
  const adjusted = chance(rng, 0.2) ? initial : round2(initial * (0.8 + rng() * 0.35));
  return { initial, adjusted, actual: round2(adjusted * (0.9 + rng() * 0.1)) };
};

export function drawTruth(rng: Rng): Truth {
  const personnel = parts(rng, 300, 2000);
  const daily = parts(rng, 50, 600);
  const project = parts(rng, 100, 3000);
  const total = round2(personnel.adjusted + daily.adjusted + project.adjusted);
  // Month-end cumulative spending: grows every month, the year ends between 88% and 100% of the budget.
  const steps = Array.from({ length: 12 }, () => 0.3 + rng());
  const sum = steps.reduce((a, b) => a + b, 0);
  const spentYear = total * (0.88 + rng() * 0.12);
  let acc = 0;
  const monthly = steps.map((s) => round2((acc += (s / sum) * spentYear)));
  monthly[11] = Math.min(monthly[11], total);
  const sg = () => ({
    abroad: chance(rng, 0.6) ? 0 : wan(rng, 1, 8),
    carBuy: chance(rng, 0.7) ? 0 : wan(rng, 10, 30),
    carRun: wan(rng, 2, 20),
    reception: wan(rng, 0.2, 6),
  });
  const budget = sg();
  const actual = {
    abroad: round2(budget.abroad * rng()),
    carBuy: round2(budget.carBuy * (0.8 + rng() * 0.2)),
    carRun: round2(budget.carRun * (0.3 + rng() * 0.75)),
    reception: round2(budget.reception * (0.2 + rng() * 0.9)),
  };
  const planned = wan(rng, 50, 2000);
  const classes = [
    "房屋及构筑物",
    "通用设备",
    "专用设备",
    "家具、用具、装具及动植物",
    "图书、档案",
  ];
  const assets = classes.slice(0, int(rng, 3, 5)).map((name) => {
    const opening = wan(rng, 5, 3000);
    const closing = round2(opening * (0.9 + rng() * 0.3));
    const inUse = round2(closing * (0.55 + rng() * 0.45));
    return { name, opening, closing, inUse, net: round2(closing * (0.35 + rng() * 0.45)) };
  });
  const authorized = int(rng, 12, 160);
  const onPayroll = int(rng, Math.floor(authorized * 0.7), authorized);
  const received = chance(rng, 0.25) ? 0 : int(rng, 1, 80);
  const replied = int(rng, Math.floor(received * 0.8), received);
  const planned2 = int(rng, 3, 40);
  const whole = (k: keyof Parts) => round2(personnel[k] + daily[k] + project[k]);
  const functional = functionalSplit(rng, {
    initial: whole("initial"),
    adjusted: whole("adjusted"),
    actual: whole("actual"),
  });
  return {
    functional,
    unit: pick(rng, UNITS),
    year: int(rng, 2019, 2025),
    personnel,
    daily,
    project,
    lastYear: {
      personnel: round2(personnel.actual * (0.85 + rng() * 0.3)),
      daily: round2(daily.actual * (0.85 + rng() * 0.3)),
      project: round2(project.actual * (0.7 + rng() * 0.6)),
    },
    carryOver: chance(rng, 0.5) ? 0 : wan(rng, 0.5, 50),
    sanGong: { budget, actual },
    monthly,
    procurement: { planned, actual: round2(planned * (0.85 + rng() * 0.15)) },
    assets,
    staff: {
      authorized,
      onPayroll,
      contract: int(rng, 0, Math.floor(authorized * 0.4)),
      support: int(rng, 1, 5),
      retired: int(rng, 2, 40),
    },
    satisfaction: round2(80 + rng() * 19.9),
    petitions: { received, replied, onTime: int(rng, Math.floor(replied * 0.8), replied) },
    projects: { planned: planned2, onTime: int(rng, Math.floor(planned2 * 0.7), planned2) },
  };
}

/** The derived figures a reader is asked for. */
export const totals = (t: Truth) => {
  const sum = (k: keyof Parts) => round2(t.personnel[k] + t.daily[k] + t.project[k]);
  const sg = (s: Truth["sanGong"]["budget"]) =>
    round2(s.abroad + s.carBuy + s.carRun + s.reception);
  return {
    initial: sum("initial"),
    adjusted: sum("adjusted"),
    actual: sum("actual"),
    basicInitial: round2(t.personnel.initial + t.daily.initial),
    basicAdjusted: round2(t.personnel.adjusted + t.daily.adjusted),
    basicActual: round2(t.personnel.actual + t.daily.actual),
    sanGongBudget: sg(t.sanGong.budget),
    sanGongActual: sg(t.sanGong.actual),
    assetsClosing: round2(t.assets.reduce((s, a) => s + a.closing, 0)),
    assetsOpening: round2(t.assets.reduce((s, a) => s + a.opening, 0)),
    assetsInUse: round2(t.assets.reduce((s, a) => s + a.inUse, 0)),
    assetsNet: round2(t.assets.reduce((s, a) => s + a.net, 0)),
    /** The year's adjustments by use: raised and cut each in full (调整、调剂资金累计 counts both). */
    raised: round2(
      [t.personnel, t.daily, t.project].reduce((s, p) => s + Math.max(0, p.adjusted - p.initial), 0)
    ),
    cut: round2(
      [t.personnel, t.daily, t.project].reduce((s, p) => s + Math.max(0, p.initial - p.adjusted), 0)
    ),
    quarters: [2, 5, 8, 11].map((m) => t.monthly[m]),
  };
};
