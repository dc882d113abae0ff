import type { Framework, Locale } from "../../core";
import { catalog } from "../../i18n";
import {
  loadWorkbook,
  scoreXlsx,
  selfEvalXlsx,
  templateXlsx,
  withFramework,
} from "../../hosts/xlsx/file";
import { setCellValues } from "../../hosts/xlsx/patch";
import { snapshotOf } from "../../hosts/xlsx/read";
import { analyzeWorkbook } from "../../pipeline/analyze";
import type { FormulaMode } from "../../pipeline/sheets/score-sheet";
import { templateWrites, type JudgementForm } from "../model";
import { writtenForms } from "./written-forms";
import type { Saved, SelfEvalWritten, WorkbookSession } from "./types";

/**
 * A workbook opened in the browser (no Excel): kept in memory, changed only by adding the template or
 * writing the template cells the user filled in, and handed back with the score sheet added.
 * This module and ExcelJS load only when a file is opened.
 */
/**
 * Opens an uploaded file as a session, reading it once so that a file that is not a workbook is refused
 * here (an UnreadableFile saying what it is) and never replaces the workbook the pane already has.
 */
export async function openFileSession(
  name: string,
  bytes: Uint8Array,
  locale: Locale
): Promise<FileSession> {
  await loadWorkbook(bytes);
  return new FileSession(name, bytes, locale);
}

/**
 * The scored copy's name, never the uploaded file's: X.xlsx → X-评分表.xlsx, and a copy scored
 * again (X-评分表.xlsx) → X-评分表 (2).xlsx, so a download cannot take the place of what was uploaded.
 */
export function downloadName(uploaded: string, locale: Locale): string {
  const words = catalog(locale).sheets;
  // A macro-enabled workbook's copy keeps its macros, so its extension too.
  const ext = /\.xlsm$/i.test(uploaded) ? ".xlsm" : ".xlsx";
  const stem = uploaded.replace(/\.xls[xm]$/i, "");
  const suffix = words.scoredFile("", "");
  const numbered = /^(.*) \((\d+)\)$/.exec(stem);
  const bare = numbered ? numbered[1] : stem;
  if (!bare.endsWith(suffix)) return words.scoredFile(stem, ext);
  return `${bare} (${numbered ? Number(numbered[2]) + 1 : 2})${ext}`;
}

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
    this.bytes = await templateXlsx(
      undefined,
      this.bytes,
      this.locale,
      (await this.analyze()).framework
    );
    this.scored = undefined;
    return (await loadWorkbook(this.bytes)).worksheets
      .map((w) => w.name)
      .find((n) => !before.has(n))!;
  }

  async setFramework(framework: Framework) {
    this.bytes = await withFramework(this.bytes, framework);
    this.scored = undefined;
  }

  async save(form: JudgementForm): Promise<Saved> {
    const createdTemplate = (await this.analyze()).located.templateSheet
      ? undefined
      : await this.createTemplate();
    const { writes, unplaced } = templateWrites(await this.analyze(), form, this.locale);
    if (writes.length) this.bytes = await setCellValues(this.bytes, writes);
    this.scored = undefined;
    return { unplaced, ...(createdTemplate && { createdTemplate }) };
  }

  async generate(mode: FormulaMode) {
    const { generated, output } = await scoreXlsx(this.bytes, {
      mode,
      locale: this.locale,
    });
    this.scored = generated.noInputs ? undefined : output;
    return generated;
  }

  async generateSelfEval(): Promise<SelfEvalWritten> {
    const { run, output } = await selfEvalXlsx(this.bytes, { locale: this.locale });
    // The forms join the working copy: a score sheet made afterwards is added beside them.
    if (run.plans.length) this.bytes = this.scored = output;
    return writtenForms(run, this.locale);
  }

  scoredFile() {
    if (!this.scored) return undefined;
    return { name: downloadName(this.title, this.locale), bytes: this.scored };
  }
}
