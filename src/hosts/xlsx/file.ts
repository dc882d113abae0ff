import ExcelJS from 'exceljs';
import { planTemplateSheet, type TemplateFill } from '../../workbook/template-sheet';
import { scoreWorkbook, type GenerateOptions, type Generated } from '../../workbook/pipeline';
import { getFramework } from '../../core';
import { snapshotOf } from './read';
import { addSheetToPackage, PatchUnsupported } from './patch';
import { addPlannedSheet } from './write';

/** Parts of an .xlsx that ExcelJS does not carry over to the copy it writes. */
const LOST_PARTS: [RegExp, string][] = [
  [/^xl\/charts\//, '图表'],
  [/^xl\/pivotTables\//, '数据透视表'],
  [/^xl\/vbaProject\.bin$/, '宏'],
  [/^xl\/slicers\//, '切片器'],
];

export interface ScoredFile {
  generated: Generated;
  output: Uint8Array;
  /** Kinds of content the copy could not keep (charts …), for a warning; empty when the package was extended in place. */
  lost: string[];
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook;
}

/**
 * Scores an .xlsx file and returns a copy with the score sheet added; the input bytes are not changed.
 * The copy normally keeps every existing part byte for byte; a package too unusual to extend in place
 * is rewritten by ExcelJS instead, and what that loses is reported.
 */
export async function scoreXlsx(data: ArrayBuffer | Uint8Array, options: GenerateOptions): Promise<ScoredFile> {
  const workbook = await loadWorkbook(data);
  const generated = scoreWorkbook(snapshotOf(workbook), options);
  try {
    return { generated, output: await addSheetToPackage(data, generated.plan), lost: [] };
  } catch (e) {
    if (!(e instanceof PatchUnsupported)) throw e;
  }
  addPlannedSheet(workbook, generated.plan);
  workbook.calcProperties.fullCalcOnLoad = true;
  const output = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { generated, output, lost: await lostParts(data) };
}

async function lostParts(data: ArrayBuffer | Uint8Array): Promise<string[]> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  return LOST_PARTS.filter(([re]) => names.some((n) => re.test(n))).map(([, word]) => word);
}

/** A new workbook holding only the empty 绩效基础数据 template (or one filled in, for the sample). */
export async function templateXlsx(fill?: TemplateFill, workbook = new ExcelJS.Workbook()): Promise<Uint8Array> {
  addPlannedSheet(workbook, planTemplateSheet(getFramework()!, workbook.worksheets.map((w) => w.name), fill));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
