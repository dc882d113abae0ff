/**
 * The one way a text enters a formula the add-in writes: as a string literal, its quotes doubled — whatever
 * it holds (a framework's choice or grade, a unit's words, a catalog sentence), it stays text and never
 * becomes part of the formula.
 */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The longest string constant Excel accepts inside a formula. */
export const MAX_FORMULA_STRING = 255;
