import { FUNCTIONAL_CLASSES, FUNCTIONAL_PERIODS, functionalKey, Rational, text } from "../core";
import type { Run } from "../i18n/runs";
import { OTHER_SOURCES, quarterRates, SOURCES } from "./basics";
import type { DraftContext } from "./context";
import { figure, formatRatio, rateRun } from "./figures";
import { TEXT_WIDTH_MM, type Block, type TableBlock, type TableRow } from "./model";

/**
 * 附件2, the annex tables of the Longgang report (表1-1 … 表1-4), single-sourced from the inputs. A cell the
 * data does not give is a prompt, except the parts of a total that the given parts already add up to:
 * those are none, and print “—” as the unit's own table does. Where rounded parts miss their total by a
 * cent or two, a note says why.
 */

/** The widest gap rounding to 0.01 leaves between parts and their total in a table of a few rows. */
const ROUNDING = Rational.fromNumber(0.02);
const DASH: Run[] = [{ text: "—" }];

export function annex(c: DraftContext): Block[] {
  const tables = [sources(c), functional(c), uses(c), quarters(c)];
  tables[0] = { ...tables[0], label: c.w.attachmentLabel(2) };
  return tables.map((table) => ({ kind: "table", table }));
}

/** Parts that, all given, add up to their total only within rounding: the table gets the note. */
function roundingGap(c: DraftContext, parts: string[], total: string): boolean {
  const whole = c.amount(total);
  const given = parts.map((k) => c.amount(k)).filter((v): v is Rational => v !== undefined);
  if (!whole || !given.length) return false;
  const sum = given.reduce((s, v) => s.add(v), Rational.ZERO);
  return !sum.eq(whole) && whole.sub(sum).max(sum.sub(whole)).le(ROUNDING);
}

const withNote = (c: DraftContext, t: TableBlock, gaps: boolean[]): TableBlock =>
  gaps.some(Boolean) ? { ...t, note: [{ text: c.w.tables.roundingNote }] } : t;

const amountWidths = (labelWidth: number, columns: number) => [
  labelWidth,
  ...Array.from({ length: columns }, () => (TEXT_WIDTH_MM - labelWidth) / columns),
];

/**
 * The cells of one column: given amounts; where the parts given add up to the total (to the cent),
 * the parts not given are “—”; anything else not given is a prompt naming the input.
 */
function column(c: DraftContext, parts: string[], total: string): Map<string, Run[]> {
  const given = new Map(parts.map((k) => [k, c.amount(k)]));
  const whole = c.amount(total);
  const known = [...given.values()].filter((v): v is Rational => v !== undefined);
  const sum = known.reduce((s, v) => s.add(v), Rational.ZERO);
  const closed =
    whole !== undefined && known.length > 0 && whole.sub(sum).max(sum.sub(whole)).le(ROUNDING);
  return new Map(
    parts.map((k) => {
      const v = given.get(k);
      return [k, v !== undefined ? [c.money(v)] : closed ? DASH : [c.cellAsk()]];
    })
  );
}

/** The two budget columns of 表1-1 and 表1-3, each with the total its parts add up to. */
const BUDGET_PERIODS = [
  ["Initial", "budgetScale"],
  ["Adjusted", "executionBudget"],
] as const;

/** 表1-1 and 表1-3: a label column and the two budget columns, in 万元. */
const budgetTable = (
  c: DraftContext,
  words: { caption: string; headers: string[] },
  rows: TableRow[]
): TableBlock => ({
  caption: [{ text: words.caption }],
  unitLine: c.w.unitLine,
  widths: amountWidths(76, 2),
  align: ["left", "right", "right"],
  headers: words.headers,
  rows,
});

/** A budget table none of whose parts the data gives: its breakdown asked once, above its totals. */
const askedWhole = (
  c: DraftContext,
  t: { caption: string; headers: string[]; rows: { total: string } },
  what: string
): TableBlock =>
  budgetTable(c, t, [
    { cells: [[c.ask(what)], [], []] },
    {
      cells: [[{ text: t.rows.total }], ...BUDGET_PERIODS.map(([, total]) => cell(c, total))],
      total: true,
    },
  ]);

