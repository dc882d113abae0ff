import type { Framework, InputsFile, Locale, ScoreResult } from "../core";
import { annex } from "./annex";
import { basics } from "./basics";
import { conclusion, scoring } from "./conclusion";
import { DraftContext, p } from "./context";
import { countPrompts, plainText, type Block, type ReportDraft } from "./model";
import { performance } from "./performance";

/**
 * The 自评报告 draft from a scored result and the inputs it was scored from: the sections of the published
 * reports, every figure taken from the data, every gap a prompt for the unit. The same draft is written
 * to .docx by the command line and by the task pane.
 */
export function draftReport(
  result: ScoreResult,
  file: InputsFile,
  framework: Framework,
  locale: Locale = "zh-CN"
): ReportDraft {
  const c = new DraftContext(result, file, framework, locale);
  const title = c.w.title(c.unit, c.year);
  const blocks: Block[] = [
    { kind: "title", runs: title },
    p(c.w.preamble(c.unit, c.year, c.ask(c.w.ask.basis), c.frameworkName)),
    ...basics(c),
    ...performance(c),
    ...conclusion(c),
    ...scoring(c),
    ...annex(c),
  ];
  return { title: plainText(title), blocks, prompts: countPrompts(blocks) };
}
