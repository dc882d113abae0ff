/**
 * Time to draft the 自评报告 and write it as .docx, for the sample workbook: reading and scoring the
 * workbook, drafting the report from the result, and packing the Word file (what `perf-score report`
 * and the task pane's 生成自评报告 do). Figures, not assertions. Run: npm run bench
 */
const { readFileSync } = require("fs");
const path = require("path");
const { loadWorkbook } = require("../build/hosts/xlsx/file");
const { snapshotOf } = require("../build/hosts/xlsx/read");
const { analyzeWorkbook } = require("../build/pipeline/analyze");
const { inputsFromWorkbook } = require("../build/pipeline/normalize");
const { draftReport } = require("../build/report/draft");
const { reportDocx } = require("../build/report/docx");

const RUNS = 30;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

(async () => {
  const bytes = readFileSync(path.join(__dirname, "..", "examples", "longgang-2021.xlsx"));
  const stages = { read: 0, draft: 0, docx: 0 };
  let size = 0;
  let prompts = 0;
  for (let i = 0; i <= RUNS; i++) {
    let t = process.hrtime.bigint();
    const analysis = analyzeWorkbook(snapshotOf(await loadWorkbook(bytes)));
    const read = ms(t);
    t = process.hrtime.bigint();
    const file = inputsFromWorkbook(analysis.located, analysis.framework.id);
    const draft = draftReport(analysis.result, file, analysis.framework);
    const drafted = ms(t);
    t = process.hrtime.bigint();
    const docx = await reportDocx(draft);
    const packed = ms(t);
    if (i === 0) continue; // the first run warms the JIT
    stages.read += read / RUNS;
    stages.draft += drafted / RUNS;
    stages.docx += packed / RUNS;
    size = docx.length;
    prompts = draft.prompts;
  }
  console.log(`Report draft of the sample workbook (${RUNS} runs, mean)`);
  console.log(`  read and score the workbook: ${stages.read.toFixed(1)} ms`);
  console.log(`  draft the report:            ${stages.draft.toFixed(1)} ms`);
  console.log(
    `  write the .docx:             ${stages.docx.toFixed(1)} ms (${(size / 1024).toFixed(0)} KB, ${prompts} prompts)`
  );
  console.log(
    `  total:                       ${(stages.read + stages.draft + stages.docx).toFixed(1)} ms`
  );
})();
