import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { address, quoteSheet } from '../../workbook/a1';
import type { SheetPlan } from '../../workbook/plan';
import { addPlannedSheet } from './write';

/**
 * Adds the planned sheet to an .xlsx by adding parts to its package, not by rewriting it: every part
 * of the user's workbook (sheets, charts, pivot tables, macros) stays byte for byte. Only the
 * package's lists are extended — the sheet list, its relationships, the content types and the
 * style table, whose existing entries keep their numbers.
 */
export class PatchUnsupported extends Error {}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export async function addSheetToPackage(original: Uint8Array | ArrayBuffer, plan: SheetPlan): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const workbookPath = 'xl/workbook.xml';
  const parts = ['[Content_Types].xml', workbookPath, 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
  const [types, workbook, rels, styles] = await Promise.all(parts.map(async (p) => {
    const file = zip.file(p);
    if (!file) throw new PatchUnsupported(`no ${p}`);
    return file.async('string');
  }));
  if (!workbook.includes(`xmlns="${MAIN}"`) || !styles.includes(`xmlns="${MAIN}"`)) throw new PatchUnsupported('prefixed SpreadsheetML');

  const own = await renderAlone(plan);
  const merged = mergeStyles(styles, own.styles);
  const sheetXml = own.sheet.replace(/ (s|style)="(\d+)"/g, (_, attr, n) => ` ${attr}="${Number(n) + merged.xfOffset}"`);

  const count = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => Number(m[1]));
  const sheetNo = Math.max(0, ...Object.keys(zip.files).map((f) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(f)).filter(Boolean).map((m) => Number(m![1]))) + 1;
  const rId = `rId${Math.max(0, ...count(/Id="rId(\d+)"/g, rels)) + 1}`;
  const sheetId = Math.max(0, ...count(/<sheet\b[^>]*\bsheetId="(\d+)"/g, workbook)) + 1;
  const index = count(/<sheet\b[^>]*\bsheetId="(\d+)"/g, workbook).length;
  const target = `worksheets/sheet${sheetNo}.xml`;

  zip.file(`xl/${target}`, sheetXml);
  zip.file('xl/styles.xml', merged.xml);
  zip.file('xl/_rels/workbook.xml.rels', insertBefore(rels, '</Relationships>', `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="${target}"/>`));
  zip.file('[Content_Types].xml', insertBefore(types, '</Types>', `<Override PartName="/xl/${target}" ContentType="${WORKSHEET_CONTENT}"/>`));
  zip.file(workbookPath, patchWorkbook(workbook, plan, { sheetId, rId, index }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The planned sheet written by ExcelJS into a workbook of its own: its sheet part and style table. */
async function renderAlone(plan: SheetPlan): Promise<{ sheet: string; styles: string }> {
  const wb = new ExcelJS.Workbook();
  addPlannedSheet(wb, plan);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  // The workbook's own shared-string table is not ours to renumber: our text goes inline.
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(
    /<c\b([^>]*?)\bt="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, n: string) => `<c${before}t="inlineStr"${after}><is>${strings[Number(n)]}</is></c>`,
  );
  return { sheet, styles: await zip.file('xl/styles.xml')!.async('string') };
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new PatchUnsupported(`no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The new sheet in the sheet list, its print titles and area as sheet-local names, and recalculation on open. */
function patchWorkbook(xml: string, plan: SheetPlan, at: { sheetId: number; rId: string; index: number }): string {
  let out = insertBefore(xml, '</sheets>', `<sheet name="${escapeXml(plan.name)}" sheetId="${at.sheetId}" r:id="${at.rId}"/>`);
  const sheet = quoteSheet(plan.name);
  const names = [
    ...(plan.printTitleRows ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${at.index}">${escapeXml(`${sheet}!$${plan.printTitleRows[0]}:$${plan.printTitleRows[1]}`)}</definedName>`] : []),
    ...(plan.printArea ? [`<definedName name="_xlnm.Print_Area" localSheetId="${at.index}">${escapeXml(`${sheet}!$A$1:${address(plan.printArea.bottom, plan.printArea.right, true)}`)}</definedName>`] : []),
  ].join('');
  if (names) {
    if (out.includes('</definedNames>')) out = insertBefore(out, '</definedNames>', names);
    else if (/<definedNames\s*\/>/.test(out)) out = out.replace(/<definedNames\s*\/>/, `<definedNames>${names}</definedNames>`);
    else {
      const next = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>']
        .map((tag) => out.indexOf(tag))
        .filter((i) => i >= 0);
      const i = Math.min(...next);
      out = out.slice(0, i) + `<definedNames>${names}</definedNames>` + out.slice(i);
    }
  }
  // Our formulas carry cached results, but recalculating on open keeps everything current.
  if (/<calcPr\b/.test(out)) out = out.replace(/<calcPr\b([^>]*?)(\s*\/?>)/, (_, attrs: string, end: string) => `<calcPr${attrs.replace(/\sfullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${end}`);
  else {
    const next = ['<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>']
      .map((tag) => out.indexOf(tag))
      .filter((i) => i >= 0);
    const i = Math.min(...next);
    out = out.slice(0, i) + '<calcPr fullCalcOnLoad="1"/>' + out.slice(i);
  }
  return out;
}

