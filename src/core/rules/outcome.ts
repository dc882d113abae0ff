import type { Rational } from "../rational";
import { pushNote, type Note } from "./note";

/** What a rule, or a part of one, found: a score or why there is none, and the words for 扣分情况说明. */
export interface Outcome {
  score: Rational | null;
  /** Input keys that are blank; "a|b" means either would do. */
  missing: string[];
  /** Inputs that are present but unusable, and rule-level impossibilities (zero denominators). */
  errors: Note[];
  text: string[];
  /** Where points were lost, as problem statements with no score in them (the report's 存在的问题). */
  shortfalls: string[];
  warnings: Note[];
  /** One of the errors is a zero denominator (a cell shows #DIV/0! for it). */
  zeroDenominator?: boolean;
  /** The item does not apply and is left out: its points are spread over the others. */
  omitted?: boolean;
}

export function outcome(): Outcome {
  return { score: null, missing: [], errors: [], text: [], shortfalls: [], warnings: [] };
}

/** An outcome scores only when nothing it needed was missing or wrong. */
export function isBlocked(o: Outcome): boolean {
  return o.missing.length > 0 || o.errors.length > 0;
}

export function absorb(into: Outcome, from: Outcome): void {
  for (const k of from.missing) if (!into.missing.includes(k)) into.missing.push(k);
  for (const e of from.errors) pushNote(into.errors, e);
  for (const w of from.warnings) pushNote(into.warnings, w);
  into.text.push(...from.text);
  into.shortfalls.push(...from.shortfalls);
  if (from.zeroDenominator) into.zeroDenominator = true;
}
