import type { Framework, Locale } from "../../core";
import {
  createTemplateSheet,
  storeFrameworkSheet,
  excelRun,
  generateScoreSheet,
  generateSelfEvalSheets,
  nameSelection,
  readWorkbook,
  selectCell,
  writeByAnalysis,
  type Run,
} from "../../hosts/office/excel";
import { onPaneShown, paneEvents, type PaneEvents } from "../../hosts/office/runtime";
import { catalog } from "../../i18n";
import { analyzeWorkbook } from "../../pipeline/analyze";
import { nameFor } from "../../pipeline/locate/names";
import type { FormulaMode } from "../../pipeline/sheets/score-sheet";
import { templateWrites, type JudgementForm } from "../model";
import { writtenForms } from "./written-forms";
import type { Saved, SelfEvalWritten, WorkbookSession } from "./types";

/** The workbook open in Excel: the pane's operations over the Office.js host. */
export class ExcelSession implements WorkbookSession {
  readonly kind = "excel" as const;

  constructor(
    readonly title: string,
    readonly locale: Locale,
    private readonly run: Run = excelRun,
    private readonly events: PaneEvents | undefined = paneEvents()
  ) {}

  async analyze() {
    return analyzeWorkbook(await readWorkbook(this.run), {
      locale: this.locale,
    });
  }

  async createTemplate() {
    return createTemplateSheet(this.locale, this.run, (await this.analyze()).framework);
  }

  setFramework(framework: Framework) {
    return storeFrameworkSheet(framework, this.run);
  }

  async save(form: JudgementForm): Promise<Saved> {
    const write = () =>
      writeByAnalysis((analysis) => {
        const { writes, unplaced } = templateWrites(analysis, form, this.locale);
        return { writes, result: { unplaced, template: !!analysis.located.templateSheet } };
      }, this.run);
    const first = await write();
    if (first.template) return { unplaced: first.unplaced };
    // No data sheet (never made, or deleted since the pane looked): add one, then write into it.
    const createdTemplate = await this.createTemplate();
    return { unplaced: (await write()).unplaced, createdTemplate };
  }

  generate(mode: FormulaMode) {
    return generateScoreSheet({ mode, locale: this.locale }, this.run);
  }

  async generateSelfEval(): Promise<SelfEvalWritten> {
    return writtenForms(
      await generateSelfEvalSheets({ locale: this.locale }, this.run),
      this.locale
    );
  }

  /** The pane shown again (the ribbon button, reopening it): the workbook may have changed meanwhile. */
  watch(stale: () => void): () => void {
    return onPaneShown(stale, this.events);
  }

  select(sheet: string, row: number, col?: number): Promise<void> {
    return selectCell(sheet, row, col, this.run);
  }

  bindSelection(key: string): Promise<string> {
    return nameSelection(nameFor(key), catalog(this.locale).pane.nameComment, this.run);
  }
}
