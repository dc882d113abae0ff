import { inputDef, parseValue, Rational, trimNumber } from '../../core';
import { evaluateCell } from '../formula-eval';
import { isPercentFormat, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import table from './labels.json';
import type { Located } from './located';

/**
 * Finds inputs in the sheets a unit already has, from their labels: a value cell is named by the
 * label of its row (the nearest text to its left) and the headers of its column (the nearest text
 * above and its parent, merged headers included). Both orientations count, so a quarter may be a
 * row or a column. Matches that disagree are not picked from: the input is marked ambiguous.
 */

interface Spec {
  rows: string[];
  columns?: string[];
  generic?: string[];
  context?: string[];
  pair?: boolean;
  sum?: string[][];
}

/** "（一）“三公”经费合计（万元）" → 三公经费合计 with unit 万元; numbering, quotes, spaces and widths do not matter. */
export function normalizeLabel(text: string): { label: string; unit?: string; percent: boolean } {
  let t = text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  t = t.replace(/["'“”‘’「」『』〝〞]/g, '');
  t = t.replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|[①-⑳])/, '');
  t = t.replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
  let unit: string | undefined;
  t = t.replace(/\((万元|元|千元|亿元|人|个|%)\)/, (_, u: string) => ((unit = u), ''));
  const percent = /%$/.test(t) || unit === '%';
  if (/%$/.test(t)) t = t.slice(0, -1);
  return { label: t, unit: unit === '%' ? undefined : unit, percent };
}

const norm = (s: string) => normalizeLabel(s).label;

/**
 * 1 for the same label; 0.75 for a short label that contains the synonym — not a sentence that
 * mentions it, and not a rate named after it (编外人员控制率 is not 编外人员).
 */
export function matchScore(label: string, synonyms: readonly string[]): number {
  let best = 0;
  for (const s of synonyms) {
    if (label === s) return 1;
    if (label.includes(s) && label.length <= s.length + 4 && !(/(率|比例|占比)$/.test(label) && !/(率|比例|占比)$/.test(s))) best = 0.75;
  }
  return best;
}

const SPECS: ReadonlyMap<string, Spec> = (() => {
  const specs = new Map<string, Spec>();
  const clean = (xs: string[] | undefined) => xs?.map(norm);
  for (const [key, spec] of Object.entries(table.inputs as Record<string, Spec>)) {
    specs.set(key, { ...spec, rows: clean(spec.rows)!, columns: clean(spec.columns), generic: clean(spec.generic), sum: spec.sum?.map((p) => p.map(norm)) });
  }
  table.words.quarters.forEach((words, i) => {
    const quarter = words.map(norm);
    specs.set(`spentQ${i + 1}`, { rows: quarter, columns: table.words.spentMeasures.map(norm) });
    specs.set(`executionRateQ${i + 1}`, { rows: quarter, columns: table.words.rateMeasures.map(norm) });
  });
  return specs;
})();

interface Cell {
  row: number;
  col: number;
  text?: string;
  value: unknown;
  numberFormat: string;
}

interface Candidate {
  key: string;
  sheet: string;
  cell: Cell;
  labels: string[];
  confidence: number;
  unit?: string;
}

const UNIT_LINE = /单位[:：]\s*(万元|千元|亿元|元|人|个)/;
const SCALE: Record<string, number> = { 元: 0.0001, 千元: 0.1, 万元: 1, 亿元: 10000 };
const RIVAL_GAP = 0.15;

export function locateByLabels(wb: WorkbookSnapshot): Located[] {
  const found = new Map<string, Candidate[]>();
  for (const sheet of wb.sheets) {
    for (const c of new SheetReader(wb, sheet).candidates()) found.set(c.key, [...(found.get(c.key) ?? []), c]);
  }
  const located = [...found.entries()].map(([key, candidates]) => choose(key, candidates));
  return [...located, ...derived(located)];
}

/** Inputs worked out from others (调整、调剂资金 = 年初预算 − 调整预算), when both are found unambiguously. */
function derived(located: Located[]): Located[] {
  const out: Located[] = [];
  for (const [key, rule] of Object.entries(table.derived)) {
    const [a, b] = rule.difference.map((k) => located.find((l) => l.key === k));
    if (!a || !b || a.ambiguous || b.ambiguous || typeof a.value !== 'number' || typeof b.value !== 'number') continue;
    const inWan = (l: Located) => Rational.fromNumber(l.value as number).mul(Rational.fromNumber(l.scale ?? 1));
    const diff = inWan(a).sub(inWan(b));
    out.push({
      ...a,
      key,
      value: Number(trimNumber(diff.isNegative() ? diff.neg() : diff, 12)),
      scale: 1,
      unit: '万元',
      percentIsFraction: false,
      confidence: Math.round(Math.min(a.confidence, b.confidence) * 80) / 100,
      labels: [`${a.labels?.join('/')} − ${b.labels?.join('/')}`],
    });
  }
  return out;
}

/** The best candidate; rivals close to it that disagree make the input ambiguous rather than a guess. */
function choose(key: string, candidates: Candidate[]): Located {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  const chosen = toLocated(sorted[0]);
  const rivals = sorted
    .slice(1)
    .filter((c) => sorted[0].confidence - c.confidence < RIVAL_GAP)
    .map(toLocated)
    .filter((l) => !sameValue(l, chosen));
  if (rivals.length) chosen.ambiguous = [chosen, ...uniqueByValue(rivals)];
  return chosen;
}

function uniqueByValue(ls: Located[]): Located[] {
  return ls.filter((l, i) => ls.findIndex((m) => sameValue(m, l)) === i);
}

function sameValue(a: Located, b: Located): boolean {
  const v = (l: Located) => {
    const p = parseValue(l.value, { type: 'quantity' });
    return p.kind === 'value' ? p.value.mul(Rational.fromNumber(l.scale ?? 1)).toFixed(8) : String(l.value);
  };
  return v(a) === v(b);
}

function toLocated(c: Candidate): Located {
  const scale = inputDef(c.key)?.type === 'amount' && c.unit ? SCALE[c.unit] : undefined;
  return {
    key: c.key,
    value: c.cell.value,
    source: 'label',
    sheet: c.sheet,
    row: c.cell.row,
    col: c.cell.col,
    ...(c.unit && { unit: c.unit }),
    ...(scale !== undefined && scale !== 1 && { scale }),
    percentIsFraction: isPercentFormat(c.cell.numberFormat),
    confidence: Math.round(c.confidence * 100) / 100,
    labels: c.labels,
  };
}

/** One sheet's cells as text labels and value cells, and the candidates they form. */
class SheetReader {
  private readonly grid: (Cell | undefined)[][];
  private readonly hidden: Set<number>;
  private readonly title: string;

  constructor(
    private readonly wb: WorkbookSnapshot,
    private readonly sheet: SheetSnapshot,
  ) {
    this.hidden = new Set(sheet.hiddenRows ?? []);
    this.grid = sheet.values.map((row, r) =>
      row.map((v, c) => {
        const formula = sheet.formulas[r]?.[c];
        if ((v === null || v === '') && !formula) return undefined;
        const at = { row: sheet.top + r, col: sheet.left + c, numberFormat: sheet.numberFormats[r]?.[c] ?? 'General' };
        if (typeof v === 'string' && parseValue(v, { type: 'quantity' }).kind === 'problem') return { ...at, text: v, value: v };
        return { ...at, value: v };
      }),
    );
    const firstRows = this.grid.slice(0, 3).flatMap((r) => r.filter((c) => c?.text).map((c) => c!.text!));
    this.title = [sheet.name, ...firstRows].join(' ');
  }

  private get(row: number, col: number): Cell | undefined {
    return this.grid[row - this.sheet.top]?.[col - this.sheet.left];
  }

  private textsIn(row: number): number {
    return (this.grid[row - this.sheet.top] ?? []).filter((c) => c?.text).length;
  }

  /** The nearest text to the left within reach, passing blanks only (a merged header leaves blanks). */
  private leftText(row: number, col: number, reach = 12): string | undefined {
    for (let c = col - 1; c >= Math.max(this.sheet.left, col - reach); c--) {
      const cell = this.get(row, c);
      if (cell) return cell.text;
    }
    return undefined;
  }

  /** The column's header above a value, and its parent header; blanks in a header row belong to the merged text on their left. */
  headersOf(row: number, col: number): string[] {
    let r = row - 1;
    while (r >= this.sheet.top) {
      const cell = this.get(r, col);
      if (cell?.text || (!cell && this.textsIn(r) >= 2)) break;
      r--;
    }
    if (r < this.sheet.top) return [];
    const first = this.get(r, col)?.text ?? this.leftText(r, col);
    if (!first) return [];
    const above = r - 1;
    if (above < this.sheet.top) return [first];
    const parentCell = this.get(above, col);
    const parent = parentCell ? parentCell.text : this.textsIn(above) >= 1 ? this.leftText(above, col) : undefined;
    return parent ? [first, parent] : [first];
  }

  /** The unit a "单位：元" line above the value declares, nearest first. */
  private unitAbove(row: number): string | undefined {
    for (let r = row; r >= this.sheet.top; r--) {
      for (const cell of this.grid[r - this.sheet.top] ?? []) {
        const m = cell?.text ? UNIT_LINE.exec(cell.text) : null;
        if (m) return m[1];
      }
    }
    return undefined;
  }

  candidates(): Candidate[] {
    const out: Candidate[] = [];
    for (const rowCells of this.grid) {
      for (const labelCell of rowCells) {
        if (labelCell?.text && !this.hidden.has(labelCell.row)) out.push(...this.fromLabel(labelCell));
      }
    }
    return [...out, ...this.sums(out)];
  }

  private fromLabel(labelCell: Cell): Candidate[] {
    const label = normalizeLabel(labelCell.text!);
    if (!label.label) return [];
    const values: Cell[] = [];
    for (let c = labelCell.col + 1; c <= labelCell.col + 30; c++) {
      const cell = this.get(labelCell.row, c);
      if (cell?.text) break;
      if (cell) values.push(this.evaluated(cell));
    }
    const out: Candidate[] = [];
    for (const [key, spec] of SPECS) {
      const generic = spec.generic?.includes(label.label) && spec.context?.some((w) => this.title.includes(w)) ? 0.9 : 0;
      const item = Math.max(matchScore(label.label, spec.rows), generic);
      const measure = spec.columns ? matchScore(label.label, spec.columns) : 0;
      if (!item && !measure) continue;
      values.forEach((cell, i) => {
        const raw = this.headersOf(cell.row, cell.col);
        const headers = raw.map(normalizeLabel);
        const unit = label.unit ?? headers.find((h) => h.unit)?.unit ?? this.unitAbove(cell.row);
        const add = (confidence: number, labels: string[]) => out.push({ key, sheet: this.sheet.name, cell, labels, confidence, unit });
        if (item) {
          const col = spec.columns ? Math.max(0, ...headers.map((h) => matchScore(h.label, spec.columns!))) : 0;
          if (col) add(0.95 * item * (col === 1 ? 1 : 0.9), [labelCell.text!, ...raw]);
          else if (spec.pair && i === 0) add(0.8 * item, [labelCell.text!]);
        }
        if (measure) {
          const across = Math.max(0, ...headers.map((h) => matchScore(h.label, spec.rows)));
          if (across) add(0.95 * measure * (across === 1 ? 1 : 0.9), [...raw, labelCell.text!]);
        }
      });
    }
    return out;
  }

  /** A total from its parts (因公出国 + 公务用车 + 公务接待) in a column of the right measure, when no total row matched. */
  private sums(found: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const labels = this.grid.flat().filter((c): c is Cell => !!c?.text && !this.hidden.has(c.row));
    for (const [key, spec] of SPECS) {
      if (!spec.sum || !spec.columns || found.some((f) => f.key === key)) continue;
      const parts = spec.sum.map((synonyms) => labels.find((c) => matchScore(norm(c.text!), synonyms) === 1));
      if (parts.some((p) => !p)) continue;
      const right = this.sheet.left + Math.max(...this.grid.map((r) => r.length));
      for (let col = parts[0]!.col + 1; col < right; col++) {
        const cells = parts.map((p) => this.get(p!.row, col));
        if (cells.some((c) => !c || c.text)) continue;
        const headers = this.headersOf(parts[0]!.row, col);
        if (!headers.some((h) => matchScore(norm(h), spec.columns!))) continue;
        const total = cells.reduce((s, c) => s.add(Rational.fromNumber(numberOf(this.evaluated(c!).value))), Rational.ZERO);
        out.push({
          key,
          sheet: this.sheet.name,
          cell: { ...cells[0]!, value: Number(trimNumber(total, 12)) },
          labels: [parts.map((p) => p!.text!).join(' + '), ...headers],
          confidence: 0.6,
          unit: this.unitAbove(parts[0]!.row),
        });
      }
    }
    return out;
  }

  private evaluated(cell: Cell): Cell {
    if (cell.value !== null && cell.value !== undefined && cell.value !== '') return cell;
    const v = evaluateCell(this.wb, this.sheet.name, cell.row, cell.col);
    return { ...cell, value: v.ok ? v.value : null };
  }
}

function numberOf(v: unknown): number {
  const p = parseValue(v, { type: 'quantity' });
  return p.kind === 'value' ? p.value.toNumber() : 0;
}
