import type { Framework, InputsFile, Locale, ScoreResult } from "../core";
import { annex } from "./annex";
import { basics } from "./basics";
import { beforeDrafting } from "./checks";
import { conclusion, scoreTable, scoring, selfEvaluation } from "./conclusion";
import { DraftContext, p } from "./context";
import { countPrompts, plainText, type Block, type ReportDraft } from "./model";
import { performance } from "./performance";
import { titleLines } from "./title";

/**
 * The 自评报告 draft from a scored result and the inputs it was scored from, in the structure of the
 * published reports: the body signed and dated, then the score table (附件1) and the budget tables
 * (附件2). Every figure is taken from the data, every gap a prompt for the unit. The same draft is
 * written to .docx by the command line and by the task pane.
 */
export function draftReport(
  result: ScoreResult,
  file: InputsFile,
  framework: Framework,
  locale: Locale = "zh-CN",
  date: Date = new Date()
): ReportDraft {
  const c = new DraftContext(result, file, framework, locale, date);
  const title = titleLines(c);
  const tables = annex(c);
  const scores = scoreTable(c);
  const attachments = [plainText(scores.caption), c.w.annexTitle];
  const blocks: Block[] = [
    { kind: "title", lines: title },
    p(c.w.preamble(c.unit, c.year, c.frameworkName)),
    ...basics(c),
    ...performance(c),
    ...selfEvaluation(c),
    ...conclusion(c),
    ...scoring(c, attachments),
    { kind: "table", table: scores },
    ...tables,
  ];
  return {
    title: plainText(title.flat()),
    blocks,
    prompts: countPrompts(blocks),
    beforeDrafting: beforeDrafting(c),
  };
}
