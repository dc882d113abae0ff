import JSZip from "jszip";
import { address, columnNumber, quoteSheet } from "../../pipeline/a1";
import { cellText, type CellWrite, type SheetPlan } from "../../pipeline/sheets/plan";
import { escapeXml, renderSheet, type SheetStyles } from "./sheet-xml";

/**
 * Adds the planned sheet to an .xlsx by adding parts to its package, not by rewriting it: every part
 * of the user's workbook (sheets, charts, pivot tables, macros) stays byte for byte. Only the
 * package's lists are extended — the sheet list, its relationships, the content types and the
 * style table, whose existing entries keep their numbers.
 */
export class PatchUnsupported extends Error {
  override name = "PatchUnsupported";
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export async function addSheetToPackage(
  original: Uint8Array | ArrayBuffer,
  plan: SheetPlan
): Promise<Uint8Array> {
  return addSheetsToPackage(original, [plan]);
}

/** Several planned sheets added in order, the package read and written once whatever their number. */
export async function addSheetsToPackage(
  original: Uint8Array | ArrayBuffer,
  plans: SheetPlan[]
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const workbookPath = "xl/workbook.xml";
  const parts = [
    "[Content_Types].xml",
    workbookPath,
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
  ];
  let [types, workbook, rels, styles] = await Promise.all(
    parts.map(async (p) => {
      const file = zip.file(p);
      if (!file) throw new PatchUnsupported(`no ${p}`);
      return file.async("string");
    })
  );
  if (!workbook.includes(`xmlns="${MAIN}"`) || !styles.includes(`xmlns="${MAIN}"`))
    throw new PatchUnsupported("prefixed SpreadsheetML");

  const count = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => Number(m[1]));
  for (const plan of plans) {
    const own = renderSheet(plan);
    const merged = mergeStyles(styles, own.styles);
    styles = merged.xml;
    const sheetXml = own.xml.replace(
      / s="(\d+)"/g,
      (_, n) => ` s="${Number(n) + merged.xfOffset}"`
    );
    const sheetNo =
      Math.max(
        0,
        ...Object.keys(zip.files)
          .map((f) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(f))
          .filter(Boolean)
          .map((m) => Number(m![1]))
      ) + 1;
    const rId = `rId${Math.max(0, ...count(/Id="rId(\d+)"/g, rels)) + 1}`;
    const sheetId = Math.max(0, ...count(/<sheet\b[^>]*\bsheetId="(\d+)"/g, workbook)) + 1;
    const index = count(/<sheet\b[^>]*\bsheetId="(\d+)"/g, workbook).length;
    const target = `worksheets/sheet${sheetNo}.xml`;
    zip.file(`xl/${target}`, sheetXml);
    rels = insertBefore(
      rels,
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="${target}"/>`
    );
    types = insertBefore(
      types,
      "</Types>",
      `<Override PartName="/xl/${target}" ContentType="${WORKSHEET_CONTENT}"/>`
    );
    workbook = patchWorkbook(workbook, plan, { sheetId, rId, index });
  }
  zip.file("xl/styles.xml", styles);
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  zip.file(workbookPath, workbook);
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new PatchUnsupported(`no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The new sheet in the sheet list, its print titles and area as sheet-local names, and recalculation on open. */
function patchWorkbook(
  xml: string,
  plan: SheetPlan,
  at: { sheetId: number; rId: string; index: number }
): string {
  let out = insertBefore(
    xml,
    "</sheets>",
    `<sheet name="${escapeXml(plan.name)}" sheetId="${at.sheetId}"${plan.veryHidden ? ' state="veryHidden"' : ""} r:id="${at.rId}"/>`
  );
  const sheet = quoteSheet(plan.name);
  const names = [
    ...(plan.printTitleRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${at.index}">${escapeXml(`${sheet}!$${plan.printTitleRows[0]}:$${plan.printTitleRows[1]}`)}</definedName>`,
        ]
      : []),
    ...(plan.printAreas?.length
      ? [
          `<definedName name="_xlnm.Print_Area" localSheetId="${at.index}">${escapeXml(
            plan.printAreas
              .map(
                (a) =>
                  `${sheet}!${address(a.top, a.left, true)}:${address(a.bottom, a.right, true)}`
              )
              .join(",")
          )}</definedName>`,
        ]
      : []),
  ].join("");
  if (names) out = withDefinedNames(out, names);
  // Our formulas carry cached results, but recalculating on open keeps everything current.
  if (/<calcPr\b/.test(out))
    out = out.replace(
      /<calcPr\b([^>]*?)(\s*\/?>)/,
      (_, attrs: string, end: string) =>
        `<calcPr${attrs.replace(/\sfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${end}`
    );
  else out = insertInOrder(out, "<calcPr", '<calcPr fullCalcOnLoad="1"/>');
  return out;
}

/** The elements of workbook.xml that may follow definedNames, in the order the schema requires. */
const WORKBOOK_ORDER = [
  "<definedNames",
  "<calcPr",
  "<oleSize",
  "<customWorkbookViews",
  "<pivotCaches",
  "<smartTagPr",
  "<smartTagTypes",
  "<webPublishing",
  "<fileRecoveryPr",
  "<webPublishObjects",
  "<extLst",
  "</workbook>",
];

/** Inserts `element` (of the kind `tag`) before the first element the schema (`order`) puts after it. */
export function insertInOrder(
  xml: string,
  tag: string,
  element: string,
  order: readonly string[] = WORKBOOK_ORDER
): string {
  const i = Math.min(
    ...order
      .slice(order.indexOf(tag) + 1)
      .map((t) => xml.indexOf(t))
      .filter((at) => at >= 0)
  );
  return xml.slice(0, i) + element + xml.slice(i);
}

const SECTIONS = [
  { name: "fonts", item: "font", field: "fonts" },
  { name: "fills", item: "fill", field: "fills" },
  { name: "borders", item: "border", field: "borders" },
] as const;

function items(
  xml: string,
  section: string,
  item: string
): { items: string[]; whole: string } | null {
  const m = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml);
  if (!m) return null;
  const inner = m[1] ?? "";
  return {
    items: [
      ...inner.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")),
    ].map((x) => x[0]),
    whole: m[0],
  };
}

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/**
 * Appends our fonts, fills, borders, number formats and cell formats after the workbook's own,
 * renumbering ours; the workbook's own entries keep their positions, so its cells look the same.
 */
function mergeStyles(theirs: string, ours: SheetStyles): { xml: string; xfOffset: number } {
  let xml = theirs;
  const offsets = { fonts: 0, fills: 0, borders: 0 };
  for (const { name, item, field } of SECTIONS) {
    const t = items(xml, name, item);
    if (!t) throw new PatchUnsupported(`no ${name}`);
    offsets[field] = t.items.length;
    xml = xml.replace(t.whole, rebuild(t.whole, name, [...t.items, ...ours[field]]));
  }

  const theirFormats = items(xml, "numFmts", "numFmt");
  const existing = (theirFormats?.items ?? []).map((f) => ({
    id: Number(attr(f, "numFmtId")),
    code: attr(f, "formatCode"),
  }));
  let nextId = Math.max(163, ...existing.map((f) => f.id)) + 1;
  const formatMap = new Map<number, number>();
  const added: string[] = [];
  for (const f of ours.numFmts) {
    const code = escapeXml(f.code);
    const same = existing.find((x) => x.code === code);
    const id = same ? same.id : nextId++;
    formatMap.set(f.id, id);
    if (!same) added.push(`<numFmt numFmtId="${id}" formatCode="${code}"/>`);
  }
  if (added.length) {
    if (theirFormats)
      xml = xml.replace(
        theirFormats.whole,
        rebuild(theirFormats.whole, "numFmts", [...theirFormats.items, ...added])
      );
    else
      xml = xml.replace(
        /<fonts\b/,
        `<numFmts count="${added.length}">${added.join("")}</numFmts><fonts`
      );
  }

  const theirXfs = items(xml, "cellXfs", "xf");
  if (!theirXfs) throw new PatchUnsupported("no cellXfs");
  const shift = (xf: string, name: string, by: (n: number) => number) =>
    xf.replace(new RegExp(`\\b${name}="(\\d+)"`), (_, n) => `${name}="${by(Number(n))}"`);
  const moved = ours.xfs.map((xf) => {
    let out = shift(xf, "fontId", (n) => n + offsets.fonts);
    out = shift(out, "fillId", (n) => n + offsets.fills);
    out = shift(out, "borderId", (n) => n + offsets.borders);
    return shift(out, "numFmtId", (n) => formatMap.get(n) ?? n);
  });
  xml = xml.replace(
    theirXfs.whole,
    rebuild(theirXfs.whole, "cellXfs", [...theirXfs.items, ...moved])
  );
  return { xml, xfOffset: theirXfs.items.length };
}

/** The section element with new children and a matching count, its other attributes kept. */
function rebuild(whole: string, name: string, children: string[]): string {
  const open = /^<[^>]*?(?=\/?>)/.exec(whole)![0].replace(/\scount="\d+"/, "");
  return `${open} count="${children.length}">${children.join("")}</${name}>`;
}

/** A package with no sheets yet, to which sheets are added as to any workbook. */
export async function emptyPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${rel}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/></Relationships>`
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Writes values into cells of existing sheets (the 绩效基础数据 cells a user filled in through the task
 * pane), keeping each cell's style; every other part of the package stays as it was.
 */
export async function setCellValues(
  original: Uint8Array | ArrayBuffer,
  writes: CellWrite[]
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [sheet, cells] of bySheet) {
    const entry = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => attr(tag, "name") === escapeXml(sheet));
    const id = entry && /\br:id="([^"]*)"/.exec(entry)?.[1];
    const rel =
      id &&
      [...rels.matchAll(/<Relationship\b[^>]*>/g)]
        .map((m) => m[0])
        .find((tag) => attr(tag, "Id") === id);
    const target = rel && attr(rel, "Target");
    if (!target) throw new PatchUnsupported(`no sheet ${sheet}`);
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    let xml = await zip.file(path)!.async("string");
    for (const cell of cells) xml = writeCell(xml, cell);
    zip.file(path, xml);
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

function writeCell(xml: string, w: CellWrite): string {
  const ref = address(w.row, w.col);
  const existing = new RegExp(`<c r="${ref}"(\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  const style = existing ? /\ss="(\d+)"/.exec(existing[1] ?? "")?.[1] : undefined;
  const s = style ? ` s="${style}"` : "";
  const cell =
    w.value === null || w.value === ""
      ? `<c r="${ref}"${s}/>`
      : typeof w.value === "number"
        ? `<c r="${ref}"${s}><v>${w.value}</v></c>`
        : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(w.value))}</t></is></c>`;
  if (existing)
    return xml.slice(0, existing.index) + cell + xml.slice(existing.index + existing[0].length);
  const row = new RegExp(`<row r="${w.row}"(\\s[^>]*?)?(/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (row) {
    const open = `<row r="${w.row}"${row[1] ?? ""}>`;
    const inner = row[3] ?? "";
    const cells = [...inner.matchAll(/<c r="([A-Z]+)\d+"[\s\S]*?(?:\/>|<\/c>)/g)];
    const after = cells.find((m) => columnNumber(m[1]) > w.col);
    const body = after
      ? inner.slice(0, after.index) + cell + inner.slice(after.index)
      : inner + cell;
    return xml.slice(0, row.index) + `${open}${body}</row>` + xml.slice(row.index + row[0].length);
  }
  const next = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > w.row);
  const newRow = `<row r="${w.row}">${cell}</row>`;
  if (next) return xml.slice(0, next.index) + newRow + xml.slice(next.index);
  if (/<sheetData\s*\/>/.test(xml))
    return xml.replace(/<sheetData\s*\/>/, `<sheetData>${newRow}</sheetData>`);
  return insertBefore(xml, "</sheetData>", newRow);
}

/** workbook.xml with `names` (definedName elements) added to its definedNames, made where missing. */
function withDefinedNames(xml: string, names: string): string {
  if (xml.includes("</definedNames>")) return insertBefore(xml, "</definedNames>", names);
  if (/<definedNames\s*\/>/.test(xml))
    return xml.replace(/<definedNames\s*\/>/, `<definedNames>${names}</definedNames>`);
  return insertInOrder(xml, "<definedNames", `<definedNames>${names}</definedNames>`);
}
