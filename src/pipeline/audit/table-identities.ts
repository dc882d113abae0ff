import { Rational, trimNumber, type Finding } from "../../core";
import { catalog, type Locale } from "../../i18n";
import { address } from "../a1";
import { inAll } from "../locate/where";
import { normalizeLabel } from "../locate/labels";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/**
 * The unit's own tables checked against the identities they must satisfy (public-table-layouts.md,
 * “What goes wrong in real files”): in the 三公 table, 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费 and 公务用车购置及运行费 = 购置费 + 运行费, for the budget and the actual figures; in the
 * 收入支出 total table, 收入总计 = 支出总计. A difference up to 0.01 万元 is rounding, said as such.
 */
export function tableFindings(wb: WorkbookSnapshot): Finding[] {
  return wb.sheets.flatMap((sheet) => {
    const title = titleOf(sheet);
    if (/三公/.test(title) && /(决算|预算)/.test(title)) return sanGongIdentities(sheet);
    if (/收入支出.*总表|收支.*总表/.test(title)) return totalsIdentity(sheet);
    return [];
  });
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
