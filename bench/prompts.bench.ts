import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, readInputsFile, type Framework, type InputsFile } from "../src/core";
import { analyzeWorkbook } from "../src/pipeline/analyze";
import { inputsFromWorkbook } from "../src/pipeline/normalize";
import { reportWords } from "../src/i18n/report-words";
import { draftReport } from "../src/report/draft";
import { runsOf } from "../src/report/model";
import { drawWorkbook, toOfficeSnapshot } from "../test/support/layouts";

/**
 * How much a clerk has left to write in the 自评报告 draft: the prompts of the sample's draft, and over 200
 * generated unit workbooks (which, like most units' workbooks, hold figures but no evaluator's answers),
 * split into what only the unit can write (prose prompts) and the cells of tables the data leaves empty,
 * with the length of the clerk's before-drafting list.
 */
const SEEDS = 200;

interface Count {
  prompts: number;
  cells: number;
  settle: number;
}

function count(file: InputsFile, framework: Framework): Count {
  const draft = draftReport(evaluate(file, framework), file, framework);
  const asked = draft.blocks.flatMap(runsOf).filter((r) => "prompt" in r);
  const cells = asked.filter(
    (r) => "prompt" in r && r.prompt === reportWords("zh-CN").cellPrompt
  ).length;
  return { prompts: asked.length, cells, settle: draft.beforeDrafting.length };
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];

it(`prints the prompts of the sample's draft and of ${SEEDS} generated workbooks' drafts`, () => {
  const read = readInputsFile(
    readFileSync(join(__dirname, "..", "examples", "longgang-2021.inputs.json"), "utf8")
  );
  if (!read.ok) throw new Error(read.error);
  const sample = count(read.file, read.framework);
  const drafts: Count[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const analysis = analyzeWorkbook(toOfficeSnapshot(drawWorkbook(seed).sheets));
    drafts.push(
      count(inputsFromWorkbook(analysis.located, analysis.framework.id), analysis.framework)
    );
  }
  const line = (label: string, xs: number[]) =>
    `  ${label.padEnd(28)} median ${quantile(xs, 0.5)}, 90th percentile ${quantile(xs, 0.9)}, max ${Math.max(...xs)}`;
  console.log(
    [
      "Prompts in the report draft",
      `  sample (Longgang 2021):      ${sample.prompts} prompts (${sample.prompts - sample.cells} to write, ${sample.cells} table cells), ${sample.settle} items to settle first`,
      `  ${SEEDS} generated workbooks (figures, no evaluator's answers):`,
      line(
        "all prompts",
        drafts.map((d) => d.prompts)
      ),
      line(
        "prose prompts",
        drafts.map((d) => d.prompts - d.cells)
      ),
      line(
        "table cells to fill",
        drafts.map((d) => d.cells)
      ),
      line(
        "items to settle first",
        drafts.map((d) => d.settle)
      ),
    ].join("\n")
  );
});
