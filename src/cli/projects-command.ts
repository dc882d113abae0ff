import {
  formatPercent,
  formatPoints,
  getSelfEvalForm,
  selfEvalJson,
  SELF_EVAL_FORMS,
  type SelfEvalForm,
  type SelfEvalResult,
} from "../core";
import { catalog, type Locale } from "../i18n";
import { selfEvalXlsx } from "../hosts/xlsx/file";
import { columns } from "../util/text-width";
import type { Args } from "./args";
import { cannotRead } from "./cannot-read";
import { writeOrSay } from "./cannot-write";
import type { Io } from "./io";
import { defaultOutput, refuseOutputs } from "./outputs";

/**
 * `score --projects`: every 绩效自评表 in each workbook scored by its form's rules, a copy written with one
 * recomputed 自评表 per project and a summary, and the results printed (or as JSON).
 */
export async function projectsCommand(args: Args, io: Io): Promise<number> {
  const w = catalog(args.locale).cli.projects;
  let form: SelfEvalForm | undefined;
  if (args.framework !== undefined) {
    form = getSelfEvalForm(args.framework);
    if (!form) {
      io.err(
        `${catalog(args.locale).cli.prefix}${w.unknownForm(
          args.framework,
          SELF_EVAL_FORMS.map((f) => f.id)
        )}\n`
      );
      return 1;
    }
  }
  const files = args.files.length ? args.files : [io.sampleWorkbook];
  const outputs = files.map((f) => args.output ?? defaultOutput(f, io, args.locale));
  const refused = refuseOutputs(files, outputs, args, io);
  if (refused !== undefined) return refused;
  const reports: object[] = [];
  let failed = 0;
  for (const [n, file] of files.entries()) {
    const output = outputs[n];
    let scored;
    try {
      scored = await selfEvalXlsx(io.readBinary(file), {
        ...(form && { form }),
        locale: args.locale,
      });
    } catch (e) {
      io.err(`${catalog(args.locale).cli.prefix}${cannotRead(file, e, args.locale).text}\n`);
      failed++;
      continue;
    }
    const { results } = scored.run;
    if (!results.length) {
      io.err(`${catalog(args.locale).cli.prefix}${w.none(file)}\n`);
      failed++;
      continue;
    }
    const unwritten = writeOrSay(io, output, scored.output, args.locale, args.overwrite);
    if (unwritten) {
      io.err(`${catalog(args.locale).cli.prefix}${unwritten.text}\n`);
      failed++;
      continue;
    }
    if (args.json)
      reports.push({ file, output, projects: results.map((r) => selfEvalJson(r, args.locale)) });
    else io.out(renderProjects(file, results, args.locale));
    (args.json ? io.err : io.out)(`${catalog(args.locale).cli.written(output)}\n`);
  }
  if (args.json)
    io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
  return failed ? 1 : 0;
}

/** The projects side by side, then each one's findings. */
export function renderProjects(file: string, results: SelfEvalResult[], locale: Locale): string {
  const w = catalog(locale).cli.projects;
  const blank = catalog(locale).cli.report.blank;
  const rows = [
    w.headers,
    ...results.map((r, i) => [
      String(i + 1),
      r.table.name,
      r.execution.rate ? formatPercent(r.execution.rate) : blank,
      r.total ? formatPoints(r.total) : blank,
      r.grade ?? blank,
      String(r.findings.length),
    ]),
  ];
  const lines = [w.heading(file, results.length), "", columns(rows, 2), ""];
  results.forEach((r, i) => {
    const problems = [
      ...r.execution.missing.map((m) => w.missing(m)),
      ...r.execution.errors,
      ...r.rows.flatMap((row, n) => [
        ...row.missing.map((m) => w.rowMissing(r.table.rows[n].name, m)),
        ...row.errors.map((e) => `${r.table.rows[n].name}：${e}`),
      ]),
      ...r.findings.map((f) => f.message),
    ];
    if (!problems.length) return;
    lines.push(`${i + 1}. ${r.table.name}`);
    for (const p of problems) lines.push(`   - ${p}`);
  });
  return lines.join("\n").trimEnd() + "\n";
}
