import type { Locale } from "../../core";
import { catalog } from "../../i18n";
import { loadWorkbook, scoreXlsx, templateXlsx } from "../../hosts/xlsx/file";
import { setCellValues } from "../../hosts/xlsx/patch";
import { snapshotOf } from "../../hosts/xlsx/read";
import { analyzeWorkbook } from "../../pipeline/analyze";
import type { FormulaMode } from "../../pipeline/sheets/score-sheet";
import { templateWrites, type JudgementForm } from "../model";
import type { Saved, WorkbookSession } from "./types";

/**
 * A workbook opened in the browser (no Excel): kept in memory, changed only by adding the template or
 * writing the template cells the user filled in, and handed back with the score sheet added.
 * This module and ExcelJS load only when a file is opened.
 */
export class FileSession implements WorkbookSession {
  readonly kind = "file" as const;
  private scored?: Uint8Array;

  constructor(
    readonly title: string,
    private bytes: Uint8Array,
    readonly locale: Locale
  ) {}

  async analyze() {
    return analyzeWorkbook(snapshotOf(await loadWorkbook(this.bytes)), {
      locale: this.locale,
    });
  }

  async createTemplate(): Promise<string> {
    const before = new Set((await loadWorkbook(this.bytes)).worksheets.map((w) => w.name));
    this.bytes = await templateXlsx(undefined, this.bytes, this.locale);
    this.scored = undefined;
    return (await loadWorkbook(this.bytes)).worksheets
      .map((w) => w.name)
      .find((n) => !before.has(n))!;
  }

  async save(form: JudgementForm): Promise<Saved> {
    const analysis = await this.analyze();
    const { writes, unplaced } = templateWrites(analysis, form);
    if (writes.length) this.bytes = await setCellValues(this.bytes, writes);
    this.scored = undefined;
    return { unplaced, missingTemplate: !analysis.located.templateSheet };
  }

  async generate(mode: FormulaMode) {
    const { generated, output } = await scoreXlsx(this.bytes, {
      mode,
      locale: this.locale,
    });
    this.scored = generated.noInputs ? undefined : output;
    return generated;
  }

  scoredFile() {
    if (!this.scored) return undefined;
    return {
      name: catalog(this.locale).sheets.scoredFile(this.title.replace(/\.xlsx$/i, "")),
      bytes: this.scored,
    };
  }
}
