import { Rational, trimNumber, type Finding } from "../../core";
import { catalog, type Locale } from "../../i18n";
import { address } from "../a1";
import { inAll } from "../locate/where";
import { normalizeLabel } from "../locate/tables";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/**
 * The unit's own tables checked against the identities they must satisfy (public-table-layouts.md,
 * “What goes wrong in real files”): in the 三公 table, 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费 and 公务用车购置及运行费 = 购置费 + 运行费, for the budget and the actual figures; in the
 * 收入支出 total table, 收入总计 = 支出总计. A difference up to 0.01 万元 is rounding, said as such.
 */
export function tableFindings(wb: WorkbookSnapshot): Finding[] {
  return [
    ...wb.sheets.flatMap((sheet) => {
      const title = titleOf(sheet);
      if (/三公/.test(title) && /(决算|预算)/.test(title)) return sanGongIdentities(sheet);
      if (/收入支出.*总表|收支.*总表/.test(title)) return totalsIdentity(sheet);
      return [];
    }),
    ...acrossTables(wb),
  ];
}

/** A figure of a table: its value in 万元 and its cell. */
interface Figure {
  value: Rational;
  cell: string;
}

/** The figure right of a row label (the last number before the next text: a 行次 comes first). */
function rightOf(sheet: SheetSnapshot, wanted: RegExp): Figure | undefined {
  for (const [r, row] of sheet.values.entries())
    for (const [c, v] of row.entries()) {
      if (!wanted.test(label(v))) continue;
      let found: Figure | undefined;
      for (let k = c + 1; k < row.length && typeof row[k] !== "string"; k++)
        if (typeof row[k] === "number")
          found = {
            value: Rational.fromNumber(row[k] as number).mul(toWan(sheet)),
            cell: cellOf(sheet, r, k),
          };
      if (found) return found;
    }
  return undefined;
}

/** The figure where a row labelled `row` meets a column headed `column` (the 合计 row of 支出决算表). */
function atCross(sheet: SheetSnapshot, row: RegExp, column: RegExp): Figure | undefined {
  const rows = sheet.values;
  const headerRow = rows.findIndex((r) => r.some((v) => column.test(label(v))));
  if (headerRow < 0) return undefined;
  const col = rows[headerRow].findIndex((v) => column.test(label(v)));
  const r = rows.findIndex((cells, i) => i > headerRow && cells.some((v) => row.test(label(v))));
  const v = r >= 0 ? rows[r][col] : undefined;
  return typeof v === "number"
    ? { value: Rational.fromNumber(v).mul(toWan(sheet)), cell: cellOf(sheet, r, col) }
    : undefined;
}

/**
 * Identities across the published tables: 基本支出 (支出决算表, 合计 row) = 人员经费合计 + 公用经费合计
 * (基本支出决算表), and 本年支出合计 printed the same in 收入支出决算总表 and 支出决算表.
 */
function acrossTables(wb: WorkbookSnapshot): Finding[] {
  // The table's own title (its sheet name and first line), not the headers below it.
  const headline = (s: SheetSnapshot) =>
    [s.name, ...(s.values[0] ?? []).filter((v) => typeof v === "string")].join(" ");
  const titled = (re: RegExp, not?: RegExp) =>
    wb.sheets.find((s) => re.test(headline(s)) && !(not && not.test(headline(s))));
  const spending = titled(/支出决算表/, /基本支出|三公|财政拨款|政府性基金|国有资本/);
  const basic = titled(/基本支出决算/);
  const total = titled(/收入支出决算总表/);
  const words = (l: Locale) => catalog(l).sheets.auditParts;
  const out: Finding[] = [];
  const compare = (
    table: string,
    whole: Figure | undefined,
    parts: (Figure | undefined)[],
    what: (l: Locale) => string,
    partNames: ((l: Locale) => string)[]
  ) => {
    if (!whole || parts.some((p) => !p)) return;
    const sum = parts.reduce((s, p) => s.add(p!.value), Rational.ZERO);
    const difference = whole.value.sub(sum);
    if (difference.isZero()) return;
    const rounding = (difference.isNegative() ? difference.neg() : difference).le(ROUNDING);
    out.push({
      code: rounding ? "tableRounding" : "tableIdentity",
      kind: rounding ? "note" : "inconsistent",
      cells: [whole.cell, ...parts.map((p) => p!.cell)],
      params: {
        table,
        what: inAll(what),
        total: trimNumber(whole.value, 4),
        parts: partNames.map((n) => inAll(n)),
        sum: trimNumber(sum, 4),
        difference: trimNumber(difference, 4),
      },
    });
  };
  if (spending && basic)
    compare(
      spending.name,
      atCross(spending, /^(合计|总计)$/, /^基本支出$/),
      [rightOf(basic, /^人员经费合计$/), rightOf(basic, /^公用经费合计$/)],
      (l) => words(l).basicSpending,
      [(l) => words(l).personnel, (l) => words(l).publicExpense]
    );
  if (spending && total)
    compare(
      spending.name,
      atCross(spending, /^(合计|总计)$/, /^(本年)?支出合计$/),
      [rightOf(total, /^(本年)?支出合计$/)],
      (l) => words(l).spendingThisYear,
      [(l) => words(l).spendingInTotalTable]
    );
  return out;
}

const ROUNDING = Rational.fromNumber(0.01);
const TEN_THOUSAND = Rational.int(10000);

function titleOf(sheet: SheetSnapshot): string {
  return [
    sheet.name,
    ...sheet.values
      .slice(0, 3)
      .flat()
      .filter((v) => typeof v === "string"),
  ].join(" ");
}

