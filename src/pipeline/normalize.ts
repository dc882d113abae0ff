import {
  inputDef,
  isFigure,
  normalizeText,
  numberFigure,
  parseValue,
  Rational,
  specOf,
  text,
  type InputsFile,
  type Locale,
} from "../core";
import { catalog } from "../i18n";
import type { Located, LocatedInputs } from "./locate/located";
import type { CellValue } from "./snapshot";

const NUMERIC = new Set(["amount", "count", "percent", "score"]);
const OWN_AMOUNT_UNIT = /(元|万元|千元|亿元)$/;

/**
 * A reading as the figure its input takes, converted once, here: a % cell's 0.9395 is 93.95 %, 46,332,000
 * in a table kept in 元 is 4,633.2 万元, "35" read in a sentence is 35 people. What is not a figure of the
 * input's kind (是/否, a word, an unreadable text) stays as written, for the core to read or refuse.
 */
export function readingFigure(l: Located): unknown {
  const def = inputDef(l.key);
  if (!def || !NUMERIC.has(def.type)) return l.value;
  const scale = Rational.fromNumber(l.scale ?? 1);
  if (typeof l.value === "number") {
    if (!Number.isFinite(l.value)) return l.value;
    const v = Rational.fromNumber(l.value);
    if (def.alsoUnit && l.unit === def.alsoUnit) return numberFigure(v, def.alsoUnit);
    if (def.type === "percent") {
      if (l.percentIsFraction) return numberFigure(v.mul(Rational.int(100)));
      // 0.9395 in a cell not shown as a percentage: the core asks whether 93.95 % was meant.
      if (!v.isZero() && v.le(Rational.ONE)) return l.value;
    }
    return numberFigure(v.mul(scale));
  }
  if (typeof l.value !== "string") return l.value;
  const p = parseValue(l.value, { ...specOf(def), max: undefined });
  // A fraction written as text in a % field is the core's to question; text the core refuses stays text.
  if (p.kind !== "value" || p.warning) return l.value;
  // An amount written with its own unit ("44,104,200元") is in that unit, whatever the table's says.
  const written = normalizeText(l.value);
  if (def.alsoUnit && (l.unit === def.alsoUnit || written.endsWith(def.alsoUnit)))
    return numberFigure(p.value, def.alsoUnit);
  const own = def.type === "amount" && OWN_AMOUNT_UNIT.test(written);
  return numberFigure(own ? p.value : p.value.mul(scale));
}

/** The figure a found input gives the core; nothing where the reading is held back (unsure, ambiguous, stale). */
export function coreValue(l: Located): unknown {
  return l.problem || l.ambiguous || l.doubt ? null : readingFigure(l);
}

/** The inputs file the core scores, built from what the workbook holds. */
export function inputsFromWorkbook(located: LocatedInputs, framework: string): InputsFile {
  const inputs: Record<string, unknown> = {};
  for (const [key, l] of located.inputs) inputs[key] = coreValue(l);
  const overrides: NonNullable<InputsFile["overrides"]> = {};
  for (const [name, o] of located.overrides) overrides[name] = { score: o.score, reason: o.reason };
  return {
    framework,
    ...(located.unit !== undefined && { unit: located.unit }),
    ...(located.year !== undefined && { year: located.year }),
    inputs,
    ...(located.kpis && { kpis: located.kpis.rows }),
    overrides,
  };
}

/**
 * The value as a sheet holds it for a person, in Excel's own terms: amounts in the input's unit,
 * percentages as fractions (a % cell holding 0.223 shows 22.30%), 是/否 and the disclosure words as
 * text. Unreadable values stay as written, so a formula over them shows an error rather than a number.
 * Written into the data sheet and read back, it gives the same figure.
 */
export function blockValue(key: string, raw: unknown, locale: Locale = "zh-CN"): CellValue {
  const def = inputDef(key);
  if (!def) return null;
  const { yes, no } = catalog(locale).sheets.answers;
  const points = typeof raw === "number" || (isFigure(raw) && raw.figure === "number");
  if (def.type === "judgement" && !points) {
    const yesNo = parseValue(raw, { type: "flag" });
    if (yesNo.kind === "flag") return yesNo.value ? yes : no;
  }
  const p = parseValue(raw, {
    ...specOf(def),
    type: def.type === "judgement" ? "score" : def.type,
    max: undefined,
  });
  switch (p.kind) {
    case "missing":
      return null;
    case "flag":
      return p.value ? yes : no;
    case "choice":
      return text(
        def.options?.find((o) => o["zh-CN"] === p.value) ?? {
          "zh-CN": p.value,
        },
        locale
      );
    case "problem":
      return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean"
        ? raw
        : p.problem.raw;
    case "value":
      return def.type === "percent"
        ? p.value.div(Rational.int(100)).toNumber()
        : p.value.toNumber();
  }
}
