import { readFramework, type Framework, type FrameworkIssue, type Locale } from "../../core";
import { catalog } from "../../i18n";
import { bottomRow, cellAt, sheetByName, type WorkbookSnapshot } from "../snapshot";
import { emptyPlan, type CellWrite, type SheetPlan } from "./plan";

/**
 * The framework a workbook is scored with, kept in the workbook itself: a very hidden sheet holding the
 * framework's JSON, so that reopening the workbook, its data sheet, its live PERF formulas (which read
 * the range), the command line and a colleague's copy all use it. A hidden sheet rather than a custom
 * XML part or document settings, because every reader can reach it: Office.js, ExcelJS, the command
 * line, WPS and LibreOffice keep it as it is, and formulas can refer to it.
 */
export const STORE_SHEET = "PerfScore指标体系";
const MARK = "PerfScore framework v1";
/** Below Excel's 32,767 characters a cell. */
const CHUNK = 30_000;
/** Each chunk starts with this, so no chunk is ever read as a formula ("=…") or a number. */
const LEAD = "|";

function chunks(framework: Framework): string[] {
  const json = JSON.stringify(framework);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(LEAD + json.slice(i, i + CHUNK));
  return out;
}

/** The range PERF formulas pass to find the stored framework. */
export function storeRange(sheet: string, count: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$2:$A$${count + 1}`;
}

export function planFrameworkStore(framework: Framework): SheetPlan {
  const plan = emptyPlan(STORE_SHEET);
  plan.veryHidden = true;
  plan.cells.push({ row: 1, col: 1, value: MARK });
  chunks(framework).forEach((c, i) => plan.cells.push({ row: i + 2, col: 1, value: c }));
  return plan;
}

/** Rewrites the store for another framework; rows the new JSON no longer needs are emptied. */
export function storeWrites(framework: Framework, previousRows: number): CellWrite[] {
  const parts = chunks(framework);
  const writes: CellWrite[] = parts.map((c, i) => ({
    sheet: STORE_SHEET,
    row: i + 2,
    col: 1,
    value: c,
  }));
  for (let row = parts.length + 2; row <= previousRows; row++)
    writes.push({ sheet: STORE_SHEET, row, col: 1, value: null });
  return writes;
}

export interface Stored {
  framework: Framework;
  notes: FrameworkIssue[];
  /** The range holding the JSON, for live formulas. */
  range: string;
  /** The store's last used row, for rewriting it. */
  rows: number;
}

/**
 * Whether the workbook has the store sheet, and how far it runs: `foreign` is a sheet of that name that
 * is not the add-in's, which is never written over.
 */
export function storeState(wb: WorkbookSnapshot): { rows: number } | "absent" | "foreign" {
  const sheet = sheetByName(wb, STORE_SHEET);
  if (!sheet) return "absent";
  return cellAt(sheet, 1, 1).value === MARK ? { rows: bottomRow(sheet) } : "foreign";
}

/**
 * The framework a workbook stores: checked as a framework file is, since a workbook may come from anyone.
 * `refused` gives the problems of one that fails the checks (it is never used).
 */
export function storedFramework(
  wb: WorkbookSnapshot,
  locale: Locale = "zh-CN"
): Stored | { refused: string[] } | undefined {
  const sheet = sheetByName(wb, STORE_SHEET);
  if (!sheet || cellAt(sheet, 1, 1).value !== MARK) return undefined;
  let json = "";
  let row = 2;
  for (; row <= bottomRow(sheet); row++) {
    const v = cellAt(sheet, row, 1).value;
    if (typeof v !== "string" || !v.startsWith(LEAD)) break;
    json += v.slice(LEAD.length);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { refused: [catalog(locale).frameworkFile.notJson()] };
  }
  const read = readFramework(data, locale);
  if (!read.ok)
    return {
      refused: read.problems.map((p) => catalog(locale).frameworkFile.problemAt(p.path, p.message)),
    };
  const count = row - 2;
  return {
    framework: read.framework,
    notes: read.notes,
    range: storeRange(sheet.name, count),
    rows: bottomRow(sheet),
  };
}
