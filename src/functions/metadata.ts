import { formatPoints, inputDef, Rational, text, type InputDef, type Locale } from "../core";
import { catalog } from "../i18n";
import { boundRule } from "./bound";
import { FUNCTIONS, type FunctionDef, type ParamDef } from "./definitions";

/**
 * The custom functions' metadata (functions.json) as Excel reads it, made from the definitions: the build
 * writes one file per language, so names, parameters and their order cannot differ from what is registered.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 */

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny: true;
  /** CustomFunctionsRuntime 1.3: an error value in a range reaches the function, which blames only its input. */
  allowErrorForDataTypeAny: true;
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      description: string;
      type: "any";
      dimensionality?: "matrix";
      optional?: true;
    }[];
    result: { type: "number" | "string" };
  }[];
}

function inputHelp(def: InputDef, locale: Locale): string {
  const hints = catalog(locale).functions.answerHints;
  const label = text(def.label, locale);
  switch (def.type) {
    case "judgement":
      return label + hints.judgement;
    case "flag":
      return label + hints.flag;
    case "choice":
      return label + hints.choice((def.options ?? []).map((o) => text(o, locale)));
    case "percent":
      return label + hints.percent;
    default:
      return label;
  }
}

function paramHelp(fn: FunctionDef, p: ParamDef, locale: Locale): string {
  if (p.key) return inputHelp(inputDef(p.key)!, locale);
  const help = catalog(locale).functions.paramHelp[p.help!];
  if (typeof help === "string") return help;
  return help(formatPoints(Rational.fromNumber(boundRule(fn.binding!).points)));
}

export function functionsMetadata(locale: Locale): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: FUNCTIONS.map((fn) => ({
      id: fn.id,
      name: fn.id,
      description: catalog(locale).functions.descriptions[fn.id],
      parameters: fn.params.map((p) => ({
        name: p.name,
        description: paramHelp(fn, p, locale),
        type: "any" as const,
        ...(p.range ? { dimensionality: "matrix" as const } : {}),
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: { type: fn.result },
    })),
  };
}
