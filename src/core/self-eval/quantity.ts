import { EXCEL_ERRORS, isMissingValue, normalizeText } from "../parse";
import { Rational } from "../rational";

/** How a target is to be met: at least (正向), at most (反向), exactly, or in words (定性). */
export type Nature = ">=" | "<=" | "=" | "qualitative";

/** A 年度指标值 or 实际完成值 as the 自评表 prints it: ≥95%, ≤30天, 100人次, 完成, 达标. */
export type Quantity =
  | { kind: "number"; value: Rational; unit: string; comparison?: Nature }
  | { kind: "words"; text: string }
  /** A cell showing an error value (#DIV/0!): no figure, and no words to judge either. */
  | { kind: "error"; text: string }
  | { kind: "missing" };

const HUNDRED = Rational.int(100);

/** Words before or after a number that say how it is to be met. */
const PREFIXES: [RegExp, Nature][] = [
  [/^(>=|≥|≧|>|大于等于|大于或等于|不低于|不少于|不小于|至少|达到|超过|高于|大于)/, ">="],
  [/^(<=|≤|≦|<|小于等于|小于或等于|不高于|不超过|不多于|不大于|控制在|低于|小于|少于)/, "<="],
  [/^(=|＝|等于)/, "="],
];
const SUFFIXES: [RegExp, Nature][] = [
  [/(以上|及以上|或以上)$/, ">="],
  [/(以内|以下|及以下|或以下|之内)$/, "<="],
];

/** A unit is a short run of letters or Han characters (天, 人次, 万元, km, m²), never a date or a sentence. */
const UNIT = /^[\p{Script=Han}A-Za-z%‰²³/·.]{0,6}$/u;
const NOT_A_UNIT = /[前后底内时起止年月日号]$|年|完成|左右/;

/**
 * Reads one cell of a target row. A number with at most one comparison and a short unit is a quantity;
 * any other text (完成, 按时完成, 2023年12月底前) is words, judged by the evaluator. Percentages are kept as
 * fractions (95% → 0.95, unit %), so that a cell formatted as a percentage and a typed “95%” agree.
 */
export function readQuantity(raw: unknown): Quantity {
  if (isMissingValue(raw)) return { kind: "missing" };
  if (typeof raw === "string" && EXCEL_ERRORS.includes(raw.trim().toUpperCase()))
    return { kind: "error", text: raw.trim() };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: Rational.fromNumber(raw), unit: "" }
      : { kind: "words", text: String(raw) };
  if (typeof raw !== "string") return { kind: "words", text: String(raw) };
  let t = lookalikes(normalizeText(raw)).replace(/[（(][^）)]*[）)]$/, "");
  let comparison: Nature | undefined;
  for (const [re, nature] of PREFIXES)
    if (re.test(t)) {
      comparison = nature;
      t = t.replace(re, "");
      break;
    }
  for (const [re, nature] of SUFFIXES)
    if (re.test(t)) {
      if (comparison && comparison !== nature) return { kind: "words", text: raw.trim() };
      comparison = nature;
      t = t.replace(re, "");
      break;
    }
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(.*)$/.exec(t);
  if (!m || /\d/.test(m[2]) || !UNIT.test(m[2]) || NOT_A_UNIT.test(m[2]))
    return { kind: "words", text: raw.trim() };
  let value = Rational.parseDecimal(m[1].replace(/,/g, ""));
  if (!value) return { kind: "words", text: raw.trim() };
  let unit = m[2];
  if (unit === "%") value = value.div(HUNDRED);
  if (unit === "‰") {
    value = value.div(Rational.int(1000));
    unit = "%";
  }
  return { kind: "number", value, unit, ...(comparison && { comparison }) };
}

/** 指标性质 as the Sichuan form writes it (=, ≥, ≤) or in words (正向, 反向, 定性). */
export function readNature(raw: unknown): Nature | "unknown" | undefined {
  if (isMissingValue(raw)) return undefined;
  const t = lookalikes(normalizeText(String(raw)));
  if ([">=", "≥", ">", "正向", "正向指标", "越大越好", "定量正向"].includes(t)) return ">=";
  if (["<=", "≤", "<", "反向", "反向指标", "越小越好", "定量反向"].includes(t)) return "<=";
  if (["=", "＝", "等于"].includes(t)) return "=";
  if (["定性", "定性指标"].includes(t)) return "qualitative";
  return "unknown";
}

/** The answer a qualitative actual gives, in the three bands of the rules (达成, 部分达成, 未达成). */
export type Band = "达成" | "部分达成" | "未达成";

const BAND_WORDS: [RegExp, Band][] = [
  [/^(未|没有|否)|未(完成|达成|达到|达标|实现)|不(合格|达标|满意|符合|及格)|较差|差$/, "未达成"],
  [
    /^(部分|基本|大部分|大部|较好|良|一般)|部分(完成|达成|实现)|基本(完成|达成|达到|达标|实现|满意)/,
    "部分达成",
  ],
  [
    /^(已?完成|已?达成|已?达到|已?达标|已?实现|是|合格|符合|优|优秀|好|良好|满意|有效|显著|明显|按时|按期|及时|全部|全面)/,
    "达成",
  ],
];

/** A qualitative actual in words (完成, 基本达标, 未完成); undefined when the words do not say. */
export function bandOf(actual: string, target?: string): Band | undefined {
  const t = normalizeText(actual);
  if (target !== undefined && t === normalizeText(target)) return "达成";
  for (const [re, band] of BAND_WORDS) if (re.test(t)) return band;
  return undefined;
}

/** Signs as published forms type them: ≧ ≦ (U+2267/2266), ═ (a box-drawing line), ﹦ (small), full-width > < =. */
function lookalikes(t: string): string {
  return t
    .replace(/[≧＞]=?|>=/g, (m) => (m.startsWith("＞") && m.length === 1 ? ">" : "≥"))
    .replace(/[≦＜]=?|<=/g, (m) => (m.startsWith("＜") && m.length === 1 ? "<" : "≤"))
    .replace(/[═＝﹦]/g, "=");
}
