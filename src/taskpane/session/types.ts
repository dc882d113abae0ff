import type { Framework, Locale, SelfEvalJson } from "../../core";
import type { Analysis, Generated } from "../../pipeline/analyze";
import type { FormulaMode } from "../../pipeline/sheets/score-sheet";
import type { JudgementForm } from "../model";

/** After a save: the inputs that found no template row, and the template sheet if the save had to add it. */
export interface Saved {
  unplaced: string[];
  createdTemplate?: string;
}

/** The 自评表 sheets added (one per project, then the summary) and the forms they hold, rescored. */
export interface SelfEvalWritten {
  sheets: string[];
  forms: SelfEvalJson[];
}

/**
 * What the task pane needs from wherever the workbook lives: Excel (Office.js) or a file opened in
 * the browser (ExcelJS). The components talk to this only, never to a host API. Every write reads the
 * workbook again first and places values by key, never by a cell remembered from an earlier look.
 */
export interface WorkbookSession {
  readonly kind: "excel" | "file";
  readonly title: string;
  readonly locale: Locale;
  analyze(): Promise<Analysis>;
  /** Adds the 绩效基础数据 sheet of the workbook's framework; returns its name. */
  createTemplate(): Promise<string>;
  /** Keeps `framework` in the workbook: the template, the score sheet and live formulas follow it. */
  setFramework(framework: Framework): Promise<void>;
  /** Writes the form into the 绩效基础数据 sheet as it stands now, adding the sheet first if there is none. */
  save(form: JudgementForm): Promise<Saved>;
  generate(mode: FormulaMode): Promise<Generated>;
  /** Adds a recomputed 自评表 sheet for each of the workbook's own (and a summary for several). */
  generateSelfEval(): Promise<SelfEvalWritten>;
  /** Calls `stale` whenever what the pane shows may no longer match the workbook (the pane shown again); returns the unsubscribe. */
  watch?(stale: () => void): () => void;
  /** Excel only: show a cell or a row. */
  select?(sheet: string, row: number, col?: number): Promise<void>;
  /** Excel only: point the input's PERF_ name at the selected cell; returns that cell's address. */
  bindSelection?(key: string): Promise<string>;
  /** File only, after generating: the scored workbook to download. */
  scoredFile?(): { name: string; bytes: Uint8Array } | undefined;
}
