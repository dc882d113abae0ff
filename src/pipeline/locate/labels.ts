import { inputDef, parseValue, Rational, trimNumber, type InputDef } from "../../core";
import { evaluateCell } from "../formula-eval";
import { isPercentFormat, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import table from "./labels.json";
import type { Located } from "./located";

/**
 * Finds inputs in the sheets a unit already has, from their labels: a value cell is named by the
 * label of its row (the nearest text to its left) and the headers of its column (the nearest text
 * above and its parent, merged headers included). Both orientations count, so a quarter may be a
 * row or a column. Matches that disagree are not picked from: the input is marked ambiguous.
 */

export interface Spec {
  rows: string[];
  columns?: string[];
  /** Column headers that name a different measure (年初预算数 is not 调整预算数). */
  exclude?: string[];
  generic?: string[];
  context?: string[];
  pair?: boolean;
  sum?: string[][];
}

/** "（一）“三公”经费合计（万元）" → 三公经费合计 with unit 万元; numbering, quotes, spaces and widths do not matter. */
export function normalizeLabel(text: string): {
  label: string;
  unit?: string;
  percent: boolean;
} {
  let t = text.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  t = t.replace(/["'“”‘’「」『』〝〞]/g, "");
  t = t.replace(
    /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|[①-⑳])/,
    ""
  );
  t = t
    .replace(/^其中[:：]?/, "")
    .replace(/[:：]$/, "")
    .replace(/^(?:\d{4}年度?|本年度?)(?=.)/, "");
  let unit: string | undefined;
  t = t.replace(/\((万元|元|千元|亿元|人|个|%)\)/, (_, u: string) => ((unit = u), ""));
  const percent = /%$/.test(t) || unit === "%";
  if (/%$/.test(t)) t = t.slice(0, -1);
  return { label: t, unit: unit === "%" ? undefined : unit, percent };
}

const norm = (s: string) => normalizeLabel(s).label;

/** A 栏次 row: labelled 栏次, or nothing but the column numbers 1, 2, 3 … in order. */
function isColumnNumbers(values: readonly unknown[], kinds: Uint8Array): boolean {
  const texts = values.filter((v, c) => kinds[c] === 2).map((v) => norm(String(v)));
  if (texts.some((t) => t === "栏次" || t === "行次")) return texts.length <= 3;
  if (texts.length) return false;
  const numbers = values.filter((v, c) => kinds[c] === 1);
  return numbers.length >= 3 && numbers.every((v, i) => v === i + 1);
}

/**
 * 1 for the same label; 0.75 for a short label that contains the synonym — not a sentence that
 * mentions it, and not a rate named after it (编外人员控制率 is not 编外人员).
 */
export function matchScore(label: string, synonyms: readonly string[]): number {
  let best = 0;
  for (const s of synonyms) {
    if (label === s) return 1;
    if (
      label.includes(s) &&
      label.length <= s.length + 4 &&
      !(/(率|比例|占比)$/.test(label) && !/(率|比例|占比)$/.test(s))
    )
      best = 0.75;
  }
  return best;
}

const clean = (xs: string[] | undefined) => xs?.map(norm);

/** The wording a framework gives its own inputs, as label specs beside the table's. */
export function specsOf(defs: readonly InputDef[]): [string, Spec][] {
  return defs.flatMap((d) =>
    d.labels ? [[d.key, { rows: clean(d.labels.rows)!, columns: clean(d.labels.columns) }]] : []
  );
}

const SPECS: readonly [string, Spec][] = (() => {
  const specs: [string, Spec][] = [];
  for (const [key, entry] of Object.entries(table.inputs as Record<string, Spec | Spec[]>)) {
    for (const spec of Array.isArray(entry) ? entry : [entry]) {
      specs.push([
        key,
        {
          ...spec,
          rows: clean(spec.rows)!,
          columns: clean(spec.columns),
          exclude: clean(spec.exclude),
          generic: clean(spec.generic),
          sum: spec.sum?.map((p) => p.map(norm)),
        },
      ]);
    }
  }
  table.words.quarters.forEach((words, i) => {
    const quarter = words.map(norm);
    // 全年预算 beside the quarter columns is a budget, not the fourth quarter's spending.
    const exclude = table.words.notQuarters.map(norm);
    specs.push([
      `spentQ${i + 1}`,
      { rows: quarter, columns: table.words.spentMeasures.map(norm), exclude },
    ]);
    specs.push([
      `executionRateQ${i + 1}`,
      { rows: quarter, columns: table.words.rateMeasures.map(norm), exclude },
    ]);
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
const SCALE: Record<string, number> = {
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  亿元: 10000,
};
const RIVAL_GAP = 0.15;

export function locateByLabels(
  wb: WorkbookSnapshot,
  extra: readonly [string, Spec][] = []
): Located[] {
  const specs = extra.length ? [...SPECS, ...extra] : SPECS;
  const found = new Map<string, Candidate[]>();
  for (const sheet of wb.sheets) {
    for (const c of new SheetReader(wb, sheet, specs).candidates())
      found.set(c.key, [...(found.get(c.key) ?? []), c]);
  }
  const located = [...found.entries()]
    .map(([key, candidates]) => [key, candidates.filter((c) => fitsKind(key, c))] as const)
    .filter(([, candidates]) => candidates.length)
    .map(([key, candidates]) => choose(key, candidates));
  return [...located, ...derived(located)];
}

/**
 * Whether a cell can hold the input at all, by its value and format: an amount or a count is never a
 * percentage (a 支出进度 column of percentages beside 累计支出; Longgang's 部门预算支出进度 holds amounts, so
 * the format decides), nor named a rate; a count is a whole number.
 */
function fitsKind(key: string, c: Candidate): boolean {
  const type = inputDef(key)?.type;
  if (type !== "amount" && type !== "count") return true;
  const v = c.cell.value;
  if (isPercentFormat(c.cell.numberFormat) || (typeof v === "string" && /%\s*$/.test(v)))
    return false;
  if (c.labels.some((l) => /(率|比例|占比)$/.test(norm(l)))) return false;
  return type !== "count" || typeof v !== "number" || Number.isInteger(v);
}

/** Inputs worked out from others (调整、调剂资金 = 年初预算 − 调整预算), when both are found unambiguously. */
function derived(located: Located[]): Located[] {
  const out: Located[] = [];
  for (const [key, rule] of Object.entries(table.derived)) {
    const [a, b] = rule.difference.map((k) => located.find((l) => l.key === k));
    if (
      !a ||
      !b ||
      a.ambiguous ||
      b.ambiguous ||
      typeof a.value !== "number" ||
      typeof b.value !== "number"
    )
      continue;
    const inWan = (l: Located) =>
      Rational.fromNumber(l.value as number).mul(Rational.fromNumber(l.scale ?? 1));
    const diff = inWan(a).sub(inWan(b));
    out.push({
      ...a,
      key,
      value: Number(trimNumber(diff.isNegative() ? diff.neg() : diff, 12)),
      scale: 1,
      unit: "万元",
      percentIsFraction: false,
      confidence: Math.round(Math.min(a.confidence, b.confidence) * 80) / 100,
      labels: [`${a.labels?.join("/")} − ${b.labels?.join("/")}`],
      derivedFrom: [a, b].map(({ sheet, row, col }) => ({ sheet, row, col })),
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
    const p = parseValue(l.value, { type: "quantity" });
    return p.kind === "value"
      ? p.value.mul(Rational.fromNumber(l.scale ?? 1)).toFixed(8)
      : String(l.value);
  };
  return v(a) === v(b);
}

function toLocated(c: Candidate): Located {
  const scale = inputDef(c.key)?.type === "amount" && c.unit ? SCALE[c.unit] : undefined;
  return {
    key: c.key,
    value: c.cell.value,
    source: "label",
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
  /** Per cell: 0 empty, 1 a figure, 2 a label. Cells themselves are made only when looked at. */
  private readonly kinds: Uint8Array[];
  private readonly hidden: Set<number>;
  private readonly title: string;
  /** Per row: how many labels, and the unit its "单位：" line declares. */
  private readonly texts: number[];
  private readonly units: (string | undefined)[];
  /** The headers found for a value cell: the cell below it under the same header finds them at once. */
  private readonly headerCache = new Map<number, string[]>();
  private readonly headerMatches = new WeakMap<string[], { key: string; score: number }[]>();
  private readonly labelCache = new Map<
    string,
    { key: string; spec: Spec; item: number; measure: number }[]
  >();

  constructor(
    private readonly wb: WorkbookSnapshot,
    private readonly sheet: SheetSnapshot,
    private readonly specs: readonly [string, Spec][]
  ) {
    this.hidden = new Set(sheet.hiddenRows ?? []);
    this.kinds = sheet.values.map((row, r) => {
      const kinds = new Uint8Array(row.length);
      row.forEach((v, c) => {
        if (typeof v === "number" || typeof v === "boolean") kinds[c] = 1;
        // "3月末" and "2021年预算数" are labels, not numbers with a unit: only plain figures (and %) count as values.
        else if (typeof v === "string" && v !== "")
          kinds[c] = parseValue(v, { type: "percent" }).kind === "problem" ? 2 : 1;
        else if (sheet.formulas[r]?.[c]) kinds[c] = 1;
      });
      return kinds;
    });
    // A 栏次 row (1, 2, 3 … under the headers) numbers the columns: it is not data, and no header.
    this.kinds.forEach((k, r) => {
      if (isColumnNumbers(sheet.values[r], k)) k.fill(0);
    });
    this.texts = this.kinds.map((k) => k.reduce((n, x) => n + (x === 2 ? 1 : 0), 0));
    let unit: string | undefined;
    this.units = this.kinds.map((k, r) => {
      k.forEach((x, c) => {
        const m = x === 2 ? UNIT_LINE.exec(String(sheet.values[r][c])) : null;
        if (m) unit = m[1];
      });
      return unit;
    });
    const firstRows = this.kinds
      .slice(0, 3)
      .flatMap((k, r) => [...k].flatMap((x, c) => (x === 2 ? [String(sheet.values[r][c])] : [])));
    this.title = [sheet.name, ...firstRows].join(" ");
  }

  /** What a whole table measures, when its title says: a 预算表 holds 预算数, a 决算表 决算数. */
  private get titleMeasure(): string | undefined {
    return /决算/.test(this.title) ? "决算数" : /预算/.test(this.title) ? "预算数" : undefined;
  }

  /** The same pair for every cell under one header, so the matches of a header are worked out once. */
  private readonly titled = new Map<string, string[]>();
  private titledHeaders(child: string, measure: string): string[] {
    let pair = this.titled.get(child);
    if (!pair) this.titled.set(child, (pair = [child, measure]));
    return pair;
  }

  private get(row: number, col: number): Cell | undefined {
    const r = row - this.sheet.top;
    const c = col - this.sheet.left;
    const kind = this.kinds[r]?.[c];
    if (!kind) return undefined;
    const value = this.sheet.values[r][c];
    const cell: Cell = {
      row,
      col,
      value,
      numberFormat: this.sheet.numberFormats[r]?.[c] ?? "General",
    };
    if (kind === 2) cell.text = value as string;
    return cell;
  }

  private isText(row: number, col: number): boolean {
    return this.kinds[row - this.sheet.top]?.[col - this.sheet.left] === 2;
  }

  private isValue(row: number, col: number): boolean {
    return this.kinds[row - this.sheet.top]?.[col - this.sheet.left] === 1;
  }

  private textsIn(row: number): number {
    return this.texts[row - this.sheet.top] ?? 0;
  }

  /** The nearest text to the left within reach, passing blanks only (a merged header leaves blanks). */
  private leftText(row: number, col: number, reach = 12): string | undefined {
    for (let c = col - 1; c >= Math.max(this.sheet.left, col - reach); c--) {
      const cell = this.get(row, c);
      if (cell) return cell.text;
    }
    return undefined;
  }

  /**
   * The column's header above a value — the first text straight up (a header merged downwards leaves
   * blanks), or in a header row the merged text on the left — and its parent header above it.
   * Figures under one header share the answer, so it is kept per header cell.
   */
  headersOf(row: number, col: number): string[] {
    const at = (r: number) => r * 20000 + col;
    let r = row - 1;
    let found: string[] | undefined;
    while (!found && r >= this.sheet.top && !this.isText(r, col)) {
      if (this.isValue(r, col)) found = this.headerCache.get(at(r));
      r--;
    }
    found ??= this.headersFrom(r, row, col);
    this.headerCache.set(at(row), found);
    return found;
  }

  private headersFrom(r: number, row: number, col: number): string[] {
    let child: string | undefined;
    if (r >= this.sheet.top) child = this.get(r, col)!.text;
    else {
      r = row - 1;
      while (r >= this.sheet.top && this.textsIn(r) < 2) r--;
      if (r < this.sheet.top) return [];
      child = this.leftText(r, col);
    }
    if (!child || UNIT_LINE.test(child)) return [];
    for (let above = r - 1; above >= Math.max(this.sheet.top, r - 3); above--) {
      const cell = this.get(above, col);
      // A header merged over two rows reads the same in both: its parent is above them.
      if (cell?.text === child) continue;
      const parent = cell
        ? cell.text
        : this.textsIn(above) >= 2
          ? this.leftText(above, col)
          : undefined;
      if (cell || parent) return parent && !UNIT_LINE.test(parent) ? [child, parent] : [child];
    }
    return [child];
  }

  /** The unit a "单位：元" line above the value declares, nearest first. */
  private unitAbove(row: number): string | undefined {
    return this.units[row - this.sheet.top];
  }

  candidates(): Candidate[] {
    const out: Candidate[] = [];
    this.kinds.forEach((kinds, r) => {
      const row = this.sheet.top + r;
      if (this.hidden.has(row)) return;
      const labelled = this.texts[r] > 0;
      kinds.forEach((kind, c) => {
        const col = this.sheet.left + c;
        if (labelled && kind === 2) out.push(...this.fromLabel(this.get(row, col)!));
        else if (!labelled && kind === 1) out.push(...this.fromHeaders(row, col));
      });
    });
    return [...out, ...this.sums(out)];
  }

  /** A row of figures with no label of its own (a “三公” table: 预算数 › 合计 above each figure). */
  private fromHeaders(row: number, col: number): Candidate[] {
    const headers = this.headersOf(row, col);
    // The table's title above a one-row header is no header of the column.
    const found =
      headers.length === 2 && /表$/.test(normalizeLabel(headers[1]).label)
        ? headers.slice(0, 1)
        : headers;
    // A table with one header row takes its measure from its title (“三公”经费预算表 › 合计).
    const measure = found.length === 1 ? this.titleMeasure : undefined;
    const raw = measure ? this.titledHeaders(found[0], measure) : found;
    if (raw.length < 2) return [];
    let matches = this.headerMatches.get(raw);
    if (!matches) {
      const [child, parent] = raw.map((h) => normalizeLabel(h).label);
      matches = [];
      for (const [key, spec] of this.specs) {
        if (!spec.columns) continue;
        const score = Math.max(
          this.itemScore(child, spec) * matchScore(parent, spec.columns),
          this.itemScore(parent, spec) * matchScore(child, spec.columns)
        );
        if (score) matches.push({ key, score });
      }
      this.headerMatches.set(raw, matches);
    }
    if (!matches.length) return [];
    const cell = this.evaluated(this.get(row, col)!);
    const unit = this.unitAbove(row);
    return matches.map(({ key, score }) => ({
      key,
      sheet: this.sheet.name,
      cell,
      labels: [...raw].reverse(),
      confidence: 0.95 * score,
      unit,
    }));
  }

  /** How well a label names a spec's item: a synonym, or a generic word (合计) on a sheet about the item. */
  private itemScore(label: string, spec: Spec): number {
    if (spec.exclude?.includes(label)) return 0;
    const generic =
      spec.generic?.includes(label) && spec.context?.some((w) => this.title.includes(w)) ? 0.9 : 0;
    return Math.max(matchScore(label, spec.rows), generic);
  }

  /** The specs a row label can start: as the item (rows) or, in a transposed table, as the measure. */
  private labelMatches(
    label: string
  ): { key: string; spec: Spec; item: number; measure: number }[] {
    let matches = this.labelCache.get(label);
    if (!matches) {
      matches = [];
      for (const [key, spec] of this.specs) {
        const item = this.itemScore(label, spec);
        const measure = spec.columns ? matchScore(label, spec.columns) : 0;
        if (item || measure) matches.push({ key, spec, item, measure });
      }
      this.labelCache.set(label, matches);
    }
    return matches;
  }

  private fromLabel(labelCell: Cell): Candidate[] {
    const label = normalizeLabel(labelCell.text!);
    if (!label.label) return [];
    const matches = this.labelMatches(label.label);
    if (!matches.length) return [];
    const values: Cell[] = [];
    for (let c = labelCell.col + 1; c <= labelCell.col + 30; c++) {
      const cell = this.get(labelCell.row, c);
      if (cell?.text) break;
      if (cell) values.push(this.evaluated(cell));
    }
    const out: Candidate[] = [];
    for (const { key, spec, item, measure } of matches) {
      values.forEach((cell, i) => {
        const raw = this.headersOf(cell.row, cell.col);
        const headers = raw.map(normalizeLabel);
        if (spec.exclude && headers.some((h) => spec.exclude!.includes(h.label))) return;
        const unit = label.unit ?? headers.find((h) => h.unit)?.unit ?? this.unitAbove(cell.row);
        const add = (confidence: number, labels: string[]) =>
          out.push({
            key,
            sheet: this.sheet.name,
            cell,
            labels,
            confidence,
            unit,
          });
        if (item) {
          const col = spec.columns
            ? Math.max(0, ...headers.map((h) => matchScore(h.label, spec.columns!)))
            : 0;
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
    const labels = this.kinds.flatMap((k, r) =>
      [...k].flatMap((kind, c) =>
        kind === 2 && !this.hidden.has(this.sheet.top + r)
          ? [this.get(this.sheet.top + r, this.sheet.left + c)!]
          : []
      )
    );
    for (const [key, spec] of this.specs) {
      if (!spec.sum || !spec.columns || found.some((f) => f.key === key)) continue;
      const parts = spec.sum.map((synonyms) =>
        labels.find((c) => matchScore(norm(c.text!), synonyms) === 1)
      );
      if (parts.some((p) => !p)) continue;
      const right = this.sheet.left + Math.max(...this.kinds.map((k) => k.length));
      for (let col = parts[0]!.col + 1; col < right; col++) {
        const cells = parts.map((p) => this.get(p!.row, col));
        if (cells.some((c) => !c || c.text)) continue;
        const headers = this.headersOf(parts[0]!.row, col);
        if (!headers.some((h) => matchScore(norm(h), spec.columns!))) continue;
        const total = cells.reduce(
          (s, c) => s.add(Rational.fromNumber(numberOf(this.evaluated(c!).value))),
          Rational.ZERO
        );
        out.push({
          key,
          sheet: this.sheet.name,
          cell: { ...cells[0]!, value: Number(trimNumber(total, 12)) },
          labels: [parts.map((p) => p!.text!).join(" + "), ...headers],
          confidence: 0.6,
          unit: this.unitAbove(parts[0]!.row),
        });
      }
    }
    return out;
  }

  private evaluated(cell: Cell): Cell {
    if (cell.value !== null && cell.value !== undefined && cell.value !== "") return cell;
    const v = evaluateCell(this.wb, this.sheet.name, cell.row, cell.col);
    return { ...cell, value: v.ok ? v.value : null };
  }
}

function numberOf(v: unknown): number {
  const p = parseValue(v, { type: "quantity" });
  return p.kind === "value" ? p.value.toNumber() : 0;
}