/** The unit amounts are in, as a factor to 万元 ("单位：元" → 1/10000). */
function toWan(sheet: SheetSnapshot): Rational {
  const line = sheet.values
    .slice(0, 6)
    .flat()
    .find((v) => typeof v === "string" && /单位[:：]\s*(万元|元)/.test(v)) as string | undefined;
  return line && /单位[:：]\s*元/.test(line) ? Rational.ONE.div(TEN_THOUSAND) : Rational.ONE;
}

const label = (v: unknown) => (typeof v === "string" ? normalizeLabel(v).label : "");
const cellOf = (sheet: SheetSnapshot, r: number, c: number) =>
  `${sheet.name}!${address(sheet.top + r, sheet.left + c)}`;

type Part = "total" | "abroad" | "car" | "purchase" | "running" | "reception";
const PARTS: [Part, RegExp][] = [
  ["total", /^合计$/],
  ["abroad", /^因公出国(\(境\))?费$/],
  ["car", /^(小计|公务用车购置及运行(维护)?费|公务用车购置和运行维护费)$/],
  ["purchase", /^公务用车购置费$/],
  ["running", /^公务用车运行(维护)?费$/],
  ["reception", /^公务接待费$/],
];

function sanGongIdentities(sheet: SheetSnapshot): Finding[] {
  const rows = sheet.values;
  const groupRow = rows.findIndex((r) => r.some((v) => /^(预算数|决算数)$/.test(label(v))));
  if (groupRow < 0) return [];
  const numbers = (r: unknown[]) => r.filter((v) => typeof v === "number") as number[];
  const dataRow = rows.findIndex(
    (r, i) =>
      i > groupRow &&
      numbers(r).length >= 3 &&
      !numbers(r).every((v, k) => v === k + 1) &&
      !r.some((v) => label(v) === "栏次")
  );
  if (dataRow < 0) return [];
  const scale = toWan(sheet);
  const findings: Finding[] = [];
  for (const group of ["预算数", "决算数"]) {
    const at = new Map<Part, { value: Rational; cell: string }>();
    rows[groupRow].forEach((g, c) => {
      if (label(g) !== group) return;
      // The column's own header: the nearest text above the data row, below the group row.
      let item = "";
      for (let r = dataRow - 1; r > groupRow && !item; r--) item = label(rows[r][c]);
      const part = PARTS.find(([, re]) => re.test(item))?.[0];
      const v = rows[dataRow][c];
      if (part && typeof v === "number" && !at.has(part))
        at.set(part, { value: Rational.fromNumber(v).mul(scale), cell: cellOf(sheet, dataRow, c) });
    });
    findings.push(
      ...identity(sheet, group, at, "total", ["abroad", "car", "reception"]),
      ...identity(sheet, group, at, "car", ["purchase", "running"])
    );
  }
  return findings;
}

function identity(
  sheet: SheetSnapshot,
  group: string,
  at: Map<Part, { value: Rational; cell: string }>,
  whole: Part,
  parts: Part[]
): Finding[] {
  const total = at.get(whole);
  const found = parts.map((p) => at.get(p));
  if (!total || found.some((f) => !f)) return [];
  const sum = found.reduce((s, f) => s.add(f!.value), Rational.ZERO);
  const difference = total.value.sub(sum);
  if (difference.isZero()) return [];
  const words = (l: Locale) => catalog(l).sheets.auditParts;
  const rounding = (difference.isNegative() ? difference.neg() : difference).le(ROUNDING);
  return [
    {
      code: rounding ? "tableRounding" : "tableIdentity",
      kind: rounding ? "note" : "inconsistent",
      cells: [total.cell, ...found.map((f) => f!.cell)],
      params: {
        table: sheet.name,
        what: inAll((l) => words(l)[group === "预算数" ? "budget" : "actual"](words(l)[whole])),
        total: trimNumber(total.value, 4),
        parts: parts.map((p) => inAll((l) => words(l)[p])),
        sum: trimNumber(sum, 4),
        difference: trimNumber(difference, 4),
      },
    },
  ];
}

/** 收入总计 = 支出总计: the two 总计 of the halves, each its row's last figure (the 行次 comes first). */
function totalsIdentity(sheet: SheetSnapshot): Finding[] {
  const totals: { value: Rational; cell: string }[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (label(v) !== "总计") return;
      let last: number | undefined;
      let lastCol = -1;
      for (let k = c + 1; k < row.length && typeof row[k] !== "string"; k++)
        if (typeof row[k] === "number") [last, lastCol] = [row[k] as number, k];
      if (last !== undefined)
        totals.push({ value: Rational.fromNumber(last), cell: cellOf(sheet, r, lastCol) });
    })
  );
  if (totals.length !== 2) return [];
  const scale = toWan(sheet);
  const [income, spending] = totals.map((t) => t.value.mul(scale));
  const difference = income.sub(spending);
  if (difference.isZero()) return [];
  const rounding = (difference.isNegative() ? difference.neg() : difference).le(ROUNDING);
  const words = (l: Locale) => catalog(l).sheets.auditParts;
  return [
    {
      code: rounding ? "tableRounding" : "tableIdentity",
      kind: rounding ? "note" : "inconsistent",
      cells: totals.map((t) => t.cell),
      params: {
        table: sheet.name,
        what: inAll((l) => words(l).incomeTotal),
        total: trimNumber(income, 4),
        parts: [inAll((l) => words(l).spendingTotal)],
        sum: trimNumber(spending, 4),
        difference: trimNumber(difference, 4),
      },
    },
  ];
}
