import type { Locale } from '../../core';
import { createTemplateSheet, excelRun, generateScoreSheet, writeByAnalysis, type Run } from '../../hosts/office/excel';
import { readSnapshot } from '../../hosts/office/read';
import { address } from '../../pipeline/a1';
import { nameFor } from '../../pipeline/locate/names';
import { analyzeWorkbook } from '../../pipeline/analyze';
import type { FormulaMode } from '../../pipeline/sheets/score-sheet';
import { templateWrites, type JudgementForm } from '../model';
import type { Saved, WorkbookSession } from './types';

/** The part of Office.addin the pane listens to: the shared runtime outlives the pane and may start hidden. */
export interface AddinEvents {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/** The workbook open in Excel, through Office.js. */
export class ExcelSession implements WorkbookSession {
  readonly kind = 'excel' as const;

  constructor(
    readonly title: string,
    readonly locale: Locale,
    private readonly run: Run = excelRun,
    private readonly addin: AddinEvents | undefined = typeof Office !== 'undefined' ? Office.addin : undefined,
  ) {}

  analyze() {
    return this.run(async (context) => analyzeWorkbook(await readSnapshot(context), { locale: this.locale }));
  }

  createTemplate() {
    return createTemplateSheet(this.run);
  }

  async save(form: JudgementForm): Promise<Saved> {
    const { unplaced, missingTemplate } = await writeByAnalysis((analysis) => {
      const { writes, unplaced } = templateWrites(analysis, form);
      return { writes, result: { unplaced, missingTemplate: !analysis.located.templateSheet } };
    }, this.run);
    return { unplaced, missingTemplate };
  }

  generate(mode: FormulaMode) {
    return generateScoreSheet({ mode, locale: this.locale }, this.run);
  }

  /** The pane shown again (the ribbon button, reopening it): the workbook may have changed meanwhile. */
  watch(stale: () => void): () => void {
    if (!this.addin) return () => undefined;
    const removal = this.addin.onVisibilityModeChanged((args) => {
      if (String(args.visibilityMode).toLowerCase() === 'taskpane') stale();
    });
    return () => void removal.then((remove) => remove()).catch(() => undefined);
  }

  async select(sheet: string, row: number, col?: number): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(col === undefined ? `${row}:${row}` : address(row, col)).select();
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
