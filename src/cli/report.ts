import {
  placedIndicators,
  renderFinding,
  text,
  type Framework,
  type Locale,
  type ScoreResult,
} from "../core";
import { catalog } from "../i18n";
import { displayWidth, padEnd, padStart } from "../util/text-width";
import type { Outcome } from "./outcome";

const num = (n: number | null, blank: string) => (n === null ? blank : String(n));

/** The readable report the CLI prints by default: the score table, then deductions and findings. */
export function renderReport(result: ScoreResult, framework: Framework, locale: Locale): string {
  const w = catalog(locale).cli.report;
  const placed = placedIndicators(framework);
  const na = catalog(locale).sheets.score.notApplicable;
  const lines: string[] = [];
  const heading = [
    result.unit,
    result.year !== undefined ? w.year(String(result.year)) : undefined,
    text(framework.title, locale),
  ]
    .filter(Boolean)
    .join("  ");
  lines.push(heading, "");

  const rows = placed.map(({ level1, level2, indicator }, n) => {
    const i = result.indicators[n];
    return [
      n > 0 && placed[n - 1].level1 === level1 ? "" : text(level1.name, locale),
      n > 0 && placed[n - 1].level2 === level2 ? "" : text(level2.name, locale),
      text(indicator.name, locale),
      String(i.max),
      num(i.computed, i.omitted ? na : w.blank),
      num(i.score, i.omitted ? na : w.blank) + (i.override ? "*" : ""),
    ];
  });
  const table = [w.headers, ...rows];
  const widths = w.headers.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]))));
  for (const r of table)
    lines.push(
      r
        .map((cell, c) => (c >= 3 ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
        .join("  ")
        .trimEnd()
    );

  const unscored = result.indicators.filter((i) => i.score === null && !i.omitted).length;
  const marks = [
    result.indicators.some((i) => i.override) && w.legend.override,
    result.indicators.some((i) => !i.omitted && (i.computed === null || i.score === null)) &&
      w.legend.blank,
  ].filter((m): m is string => !!m);
  if (marks.length) lines.push("", marks.join(w.legend.separator));
  lines.push("");
  // A mistyped key or year leaves no trace in the table: the total line says it is there.
  const problems = result.findings.filter((f) => f.kind === "input").length;
  lines.push(
    `${w.total}${w.colon}${result.total} / ${result.max}${result.complete ? "" : w.incomplete(unscored)}` +
      (problems ? w.inputProblems(problems) : "")
  );
  const grade = framework.grades.find((g) => text(g.grade, "zh-CN") === result.grade);
  for (const a of result.adjustments ?? []) lines.push(`  ${a}`);
  lines.push(`${w.grade}${w.colon}${grade ? text(grade.grade, locale) : w.noGrade}`);

  const explained = placed.flatMap(({ indicator }, n) => {
    const i = result.indicators[n];
    return i.score === null || i.score < i.max || i.override || i.computed !== i.score
      ? [`  ${text(indicator.name, locale)}${w.colon}${i.explanation}`]
      : [];
  });
  lines.push(
    "",
    `${w.explanations}${w.colon}${explained.length ? "" : w.none}`.trimEnd(),
    ...explained
  );
  const findings = result.findings.filter((f) => f.kind !== "framework");
  const notes = result.findings.filter((f) => f.kind === "framework");
  lines.push("", `${w.findings}${w.colon}${findings.length ? "" : w.none}`.trimEnd());
  findings.forEach((f, n) => lines.push(`  ${n + 1}. ${renderFinding(f, framework, locale)}`));
  if (notes.length) {
    lines.push("", `${w.frameworkNotes}${w.colon}`.trimEnd());
    notes.forEach((f, n) => lines.push(`  ${n + 1}. ${renderFinding(f, framework, locale)}`));
  }
  return lines.join("\n") + "\n";
}

/** One line per workbook, for batch scoring, each with what became of it. */
export function renderSummary(outcomes: Outcome[], locale: Locale): string {
  const w = catalog(locale).cli.report;
  const rows = outcomes.map((o) =>
    o.status === "scored"
      ? [
          o.file,
          o.result.unit ?? "",
          `${o.result.total}${o.result.complete ? "" : w.incomplete(o.result.indicators.filter((i) => i.score === null).length)}`,
          o.result.grade
            ? text(
                o.framework.grades.find((g) => text(g.grade, "zh-CN") === o.result.grade)
                  ?.grade ?? { "zh-CN": o.result.grade },
                locale
              )
            : w.blank,
          String(o.result.findings.filter((f) => f.kind !== "framework").length),
          w.status.scored,
        ]
      : [o.file, "", w.blank, w.blank, w.blank, w.status[o.status](o.why)]
  );
  const table = [w.summaryHeaders, ...rows];
  const widths = w.summaryHeaders.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]))));
  const counts = (status: Outcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return (
    [
      ...table.map((r) =>
        r
          .map((cell, c) => (c === r.length - 1 ? cell : padEnd(cell, widths[c])))
          .join("  ")
          .trimEnd()
      ),
      "",
      w.batchTotals(
        counts("scored"),
        counts("notScored"),
        counts("unreadable"),
        counts("unwritable")
      ),
    ].join("\n") + "\n"
  );
}
