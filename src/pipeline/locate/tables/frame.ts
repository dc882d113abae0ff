import { FIGURE, TEXT, UNIT_LINE, type Grid } from "./grid";
import { norm, WORDS } from "./wording";

/**
 * The tables of a sheet, each as its frame: title rows (the title, 编制单位, the 单位 line), header rows,
 * body rows and the columns it spans. Cells are read only inside their own table, so a header, a title or
 * a unit never reaches the table below or beside it.
 */
export interface Table {
  sheet: string;
  /** The title as printed (several title rows joined), "" when the table has none. */
  title: string;
  /**
   * The title of the form the table belongs to: its own, or for a table stacked under another without a
   * title of its own (the indicator rows of a 自评表 under its funds block), the first one's.
   */
  heading: string;
  /** The unit its 单位 line declares. */
  unit?: string;
  left: number;
  right: number;
  headerRows: number[];
  /** Visible rows with figures or row labels, notes left out. */
  bodyRows: number[];
  /** Every row label of the body, normalized: what a generic 合计 is the total of. */
  rowLabels: Set<string>;
}

const MAX_TITLE = 48;
const BLOCK_UNIT = /\((万元|元|千元|亿元)\)\s*$/;
const OWN_LINE =
  /^(编制单位|填报单位|单位名称|部门名称|编制部门|填报部门|部门|单位)(\(盖章\))?[:：]|^(填报|编制|截止|统计)(时间|日期)[:：]|单位[:：]/;

/** 编制单位：…, 部门名称：…, 填报日期：…, 单位：元: lines about the table, never its headers. */
const ownLine = (text: string) => OWN_LINE.test(text.normalize("NFKC").replace(/\s/g, ""));

/** A paragraph's sentence (…，…。) says something; it names no table. */
const sentence = (text: string) => text.length >= 16 && /[，。；,;]/.test(text);

/** A row that titles a table: no figures and one text, or only the 编制单位 / 单位 lines. */
function titleLike(g: Grid, row: number, left: number, right: number): boolean {
  if (g.figures(row) > 0) return false;
  const texts = g.rowTexts(row).filter((t) => t.col >= left && t.col <= right);
  if (texts.some((t) => sentence(t.text))) return false;
  // ExcelJS gives a title merged across the table in every cell of it: one text all the same.
  return new Set(texts.map((t) => t.text)).size <= 1 || texts.every((t) => ownLine(t.text));
}

const isNote = (text: string) => {
  const t = text.replace(/\s/g, "");
  if (ownLine(t)) return false;
  return WORDS.notes.some((w) => t.startsWith(w)) && /^[^\d]{1,6}[:：]/.test(t.slice(0, 8));
};

/** Runs of rows that hold something, split where a blank row (or two) separates them. */
function blocks(g: Grid): [number, number][] {
  const out: [number, number][] = [];
  let start: number | undefined;
  for (let r = g.top; r <= g.bottom + 1; r++) {
    const blank = r > g.bottom || g.isBlank(r);
    if (!blank && start === undefined) start = r;
    if (blank && start !== undefined) {
      out.push([start, r - 1]);
      start = undefined;
    }
  }
  return out;
}

function columnsOf(g: Grid, from: number, to: number): [number, number] {
  let left = Infinity;
  let right = -Infinity;
  for (let r = from; r <= to; r++) {
    const k = g.kinds[r - g.top];
    let a = 0;
    while (a < k.length && !k[a]) a++;
    let b = k.length - 1;
    while (b > a && !k[b]) b--;
    if (a < k.length) {
      left = Math.min(left, g.left + a);
      right = Math.max(right, g.left + b);
    }
  }
  return [left, right];
}

export function findTables(g: Grid): Table[] {
  const tables: Table[] = [];
  let pendingTitle: number[] = [];
  for (const [from, to] of blocks(g)) {
    const [left, right] = columnsOf(g, from, to);
    const rows = range(from, to);
    // A block of title lines only (a title, then a blank row, then the table) titles the next block.
    if (rows.every((r) => titleLike(g, r, left, right) && !isNote(firstText(g, r) ?? ""))) {
      pendingTitle = [...pendingTitle, ...rows].slice(-3);
      continue;
    }
    let heading = "";
    for (const part of splitOnHeaders(g, rows, left, right)) {
      const titleRows = [...pendingTitle, ...part.titleRows];
      pendingTitle = [];
      const t = frame(g, titleRows, part.rows, left, right);
      heading ||= t.title;
      tables.push({ ...t, heading: t.title || heading });
    }
  }
  return tables;
}

/**
 * A block may hold several tables stacked without a blank row between them: a new header (a row of
 * two or more texts and no figures, after rows with figures) starts the next table, with the title
 * lines just above it.
 */