const cell = (c: DraftContext, key: string): Run[] => {
  const v = c.amount(key);
  return v !== undefined ? [c.money(v)] : [c.cellAsk()];
};

const sumCell = (c: DraftContext, keys: string[], cells: Map<string, Run[]>): Run[] => {
  // A dash part is none: the subtotal is the sum of the figures given, when every other part is given.
  if (keys.some((k) => c.amount(k) === undefined && cells.get(k) !== DASH)) return [c.cellAsk()];
  return [c.money(keys.reduce((s, k) => s.add(c.amount(k) ?? Rational.ZERO), Rational.ZERO))];
};

function sources(c: DraftContext): TableBlock {
  const t = c.w.tables.sources;
  const periods = BUDGET_PERIODS;
  const all = [...SOURCES, ...OTHER_SOURCES];
  const keys = (period: string) => all.map((s) => `income${s}${period}`);
  // With no source given at all, the unit is asked for the breakdown once, not in every cell.
  if (periods.every(([period]) => keys(period).every((k) => c.amount(k) === undefined)))
    return askedWhole(c, t, c.w.ask.sources);
  const columns = periods.map(([period, total]) =>
    column(
      c,
      all.map((s) => `income${s}${period}`),
      total
    )
  );
  const row = (s: string): TableRow => ({
    cells: [
      [{ text: t.rows[s as keyof typeof t.rows] }],
      ...periods.map(([period], i) => columns[i].get(`income${s}${period}`)!),
    ],
  });
  const gaps = periods.map(([period, total]) => roundingGap(c, keys(period), total));
  return withNote(
    c,
    budgetTable(c, t, [
      ...SOURCES.map(row),
      {
        cells: [
          [{ text: t.rows.subtotal }],
          ...periods.map(([period], i) =>
            sumCell(
              c,
              SOURCES.map((s) => `income${s}${period}`),
              columns[i]
            )
          ),
        ],
        total: true,
      },
      ...OTHER_SOURCES.map(row),
      {
        cells: [[{ text: t.rows.total }], ...periods.map(([, total]) => cell(c, total))],
        total: true,
      },
    ]),
    gaps
  );
}

/** 表1-2: the classes the data gives, in the classification's order; none given, the unit lists them. */
function functional(c: DraftContext): TableBlock {
  const t = c.w.tables.functional;
  const totals = { Initial: "budgetScale", Adjusted: "executionBudget", Actual: "spendingActual" };
  const given = FUNCTIONAL_CLASSES.filter((fc) =>
    FUNCTIONAL_PERIODS.some((p) => c.amount(functionalKey(fc.code, p.key)) !== undefined)
  );
  const columns = FUNCTIONAL_PERIODS.map((p) =>
    column(
      c,
      given.map((fc) => functionalKey(fc.code, p.key)),
      totals[p.key]
    )
  );
  const rows: TableRow[] = given.length
    ? given.map((fc) => ({
        cells: [
          [{ text: text(fc.label, c.locale) }],
          ...FUNCTIONAL_PERIODS.map((p, i) => columns[i].get(functionalKey(fc.code, p.key))!),
        ],
      }))
    : [{ cells: [[c.ask(t.ask)], [], [], []] }];
  const gaps = FUNCTIONAL_PERIODS.map((p) =>
    roundingGap(
      c,
      given.map((fc) => functionalKey(fc.code, p.key)),
      totals[p.key]
    )
  );
  return withNote(
    c,
    {
      caption: [{ text: t.caption }],
      unitLine: c.w.unitLine,
      widths: amountWidths(60, 3),
      align: ["left", "right", "right", "right"],
      headers: t.headers,
      rows: [
        ...rows,
        {
          cells: [[{ text: t.total }], ...FUNCTIONAL_PERIODS.map((p) => cell(c, totals[p.key]))],
          total: true,
        },
      ],
    },
    gaps
  );
}

