import { catalog, text, type Localized, type Locale, type Messages } from "../../i18n";
import type { Problem } from "../../i18n/core-messages";
import { labelOf } from "../labels";
import { inputDef } from "../inputs";

/**
 * An error or a warning of a rule as data — which sentence, with what — written out only where it is read,
 * in the reader's language: a result scored in Chinese and shown in English reads English throughout.
 */
export interface Note {
  code: NoteCode;
  args: NoteArg[];
}

export type NoteArg =
  | string
  | number
  /** An input, named in the reader's language ("a|b" reads as either; "kpis[2].target" as a KPI cell). */
  | { key: string }
  /** Several inputs added up, named together. */
  | { keys: string[] }
  /** A name given in both languages (a rule's label). */
  | { text: Localized }
  /** A choice input's answer (完全, 达成年度指标), as the reader's language words it. */
  | { answer: { key: string; value: string } }
  | { problem: Problem }
  /** A sentence within the sentence. */
  | { note: Note }
  | { list: string[] };

/** The sentences of the core catalog that a note can be. */
export type NoteCode = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];

export const note = (code: NoteCode, ...args: NoteArg[]): Note => ({ code, args });

/** Whether two notes say the same: a rule records a problem once, however often it meets it. */
export const sameNote = (a: Note, b: Note): boolean => JSON.stringify(a) === JSON.stringify(b);

export function pushNote(into: Note[], n: Note): void {
  if (!into.some((x) => sameNote(x, n))) into.push(n);
}

/** The note in `locale`; `nameOf` names inputs a caller defined for itself (a cell function's parameters). */
export function renderNote(n: Note, locale: Locale, nameOf?: (key: string) => string): string {
  const label = (key: string) => labelOf(key, locale, nameOf);
  const resolve = (a: NoteArg): unknown => {
    if (typeof a === "string" || typeof a === "number") return a;
    if ("key" in a) return label(a.key);
    if ("keys" in a) return a.keys.map(label).join("+");
    if ("text" in a) return text(a.text, locale);
    if ("answer" in a) {
      const option = inputDef(a.answer.key)?.options?.find((o) => o["zh-CN"] === a.answer.value);
      return option ? text(option, locale) : a.answer.value;
    }
    if ("problem" in a) return a.problem;
    if ("note" in a) return renderNote(a.note, locale, nameOf);
    return a.list;
  };
  const sentence = catalog(locale).core[n.code] as (...args: unknown[]) => string;
  return sentence(...n.args.map(resolve));
}