function splitOnHeaders(
  g: Grid,
  rows: number[],
  left: number,
  right: number
): { titleRows: number[]; rows: number[] }[] {
  const parts: { titleRows: number[]; rows: number[] }[] = [];
  let current = { titleRows: [] as number[], rows: [] as number[] };
  let seenFigures = false;
  let i = 0;
  while (
    i < rows.length &&
    titleLike(g, rows[i], left, right) &&
    !isNote(firstText(g, rows[i]) ?? "")
  )
    current.titleRows.push(rows[i++]);
  for (; i < rows.length; i++) {
    const r = rows[i];
    if (seenFigures && g.figures(r) === 0 && g.texts(r) >= 2 && nextHasFigures(g, rows, i)) {
      const titles: number[] = [];
      while (
        current.rows.length &&
        titleLike(g, current.rows.at(-1)!, left, right) &&
        g.figures(current.rows.at(-1)!) === 0
      )
        titles.unshift(current.rows.pop()!);
      parts.push(current);
      current = { titleRows: titles, rows: [] };
      seenFigures = false;
    }
    current.rows.push(r);
    if (g.figures(r) > 0) seenFigures = true;
  }
  parts.push(current);
  return parts.filter((p) => p.rows.length);
}

function nextHasFigures(g: Grid, rows: number[], i: number): boolean {
  for (let j = i + 1; j < Math.min(rows.length, i + 4); j++)
    if (g.figures(rows[j]) > 0) return true;
  return false;
}

function frame(
  g: Grid,
  titleRows: number[],
  rows: number[],
  left: number,
  right: number
): Omit<Table, "heading"> {
  const headerRows: number[] = [];
  let i = 0;
  while (i < rows.length && g.figures(rows[i]) === 0) headerRows.push(rows[i++]);
  const bodyRows: number[] = [];
  for (; i < rows.length; i++) {
    const r = rows[i];
    if (g.figures(r) === 0 && isNote(firstText(g, r) ?? "")) break;
    if (!g.hidden.has(r)) bodyRows.push(r);
  }
  // A table with no header rows has labels only: its "headers" are none, its title stays its title.
  const titles = [...new Set(titleRows.flatMap((r) => g.rowTexts(r)).map((t) => t.text))].filter(
    (t) => t.length <= MAX_TITLE && !ownLine(t) && !sentence(t)
  );
  let unit: string | undefined;
  for (const r of [...titleRows, ...headerRows])
    for (const [i, t] of g.rowTexts(r).entries()) {
      const m = UNIT_LINE.exec(t.text.replace(/\s/g, ""));
      if (m) unit = m[1];
      // A form's block says it in its first cell: 部门资金（万元）, 项目资金 (元).
      const block =
        i === 0 && headerRows.includes(r) ? BLOCK_UNIT.exec(t.text.normalize("NFKC")) : null;
      if (block) unit ??= block[1];
    }
  const rowLabels = new Set<string>();
  for (const r of bodyRows)
    for (const t of g.rowTexts(r)) if (t.col >= left && t.col <= right) rowLabels.add(norm(t.text));
  return {
    sheet: g.sheet.name,
    title: titles.join(" "),
    ...(unit && { unit }),
    left,
    right,
    headerRows: headerRows.filter((r) => !g.hidden.has(r) && !g.numbered.has(r)),
    bodyRows,
    rowLabels,
  };
}

function firstText(g: Grid, row: number): string | undefined {
  return g.rowTexts(row)[0]?.text;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * A figure's column headers inside its table, nearest first: the text in each header row above it;
 * a blank there is a merged cell — under a group (text below it) the group's text on its left,
 * otherwise the header merged down from above, already counted. Repeats (ExcelJS gives a merged
 * area's text in every cell) count once.
 */
export function headerPath(g: Grid, t: Table, col: number): string[] {
  const path: string[] = [];
  const rows = t.headerRows;
  for (let i = rows.length - 1; i >= 0; i--) {
    let text = g.text(rows[i], col);
    if (text === undefined && rows.slice(i + 1).some((r) => g.kind(r, col) === TEXT))
      text = leftText(g, rows[i], col, groupStart(g, rows.slice(0, i), col, t.left));
    if (text !== undefined && !ownLine(text) && text !== path.at(-1)) path.push(text);
  }
  return path;
}

/**
 * Where the group over a column begins in the rows above: a header merged across its group spreads
 * right only within its parent's group (公务用车运行费 under 公务用车购置及运行费 stops at 公务接待费).
 */
function groupStart(g: Grid, above: number[], col: number, left: number): number {
  for (let c = col; c > left; c--) if (above.some((r) => g.kind(r, c) === TEXT)) return c;
  return left;
}

function leftText(g: Grid, row: number, col: number, left: number): string | undefined {
  for (let c = col - 1; c >= left; c--) {
    const k = g.kind(row, c);
    if (k === TEXT) return g.text(row, c);
    if (k === FIGURE) return undefined;
  }
  return undefined;
}
