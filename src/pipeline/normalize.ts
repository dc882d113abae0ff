import {
  inputDef,
  parseValue,
  Rational,
  specOf,
  text,
  trimNumber,
  type InputsFile,
  type Locale,
} from "../core";
import { catalog } from "../i18n";
import type { Located, LocatedInputs } from "./locate/located";
import type { CellValue } from "./snapshot";

/**
 * A found value in the form the core reads: a percentage cell's 0.9395 becomes "93.95%", an amount
 * in 元 becomes 万元, exactly. Anything else goes to the core as it is, to be read or refused there.
 */
export function coreValue(l: Located): unknown {
  if (l.problem || l.ambiguous || l.doubt) return null;
  const def = inputDef(l.key);
  if (!def) return l.value;
  // An amount in 元 written as text ("44,104,200") is converted as the number it shows.
  const shown =
    typeof l.value === "string" && l.scale !== undefined && l.scale !== 1
      ? parseValue(l.value, { type: "quantity" })
      : undefined;
  if (shown?.kind === "value")
    return trimNumber(shown.value.mul(Rational.fromNumber(l.scale!)), 20);
  if (typeof l.value !== "number") return l.value;
  const exact = Rational.fromNumber(l.value);
  if (def.type === "percent" && l.percentIsFraction)
    return trimNumber(exact.mul(Rational.int(100)), 20) + "%";
  if (l.scale !== undefined && l.scale !== 1)
    return trimNumber(exact.mul(Rational.fromNumber(l.scale)), 20);
  return l.value;
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
 * The value as the score sheet's data block holds it, in Excel's own terms: amounts in the input's
 * unit, percentages as fractions, 是/否 and the disclosure words as text. Unreadable values stay
 * as written, so a formula over them shows an error rather than a number.
 */
export function blockValue(key: string, raw: unknown, locale: Locale = "zh-CN"): CellValue {
  const def = inputDef(key);
  if (!def) return null;
  const { yes, no } = catalog(locale).sheets.answers;
  if (def.type === "judgement" && typeof raw !== "number") {
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
        : String(raw);
    case "value":
      return def.type === "percent"
        ? p.value.div(Rational.int(100)).toNumber()
        : p.value.toNumber();
  }
}
