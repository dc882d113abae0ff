import { Rational, parseValue, trimNumber } from "../../../core";
import { FIGURE, TEXT, type Grid } from "./grid";
import { headerPath, type Table } from "./frame";
import { matchScore, mentions, normalizeLabel, norm, wordIndex, WORDS, type Spec } from "./wording";

/**
 * What a table says of each of its figures: the item (its row label, or a column header where the items
 * are columns) and the measure (a column header, its parent, or the table's title). A figure becomes a
 * reading of an input when both name it; a veto word anywhere on its path (上年, 序时进度, 满分, 当月)
 * makes it some other measure.
 */
export interface Reading {
  key: string;
  sheet: string;
  row: number;
  col: number;
  value: unknown;
  numberFormat: string;
  /** The table's title, the header path (outermost first) and the row label that named it. */
  table: string;
  headers: string[];
  label?: string;
  /** How it was named: row × column, column × row, two headers, header × title, a label alone, a sum. */
  route: "row" | "column" | "headers" | "title" | "pair" | "sum" | "text";
  confidence: number;
  unit?: string;
  /** Characters [from, to) of the cell's text that were read, for a figure inside a sentence. */
  span?: [number, number];
  /** Stated as a part of a figure before it (其中：离退休人员, “实有11人，其中…退休1人”). */
  partOfWhole?: boolean;
  /** What the source says the figure includes: 实有人数（含离退休人员）. */
  includes?: string;
}

/** A quarter's 序时进度 beside its figures: what that row's 执行率 was divided by. */
export interface Schedule {
  sheet: string;
  row: number;
  quarter: number;
  value: unknown;
  numberFormat: string;
}

const TOTALS = ["合计", "总计"];

/** The two halves of a 收支总表: a group over each side's 项目 | 金额. */
const HALVES = ["收入", "支出", "本年收入", "本年支出"];

const OF_WHOLE = /^[\s\d.、()（）一二三四五六七八九十]*其中/;

/**
 * A year's figure repeated in every period's row (全年预算 beside each month) that changes during the year —
 * an amount added in September — is the year's as it ended: the last row's, when that row is the year's
 * end. A table that stops before the year ends leaves the figures as they are (and they disagree).
 */
