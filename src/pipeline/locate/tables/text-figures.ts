import { inputDef } from "../../../core";
import { TEXT, type Grid } from "./grid";
import type { Reading } from "./readings";
import type { Spec } from "./wording";

/**
 * Figures written in a sentence (“核定编制28名（含工勤3名），实有在编人员25人”): an input's own wording,
 * then at most a few joining characters (为、是、：、共), then a number with the unit its kind takes
 * (人/名 for people, 件/个/项 for counts, 万元/元 for amounts, % for rates). Each reading keeps the span
 * it read. Only sentences count: a short cell is a label, and a table's figures are read as a table.
 */

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNITS: Record<string, string> = {
  count: "(人|名|件|个|项)",
  amount: "(万元|元)",
  percent: "(%)",
};
const JOIN = "(?:数|人数|人员)?(?:为|是|达|共|有|约)?[:：]?";
const MIN_SENTENCE = 14;

/** A stem of each wording: 编制数 and 编制人数 are both 编制 in a sentence that says 编制28名. */
function stems(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const s = w.replace(/(人数|人员数|人员|数)$/, "");
    if (s.length >= 2) out.add(s);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

interface Pattern {
  key: string;
  re: RegExp;
}

const cache = new WeakMap<readonly [string, Spec][], Pattern[]>();

function patterns(specs: readonly [string, Spec][]): Pattern[] {
  let out = cache.get(specs);
  if (out) return out;
  out = [];
  for (const [key, spec] of specs) {
    const type = inputDef(key)?.type;
    const unit = type && UNITS[type];
    if (!unit || !spec.rows.length) continue;
    // A framework's own wording is data: every character matches itself, whatever it is.
    const words = stems(spec.rows).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (!words.length) continue;
    out.push({ key, re: new RegExp(`(${words.join("|")})${JOIN}${NUMBER}${unit}`, "g") });
  }
  cache.set(specs, out);
  return out;
}

export function textReadings(g: Grid, specs: readonly [string, Spec][]): Reading[] {
  const out: Reading[] = [];
  const ps = patterns(specs);
  g.kinds.forEach((k, r) => {
    const row = g.top + r;
    if (g.hidden.has(row) || g.texts(row) === 0) return;
    k.forEach((kind, c) => {
      if (kind !== TEXT) return;
      const raw = String(g.sheet.values[r][c]);
      if (raw.length < MIN_SENTENCE) return;
      const text = raw.normalize("NFKC");
      // Two inputs may share a stem (在编 inside 实有在编): the longer wording at a place wins.
      const taken: [number, number][] = [];
      const found: { reading: Reading; at: number; len: number }[] = [];
      for (const p of ps) {
        p.re.lastIndex = 0;
        for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
          const from = m.index;
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
              ...(m[3] === "元" || m[3] === "万元" ? { unit: m[3] } : {}),
            },
          });
        }
      }
      found.sort((a, b) => b.len - a.len);
      for (const f of found) {
        const end = f.reading.span![1];
        if (taken.some(([a, b]) => f.at < b && end > a)) continue;
        // A figure in brackets after another (“28名（含工勤3名）”) qualifies it: it is no figure of its own.
        if (/[(（][^)）]*$/.test(text.slice(0, f.at))) continue;
        taken.push([f.at, end]);
        out.push(f.reading);
      }
    });
  });
  return out;
}
