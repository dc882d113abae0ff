import type { CliWords } from "../zh-CN/cli";
import { quote } from "../quote";

export const cli: CliWords = {
  help: `perf-score — department-wide expenditure performance self-evaluation scoring
Scores a unit against its performance framework (built in: the 2021 common framework of 21
indicators), grades the total and lists audit findings.

Usage:
  perf-score score [WORKBOOK.xlsx …] [-o OUT.xlsx] [--mode portable|values] [--framework F]
    [--json] [--overwrite]
  perf-score score --inputs FILE.json [--framework F] [--json]
  perf-score score --projects [WORKBOOK.xlsx …] [-o OUT.xlsx] [--framework RULES] [--json]
  perf-score report [WORKBOOK.xlsx | --inputs FILE.json] [-o REPORT.docx] [--framework F]
    [--overwrite]
  perf-score review FOLDER|WORKBOOK… -o SUMMARY.xlsx [--framework F] [--overwrite]
  perf-score template -o FILE.xlsx [--framework F] [--overwrite]
  perf-score framework list
  perf-score framework export ID|FILE -o FILE.xlsx|FILE.json [--overwrite]
  perf-score framework check ID|FILE
  perf-score keys
  perf-score --help | --version
  (every command takes --lang zh-CN|en-US)

Commands:
  score     Scores workbooks and writes a copy of each with the score sheet added (by default
            NAME-scored.xlsx beside it; the original is never changed). Inputs come from
            PERF_<key> defined names, then the data sheet the add-in creates, then labels in the
            unit's own tables (“three public” totals, adjusted budget, quarters). Prints the score
            table, or the result JSON with --json; several workbooks give one line each with its
            status (scored, not scored or unreadable, and why). An existing scored copy is never
            replaced without --overwrite. Without a file it scores the embedded sample workbook
            (Longgang District Library 2021, examples/longgang-2021.xlsx) and writes the copy to
            the current folder. --inputs FILE.json scores a JSON inputs file instead (no workbook
            written); - reads standard input. --projects: rescores every project (or
            department-wide) self-evaluation form in the workbook (MOF 2020 No. 10 layout); the copy
            gets one form per project and a summary for several; --framework picks the rules
            (by default the national ones of the form's kind): national-2020-project,
            national-2020-department, sichuan-2023-project, hubei-2020-project, yitihua-project.
  report    Writes the draft self-evaluation report (Word .docx, laid out as GB/T 9704 asks): the
            unit, its budget and adjustments, execution, performance (economy, efficiency,
            effectiveness, fairness), conclusion, problems, the score table and annex Tables 1-1
            to 1-4. Every figure comes from the same scoring as score; what only the unit can
            write (duties, key work, reasons, improvements) and missing data are shaded prompts
            [To fill in: …], and the command says how many. Written beside the workbook or JSON
            file (NAME-self-evaluation.docx), or for the embedded sample in the current folder. An
            existing file is never replaced without --overwrite.
  review    For a finance bureau: scores every unit's workbook in the folders (and their
            subfolders), in parallel, and writes one summary workbook: Summary (a row per unit:
            data and claimed totals, the difference, grades, indicators not scored, findings,
            status), Indicator scores (units × indicators, data and claimed side by side, with
            mean, lowest and full marks), Findings (filterable by kind) and Charts (grade
            distribution, claimed against data totals). Spreadsheets in other formats (.xls, .et …
            ) are listed as unreadable with what to do; other files (documents, PDFs, Excel's lock
            files) are skipped and listed. One bad workbook never stops the run. Shows a progress
            bar on a terminal, one line per workbook otherwise. An existing summary is never
            replaced without --overwrite.
  template  Writes a workbook holding only the empty data sheet.
  framework Frameworks: list shows the built-in frameworks and templates; export writes a
            built-in, a template or a file as the Excel form (.xlsx) or JSON; check lists every
            problem of a bureau's framework file with its cell (or JSON path).
  keys      Lists every input key with its type, unit and label.

Options:
  -o, --output FILE   where to write the scored copy (score), the report (report), the summary
                      (review), the template (template) or the export (framework export)
  -f, --framework F   the framework: a built-in id (longgang-2021 by default) or an .xlsx/.json
                      framework file
      --mode MODE     score cells as portable native formulas (default) or values; live PERF
                      formulas are written by the add-in inside Excel only
      --overwrite     allow replacing an existing file, the original workbook included
  -i, --inputs FILE   JSON inputs file
      --json          print the result JSON (framework, total, grade, complete, indicators,
                      findings)
      --lang LOCALE   zh-CN (default) or en-US
  -h, --help          this help
  -v, --version       version number

Inputs file:
  {
    "framework": "longgang-2021",
    "unit": "District Library",
    "year": 2021,
    "inputs": { "sanGongBudget": 11.00, "sanGongActual": 3.98, "satisfaction": "93.95%" },
    "kpis": [ { "aspect": "Social benefit", "name": "Visitors (10k)", "target": 200, "actual":
    244.62,
                "direction": ">=", "weight": 1 } ],
    "overrides": { "budgetExecution": { "score": 6, "reason": "reorganised in the fourth quarter"
    } }
  }
  Numbers may be text ("1,869.71", "93.95%", full-width digits); yes/no items take true/false,
  yes/no or partial points; disclosure takes full/partial/not disclosed. Blanks, "—" and "missing"
  are missing: an indicator with missing data is left unscored (never counted as 0) and reported.
  Overrides are keyed by indicator id (or name) and need a reason; one that differs from the data
  is an audit finding.

Exit status: 0 scored (even if incomplete); 1 unreadable or invalid file, or a workbook without
inputs; 2 bad command line (including a refusal to overwrite). review: 0 every workbook was read;
1 some could not be read (the summary is written all the same) or none was found; 2 bad command
line.
`,
  prefix: "perf-score: ",
  badLang: (locales) => `--lang must be ${locales.join(" or ")}`,
  needsValue: (flag) => `${flag} needs a value`,
  liveRefused:
    "live PERF formulas are written by the add-in inside Excel only (a file written here would show #NAME?); use portable (default) or values",
  badMode: (_value, modes) => `--mode must be one of ${modes.join(", ")}`,
  unknownArg: (arg) => `unknown argument ${quote(arg)}; see perf-score --help`,
  notForCommand: (flag, command) => `${flag} does not go with ${command}`,
  jsonOnlyScore: "--json goes with score",
  overwriteOnly: "--overwrite goes with score, review, template and framework export",
  frameworkAction: (actions) =>
    `framework takes one of ${actions.join(", ")}, e.g. perf-score framework list`,
  frameworkTarget: (action) =>
    `framework ${action} needs a framework id or file, e.g. perf-score framework ${action} framework.xlsx`,
  exportNeedsOutput: "framework export needs -o FILE (.xlsx or .json)",
  exportFormat: (path) => `${path}: the exported file must end in .xlsx or .json`,
  outputNotWithInputs: "-o goes with workbooks, not with --inputs",
  templateNeedsOutput: "template needs -o FILE.xlsx",
  inputsNotWithFiles: "--inputs and workbook files do not go together",
  reportOneWorkbook: "report writes the report of one workbook at a time",
  reportFormat: (path) => `the report is a Word file: -o should end in .docx (${path})`,
  reportNeedsOutput: "reading standard input, name the report file with -o",
  outputOneWorkbook: "-o goes with one workbook only",
  cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  sameAsInput: (file) => `the output is the input (${file}); add --overwrite to replace it`,
  inFile: (file, message) => `${file}: ${message}`,
  written: (path) => `scored copy written: ${path}`,
  timedOut: (seconds) =>
    `not done within ${seconds} seconds, stopped (the file may be too large, damaged, or made hard to read); nothing was written`,
  outOfMemory: (mb) =>
    `reading it took all of the ${mb} MB of memory allowed, stopped (the file may be too large or damaged); nothing was written`,
  failed: (why) => `the run broke off (${why}); nothing was written`,
  interrupted: "interrupted; no half-written file is left",
  exists: (path) => `${path} exists; add --overwrite to replace it`,
  sameOutput: (files, output) =>
    `the scored copies of ${files.join(", ")} would all be written to ${output}, each replacing the last; score them one by one, or leave out -o so that each copy goes beside its workbook`,
  macroOutput: (file) =>
    `${file} is a macro-enabled workbook (.xlsm); its copy keeps the macros, so its name must end in .xlsm too (Excel does not open an .xlsx holding macros)`,
  templateWritten: (path) => `empty data sheet written: ${path}`,
  framework: {
    listHeaders: ["Id", "Title", "Indicators", "Total", "Kind"],
    formsTitle: "Rules for self-evaluation forms (score --projects --framework ID):",
    formHeaders: ["Id", "Title"],
    builtIn: "built in, ready to score",
    template: "template: the bureau adds points and rules",
    checked: (target, title, count, total) =>
      `${target}: no problems found. ${quote(title)}, ${count} indicators, ${total} points.`,
    notesTitle: "Notes on the framework table as published (no effect on scoring):",
    hasProblems: (file, n) => `${file} has ${n} problem(s) and cannot score:`,
    unfinishedFile: (file) =>
      `${file} is an unfinished framework (points or rules missing) and cannot score:`,
    exported: (target, output) => `exported ${target} → ${output}`,
  },
  keys: {
    headers: ["Key", "Type", "Unit", "Label"],
    types: {
      amount: "amount",
      count: "count",
      percent: "percent",
      judgement: "yes/no/points",
      flag: "yes/no",
      choice: "choice",
      score: "score",
      quantity: "quantity",
    },
  },
  report: {
    headers: ["Level 1", "Level 2", "Indicator", "Points", "Computed", "Score"],
    total: "Total",
    grade: "Grade",
    noGrade: "not graded (some indicators are not scored)",
    incomplete: (n) => ` (${n} not scored)`,
    inputProblems: (n) => `; ${n} input problems, see the findings`,
    year: (y) => `year ${y}`,
    explanations: "Deductions",
    findings: "Audit findings",
    frameworkNotes: "Notes on the framework table as published (no effect on the score)",
    none: "none",
    blank: "—",
    colon: ": ",
    summaryHeaders: ["Workbook", "Unit", "Total", "Grade", "Findings", "Status"],
    status: {
      scored: "scored",
      notScored: (why) => `not scored: ${why}`,
      unreadable: (why) => `unreadable: ${why}`,
      unwritable: (why) => `not written: ${why}`,
    },
    batchTotals: (scored, notScored, unreadable, unwritable) =>
      `${scored + notScored + unreadable + unwritable} workbooks: ${scored} scored, ${notScored} not scored, ${unreadable} unreadable` +
      (unwritable ? `, ${unwritable} score sheets not written.` : "."),
    legend: {
      override:
        "* score set by the evaluator (self-assessed); an audit finding when it differs from the computed one",
      blank: "— data missing: not computed or not scored",
      separator: "; ",
    },
  },
  projects: {
    headers: ["No.", "Project", "Execution", "Score", "Grade", "Findings"],
    heading: (file: string, n: number) => `${file}: ${n} self-evaluation form(s)`,
    none: (file: string) =>
      `${file} has no self-evaluation form (a header with annual target, actual and score columns)`,
    unknownForm: (id: string, ids: string[]) =>
      `there are no scoring rules “${id}”; there are: ${ids.join(", ")}`,
    missing: (column: string) => `budget execution: ${column} is missing`,
    rowMissing: (name: string, column: string) => `${name}: ${column} is missing`,
  },
};
