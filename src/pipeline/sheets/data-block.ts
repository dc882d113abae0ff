import {
  ERROR_MARK,
  inputDef,
  isMissingValue,
  KPI_COLUMNS,
  MISSING_MARKS,
  MISSING_WORD,
  parseValue,
  placedIndicators,
  frameworkInputKeys,
  text,
  unitText,
  type Framework,
  type ScoreResult,
} from "../../core";
import { catalog, type Locale } from "../../i18n";
import { address, columnName, sheetAddress } from "../a1";
import type { Located, LocatedInputs } from "../locate/located";
import { sourceText } from "../locate/where";
import { blockValue, coreValue } from "../normalize";
import type { CellPlan, SheetPlan } from "./plan";
import type { PortableCells } from "../rule-kinds";
import { excelString } from "./formula-text";

/**
 * The data block beside the score table (columns M–P, then the KPI table and the evaluators' own
 * scores): one row per input, each value a formula following the cell it came from. Every score
 * formula reads here, so a reviewer sees what each score rests on, on screen beside the table. It is
 * not printed: its rows are the table's, sized for the framework's long criteria, and printed they give
 * pages of tall, nearly empty rows.
 * The input keys the PERF functions look values up by sit in a hidden column to the right.
 */
export type FormulaMode = "live" | "portable" | "values";

export const BLOCK = {
  first: 13,
  label: 13,
  value: 14,
  unit: 15,
  source: 16,
  key: 22,
} as const;
export const BLOCK_WIDTHS: Record<number, number> = {
  12: 3,
  13: 34,
  14: 16,
  15: 8,
  16: 34,
  17: 12,
  18: 12,
  19: 12,
  20: 12,
  22: 24,
};

export interface Block {
  keys: string;
  values: string;
  kpi?: { range: string };
  portable: PortableCells;
  /** The cells holding each evaluator's own score and reason, by indicator id. */
  overrides: Map<string, { score: string; reason: string }>;
}

export type Put = (r: number, c: number, cell: Omit<CellPlan, "row" | "col">) => void;

interface BlockInput {
  plan: SheetPlan;
  put: Put;
  framework: Framework;
  located: LocatedInputs;
  mode: FormulaMode;
  result: ScoreResult;
  locale: Locale;
  firstRow: number;
}

export function planBlock({
  plan,
  put,
  framework,
  located,
  mode,
  result,
  locale,
  firstRow,
}: BlockInput): Block {
  const words = catalog(locale).sheets.block;
  const keys = frameworkInputKeys(framework);
  put(firstRow - 2, BLOCK.first, { value: words.title, style: "section" });
  plan.merges.push({
    top: firstRow - 2,
    left: BLOCK.first,
    bottom: firstRow - 2,
    right: BLOCK.source,
  });
  words.headers.forEach((h, i) =>
    put(firstRow - 1, BLOCK.label + i, { value: h, style: "header" })
  );
  put(firstRow - 1, BLOCK.key, { value: words.keyHeader, style: "key" });
  plan.hiddenColumns = [BLOCK.key];
  const at = new Map<string, string>();
  keys.forEach((key, i) => {
    const row = firstRow + i;
    const def = inputDef(key)!;
    const l = located.inputs.get(key);
    at.set(key, address(row, BLOCK.value, true));
    put(row, BLOCK.key, { value: key, style: "key" });
    put(row, BLOCK.label, { value: text(def.label, locale), style: "wrap" });
    put(row, BLOCK.value, {
      ...blockCell(key, l, mode, locale),
      style: "input",
      numberFormat:
        def.type === "percent" ? "0.00%" : def.type === "amount" ? "#,##0.00" : "General",
    });
    put(row, BLOCK.unit, { value: unitText(def, locale), style: "text" });
    put(row, BLOCK.source, {
      value: l ? sourceText(l, locale) : words.notFound,
      style: "source",
    });
  });
  const lastKey = firstRow + keys.length - 1;
  const out: Block = {
    keys: `${address(firstRow, BLOCK.key, true)}:${address(lastKey, BLOCK.key, true)}`,
    values: `${address(firstRow, BLOCK.value, true)}:${address(lastKey, BLOCK.value, true)}`,
    portable: { cell: (k) => at.get(k)!, omitted: catalog(locale).sheets.score.notApplicable },
    overrides: new Map(),
  };
  const kpiEnd = planKpiBlock(out, put, plan, located, mode, locale, lastKey + 2);
  planOverrideBlock(out, put, plan, framework, result, locale, kpiEnd + 2);
  return out;
}

