import { Rational } from "./rational";

/**
 * A figure read once, where it entered — a table cell, a sentence, a field of the task pane, the data
 * sheet — in its input's own terms: an amount in the input's unit (万元), a percentage in percent (22.3 is
 * 22.3 %), a count, points, a 是/否, a choice's kept word. The core takes it as it is: a figure is never
 * read again from text on its way to the score, the sheets and the report.
 */
export type Figure =
  | {
      readonly figure: "number";
      readonly value: Rational;
      /** The input's second unit when the figure was stated in it (满意度 93.95分): the report says it so. */
      readonly unit?: string;
    }
  | { readonly figure: "flag"; readonly value: boolean }
  | { readonly figure: "choice"; readonly value: string };

export const numberFigure = (value: Rational, unit?: string): Figure =>
  unit ? { figure: "number", value, unit } : { figure: "number", value };

export function isFigure(x: unknown): x is Figure {
  if (typeof x !== "object" || x === null || !("figure" in x)) return false;
  const f = x as { figure: unknown; value: unknown };
  return (
    (f.figure === "number" && f.value instanceof Rational) ||
    (f.figure === "flag" && typeof f.value === "boolean") ||
    (f.figure === "choice" && typeof f.value === "string")
  );
}

/** What an amount written with a unit is worth in 万元: 46,332,000 元 is 4,633.2 万元. */
export const AMOUNT_UNITS: Readonly<Record<string, Rational>> = {
  元: Rational.of(1n, 10000n),
  千元: Rational.of(1n, 10n),
  万元: Rational.ONE,
  亿元: Rational.int(10000),
};
