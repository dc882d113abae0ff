import type { Locale } from '../../core';
import { createTemplateSheet, generateScoreSheet } from '../../hosts/office/excel';
import { readSnapshot } from '../../hosts/office/read';
import { address } from '../../workbook/a1';
import { nameFor } from '../../workbook/locate/names';
import { analyzeWorkbook } from '../../workbook/pipeline';
import type { FormulaMode } from '../../workbook/score-sheet';
import type { CellWrite, WorkbookSession } from './types';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook open in Excel, through Office.js. */
export class ExcelSession implements WorkbookSession {
  readonly kind = 'excel' as const;

  constructor(
    readonly title: string,
    readonly locale: Locale,
    private readonly run: Run = (batch) => Excel.run(batch),
  ) {}

  analyze() {
    return this.run(async (context) => analyzeWorkbook(await readSnapshot(context), { locale: this.locale }));
  }

  createTemplate() {
    return createTemplateSheet(this.run);
  }

  async write(cells: CellWrite[]): Promise<void> {
    await this.run(async (context) => {
      for (const c of cells) context.workbook.worksheets.getItem(c.sheet).getRange(address(c.row, c.col)).values = [[c.value ?? '']];
      await context.sync();
    });
  }

  generate(mode: FormulaMode) {
    return generateScoreSheet({ mode, locale: this.locale }, this.run);
  }

  async select(sheet: string, row: number, col?: number): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(col === undefined ? `A${row}:K${row}` : address(row, col)).select();
      await context.sync();
    });
  }

  async bindSelection(key: string): Promise<string> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      const existing = context.workbook.names.getItemOrNullObject(nameFor(key));
      existing.load('isNullObject');
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      context.workbook.names.add(nameFor(key), range, '绩效自评输入项');
      await context.sync();
      return range.address;
    });
  }
}