/** The evaluators' own scores and reasons, one row each, for the score and note cells to refer to. */
function planOverrideBlock(
  out: Block,
  put: Put,
  plan: SheetPlan,
  framework: Framework,
  result: ScoreResult,
  locale: Locale,
  head: number
): void {
  const words = catalog(locale).sheets.block;
  const names = new Map(
    placedIndicators(framework).map(({ indicator }) => [indicator.id, text(indicator.name, locale)])
  );
  const own = result.indicators.filter((i) => i.override);
  if (!own.length) return;
  // The reason gets the two right-hand columns: reasons run long.
  const [name, score, reason] = [BLOCK.label, BLOCK.value, BLOCK.unit];
  put(head, name, { value: words.ownTitle, style: "section" });
  plan.merges.push({ top: head, left: name, bottom: head, right: BLOCK.source });
  words.ownHeaders.forEach((h, i) => put(head + 1, name + i, { value: h, style: "header" }));
  put(head + 1, BLOCK.source, { style: "header" });
  plan.merges.push({ top: head + 1, left: reason, bottom: head + 1, right: BLOCK.source });
  own.forEach((r, i) => {
    const row = head + 2 + i;
    put(row, name, { value: names.get(r.id) ?? r.name, style: "wrap" });
    put(row, score, { value: r.override!.score, numberFormat: "0.00", style: "input" });
    put(row, reason, { value: r.override!.reason, style: "wrap" });
    put(row, BLOCK.source, { style: "wrap" });
    plan.merges.push({ top: row, left: reason, bottom: row, right: BLOCK.source });
    out.overrides.set(r.id, {
      score: address(row, score, true),
      reason: address(row, reason, true),
    });
  });
}

/** The KPI table of 效果性, each cell tied to the template's; returns the last row used. */
function planKpiBlock(
  out: Block,
  put: Put,
  plan: SheetPlan,
  located: LocatedInputs,
  mode: FormulaMode,
  locale: Locale,
  head: number
): number {
  const words = catalog(locale).sheets;
  const kpiRows = located.kpis?.rows ?? [];
  if (!located.kpis && !kpiRows.length) return head - 2;
  put(head, BLOCK.first, { value: words.block.kpiTitle, style: "section" });
  plan.merges.push({
    top: head,
    left: BLOCK.first,
    bottom: head,
    right: BLOCK.first + KPI_COLUMNS.length - 1,
  });
  const headers = [
    ...words.template.kpiHeaders,
    ...(mode === "portable" ? words.block.kpiHelpers : []),
  ];
  headers.forEach((h, i) => put(head + 1, BLOCK.first + i, { value: h, style: "header" }));
  const top = head + 2;
  const count = Math.max(kpiRows.length, 1);
  const column = (name: (typeof KPI_COLUMNS)[number]) => KPI_COLUMNS.indexOf(name);
  for (let i = 0; i < count; i++) {
    const row = top + i;
    for (let c = 0; c < KPI_COLUMNS.length; c++) {
      const from =
        located.kpis && mode !== "values"
          ? {
              sheet: located.kpis.sheet,
              row: located.kpis.top + i,
              col: located.kpis.left + c,
            }
          : undefined;
      const numeric = ["target", "actual"].includes(KPI_COLUMNS[c]);
      put(row, BLOCK.first + c, {
        ...kpiCell(kpiRows[i]?.[c], KPI_COLUMNS[c], from, mode, locale),
        style: "input",
        ...(numeric ? { numberFormat: "#,##0.00" } : {}),
      });
    }
    if (mode !== "portable") continue;
    const [target, actual, direction, weight] = (
      ["target", "actual", "direction", "weight"] as const
    ).map((f) => address(row, BLOCK.first + column(f)));
    const rowRange = `${address(row, BLOCK.first)}:${address(row, BLOCK.first + KPI_COLUMNS.length - 1)}`;
    const done = `IF(SUMPRODUCT(--(${rowRange}<>""))=0,"",IF(OR(${target}="",${actual}=""),NA(),IF(${direction}="<=",IF(${actual}=0,1,MIN(1,${target}/${actual})),IF(${target}=0,1,MIN(1,${actual}/${target})))))`;
    put(row, BLOCK.first + KPI_COLUMNS.length, {
      formula: done,
      numberFormat: "0.00%",
      style: "number",
    });
    put(row, BLOCK.first + KPI_COLUMNS.length + 1, {
      formula: `IF(${address(row, BLOCK.first + KPI_COLUMNS.length)}="","",IF(OR(${weight}="",${weight}=0),1,${weight}))`,
      style: "number",
    });
  }
  const bottom = top + count - 1;
  const col = (c: number) => columnName(BLOCK.first + c);
  const last = KPI_COLUMNS.length - 1;
  out.kpi = { range: `$${col(0)}$${top}:$${col(last)}$${bottom}` };
  out.portable.kpi = {
    range: out.kpi.range,
    completion: `$${col(last + 1)}$${top}:$${col(last + 1)}$${bottom}`,
    weight: `$${col(last + 2)}$${top}:$${col(last + 2)}$${bottom}`,
  };
  return bottom;
}

