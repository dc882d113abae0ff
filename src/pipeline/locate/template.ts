import {
  FUNCTIONAL_PERIODS,
  functionalClassOf,
  functionalKey,
  inputDef,
  isMissingValue,
} from "../../core";
import { evaluateCell } from "../formula-eval";
import {
  bottomRow,
  cellAt,
  formatUnit,
  isPercentFormat,
  rightColumn,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../snapshot";
import { isTemplateSheet } from "../sheets/names";
import { KPI_ROWS, TEMPLATE_WORDS, type TemplateWords } from "../sheets/template-sheet";
import type { KpiTable, Located, OverrideFound } from "./located";

/** How far below its header the 表1-2 area is read: its rows and as many again that a user added. */
const MAX_CLASS_ROWS = 40;

export interface TemplateRead {
  sheet: string;
  inputs: Located[];
  kpis?: KpiTable;
  overrides: Map<string, OverrideFound>;
  unit?: string;
  year?: string | number;
  /** The cells that hold the unit's name and the year, filled or not. */
  unitCell?: { row: number; col: number };
  yearCell?: { row: number; col: number };
  /** Where an evaluator's own score and reason go, per indicator name as written, filled or not. */
  overrideCells: Map<string, { row: number; scoreCol: number; reasonCol: number }>;
}

/**
 * The 绩效基础数据 sheet (or its first copy), read by its header words rather than fixed positions, in
 * whichever language it was written.
 */
export function readTemplate(wb: WorkbookSnapshot): TemplateRead | undefined {
  const sheet =
    wb.sheets.find((s) => isTemplateSheet(s.name, true)) ??
    wb.sheets.find((s) => isTemplateSheet(s.name));
  if (!sheet) return undefined;
  const text = (row: number, col: number) => {
    const v = cellAt(sheet, row, col).value;
    return typeof v === "string" ? v.trim() : "";
  };
  const value = (row: number, col: number) => {
    const v = evaluateCell(wb, sheet.name, row, col);
    return v.ok ? { value: v.value } : { value: null, problem: v.needsRecalc };
  };
  const rows = range(sheet.top, bottomRow(sheet));
  const cols = range(sheet.left, rightColumn(sheet));
  const findRow = (words: string[], from = sheet.top) =>
    rows.find((r) => r >= from && words.every((w) => cols.some((c) => text(r, c) === w)));
  const colOf = (row: number, word: string) => cols.find((c) => text(row, c) === word)!;

  const read: TemplateRead = {
    sheet: sheet.name,
    inputs: [],
    overrides: new Map(),
    overrideCells: new Map(),
  };
  const keyHeader = (w: TemplateWords) => w.inputHeaders[6];
  const valueHeader = (w: TemplateWords) => w.inputHeaders[4];
  const noteHeader = (w: TemplateWords) => w.inputHeaders[5];
  const W =
    TEMPLATE_WORDS.find((w) => findRow([keyHeader(w), valueHeader(w)]) !== undefined) ??
    TEMPLATE_WORDS[0];
  // The value is the cell right of its label: an empty one is no value, never the next label over.
  for (const [word, field] of [
    [W.unit, "unit"],
    [W.year, "year"],
  ] as const) {
    const at = findRow([word]);
    if (at === undefined) continue;
    const cell = { row: at, col: colOf(at, word) + 1 };
    const v = value(cell.row, cell.col).value;
    const given = (typeof v === "string" && !isMissingValue(v)) || typeof v === "number";
    if (field === "unit") {
      read.unitCell = cell;
      if (given) read.unit = String(v).trim();
    } else {
      read.yearCell = cell;
      if (given) read.year = typeof v === "string" ? v.trim() : v;
    }
  }

  const header = findRow([keyHeader(W), valueHeader(W)]);
  if (header !== undefined) {
    const keyCol = colOf(header, keyHeader(W));
    const valueCol = colOf(header, valueHeader(W));
    const noteCol = cols.find((c) => text(header, c) === noteHeader(W));
    for (const r of rows.filter((x) => x > header)) {
      const key = text(r, keyCol);
      if (!inputDef(key)) continue;
      const v = value(r, valueCol);
      const shownIn = formatUnit(cellAt(sheet, r, valueCol).numberFormat);
      const note = noteCol === undefined ? "" : text(r, noteCol);
      read.inputs.push({
        key,
        ...v,
        source: "template",
        sheet: sheet.name,
        row: r,
        col: valueCol,
        percentIsFraction: isPercentFormat(cellAt(sheet, r, valueCol).numberFormat),
        ...(shownIn && shownIn === inputDef(key)?.alsoUnit && { unit: shownIn }),
        confidence: 1,
        ...(noteCol !== undefined && { noteCell: { row: r, col: noteCol } }),
        ...(note && { note }),
      });
    }
  }

  const kpiHeader = findRow([W.kpiHeaders[0], W.kpiHeaders[2], W.kpiHeaders[3]]);
  if (kpiHeader !== undefined)
    read.kpis = readKpis(
      sheet,
      kpiHeader,
      W.kpiHeaders.map((h) => colOf(kpiHeader, h)),
      rows,
      value
    );

  const classHeader = findRow([W.functionalHeaders[0], W.functionalHeaders[3]]);
  if (classHeader !== undefined) {
    const [nameCol, ...periodCols] = W.functionalHeaders.map((h) => colOf(classHeader, h));
    for (const r of rows.filter((x) => x > classHeader && x <= classHeader + MAX_CLASS_ROWS)) {
      const fc = functionalClassOf(text(r, nameCol));
      if (!fc) continue;
      FUNCTIONAL_PERIODS.forEach((p, j) =>
        read.inputs.push({
          key: functionalKey(fc.code, p.key),
          ...value(r, periodCols[j]),
          source: "template",
          sheet: sheet.name,
          row: r,
          col: periodCols[j],
          confidence: 1,
        })
      );
    }
  }

  const overrideHeader = findRow([W.overrideHeaders[0], W.overrideHeaders[2]]);
  if (overrideHeader !== undefined) {
    const [nameCol, , scoreCol, reasonCol] = W.overrideHeaders.map((h) => colOf(overrideHeader, h));
    const end = findRow([W.reportSection], overrideHeader) ?? Infinity;
    for (const r of rows.filter((x) => x > overrideHeader && x < end)) {
      const name = text(r, nameCol);
      if (name) read.overrideCells.set(name, { row: r, scoreCol, reasonCol });
      const score = value(r, scoreCol).value;
      if (!name || isMissingValue(score)) continue;
      read.overrides.set(name, {
        score,
        reason: value(r, reasonCol).value,
        sheet: sheet.name,
        row: r,
      });
    }
  }
  return read;
}

/**
 * The KPI area from its header to the next section: blank rows stay in place (the score sheet ties
 * each row to its cell, so a row filled in later still counts), trailing ones beyond the template's
 * own rows are dropped.
 */
function readKpis(
  sheet: SheetSnapshot,
  header: number,
  cols: (number | undefined)[],
  rows: number[],
  value: (row: number, col: number) => { value: unknown }
): KpiTable {
  const table: KpiTable = {
    rows: [],
    sheet: sheet.name,
    top: header + 1,
    left: cols[0] ?? 1,
  };
  for (const r of rows.filter((x) => x > header && x <= header + MAX_KPI_ROWS)) {
    const row = cols.map((c) => (c === undefined ? null : value(r, c).value));
    // The next section of the template ends the table, whichever language it was written in.
    if (typeof row[0] === "string" && TEMPLATE_WORDS.some((w) => row[0] === w.overridesSection))
      break;
    table.rows.push(row);
  }
  const blank = (row: unknown[]) => row.every(isMissingValue);
  while (table.rows.length > KPI_ROWS && blank(table.rows[table.rows.length - 1])) table.rows.pop();
  return table;
}

const MAX_KPI_ROWS = 60;

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
