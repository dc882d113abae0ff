import { basename, dirname, extname, join, resolve } from "node:path";
import {
  evaluate,
  readInputsFile,
  type Framework,
  type InputsFile,
  type ScoreResult,
} from "../core";
import { catalog } from "../i18n";
import { reportWords } from "../i18n/report-words";
import { loadWorkbook } from "../hosts/xlsx/file";
import { snapshotOf } from "../hosts/xlsx/read";
import { analyzeWorkbook } from "../pipeline/analyze";
import { inputsFromWorkbook } from "../pipeline/normalize";
import { draftReport } from "../report/draft";
import { reportDocx } from "../report/docx";
import type { Args } from "./args";
import { cannotRead } from "./cannot-read";
import { writeOrSay } from "./cannot-write";
import type { Io } from "./io";

/**
 * `perf-score report [WORKBOOK.xlsx | --inputs F.json] [-o 报告.docx]`: the 自评报告 draft, every figure
 * from the same scoring as `score`, written as .docx; says how many prompts the unit has to fill in.
 */
export async function reportCommand(args: Args, io: Io, chosen?: Framework): Promise<number> {
  const w = catalog(args.locale).cli;
  const say = (message: string, code: number) => {
    io.err(`${w.prefix}${message}\n`);
    return code;
  };
  const source = args.inputs ?? args.files[0] ?? io.sampleWorkbook;
  if (source === "-" && !args.output) return say(w.reportNeedsOutput, 2);
  const output = args.output ?? defaultReportPath(source, io, args);
  if (!args.overwrite && io.exists(output)) return say(w.exists(output), 2);

  let scored: { result: ScoreResult; file: InputsFile; framework: Framework };
  if (args.inputs !== undefined) {
    let content: string | Uint8Array;
    try {
      content = source === "-" ? io.readStdin() : io.readBinary(source);
    } catch (e) {
      return say(cannotRead(source, e, args.locale).text, 1);
    }
    const read = readInputsFile(content, args.locale, chosen);
    if (!read.ok) return say(w.inFile(source, read.error), 1);
    const framework = chosen ?? read.framework;
    scored = {
      result: evaluate(read.file, framework, args.locale, read.findings),
      file: read.file,
      framework,
    };
  } else {
    let analysis;
    try {
      const wb = snapshotOf(await loadWorkbook(io.readBinary(source)));
      analysis = analyzeWorkbook(wb, { locale: args.locale, ...(chosen && { framework: chosen }) });
    } catch (e) {
      return say(cannotRead(source, e, args.locale).text, 1);
    }
    if (analysis.noInputs) {
      const { summary, hint } = analysis.noInputs;
      return say(w.inFile(source, [summary, hint].join("\n")), 1);
    }
    scored = {
      result: analysis.result,
      file: inputsFromWorkbook(analysis.located, analysis.framework.id),
      framework: analysis.framework,
    };
  }
  const draft = draftReport(scored.result, scored.file, scored.framework, args.locale);
  const unwritten = writeOrSay(io, output, await reportDocx(draft), args.locale, args.overwrite);
  if (unwritten) return say(unwritten.text, 1);
  const words = reportWords(args.locale);
  // What to settle first goes to the terminal, never into the document.
  const settle = draft.beforeDrafting;
  io.out(
    (settle.length
      ? [words.checks.heading(settle.length), ...settle.map((x, i) => `  ${i + 1}. ${x}`)]
      : [words.checks.none]
    ).join("\n") + "\n"
  );
  io.out(`${words.written(output, draft.prompts)}\n`);
  return 0;
}

/** `X.xlsx` or `X.json` → `X-自评报告.docx` beside it; the embedded sample's draft goes to the current folder. */
function defaultReportPath(source: string, io: Io, args: Args): string {
  const name = reportWords(args.locale).fileName(basename(source, extname(source)));
  return resolve(source) === resolve(io.sampleWorkbook) ? name : join(dirname(source), name);
}
