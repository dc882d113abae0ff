import type { ReviewWords } from "../zh-CN/review";

export const review: ReviewWords = {
  sheets: {
    overview: "Summary",
    scores: "Indicator scores",
    findings: "Findings",
    charts: "Charts",
    selfEval: "Project forms",
  },
  title: "Review of department-wide expenditure performance self-evaluations",
  subtitle: (framework: string, when: string) => `Framework: ${framework}    Made: ${when}`,
  counts: (scored: number, notScored: number, unreadable: number, skipped: number) =>
    `${scored + notScored + unreadable} workbooks: ${scored} scored, ${notScored} not scored, ${unreadable} unreadable` +
    (skipped === 1
      ? "; 1 other file is not a unit's workbook and was skipped"
      : skipped
        ? `; ${skipped} other files are not units' workbooks and were skipped`
        : "") +
    ".",
  highlight: "Units claiming more than their data supports are shown in red.",
  overview: {
    headers: [
      "No.",
      "Unit",
      "File",
      "Data score",
      "Claimed score",
      "Difference (claimed − data)",
      "Data grade",
      "Claimed grade",
      "Indicators not scored",
      "Findings",
      "Status",
    ],
    scored: "Scored",
    notScored: (why: string) => `Not scored: ${why}`,
    unreadable: (why: string) => `Unreadable: ${why}`,
    noInputs:
      "no scoring data found (no PERF_ names, the basic data sheet is not filled in, and no figures were recognised in the tables)",
    nothingScored: (found: number) =>
      `${found} figure${found === 1 ? "" : "s"} found, not enough to score any indicator (fill in the basic data sheet)`,
    ungraded: "—",
    selfEvalOnly: (n: number) => `self-evaluation forms only: ${n} (see “Project forms”)`,
  },
  selfEval: {
    title: "Self-evaluation forms rescored by their rules",
    headers: [
      "No.",
      "Unit",
      "File",
      "Project",
      "Rules",
      "Full-year budget",
      "Full-year spending",
      "Execution rate",
      "Score by the rules",
      "Total given",
      "Difference (given − rules)",
      "Grade",
      "Findings",
    ],
    note: "Projects whose total given is above their score by the rules are in red.",
    none: "—",
  },
  scores: {
    title: (framework: string) => `Indicator scores by unit (${framework})`,
    seq: "No.",
    unit: "Unit",
    indicator: (name: string, points: number) => `${name} (${points} pts)`,
    total: (points: number) => `Total (${points} pts)`,
    data: "Data",
    claimed: "Claimed",
    missing: "—",
    mean: "Mean",
    min: "Lowest",
    full: "Units with full marks",
  },
  findings: {
    title: "Findings",
    headers: ["No.", "Unit", "File", "Indicator", "Kind", "Finding", "Source cells"],
    kinds: {
      claim: "Claim not supported by data",
      missing: "Missing data",
      input: "Unusable value",
      inconsistent: "Tables disagree",
      ambiguous: "Ambiguous source",
      note: "Note",
    },
    noIndicator: "—",
  },
  charts: {
    grades: "Grade distribution (units)",
    gradeHeaders: ["Grade", "By data", "Claimed"],
    ungraded: "Ungraded (indicators not scored)",
    totals: "Claimed and data totals",
    lineHeaders: ["Reference line", "From", "To"],
    units: "Units",
    diagonal: "Claimed = data",
    dataAxis: "Data score",
    claimedAxis: "Claimed score",
    countAxis: "Units",
    note: "Units above the diagonal claim more than their data supports.",
  },
  footer: "Page &P of &N",
  cli: {
    skippedTitle: (n: number) => `Skipped ${n} file${n === 1 ? "" : "s"}:`,
    skip: {
      notRegular: "not a regular file (a pipe, a device…); not opened",
      loop: (target: string) => `leads back to folder ${target}, already searched`,
      unlisted: (why: string) => `its files could not be listed (${why})`,
      tooBig: (mb: number) => `over ${mb} MB, no unit's workbook; not opened`,
      notWorkbook: "not a spreadsheet",
      lockFile: "a temporary file Excel leaves while a workbook is open",
      hidden: "hidden file",
      output: "the summary this run writes",
      scoredCopy: (original: string) =>
        `a scored copy written by perf-score; the workbook ${original} is reviewed in this run`,
      summary: "a review summary made earlier",
    },
    noWorkbooks:
      "No workbook (.xlsx) to review was found. Name the folder or files that hold the units' workbooks.",
    needsOutput: "review needs -o for the summary, e.g. perf-score review units/ -o summary.xlsx",
    outputFormat: (path: string) => `${path}: the summary should end in .xlsx`,
    outputFolder: (folder: string) => `The folder for the summary, ${folder}, does not exist`,
    needsFiles: "review needs the folder or files that hold the units' workbooks",
    progress: (done: number, total: number) => `${done}/${total}`,
    left: (time: string) => `about ${time} left`,
    reading: (file: string) => `reading ${file}`,
    seconds: (s: number) => `${s} s`,
    minutes: (m: number, s: number) => `${m} min ${s} s`,
    line: (done: number, total: number, status: string, file: string) =>
      `[${done}/${total}] ${file}  ${status}`,
    timings: (total: string, find: string, score: string, write: string) =>
      `Took ${total} s (finding files ${find} s, reading and scoring ${score} s, writing the summary ${write} s)`,
    written: (path: string) => `Summary written: ${path}`,
    skipped: (why: string) => `skipped: ${why}`,
    scored: (data: number, claimed: number) => `scored: data ${data}, claimed ${claimed}`,
    workerFailed: (message: string) => `failed while reading (${message})`,
    tooLarge: "the workbook is too large: reading it exceeded the memory limit",
    timedOut: (seconds: number) =>
      `not read within ${seconds} s; the file may be too large or damaged`,
  },
};