function uses(c: DraftContext): TableBlock {
  const t = c.w.tables.uses;
  const parts = [
    "personnel",
    "dailyPublic",
    "project",
    "remitted",
    "operatingSpending",
    "affiliatedSubsidy",
  ];
  const keyOf = (part: string, period: "Initial" | "Adjusted") =>
    part === "dailyPublic" && period === "Adjusted" ? "dailyPublicBudget" : `${part}${period}`;
  const periods = BUDGET_PERIODS;
  if (
    periods.every(([period]) => parts.every((part) => c.amount(keyOf(part, period)) === undefined))
  )
    return askedWhole(c, t, t.ask);
  const columns = periods.map(([period, total]) =>
    column(
      c,
      parts.map((part) => keyOf(part, period)),
      total
    )
  );
  const row = (part: string, label: string, total = false): TableRow => ({
    cells: [
      [{ text: label }],
      ...periods.map(([period], i) => columns[i].get(keyOf(part, period))!),
    ],
    total,
  });
  const capital = periods.map(([period]) => `capitalProject${period}`);
  // 其中：基本建设类项目 breaks 项目支出 down: without its figures the row is left out, not asked.
  const capitalRow: TableRow[] = capital.some((k) => c.amount(k) !== undefined)
    ? [
        {
          cells: [[{ text: t.rows.capitalProject }], ...capital.map((k) => cell(c, k))],
        },
      ]
    : c.omit(capital);
  const gaps = periods.map(([period, total]) =>
    roundingGap(
      c,
      parts.map((part) => keyOf(part, period)),
      total
    )
  );
  return withNote(
    c,
    budgetTable(c, t, [
      {
        cells: [
          [{ text: t.rows.basic }],
          ...periods.map(([period], i) =>
            sumCell(c, [keyOf("personnel", period), keyOf("dailyPublic", period)], columns[i])
          ),
        ],
        total: true,
      },
      row("personnel", t.rows.personnel),
      row("dailyPublic", t.rows.dailyPublic),
      row("project", t.rows.project, true),
      ...capitalRow,
      row("remitted", t.rows.remitted),
      row("operatingSpending", t.rows.operatingSpending),
      row("affiliatedSubsidy", t.rows.affiliatedSubsidy),
      {
        cells: [[{ text: t.rows.total }], ...periods.map(([, total]) => cell(c, total))],
        total: true,
      },
    ]),
    gaps
  );
}

/**
 * 季度 | 季度末累计支出 | 序时进度支出额 | 序时进度 | 执行率, so that each rate is its row's spending over its
 * schedule amount: the budget's share of the year when the rate is worked out here, the amount the unit's
 * own rate implies when the unit gave it (Longgang's 1,163.50 for 184.77 %). A quarter an evaluator's
 * reason explains (第四季度单位机构改革) carries that reason.
 */
function quarters(c: DraftContext): TableBlock {
  const t = c.w.tables.quarters;
  const rates = quarterRates(c);
  const budget = c.amount("executionBudget");
  let givenRates = false;
  const rows = rates.map((rate, i): TableRow => {
    const q = i + 1;
    const spent = c.amount(`spentQ${q}`);
    const share = Rational.int(q).div(Rational.int(4));
    const name: Run[] = [{ text: c.w.quarterName(q) }];
    const schedule: Run[] = [figure(formatRatio(share, Rational.ONE))];
    if (!rate) {
      const reason = c.reasonFor([`spentQ${q}`, `executionRateQ${q}`]);
      if (reason) return { cells: [name, [{ text: reason }], [], schedule, []] };
      return {
        cells: [name, spent ? [c.money(spent)] : [c.cellAsk()], [], schedule, [c.cellAsk()]],
      };
    }
    const given = c.f.percent(`executionRateQ${q}`) !== undefined;
    givenRates ||= given;
    const base =
      spent && !rate.isZero() ? (given ? spent.div(rate) : budget?.mul(share)) : undefined;
    return {
      cells: [
        name,
        spent ? [c.money(spent)] : [],
        base ? [c.money(base)] : [],
        schedule,
        [rateRun(rate)],
      ],
    };
  });
  return {
    caption: t.caption(c.year),
    unitLine: c.w.unitLine,
    widths: [28, 34, 34, 28, 32],
    align: ["center", "right", "right", "right", "right"],
    headers: t.headers,
    rows,
    note: givenRates
      ? [{ text: t.noteGiven }]
      : budget
        ? t.noteComputed(c.money(budget))
        : undefined,
  };
}