interface Section {
  name: string;
  item: string;
}

const SECTIONS: Section[] = [
  { name: 'fonts', item: 'font' },
  { name: 'fills', item: 'fill' },
  { name: 'borders', item: 'border' },
];

function items(xml: string, section: string, item: string): { items: string[]; whole: string } | null {
  const m = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml);
  if (!m) return null;
  const inner = m[1] ?? '';
  return { items: [...inner.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map((x) => x[0]), whole: m[0] };
}

/**
 * Appends our fonts, fills, borders, number formats and cell formats after the workbook's own,
 * renumbering ours; the workbook's own entries keep their positions, so its cells look the same.
 */
function mergeStyles(theirs: string, ours: string): { xml: string; xfOffset: number } {
  let xml = theirs;
  const offsets: Record<string, number> = {};
  for (const { name, item } of SECTIONS) {
    const t = items(xml, name, item);
    const o = items(ours, name, item);
    if (!t || !o) throw new PatchUnsupported(`no ${name}`);
    offsets[name] = t.items.length;
    xml = xml.replace(t.whole, rebuild(t.whole, name, [...t.items, ...o.items]));
  }

  const theirFormats = items(xml, 'numFmts', 'numFmt');
  const ourFormats = items(ours, 'numFmts', 'numFmt')?.items ?? [];
  const used = new Set((theirFormats?.items ?? []).map((f) => Number(/numFmtId="(\d+)"/.exec(f)![1])));
  let nextId = Math.max(163, ...used) + 1;
  const formatMap = new Map<number, number>();
  const renumbered = ourFormats.map((f) => {
    const id = Number(/numFmtId="(\d+)"/.exec(f)![1]);
    const code = /formatCode="([^"]*)"/.exec(f)![1];
    const existing = (theirFormats?.items ?? []).find((x) => /formatCode="([^"]*)"/.exec(x)?.[1] === code);
    const newId = existing ? Number(/numFmtId="(\d+)"/.exec(existing)![1]) : nextId++;
    formatMap.set(id, newId);
    return existing ? '' : f.replace(/numFmtId="\d+"/, `numFmtId="${newId}"`);
  }).filter(Boolean);
  if (renumbered.length) {
    if (theirFormats) xml = xml.replace(theirFormats.whole, rebuild(theirFormats.whole, 'numFmts', [...theirFormats.items, ...renumbered]));
    else xml = xml.replace(/<fonts\b/, `<numFmts count="${renumbered.length}">${renumbered.join('')}</numFmts><fonts`);
  }

  const theirXfs = items(xml, 'cellXfs', 'xf');
  const ourXfs = items(ours, 'cellXfs', 'xf');
  if (!theirXfs || !ourXfs) throw new PatchUnsupported('no cellXfs');
  const shift = (xf: string, attr: string, by: (n: number) => number) => xf.replace(new RegExp(`\\b${attr}="(\\d+)"`), (_, n) => `${attr}="${by(Number(n))}"`);
  const moved = ourXfs.items.map((xf) => {
    let out = shift(xf, 'fontId', (n) => n + offsets.fonts);
    out = shift(out, 'fillId', (n) => n + offsets.fills);
    out = shift(out, 'borderId', (n) => n + offsets.borders);
    out = shift(out, 'numFmtId', (n) => formatMap.get(n) ?? n);
    return shift(out, 'xfId', () => 0);
  });
  xml = xml.replace(theirXfs.whole, rebuild(theirXfs.whole, 'cellXfs', [...theirXfs.items, ...moved]));
  return { xml, xfOffset: theirXfs.items.length };
}

/** The section element with new children and a matching count, its other attributes kept. */
function rebuild(whole: string, name: string, children: string[]): string {
  const open = /^<[^>]*?(?=\/?>)/.exec(whole)![0].replace(/\scount="\d+"/, '');
  return `${open} count="${children.length}">${children.join('')}</${name}>`;
}
