import type { Locale } from "../i18n";
import type { ScoreResult } from "./evaluate";
import { renderFindings } from "./findings";
import type { Framework } from "./framework";

/**
 * The `--json` result of the public contract: findings as sentences in the reader's language, and beside
 * them, in the same order, what each is about (kind, indicator, input, cells) for programs to filter on.
 */
export function resultJson(result: ScoreResult, framework: Framework, locale: Locale) {
  return {
    ...result,
    findings: renderFindings(result.findings, framework, locale),
    findingDetails: result.findings.map((f) => ({
      code: f.code,
      kind: f.kind,
      indicator: f.indicatorId ?? null,
      input: f.inputKey ?? null,
      cells: f.cells ?? [],
    })),
  };
}