function latestBudget(readings: Reading[]): Reading[] {
  const periodic = (r: Reading) => r.label !== undefined && WORDS.periods.test(norm(r.label));
  const groups = new Map<string, Reading[]>();
  for (const r of readings)
    if (periodic(r)) {
      const id = `${r.key}@${r.col}`;
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
  const dropped = new Set<Reading>();
  for (const rs of groups.values()) {
    if (new Set(rs.map((r) => String(r.value))).size < 2) continue;
    const last = rs.reduce((a, b) => (b.row > a.row ? b : a));
    const yearEnd =
      WORDS.quarters[3].includes(norm(last.label!)) || /^(12月|全年)/.test(norm(last.label!));
    for (const r of rs) if (r !== last || !yearEnd) dropped.add(r);
    if (!yearEnd) for (const r of rs) dropped.delete(r);
  }
  return readings.filter((r) => !dropped.has(r));
}

/** A row label that is a year or its end: 2023年末, 2024年度, 2024年12月31日. */
const YEAR_ROW = /^(\d{4})(?:年(?:末|底|度|年末|12月31日)?|-12-31|\.12\.31)$/;

const TARGET = /^\s*(≥|≤|>|<|=|＞|＜|≧|≦|＝|不低于|不少于|不高于|不超过|不多于|大于|小于|达到)/;

/** A cell that is only a unit: the row's 计量单位. */
const UNIT_CELL = /^(万元|千元|亿元|元|人|名|个|项|件|份|次|户|家|%|％)$/;

/** What a table's title says it measures: a 决算表 holds 决算数, a 预算表 预算数 — the year's first budget when the
 * table is a budget and nothing else (部门预算公开's 收支预算总表: its 预算数 is the 年初预算). */
export function titleMeasure(title: string): string | undefined {
  return /决算/.test(title)
    ? "决算数"
    : budgetOnly(title)
      ? "年初预算数"
      : /预算/.test(title)
        ? "预算数"
        : undefined;
}

const budgetOnly = (title: string) =>
  /预算/.test(title) && !/决算|执行|调整|完成|进度|实际/.test(title);

/** In a budget and nothing else, 预算数 is the year's first budget. */
const BUDGET_MEASURES = new Set(["预算数", "本年预算数", "预算金额", "预算安排数"]);

/**
 * The inputs each wording names exactly, as item or measure: 实际采购金额 is procurementActual's own, so it
 * is no 金额 of procurementPlanned; 按期办结件数 is no 办结件数, 在用原值 no 原值.
 */
const ownersCache = new WeakMap<readonly [string, Spec][], Map<string, Set<string>>>();
function ownersOf(specs: readonly [string, Spec][]): Map<string, Set<string>> {
  let owners = ownersCache.get(specs);
  if (!owners) {
    owners = new Map();
    const generic = new Set(specs.flatMap(([, s]) => s.generic ?? []));
    for (const [key, spec] of specs)
      for (const w of [...spec.rows, ...(spec.columns ?? [])].filter((x) => !generic.has(x)))
        owners.set(w, new Set([...(owners.get(w) ?? []), key]));
    ownersCache.set(specs, owners);
  }
  return owners;
}

/** Leaf headers that divide nothing: a figure under 原值 › 合计 is still the 原值; under 原值 › 在用 it is a part. */
const NEUTRAL_LEAVES = [
  "金额",
  "数额",
  "数量",
  "合计",
  "总计",
  "小计",
  "金额(万元)",
  "金额(元)",
  "部门整体支出",
  "部门整体",
];

const INCLUDES = /\(含[^()]*\)$/;
const INCLUDED = /\(含([^()]*)\)\s*$/;

/** How well a label names the item in the spec's own words; 核定编制数（含工勤） is still 核定编制数. */
function ownWords(label: string, spec: Spec): number {
  const direct = matchScore(label, spec.rows);
  if (direct) return direct;
  const bare = label.replace(INCLUDES, "");
  return bare !== label && matchScore(bare, spec.rows) === 1 ? 0.9 : 0;
}

export class TableReader {
  private readonly contextCache = new Map<Spec, boolean>();
  private readonly initialBudget: boolean;
  private readonly owners: Map<string, Set<string>>;
  /** Whether a label holds any word of the specs: one that holds none names nothing, like any other. */
  private readonly significant: (label: string) => boolean;

  constructor(
    private readonly g: Grid,
    private readonly t: Table,
    private readonly specs: readonly [string, Spec][],
    /** The year the workbook's titles give, when this table's title gives none. */
    private readonly year?: string
  ) {
    this.owners = ownersOf(specs);
    this.initialBudget = budgetOnly(t.title);
    this.significant = wordIndex(specs);
  }

  /** Whether a 上年结转 row of the table holds a figure other than 0. */
  private carried?: boolean;
  private carriesOver(): boolean {
    if (this.carried === undefined) {
      const { g, t } = this;
      this.carried = t.bodyRows.some((r) => {
        const texts = g.rowTexts(r);
        return texts.some((x, i) => {
          if (!mentions(norm(x.text), WORDS.carryOver)) return false;
          const end = texts[i + 1]?.col ?? t.right + 1;
          for (let c = x.col + 1; c < end; c++) {
            const v = parseValue(g.value(r, c), { type: "quantity" });
            if (v.kind === "value" && !v.value.isZero()) return true;
          }
          return false;
        });
      });
    }
    return this.carried;
  }

  /** Whether the table states any of the words, in its title, headers or row labels. */
  private states(words: readonly string[]): boolean {
    const { g, t } = this;
    if (mentions(norm(t.title), words)) return true;
    if ([...t.rowLabels].some((l) => mentions(l, words))) return true;
    return t.headerRows.some((r) => g.rowTexts(r).some((x) => mentions(norm(x.text), words)));
  }

  /** A wording that is another input's own item. */
  private othersOwn(label: string, key: string): boolean {
    const o = this.owners.get(label);
    return !!o && !o.has(key);
  }

  /** A header of another year (2020年决算数 in a 2021 table) is last year's figure. */
  private otherYear(raw: string): boolean {
    const year = this.evaluatedYear();
    const own = /^(\d{4})[年-]/.exec(raw.normalize("NFKC").trim())?.[1];
    return !!own && !!year && own !== year;
  }

  private evaluatedYear(): string | undefined {
    return /(\d{4})年/.exec(this.t.title)?.[1] ?? this.year;
  }

  /**
   * A row that stands for a year (2023年末, 2024年度): the evaluated year's row is the table's record for
   * that year, another year's row is no figure of it. With the year unknown every year's row is read, and
   * rows that disagree leave the input asked.
   */
  private yearRow(row: number): "ours" | "other" | undefined {
    const first = this.g.rowTexts(row).find((x) => x.col >= this.t.left && x.col <= this.t.right);
    if (!first || this.g.kind(row, first.col - 1) === FIGURE) return undefined;
    const own = YEAR_ROW.exec(first.text.normalize("NFKC").replace(/\s/g, ""))?.[1];
    if (!own) return undefined;
    const year = this.evaluatedYear();
    return year && own !== year ? "other" : "ours";
  }

  /** Whether a generic 合计 in this table can be the spec's item. */
  private inContext(spec: Spec): boolean {
    let ok = this.contextCache.get(spec);
    if (ok === undefined) {
      // The table's own title says what it is about; a sheet's name only for a table with no title.
      const where = this.t.title || this.g.sheet.name;
      if (spec.context === "department") {
        const parts = WORDS.departmentParts.every((p) =>
          [...this.t.rowLabels].some((l) => p.includes(l))
        );
        ok =
          !mentions(this.t.title, WORDS.partTables) &&
          (parts || mentions(this.t.title, WORDS.departmentTables));
      } else ok = !!spec.context?.some((w) => where.includes(w));
      this.contextCache.set(spec, ok);
    }
    return ok;
  }

  /** How well a label names the spec's item: a synonym, or a generic word (合计) in a table about it. */
  private item(label: string, spec: Spec, key: string): number {
    if (spec.exclude?.includes(label) || this.othersOwn(label, key)) return 0;
    // A total (支出合计, 本年支出合计) is the department's only in a table about the department: in a 三公
    // table it is the 三公 total.
    if (spec.context === "department" && /(合计|总计)$/.test(label) && !this.inContext(spec))
      return 0;
    const own = ownWords(label, spec);
    if (own) return own;
    return spec.generic?.includes(label) && this.inContext(spec) ? 0.9 : 0;
  }

  /**
   * A label that names item and measure together (“三公”经费预算数, 日常公用经费决算数, 部门预算总规模（年初预算）),
   * over a column that names neither (2023年, 本年数, 数值).
   */
  private compound(label: string, headers: string[], spec: Spec): number {
    if (
      !spec.columns ||
      !headers.every((h) => NEUTRAL_LEAVES.includes(h) || !this.namesAnything(h))
    )
      return 0;
    for (const s of spec.rows) {
      if (!label.startsWith(s) || label === s) continue;
      const rest = label.slice(s.length).replace(/^\((.+)\)$/, "$1");
      if (matchScore(rest, spec.columns) === 1 && !spec.exclude?.includes(rest)) return 1;
    }
    return 0;
  }

  readings(): Reading[] {
    const out: Reading[] = [];
    const { g, t } = this;
    if (mentions(norm(t.heading), WORDS.projectForms)) return out;
    // A record: one row of figures under its headers, each header naming the figure below it.
    const records = t.bodyRows.filter((r) => g.figures(r) > 0);
    const record = records.length === 1 ? records[0] : undefined;
    const paths = new Map<number, string[]>();
    for (const row of t.bodyRows) {
      const year = this.yearRow(row);
      if (year === "other") continue;
      let rawLabel: string | undefined;
      let rowUnit: string | undefined;
      let previous = 0;
      for (let col = t.left; col <= t.right; col++) {
        const kind = g.kind(row, col);
        const text = g.text(row, col);
        // A 计量单位 column (万元, 人, 项) says what the row counts; it is no label, and no gap after one.
        if (text !== undefined && UNIT_CELL.test(text.trim())) {
          rowUnit = text.trim();
          continue;
        }
        // A target beside the figure (≥90%, 不少于12个) says what was aimed at: it names nothing.
        if (kind === TEXT && !TARGET.test(text!) && !WORDS.attributes.includes(norm(text!)))
          rawLabel = text;
        const before = previous;
        previous = kind;
        if (kind !== FIGURE) continue;
        let rawHeaders = paths.get(col);
        if (!rawHeaders) paths.set(col, (rawHeaders = headerPath(g, t, col)));
        const matches = year
          ? this.matchesOf(undefined, rawHeaders, false, true)
          : this.matchesOf(rawLabel, rawHeaders, before === TEXT, row === record);
        if (!matches.length || this.zeroOverParts(row, col)) continue;
        const unit =
          rowUnit ??
          (rawLabel && normalizeLabel(rawLabel).unit) ??
          rawHeaders.map((h) => normalizeLabel(h).unit).find(Boolean) ??
          t.unit;
        const partOfWhole = [rawLabel, ...rawHeaders].some(
          (x) => x !== undefined && OF_WHOLE.test(x)
        );
        const includes = rawLabel && INCLUDED.exec(rawLabel.normalize("NFKC"))?.[1];
        const base = {
          ...(partOfWhole && { partOfWhole }),
          ...(includes && { includes }),
          sheet: g.sheet.name,
          row,
          col,
          value: g.value(row, col),
          numberFormat: g.numberFormat(row, col),
          table: t.title,
          headers: [...rawHeaders].reverse(),
          ...(rawLabel !== undefined && { label: rawLabel }),
          ...(unit && { unit }),
        };
        for (const m of matches) out.push({ ...base, ...m });
      }
    }
    return [...latestBudget(out), ...this.sums(out)];
  }

  /**
   * A 0 above its own parts (年度资金总额 0, 其中：本年财政拨款 4,862.50 — the system left the total unfilled):
   * the 0 is no figure of the total.
   */
  private zeroOverParts(row: number, col: number): boolean {
    const { g, t } = this;
    const zero = parseValue(g.value(row, col), { type: "quantity" });
    if (zero.kind !== "value" || !zero.value.isZero()) return false;
    const below = t.bodyRows.filter((r) => r > row);
    for (const r of below) {
      const label = g.rowTexts(r).find((x) => x.col < col)?.text;
      if (!label || !OF_WHOLE.test(label)) return false;
      const v = parseValue(g.value(r, col), { type: "quantity" });
      if (v.kind === "value" && !v.value.isZero()) return true;
    }
    return false;
  }

  /** Each quarter row's 序时进度 figure, as an amount or a share of the year. */
  schedules(): Schedule[] {
    const { g, t } = this;
    const out: Schedule[] = [];
    const columns: number[] = [];
    for (let col = t.left; col <= t.right; col++)
      if (headerPath(g, t, col).some((h) => mentions(norm(h), WORDS.schedule))) columns.push(col);
    if (!columns.length) return out;
    for (const row of t.bodyRows) {
      const label = g.rowTexts(row).find((x) => x.col < columns[0]);
      const quarter = label
        ? WORDS.quarters.findIndex((q) => matchScore(norm(label.text), q) === 1)
        : -1;
      if (quarter < 0) continue;
      for (const col of columns)
        if (g.kind(row, col) === FIGURE)
          out.push({
            sheet: g.sheet.name,
            row,
            quarter: quarter + 1,
            value: g.value(row, col),
            numberFormat: g.numberFormat(row, col),
          });
    }
    return out;
  }

  /** The inputs a label and header path name; the same pair under one header is worked out once. */
  private readonly matchCache = new WeakMap<
    string[],
    Map<string, Pick<Reading, "key" | "route" | "confidence">[]>
  >();
  private matchesOf(
    rawLabel: string | undefined,
    rawHeaders: string[],
    adjacentToLabel: boolean,
    record: boolean
  ): Pick<Reading, "key" | "route" | "confidence">[] {
    // Keyed by the column's header path itself (one array per column), so a cell costs no string building.
    let cache = this.matchCache.get(rawHeaders);
    if (!cache) this.matchCache.set(rawHeaders, (cache = new Map()));
    // Labels that name nothing (指标0001, 摘要…, a unit's name) all read the same: one entry for them.
    const significant = rawLabel !== undefined && this.significant(norm(rawLabel));
    const id = `${+adjacentToLabel}${+record}${significant ? `:${rawLabel}` : ""}`;
    let found = cache.get(id);
    if (found) return found;
    found = [];
    const label = rawLabel === undefined ? undefined : norm(rawLabel);
    // A budget's total beside a 上年结转 it may or may not include is no 年初预算 of the whole department.
    const initial =
      this.initialBudget && !(label !== undefined && /合计|总计/.test(label) && this.carriesOver());
    const headers = rawHeaders.map((h) =>
      initial && BUDGET_MEASURES.has(norm(h)) ? "年初预算数" : norm(h)
    );
    const path = label === undefined ? headers : [label, ...headers];
    // A veto word makes the figure another measure — unless it is the spec's own item (离退休人员).
    const vetoed = path.filter((p) => mentions(p, WORDS.veto));
    if (!rawHeaders.some((h) => this.otherYear(h)))
      for (const [key, spec] of this.specs) {
        if (vetoed.some((p) => !ownWords(p, spec))) continue;
        if (spec.exclude && path.some((p) => spec.exclude!.includes(p))) continue;
        if (spec.unless && this.states(spec.unless)) continue;
        if (spec.within && !mentions(norm(this.t.heading || this.g.sheet.name), spec.within))
          continue;
        const m = this.match(key, spec, label, headers, adjacentToLabel, record);
        if (m) found.push({ key, ...m });
      }
    cache.set(id, found);
    return found;
  }

  private match(
    key: string,
    spec: Spec,
    label: string | undefined,
    headers: string[],
    adjacentToLabel: boolean,
    record: boolean
  ): Pick<Reading, "route" | "confidence"> | undefined {
    const measure = (h: string) =>
      spec.columns && !this.othersOwn(h, key) ? matchScore(h, spec.columns) : 0;
    const best = (xs: string[], f: (h: string) => number) => Math.max(0, ...xs.map(f));
    if (label !== undefined && this.compound(label, headers, spec))
      return { route: "row", confidence: 0.9 };
    const item = label !== undefined ? this.item(label, spec, key) : 0;
    if (item) {
      // The measure is the nearest header that names one; a header below it divides it (原值 › 在用).
      const at = headers.findIndex((h) => measure(h) > 0);
      const divided = headers.slice(0, Math.max(0, at)).some((h) => !NEUTRAL_LEAVES.includes(h));
      const m = at >= 0 && !divided ? measure(headers[at]) : 0;
      if (m) return { route: "row", confidence: 0.95 * item * (m === 1 ? 1 : 0.9) };
      // A label alone names the figure beside it only in its own words: a bare 合计 needs its measure.
      if (spec.pair && adjacentToLabel && ownWords(label!, spec))
        return { route: "pair", confidence: 0.85 * item };
      // Under a half's 金额 (收入支出决算总表's 支出 › 金额) a final account's title says what the figure is.
      const byTitle = titleMeasure(this.t.title);
      if (
        at < 0 &&
        byTitle === "决算数" &&
        ownWords(label!, spec) &&
        measure(byTitle) &&
        headers.every((h) => NEUTRAL_LEAVES.includes(h) || HALVES.includes(h))
      )
        return { route: "title", confidence: 0.85 * item };
    }
    if (label !== undefined && measure(label)) {
      const across = best(headers, (h) => this.item(h, spec, key));
      if (across)
        return { route: "column", confidence: 0.95 * measure(label) * (across === 1 ? 1 : 0.9) };
    }
    // Items as column headers: in a record (one row of figures: the 三公 table, a key column naming the
    // unit) or in a key-column table's total row; a category's row holds the category's figures only.
    // A quarter's row also carries the year's figures beside its own (全年预算 in every row).
    const keyed = label === undefined || !this.namesAnything(label);
    const totalRow = label !== undefined && TOTALS.includes(label);
    // A period's row, or a measure's row where the periods are columns (累计支出 | 全年预算指标 | 1月 …).
    const periodRow =
      label !== undefined &&
      !!spec.pair &&
      (WORDS.periods.test(label) || WORDS.spent.includes(label));
    if (!(record && keyed) && !totalRow && !periodRow) return undefined;
    for (let i = 0; i < headers.length; i++) {
      // In a total row the item is the column's own header, not a group above it (公用经费 › 决算数),
      // unless what lies between only totals it (核定编制数 › 小计).
      if (totalRow && !record && i > 0 && !NEUTRAL_LEAVES.includes(headers[i - 1])) break;
      const it = this.item(headers[i], spec, key);
      if (!it) continue;
      // 劳务派遣 under 编外人员 is a part of the figure, not the figure.
      if (headers.slice(i + 1).some((h) => ownWords(h, spec) >= 0.9)) continue;
      const others = headers.filter((_, j) => j !== i);
      // A generic 小计 under 公务用车购置及运行费 is that item's subtotal: it stands for the table's subject
      // only when every other header is a measure or names the subject (一般公共预算财政拨款“三公”经费 › 合计).
      if (
        !matchScore(headers[i], spec.rows) &&
        others.some((h) => !measure(h) && !mentions(h, spec.rows))
      )
        continue;
      const m = best(others, measure);
      if (m) return { route: "headers", confidence: 0.95 * it * m };
      const byTitle = titleMeasure(this.t.title);
      if (others.length === 0 && byTitle && measure(byTitle))
        return { route: "title", confidence: 0.9 * it };
      // A period's row holds its own counts: only a year's figure (全年预算数) stands in every row.
      const yearWide = !periodRow || mentions(headers[i], WORDS.yearWide);
      const alone = headers.slice(0, i).every((h) => NEUTRAL_LEAVES.includes(h));
      if (spec.pair && (record || periodRow || totalRow) && alone && yearWide)
        return { route: "pair", confidence: 0.85 * it };
    }
    return undefined;
  }

  /** Whether a row label is an item or measure of some input: a unit's name in a key column is not. */
  private readonly labelNames = new Map<string, boolean>();
  private namesAnything(label: string): boolean {
    let v = this.labelNames.get(label);
    if (v === undefined) {
      v = this.specs.some(
        ([, s]) =>
          matchScore(label, s.rows) > 0 ||
          (s.columns && matchScore(label, s.columns) > 0) ||
          s.generic?.includes(label)
      );
      this.labelNames.set(label, v);
    }
    return v;
  }

  /** A total from its parts (因公出国 + 公务用车 + 公务接待) in a column of the right measure, when no total row matched. */
  private sums(found: Reading[]): Reading[] {
    const { g, t } = this;
    const out: Reading[] = [];
    type Label = { row: number; col: number; text: string };
    // Each label of the table once, by its normalized text: the first in the table's order wins.
    const labels = new Map<string, Label>();
    for (const r of t.bodyRows)
      for (const x of g.rowTexts(r))
        if (x.col >= t.left && x.col <= t.right && !labels.has(norm(x.text)))
          labels.set(norm(x.text), { row: r, ...x });
    const before = (a: Label, b: Label) => a.row < b.row || (a.row === b.row && a.col < b.col);
    const first = (synonyms: string[]) => {
      let found: Label | undefined;
      for (const s of synonyms) {
        const l = labels.get(s);
        if (l && (!found || before(l, found))) found = l;
      }
      return found;
    };
    for (const [key, spec] of this.specs) {
      if (!spec.sum || !spec.columns || found.some((f) => f.key === key)) continue;
      const parts = spec.sum.map(first);
      if (parts.some((p) => !p)) continue;
      for (let col = parts[0]!.col + 1; col <= t.right; col++) {
        if (parts.some((p) => g.kind(p!.row, col) !== FIGURE)) continue;
        const headers = headerPath(g, t, col);
        if (!headers.some((h) => matchScore(norm(h), spec.columns!))) continue;
        if (headers.some((h) => mentions(norm(h), WORDS.veto))) continue;
        let total = Rational.ZERO;
        let readable = true;
        for (const p of parts) {
          const v = parseValue(g.value(p!.row, col), { type: "quantity" });
          if (v.kind === "value") total = total.add(v.value);
          else if (v.kind !== "missing") readable = false;
        }
        if (!readable) continue;
        out.push({
          key,
          sheet: g.sheet.name,
          row: parts[0]!.row,
          col,
          value: Number(trimNumber(total, 12)),
          numberFormat: g.numberFormat(parts[0]!.row, col),
          table: t.title,
          headers: [...headers].reverse(),
          label: parts.map((p) => p!.text).join(" + "),
          route: "sum",
          confidence: 0.6,
          ...(t.unit && { unit: t.unit }),
        });
      }
    }
    return out;
  }
}
