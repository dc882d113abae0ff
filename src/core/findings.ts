import { catalog, text, type Locale, type Localized } from "../i18n";
import type { FindingWords } from "../i18n/findings";
import { placedIndicators, type Framework } from "./framework";
import { labelOf } from "./labels";
import { renderNote, type Note } from "./rules/note";

/**
 * An audit finding as data: what kind of thing it is, which indicator, input and cells it is about, and
 * the figures of the case. It becomes a sentence only where someone reads it, in their language; links
 * to the score sheet, grouping and the bureau's summary use the fields, never the text.
 */
export type FindingKind =
  /** A self-given score the unit's data does not support, or cannot confirm. */
  | "claim"
  /** Data an indicator needs is missing. */
  | "missing"
  /** A value that cannot be used as it stands (not a number, negative, unknown). */
  | "input"
  /** Two of the unit's own tables, or two sources, disagree. */
  | "inconsistent"
  /** Where a value came from is uncertain: several candidates, a weak label match, an uncalculated formula. */
  | "ambiguous"
  /** Worth knowing, not wrong: a warning attached to an indicator. */
  | "note"
  /** The framework table's own inconsistencies, as printed: nothing the unit can act on. */
  | "framework";

export type FindingCode = keyof FindingWords;

/** A figure of the case: plain text or a number, a list, text given in several languages, or a rule's notes. */
export type FindingParam = string | number | string[] | Localized | Localized[] | Note | Note[];

export interface Finding {
  code: FindingCode;
  kind: FindingKind;
  indicatorId?: string;
  /** The input concerned; "a|b" when either would do. */
  inputKey?: string;
  /** Cells concerned, as "Sheet!A1". */
  cells?: string[];
  params: Record<string, FindingParam>;
}

/** The finding as a sentence in `locale`: names come from the framework and the input catalog. */
export function renderFinding(f: Finding, framework: Framework, locale: Locale): string {
  const words = catalog(locale).findings;
  const indicator = f.indicatorId
    ? placedIndicators(framework).find((p) => p.indicator.id === f.indicatorId)?.indicator
    : undefined;
  const resolved: Record<string, string | string[]> = {
    ...(indicator && { name: text(indicator.name, locale) }),
    ...(f.inputKey && { label: labelOf(f.inputKey, locale) }),
  };
  for (const [k, v] of Object.entries(f.params)) resolved[k] = resolve(k, v, locale);
  return (words[f.code] as (p: Record<string, string | string[]>) => string)(resolved);
}

export function renderFindings(
  findings: Finding[],
  framework: Framework,
  locale: Locale
): string[] {
  return findings.map((f) => renderFinding(f, framework, locale));
}

/** Input keys given as params ("missing": ["a", "b|c"]) read as their labels; notes as sentences. */
function resolve(name: string, v: FindingParam, locale: Locale): string | string[] {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  if (Array.isArray(v))
    return v.map((x: string | Localized | Note) =>
      typeof x === "string"
        ? name === "inputs"
          ? labelOf(x, locale)
          : x
        : isNote(x)
          ? renderNote(x, locale)
          : text(x, locale)
    );
  return isNote(v) ? renderNote(v, locale) : text(v, locale);
}

const isNote = (v: Localized | Note): v is Note => "code" in v && "args" in v;
