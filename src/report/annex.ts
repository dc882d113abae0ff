import { FUNCTIONAL_CLASSES, FUNCTIONAL_PERIODS, functionalKey, Rational, text } from "../core";
import type { Run } from "../i18n/runs";
import { OTHER_SOURCES, quarterRates, SOURCES } from "./basics";
import { h, type DraftContext } from "./context";
import { figure, formatRatio, rateRun } from "./figures";
import { TEXT_WIDTH_MM, type Block, type TableBlock, type TableRow } from "./model";

/**
 * The annex tables of the Longgang report (表1-1 … 表1-4), single-sourced from the inputs. A cell the data
 * does not give is a prompt, except the parts of a total that the given parts already add up to: those
 * are none, and print “—” as the unit's own table does.
 */

const ROUNDING = Rational.fromNumber(0.01);
const DASH: Run[] = [{ text: "—" }];

export function annex(c: DraftContext): Block[] {
  return [
    { kind: "pageBreak" },
    h(1, c.w.headings.annex),
    { kind: "table", table: sources(c) },
    functional(c),
    { kind: "table", table: uses(c) },
    { kind: "table", table: quarters(c) },
  ];
}

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
      return [k, v !== undefined ? [c.money(v)] : closed ? DASH : [c.askFor([k])]];
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

const cell = (c: DraftContext, key: string): Run[] => {
  const v = c.amount(key);
  return v !== undefined ? [c.money(v)] : [c.askFor([key])];
};

const sumCell = (c: DraftContext, keys: string[], cells: Map<string, Run[]>): Run[] => {
  // A dash part is none: the subtotal is the sum of the figures given, when every other part is given.
  if (keys.some((k) => c.amount(k) === undefined && cells.get(k) !== DASH))
    return [c.askFor(keys.filter((k) => c.amount(k) === undefined))];
  return [c.money(keys.reduce((s, k) => s.add(c.amount(k) ?? Rational.ZERO), Rational.ZERO))];
};

function sources(c: DraftContext): TableBlock {
  const t = c.w.tables.sources;
  const periods = BUDGET_PERIODS;
  const all = [...SOURCES, ...OTHER_SOURCES];
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
  return budgetTable(c, t, [
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
  ]);
}

/** 表1-2: the classes the data gives, in the classification's order; none given, the unit lists them. */
function functional(c: DraftContext): Block {
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
  return {
    kind: "table",
    table: {
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
  };
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
  return budgetTable(c, t, [
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
    {
      cells: [
        [{ text: t.rows.capitalProject }],
        ...periods.map(([period]) => cell(c, `capitalProject${period}`)),
      ],
    },
    row("remitted", t.rows.remitted),
    row("operatingSpending", t.rows.operatingSpending),
    row("affiliatedSubsidy", t.rows.affiliatedSubsidy),
    {
      cells: [[{ text: t.rows.total }], ...periods.map(([, total]) => cell(c, total))],
      total: true,
    },
  ]);
}

/** 季度 | 季度末累计支出 | 序时进度 | 执行率, the rate given or worked out as the score worked it out. */
function quarters(c: DraftContext): TableBlock {
  const t = c.w.tables.quarters;
  const rates = quarterRates(c);
  return {
    caption: t.caption(c.year),
    unitLine: c.w.unitLine,
    widths: [36, 48, 36, 36],
    align: ["center", "right", "right", "right"],
    headers: t.headers,
    rows: rates.map((rate, i) => {
      const spent = c.amount(`spentQ${i + 1}`);
      return {
        cells: [
          [{ text: c.w.quarterName(i + 1) }],
          spent ? [c.money(spent)] : rate ? [] : [c.askFor([`spentQ${i + 1}`])],
          [figure(formatRatio(Rational.int(i + 1), Rational.int(4)))],
          rate ? [rateRun(rate)] : [c.askFor([`executionRateQ${i + 1}`])],
        ],
      };
    }),
  };
}