/** A KPI cell: referenced where Excel reads it as the core does, else copied as the number the core reads. */
function kpiCell(
  v: unknown,
  column: (typeof KPI_COLUMNS)[number],
  from: { sheet: string; row: number; col: number } | undefined,
  mode: FormulaMode,
  locale: Locale
): Omit<CellPlan, "row" | "col"> {
  const numeric = column === "target" || column === "actual" || column === "weight";
  // Desktop Excel hands PERF functions a blank as 0, and a KPI whose target and actual are both 0 counts as
  // met: in a live sheet a real 0 of either goes as the text "0", so a number 0 there can only be a blank.
  const zeroAsText = mode === "live" && (column === "target" || column === "actual");
  if (from && (!numeric || typeof v === "number" || isMissingValue(v))) {
    const source = sheetAddress(from.sheet, from.row, from.col);
    const expr = zeroAsText ? `IF(${source}=0,"0",${source})` : source;
    return {
      formula:
        mode === "live"
          ? guarded(source, expr, '""', `${from.sheet}!${address(from.row, from.col)}`, locale)
          : `IF(ISBLANK(${source}),"",${source})`,
    };
  }
  if (numeric && typeof v === "string") {
    const p = parseValue(v, { type: "quantity" });
    if (p.kind === "value") {
      const n = p.value.toNumber();
      return { value: zeroAsText && n === 0 ? "0" : n };
    }
  }
  return { value: (zeroAsText && v === 0 ? "0" : (v ?? null)) as CellPlan["value"] };
}

/**
 * A data block value: a formula following its source cell where Excel reads it as the core does, else the
 * value the core read. Custom functions receive a blank cell as 0 in desktop Excel, so where PERF functions
 * read the block (live) no cell is ever blank: a missing value is the missing mark, and a source showing an
 * error value becomes text naming that cell, which the core reads as an error of that input alone.
 */
function blockCell(
  key: string,
  l: Located | undefined,
  mode: FormulaMode,
  locale: Locale
): Omit<CellPlan, "row" | "col" | "style"> {
  const missing = MISSING_WORD[locale];
  const found = l ? blockValue(key, coreValue(l), locale) : null;
  const literal = { value: found ?? (mode === "portable" ? null : missing) };
  // A difference of two cells is copied as worked out: a formula following one cell would show that cell.
  if (!l || mode === "values" || l.problem || l.ambiguous || l.derivedFrom) return literal;
  const source = l.name ?? sheetAddress(l.sheet, l.row, l.col);
  const def = inputDef(key)!;
  let expr = source;
  if (
    def.type === "percent" &&
    !l.percentIsFraction &&
    (typeof l.value === "number" || isMissingValue(l.value))
  )
    expr = `${source}/100`;
  else if (l.scale !== undefined && l.scale !== 1) expr = `${source}*${l.scale}`;
  // Text such as "1,869.71" reads as a number to the core but as text to Excel: copy what the core reads.
  if (
    typeof l.value === "string" &&
    !isMissingValue(l.value) &&
    blockValue(key, l.value, locale) !== l.value.trim()
  )
    return literal;
  const cell = `${l.sheet}!${address(l.row, l.col)}`;
  if (mode === "live")
    return {
      formula: guarded(source, expr, excelString(missing), cell, locale),
      value: found ?? missing,
    };
  return {
    formula: `IF(ISBLANK(${source}),"",IF(ISNUMBER(MATCH(TRIM(${source})&"",${MISSING_ARRAY},0)),"",${expr}))`,
    value: found ?? "",
  };
}

/** Every text the core reads as missing, as an array constant: native formulas must read them so too. */
const MISSING_ARRAY = `{${[...Object.values(MISSING_WORD), ...MISSING_MARKS].map(excelString).join(",")}}`;

/** A source cell as a live sheet passes it on: an error named, a blank marked, a number scaled, text as it is. */
function guarded(
  source: string,
  expr: string,
  blank: string,
  cell: string,
  locale: Locale
): string {
  const error = excelString(ERROR_MARK[locale](cell));
  const value =
    expr === source
      ? `IF(ISBLANK(${source}),${blank},${source})`
      : `IF(ISNUMBER(${source}),${expr},IF(ISBLANK(${source}),${blank},${source}))`;
  return `IF(ISERROR(${source}),${error},${value})`;
}
