import { inputDef } from "../../../core";
import { TEXT, type Grid } from "./grid";
import { titleMeasure, type Reading } from "./readings";
import { kindOf, mentions, WORDS, type Spec } from "./wording";

/**
 * Figures written in a sentence (“核定编制28名（含工勤3名），实有在编人员25人”). A figure is a reading only
 * when the sentence says it of the measure: the input's own wording (or a sentence's wording of it, 计划实施项目
 * 12个), then at most a few joining characters (为、是、：、共), then a number with the unit its kind takes (人/名
 * for people, 件/个/项 for counts, 万元/元 for amounts, % — or 分 for a satisfaction — for rates). An amount whose
 * words another amount shares (日常公用经费: its budget and its actual) needs its measure too (日常公用经费决算数为…).
 * Nothing before it in
 * its clause may change what it is: an amount 追加 in September, 调增/调减, 比上年, 其中 … is another figure. Only
 * sentences count: a short cell is a label, and a table's figures are read as a table.
 */

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNITS: Record<string, string> = {
  count: "(人|名|件|个|项)",
  amount: "(万元|元)",
  percent: "(%)",
};
/** A satisfaction survey's result is often a score out of 100. */
const SCORE_UNIT = "(%|分)";
/** Between the wording and its figure: 人员总数, a bracket saying what it includes, 为/共/有, spaces. */
const JOIN = String.raw`(?:人员|人数)?(?:总数|数)?(?:[(（]含[^)）]*[)）])?\s*(?:为|是|达|共|有|约)?[:：]?\s*`;
const MIN_SENTENCE = 14;
/** Where a clause starts: what lies before a figure's wording up to here says what the figure is. */
const CLAUSE_BREAK = /[，,。；;！!？?\n]/;
const SENTENCE_BREAK = /[。；;！!？?\n]/;

/** A stem of each wording: 编制数 and 编制人数 are both 编制 in a sentence that says 编制28名. */
function stems(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const s = w.replace(/(件数|个数|项数|人数|人员数|人员|数)$/, "");
    if (s.length >= 2) out.add(s);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A framework's own wording is data: every character matches itself, whatever it is. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (words: readonly string[]) => words.map(literal).join("|");

interface Pattern {
  key: string;
  re: RegExp;
  /** Words an earlier part of the sentence must name for the pattern to count. */
  after?: string[];
  /** 累计 is the measure itself (cumulative spending), not a change of it. */
  cumulative: boolean;
  /** Words that, anywhere in the cell, make the wording mean something else (实有 beside 离退休). */
  unless?: string[];
  /**
   * The measures the sheet's title must give for an item said bare (项目支出182.83万元 in a 部门决算 说明 is
   * its 决算数; in a budget's 说明 its 年初预算数).
   */
  documentMeasures?: string[];
  /** Words the sheet's title must hold for the wording to count. */
  documentWords?: string[];
}

const cache = new WeakMap<readonly [string, Spec][], Pattern[]>();

function patterns(specs: readonly [string, Spec][]): Pattern[] {
  let out = cache.get(specs);
  if (out) return out;
  out = [];
  // Amounts whose item is said in the same words: a sentence must name which measure it states.
  const amounts = specs.filter(([key]) => kindOf(key) === "amount");
  const shared = (stem: string, key: string) =>
    amounts.some(([k, s]) => k !== key && stems(s.rows).includes(stem));
  for (const [key, spec] of specs) {
    if (spec.tablesOnly) continue;
    const type = kindOf(key);
    const unit = key === "satisfaction" ? SCORE_UNIT : type && UNITS[type];
    if (!unit) continue;
    const rows = stems(spec.rows);
    const measured = type === "amount" && rows.some((s) => shared(s, key));
    const measure = measured && spec.columns?.length ? `(?:${anyOf(spec.columns)})` : "";
    const cumulative = WORDS.spent.some((w) => spec.columns?.includes(w));
    // A sentence's own wording names its measure already (年初部门预算, 调整后全年预算).
    const make = (words: string[], measure: string, more: Partial<Pattern> = {}) =>
      words.length &&
      out!.push({
        key,
        re: new RegExp(`(${anyOf(words)})${measure}${JOIN}${NUMBER}\\s*${unit}`, "g"),
        ...(spec.unless && { unless: spec.unless }),
        cumulative,
        ...more,
      });
    make(measured && !spec.columns?.length ? [] : rows, measure);
    if (measured && spec.columns?.length) make(rows, "", { documentMeasures: spec.columns });
    if (spec.sentence)
      make(stems(spec.sentence.rows), "", {
        ...(spec.sentence.after && { after: spec.sentence.after }),
        ...(spec.sentence.document && { documentWords: spec.sentence.document }),
      });
  }
  cache.set(specs, out);
  return out;
}

export function textReadings(g: Grid, specs: readonly [string, Spec][]): Reading[] {
  const out: Reading[] = [];
  const title = sheetTitle(g);
  const measure = title && titleMeasure(title);
  const ps = patterns(specs).filter(
    (p) =>
      (!p.documentMeasures || (!!measure && p.documentMeasures.includes(measure))) &&
      (!p.documentWords || (!!title && mentions(title, p.documentWords)))
  );
  g.kinds.forEach((k, r) => {
    const row = g.top + r;
    if (g.hidden.has(row) || g.texts(row) === 0) return;
    k.forEach((kind, c) => {
      if (kind !== TEXT) return;
      const raw = g.text(row, g.left + c)!;
      if (raw.length < MIN_SENTENCE) return;
      const text = raw.normalize("NFKC");
      // Two inputs may share a stem (在编 inside 实有在编): the longer wording at a place wins.
      const taken: [number, number][] = [];
      const found: { reading: Reading; at: number; len: number }[] = [];
      for (const p of ps) {
        p.re.lastIndex = 0;
        for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
          const from = m.index;
          if (!says(text, from, p) || !plausibleScore(p.key, m[2], m[3])) continue;
          if (p.unless && mentions(text, p.unless)) continue;
          const to = from + m[0].length;
          found.push({
            at: from,
            len: m[1].length,
            reading: {
              key: p.key,
              sheet: g.sheet.name,
              row,
              col: g.left + c,
              value: m[2].replace(/,/g, ""),
              numberFormat: "General",
              table: "",
              headers: [],
              // The words read, as the source says: “实有在编人员23名”.
              label: m[0],
              route: "text",
              confidence: 0.7,
              span: [from, to],
              ...(ofWhole(text, from) && { partOfWhole: true }),
              ...included(text, to),
              ...(m[3] === "元" || m[3] === "万元" || m[3] === "分" ? { unit: m[3] } : {}),
            },
          });
        }
      }
      found.sort((a, b) => b.len - a.len);
      const cell: Reading[] = [];
      for (const f of found) {
        const end = f.reading.span![1];
        if (taken.some(([a, b]) => f.at < b && end > a)) continue;
        // A figure in brackets after another (“28名（含工勤3名）”) qualifies it: it is no figure of its own.
        if (/[(（][^)）]*$/.test(text.slice(0, f.at))) continue;
        taken.push([f.at, end]);
        cell.push(f.reading);
      }
      out.push(...byCategory(text, cell));
    });
  });
  return out;
}

