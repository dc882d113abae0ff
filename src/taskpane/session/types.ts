import type { Locale } from '../../core';
import type { CellWrite } from '../../hosts/xlsx/patch';
import type { Analysis, Generated } from '../../workbook/pipeline';
import type { FormulaMode } from '../../workbook/score-sheet';

export type { CellWrite };

/**
 * What the task pane needs from wherever the workbook lives: Excel (Office.js) or a file opened in
 * the browser (ExcelJS). The components talk to this only, never to a host API.
 */
export interface WorkbookSession {
  readonly kind: 'excel' | 'file';
  readonly title: string;
  readonly locale: Locale;
  analyze(): Promise<Analysis>;
  createTemplate(): Promise<string>;
  write(cells: CellWrite[]): Promise<void>;
  generate(mode: FormulaMode): Promise<Generated>;
  /** Excel only: show a cell or a row. */
  select?(sheet: string, row: number, col?: number): Promise<void>;
  /** Excel only: point the input's PERF_ name at the selected cell; returns that cell's address. */
  bindSelection?(key: string): Promise<string>;
  /** File only, after generating: the scored workbook to download. */
  scoredFile?(): { name: string; bytes: Uint8Array } | undefined;
}
