/**
 * The README's pictures of the report draft: the sample workbook's draft written as .docx, printed by
 * LibreOffice Writer to PDF, and five of its pages rendered to PNG in docs/images/: the first, the problems
 * with their measures, the signature with the 附件说明, the first page of the score table (附件1) and the
 * first annex page (附件2).
 * Run after `npm run build:cli`: node scripts/readme-report.js
 */
const { execFileSync } = require("child_process");
const { mkdtempSync, readFileSync, renameSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const path = require("path");
const { loadWorkbook } = require("../build/hosts/xlsx/file");
const { snapshotOf } = require("../build/hosts/xlsx/read");
const { analyzeWorkbook } = require("../build/pipeline/analyze");
const { inputsFromWorkbook } = require("../build/pipeline/normalize");
const { draftReport } = require("../build/report/draft");
const { reportDocx } = require("../build/report/docx");

(async () => {
  const root = path.join(__dirname, "..");
  const bytes = readFileSync(path.join(root, "examples", "longgang-2021.xlsx"));
  const analysis = analyzeWorkbook(snapshotOf(await loadWorkbook(bytes)));
  const file = inputsFromWorkbook(analysis.located, analysis.framework.id);
  const draft = draftReport(analysis.result, file, analysis.framework);
  const dir = mkdtempSync(path.join(tmpdir(), "perf-readme-report-"));
  const docx = path.join(dir, "report.docx");
  writeFileSync(docx, await reportDocx(draft));
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
    stdio: "pipe",
  });
  const pdf = path.join(dir, "report.pdf");
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const first = (pattern) => pages.findIndex((p) => pattern.test(p)) + 1;
  const problems = first(/存在问题及改进措施/);
  const signature = first(/附件：1\./);
  const scores = first(/参考评分标准/);
  const annex = first(/表\s*1-1\s*部门整体支出预算资金来源/);
  const shown = [
    [1, "report-page-1"],
    [problems, "report-page-problems"],
    [signature, "report-page-signature"],
    [scores, "report-page-scores"],
    [annex, "report-page-annex"],
  ];
  for (const [page, name] of shown) {
    const prefix = path.join(dir, name);
    execFileSync("pdftoppm", [
      "-r",
      "72",
      "-png",
      "-singlefile",
      "-f",
      String(page),
      "-l",
      String(page),
      pdf,
      prefix,
    ]);
    renameSync(`${prefix}.png`, path.join(root, "docs", "images", `${name}.png`));
  }
  console.log(shown.map(([page, name]) => `docs/images/${name}.png (page ${page})`).join("\n"));
})();
