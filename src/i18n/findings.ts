/**
 * The sentences of audit findings and framework issues. Every parameter arrives as text already in the
 * reader's language (names, labels, figures); `name` is the indicator's, `label` the input's.
 */
type P = Record<string, string>;
type L = Record<string, string | string[]>;

export interface FindingWords {
  /** "A（或B）": an input given by either of two keys. */
  either(main: string, alternatives: string[]): string;

  overrideDiffers(p: P & { name: string; score: string; computed: string; reason: string }): string;
  overrideUnverifiable(
    p: L & {
      name: string;
      score: string;
      reason: string;
      inputs: string[];
      errors: string[];
    }
  ): string;
  overrideInvalid(p: P & { name: string; why: string }): string;
  unknownOverride(p: P & { override: string }): string;
  unknownInput(p: P & { key: string }): string;
  unknownInputsMore(p: P & { count: string }): string;
  duplicateKey(p: P & { path: string }): string;
  unknownInputNear(p: P & { key: string; near: string; label: string }): string;
  badYear(p: P & { value: string }): string;
  indicatorMissing(p: L & { name: string; inputs: string[] }): string;
  indicatorErrors(p: L & { name: string; errors: string[] }): string;
  indicatorNote(p: P & { name: string; note: string }): string;

  storedFramework(p: P & { title: string; id: string }): string;
  storedFrameworkRefused(p: L & { problems: string[] }): string;
  needsRecalc(p: P & { label: string; cell: string }): string;
  formulaLimit(p: P & { steps: string; depth: string }): string;
  staleResults(
    p: L & {
      count: string;
      cell: string;
      cached: string;
      worked: string;
      unchecked: string;
      uncheckedCells: string[];
    }
  ): string;
  sourceError(p: P & { label: string; where: string; error: string }): string;
  ambiguousSource(p: L & { label: string; candidates: string[] }): string;
  doubtfulSource(p: P & { label: string; where: string; value: string; why: string }): string;
  lowConfidence(
    p: P & { label: string; where: string; labels: string; confidence: string }
  ): string;
  conflictingSources(
    p: P & {
      label: string;
      where: string;
      value: string;
      otherWhere: string;
      otherValue: string;
    }
  ): string;

  levelMismatch(p: P & { level: string; levelName: string; printed: string; sum: string }): string;
  totalMismatch(p: P & { sum: string; total: string }): string;
  criteriaPointsMismatch(p: P & { name: string; points: string; printed: string }): string;
  emptyDescription(p: P & { name: string }): string;
  partsMismatch(p: P & { name: string; points: string; sum: string }): string;
  unknownInputKey(p: P & { name: string; key: string }): string;
  tierAbovePoints(p: P & { name: string; score: string; points: string }): string;
  duplicateName(p: P & { name: string }): string;
  choiceUncovered(p: L & { name: string; options: string[] }): string;
  badBound(p: P & { name: string; bound: string }): string;
  partPoints(p: P & { name: string; points: string; part: string }): string;
  bandRange(p: P & { name: string; answer: string; from: string; to: string }): string;
  tableIdentity(
    p: P & {
      table: string;
      what: string;
      total: string;
      parts: string[];
      sum: string;
      difference: string;
    }
  ): string;
  tableRounding(
    p: P & {
      table: string;
      what: string;
      total: string;
      parts: string[];
      sum: string;
      difference: string;
    }
  ): string;
  tierUnreachable(p: P & { name: string; tier: string; before: string }): string;
}
