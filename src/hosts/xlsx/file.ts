import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getFramework, type Framework, type Locale, type SelfEvalForm } from "../../core";
import { scoreSelfEvalWorkbook, type SelfEvalRun } from "../../pipeline/self-eval";
import { scoreWorkbook, type GenerateOptions, type Generated } from "../../pipeline/analyze";
import { FILE_MODES } from "../../pipeline/sheets/score-sheet";
import { planTemplateSheet, type TemplateFill } from "../../pipeline/sheets/template-sheet";
import { fileKind, UnreadableFile } from "./file-kind";
import {
  planFrameworkStore,
  storeState,
  storeWrites,
  STORE_SHEET,
} from "../../pipeline/sheets/framework-store";
import { inspectPackage } from "./package";
import {
  addSheetsToPackage,
  addSheetToPackage,
  emptyPackage,
  PatchUnsupported,
  setCellValues,
} from "./patch";
import { snapshotOf } from "./read";

export interface ScoredFile {
  generated: Generated;
  output: Uint8Array;
}

/** Reads an .xlsx workbook; anything else, or a damaged package, is an UnreadableFile saying what it is. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = fileKind(bytes);
  if (kind !== "xlsx" && kind !== "zip") throw new UnreadableFile(kind);
  await inspectPackage(bytes, kind === "zip");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFile("damaged", (e as Error).message);
  }
  return workbook;
}

/**
 * Scores an .xlsx file and returns a copy with the score sheet added. The input bytes are not changed,
 * and every part of the workbook is carried into the copy byte for byte (see patch.ts).
 */
export async function scoreXlsx(
  data: ArrayBuffer | Uint8Array,
  options: GenerateOptions
): Promise<ScoredFile> {
  if (!FILE_MODES.includes(options.mode))
    throw new RangeError(`${options.mode} formulas are written by the add-in inside Excel only`);
  const generated = scoreWorkbook(snapshotOf(await loadWorkbook(data)), options);
  if (generated.noInputs) return { generated, output: new Uint8Array() };
  // A framework given for this run is kept in the copy, so that it is scored the same way again.
  const chosen = options.framework;
  const base =
    chosen && generated.stored?.framework.id !== chosen.id
      ? await withFramework(data, chosen)
      : data;
  return { generated, output: await addSheetToPackage(base, generated.plan) };
}

/**
 * A copy of the workbook that keeps `framework` (framework-store.ts): the store sheet added, or the
 * add-in's own store rewritten. A sheet of that name that is not the add-in's is never written over.
 */
export async function withFramework(
  data: ArrayBuffer | Uint8Array,
  framework: Framework
): Promise<Uint8Array> {
  const state = storeState(snapshotOf(await loadWorkbook(data)));
  if (state === "foreign") throw new PatchUnsupported(`a sheet named ${STORE_SHEET} exists`);
  return state === "absent"
    ? addSheetToPackage(data, planFrameworkStore(framework))
    : setCellValues(data, storeWrites(framework, state.rows));
}

/** The 绩效基础数据 template, empty or filled in, added to a workbook (by default a new one). */
export async function templateXlsx(
  fill?: TemplateFill,
  base?: Uint8Array,
  locale: Locale = "zh-CN",
  framework: Framework = getFramework()!
): Promise<Uint8Array> {
  const bytes = base ?? (await emptyPackage());
  const workbook = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  const existing = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    unescape(m[1])
  );
  return addSheetToPackage(bytes, planTemplateSheet(framework, existing, fill, locale));
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** A copy of the workbook with its 自评表 scored: one new sheet per table and a summary (self-eval/index.ts). */
export async function selfEvalXlsx(
  data: ArrayBuffer | Uint8Array,
  options: { form?: SelfEvalForm; locale?: Locale } = {}
): Promise<{ run: SelfEvalRun; output: Uint8Array }> {
  const run = scoreSelfEvalWorkbook(snapshotOf(await loadWorkbook(data)), options);
  const output = run.plans.length
    ? await addSheetsToPackage(data, run.plans)
    : data instanceof Uint8Array
      ? data
      : new Uint8Array(data);
  return { run, output };
}
