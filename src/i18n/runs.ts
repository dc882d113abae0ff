/**
 * A sentence of the self-evaluation report as pieces: words, figures taken from the scored data, and
 * prompts for what only the unit can write. The report catalog builds its sentences with `r`, so a
 * figure is never typed into a sentence and a prompt is always marked as one.
 */
export type Run = { text: string } | { figure: string } | { prompt: string };

export type Part = string | Run | readonly Run[];

const runsOf = (p: Part): Run[] =>
  typeof p === "string" ? (p ? [{ text: p }] : []) : Array.isArray(p) ? [...p] : [p as Run];

/** r`年初预算收入${total}万元` → words, the figure, words. */
export function r(strings: TemplateStringsArray, ...parts: Part[]): Run[] {
  return strings.flatMap((s, i) => [...runsOf(s), ...(i < parts.length ? runsOf(parts[i]) : [])]);
}

/** Parts joined by a separator (、 or ；), each part's runs kept whole. */
export function joinRuns(parts: readonly Run[][], separator: string): Run[] {
  return parts.flatMap((p, i) => (i ? [{ text: separator }, ...p] : p));
}