/**
 * Whether the sentence says the figure of the measure: nothing earlier in its clause changes it (9月追加…,
 * 比上年…, 其中…; 累计 unless the measure is cumulative), and a sentence's own wording has its item named
 * earlier in the sentence (按期完成 counts projects only after 项目).
 */
function says(text: string, at: number, p: Pattern): boolean {
  const before = text.slice(0, at);
  const clause = before.slice(lastBreak(before, CLAUSE_BREAK) + 1);
  if (WORDS.changes.some((w) => clause.includes(w))) return false;
  // 项目全年预算数12万元 is one project's budget, not the department's.
  if (clause.endsWith("项目")) return false;
  if (!p.cumulative && clause.includes("累计")) return false;
  // An item said bare takes the title's measure only where its clause names no other (年初预算中…).
  if (p.documentMeasures && OTHER_MEASURES.test(clause)) return false;
  if (!p.after) return true;
  const sentence = before.slice(lastBreak(before, SENTENCE_BREAK) + 1);
  return p.after.some((w) => sentence.includes(w));
}

/** A satisfaction in 分 is a survey's score out of 100 only in the range such scores fall in (满意度6分 is points). */
function plausibleScore(key: string, value: string, unit: string): boolean {
  const range = unit === "分" ? inputDef(key)?.plausible : undefined;
  return !range || (Number(value) >= range[0] && Number(value) <= range[1]);
}

/**
 * One measure stated once per category of staff (行政编制数15人，实有在编13人；事业编制数8人，实有在编7人): the
 * unit's figure is their sum, when each names its own category. Otherwise the figures stay apart (and
 * disagree, so the input is asked).
 */
function byCategory(text: string, readings: Reading[]): Reading[] {
  const byKey = new Map<string, Reading[]>();
  for (const r of readings) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const out: Reading[] = [];
  for (const rs of byKey.values()) {
    const categories = rs.map((r) => categoryOf(text, r.span![0]));
    if (
      rs.length < 2 ||
      kindOf(rs[0].key) !== "count" ||
      categories.some((c) => !c) ||
      new Set(categories).size < rs.length ||
      new Set(rs.map((r) => r.unit)).size > 1
    ) {
      out.push(...rs);
      continue;
    }
    const sorted = [...rs].sort((a, b) => a.span![0] - b.span![0]);
    const total = sorted.reduce((sum, r) => sum + Number(r.value), 0);
    out.push({
      ...sorted[0],
      value: String(total),
      label: sorted.map((r) => r.label).join(" + "),
      span: [sorted[0].span![0], sorted.at(-1)!.span![1]],
      confidence: 0.6,
    });
  }
  return out;
}

/** The category of staff a figure's sentence names before it, back to the previous ；or 。. */
function categoryOf(text: string, at: number): string | undefined {
  const before = text.slice(0, at);
  const sentence = before.slice(lastBreak(before, SENTENCE_BREAK) + 1);
  return WORDS.staffCategories.find((c) => sentence.includes(c));
}

/** What a bracket right after the figure says it includes: 实有人数52人（含离退休人员）. */
function included(text: string, at: number): { includes?: string } {
  const m = /^[(（]含([^)）]*)[)）]/.exec(text.slice(at));
  return m ? { includes: m[1] } : {};
}

const OTHER_MEASURES = /预算|决算|调整|上年|年初|同比|计划/;

/** The sheet's first text: a 说明's title (部门决算公开, 单位预算说明) says what its bare figures are. */
function sheetTitle(g: Grid): string | undefined {
  for (let r = g.top; r <= g.bottom; r++) {
    const first = g.rowTexts(r)[0];
    if (first) return first.text;
  }
  return undefined;
}

/** A figure after 其中 in its sentence is stated as a part of one before it. */
function ofWhole(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.slice(lastBreak(before, SENTENCE_BREAK) + 1).includes("其中");
}

function lastBreak(text: string, re: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (re.test(text[i])) return i;
  return -1;
}
