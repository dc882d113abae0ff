import type { Run } from "../i18n/runs";

/**
 * The report draft as plain data: what the .docx writer lays out and what tests read. Every figure is a
 * figure run made from the scored data; every gap a prompt run.
 */
export type Block =
  /** The title's lines, each kept whole (broken between phrases, never inside one). */
  | { kind: "title"; lines: Run[][] }
  | { kind: "heading"; level: 1 | 2 | 3; runs: Run[] }
  | { kind: "paragraph"; runs: Run[]; keepNext?: boolean }
  | { kind: "table"; table: TableBlock }
  /** 附件说明: “附件：1. …”, each further item under the first. */
  | { kind: "attachments"; lines: string[] }
  /** 落款: the unit and the date, right of centre. */
  | { kind: "signature"; lines: Run[][] };

export interface TableBlock {
  /** 附件1 at the top left of the first page of an attachment. */
  label?: string;
  caption: Run[];
  /** Printed on landscape pages of its own, in a smaller size: the full framework table. */
  landscape?: boolean;
  /** 单位：万元 above the table's right edge. */
  unitLine?: string;
  /** Column widths in millimetres; they add up to the text width. */
  widths: number[];
  /** Alignment of each column's body cells (headers are centred). */
  align: ("left" | "center" | "right")[];
  headers: string[];
  rows: TableRow[];
  /** A note under the table (how a column is worked out, a rounding gap). */
  note?: Run[];
}

export interface TableRow {
  cells: Run[][];
  /** A total or subtotal row: set in bold. */
  total?: boolean;
  /** Cells merged downwards: the number of rows this row's cell spans, by column (1 when absent). */
  spans?: number[];
}

export interface ReportDraft {
  /** The title as plain text, for the document's properties. */
  title: string;
  blocks: Block[];
  /** How many prompts the unit has to fill in. */
  prompts: number;
  /** What the clerk settles before drafting (conflicts of self-scores with data, missing inputs). */
  beforeDrafting: string[];
}

/** The text width of an A4 page with the margins of GB/T 9704 (28 mm left, 26 mm right). */
export const TEXT_WIDTH_MM = 156;
/** The text width of a landscape A4 page (37 mm left, 35 mm right, the portrait top and bottom turned). */
export const LANDSCAPE_WIDTH_MM = 225;

/** Runs as the reader sees them. */
export const plainText = (runs: readonly Run[]): string =>
  runs.map((r) => ("text" in r ? r.text : "figure" in r ? r.figure : r.prompt)).join("");

export const countPrompts = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + runsOf(b).filter((r) => "prompt" in r).length, 0);

/** Every run of a block, tables included (captions, headers are plain text). */
export function runsOf(b: Block): Run[] {
  switch (b.kind) {
    case "table":
      return [
        ...b.table.caption,
        ...b.table.rows.flatMap((row) => row.cells.flat()),
        ...(b.table.note ?? []),
      ];
    case "title":
    case "signature":
      return b.lines.flat();
    case "attachments":
      return b.lines.map((text) => ({ text }));
    default:
      return b.runs;
  }
}
