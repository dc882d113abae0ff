import { address, columnName } from "../../pipeline/a1";
import {
  cellText,
  type CellPlan,
  type SheetPlan,
  type Validation,
} from "../../pipeline/sheets/plan";
import { FONT, STYLES, type StyleSpec } from "../../pipeline/sheets/styles";

/**
 * A planned sheet as a SpreadsheetML worksheet part, with the style entries it needs. Style
 * entries use local numbers (font 0 is the sheet's first font …); the package merge renumbers them.
 */
export interface SheetStyles {
  fonts: string[];
  fills: string[];
  borders: string[];
  /** Custom number formats by their local id (164, 165 …). */
  numFmts: { id: number; code: string }[];
  /** Cell formats whose fontId/fillId/borderId are local; numFmtId is a built-in or a local custom id. */
  xfs: string[];
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
const BORDER_COLOR = "FFC8C6C4";

export const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 has no place for these control characters; a cell's text may hold them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export function renderSheet(plan: SheetPlan): {
  xml: string;
  styles: SheetStyles;
} {
  const styles: SheetStyles = {
    fonts: [],
    fills: [emptyFill("none"), emptyFill("gray125")],
    borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
    numFmts: [],
    xfs: [],
  };
  const xfIndex = new Map<string, number>();
  const index = (list: string[], entry: string) => {
    const at = list.indexOf(entry);
    return at >= 0 ? at : list.push(entry) - 1;
  };
  const styleOf = (cell: CellPlan): number => {
    const key = `${cell.style ?? ""}|${cell.numberFormat ?? "General"}`;
    const known = xfIndex.get(key);
    if (known !== undefined) return known;
    const spec: StyleSpec = cell.style ? STYLES[cell.style] : {};
    const font = index(styles.fonts, fontXml(spec));
    const fill = spec.fill
      ? index(
          styles.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${spec.fill}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const border = spec.border ? index(styles.borders, borderXml()) : 0;
    const format = numberFormatId(styles, cell.numberFormat ?? "General");
    const align = `<alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ""} vertical="${spec.vertical === "top" ? "top" : "center"}"${spec.wrap ? ' wrapText="1"' : ""}/>`;
    const xf = `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</xf>`;
    const n = styles.xfs.push(xf) - 1;
    xfIndex.set(key, n);
    return n;
  };
  styleOf({ row: 0, col: 0 });

  const rows = new Map<number, CellPlan[]>();
  for (const cell of plan.cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  const bottom = Math.max(1, ...plan.cells.map((c) => c.row));
  const right = Math.max(1, ...plan.cells.map((c) => c.col), plan.columnWidths.length);
  const rowXml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const height = plan.rowHeights[r];
      const cells = rows
        .get(r)!
        .sort((a, b) => a.col - b.col)
        .map((c) => cellXml(c, styleOf(c)))
        .join("");
      return `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`;
    })
    .join("");
  const heightOnly = Object.keys(plan.rowHeights)
    .map(Number)
    .filter((r) => !rows.has(r));
  const extraRows = heightOnly.map(
    (r) => `<row r="${r}" ht="${plan.rowHeights[r]}" customHeight="1"/>`
  );
  const allRows = [rowXml, ...extraRows].join("");

  const cols = plan.columnWidths
    .map((w, i) =>
      w
        ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${plan.hiddenColumns?.includes(i + 1) ? ' hidden="1"' : ""}/>`
        : ""
    )
    .join("");
  const pane = plan.freezeRows
    ? `<pane ySplit="${plan.freezeRows}" topLeftCell="A${plan.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${plan.freezeRows + 1}" sqref="A${plan.freezeRows + 1}"/>`
    : "";
  const merges = plan.merges.map(
    (m) => `<mergeCell ref="${address(m.top, m.left)}:${address(m.bottom, m.right)}"/>`
  );
  const validations = plan.validations.map(validationXml);
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnName(right)}${bottom}"/>` +
    `<sheetViews><sheetView workbookViewId="0" showGridLines="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${allRows}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (validations.length
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${plan.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>` +
    (plan.footer
      ? `<headerFooter><oddFooter>${escapeXml(plan.footer)}</oddFooter></headerFooter>`
      : "") +
    // A break's id is the zero-based row above which it falls: the 1-based row before the new page.
    (plan.rowBreaks?.length
      ? `<rowBreaks count="${plan.rowBreaks.length}" manualBreakCount="${plan.rowBreaks.length}">${plan.rowBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
      : "") +
    "</worksheet>";
  return { xml, styles };
}

function emptyFill(pattern: string): string {
  return `<fill><patternFill patternType="${pattern}"/></fill>`;
}

function fontXml(spec: StyleSpec): string {
  return `<font>${spec.bold ? "<b/>" : ""}${spec.italic ? "<i/>" : ""}<sz val="${spec.size ?? 10.5}"/><color rgb="FF${spec.color ?? "201F1E"}"/><name val="${FONT}"/><family val="2"/><charset val="134"/></font>`;
}

function borderXml(): string {
  const side = (name: string) => `<${name} style="thin"><color rgb="${BORDER_COLOR}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

function numberFormatId(styles: SheetStyles, code: string): number {
  if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
  const known = styles.numFmts.find((f) => f.code === code);
  if (known) return known.id;
  const id = 164 + styles.numFmts.length;
  styles.numFmts.push({ id, code });
  return id;
}

function cellXml(cell: CellPlan, style: number): string {
  const ref = address(cell.row, cell.col);
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(fileFormula(cell.formula))}</f>`;
    if (v === undefined || v === null) return `<c r="${ref}" s="${style}">${f}</c>`;
    if (typeof v === "object")
      return `<c r="${ref}" s="${style}" t="e">${f}<v>${escapeXml(v.error)}</v></c>`;
    if (typeof v === "string")
      return `<c r="${ref}" s="${style}" t="str">${f}<v>${escapeXml(cellText(v))}</v></c>`;
    if (typeof v === "boolean")
      return `<c r="${ref}" s="${style}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}" s="${style}">${f}<v>${v}</v></c>`;
  }
  if (v === undefined || v === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof v === "number") return `<c r="${ref}" s="${style}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" s="${style}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "object")
    return `<c r="${ref}" s="${style}" t="e"><v>${escapeXml(v.error)}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(v))}</t></is></c>`;
}

function validationXml(v: Validation): string {
  const sqref = `${address(v.top, v.left)}${v.bottom !== v.top || v.right !== v.left ? `:${address(v.bottom, v.right)}` : ""}`;
  const attrs = [
    `type="${v.kind}"`,
    ...(v.kind !== "list"
      ? [`operator="${v.max !== undefined ? "between" : "greaterThanOrEqual"}"`]
      : []),
    'allowBlank="1"',
    'showErrorMessage="1"',
    `errorStyle="${v.lenient ? "information" : "stop"}"`,
    `errorTitle="${escapeXml(v.error.title)}"`,
    `error="${escapeXml(v.error.message)}"`,
    ...(v.prompt
      ? [
          'showInputMessage="1"',
          `promptTitle="${escapeXml(v.prompt.title)}"`,
          `prompt="${escapeXml(v.prompt.message)}"`,
        ]
      : []),
    `sqref="${sqref}"`,
  ];
  const formulas =
    v.kind === "list"
      ? `<formula1>${escapeXml(`"${(v.options ?? []).join(",")}"`)}</formula1>`
      : `<formula1>${v.min ?? 0}</formula1>${v.max !== undefined ? `<formula2>${v.max}</formula2>` : ""}`;
  return `<dataValidation ${attrs.join(" ")}>${formulas}</dataValidation>`;
}

/**
 * A formula as the file format spells it: functions newer than Excel 2007 carry the _xlfn. prefix in
 * the file (Excel shows them without it; LibreOffice and older readers need it to know them).
 */
function fileFormula(formula: string): string {
  return formula.replace(/(^|[^A-Za-z0-9_.])(IFNA)\(/g, "$1_xlfn.$2(");
}
