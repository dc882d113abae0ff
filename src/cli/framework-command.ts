import {
  SELF_EVAL_FORMS,
  FRAMEWORK_TEMPLATES,
  FRAMEWORKS,
  placedIndicators,
  readFramework,
  renderFinding,
  text,
  type Framework,
  type FrameworkIssue,
  type Locale,
} from "../core";
import { catalog } from "../i18n";
import { frameworkXlsx, readFrameworkFile } from "../hosts/xlsx/framework-file";
import { columns } from "../util/text-width";
import type { Args } from "./args";
import { writeOrSay } from "./cannot-write";
import { cannotRead } from "./cannot-read";
import type { Io } from "./io";

export type Resolved =
  { ok: true; framework: Framework; notes: FrameworkIssue[] } | { ok: false; message: string };

/** A framework named on the command line: a built-in id, or an .xlsx or .json framework file. */
export async function resolveFramework(spec: string, io: Io, locale: Locale): Promise<Resolved> {
  const w = catalog(locale);
  if (Object.prototype.hasOwnProperty.call(FRAMEWORKS, spec))
    return { ok: true, framework: FRAMEWORKS[spec], notes: [] };
  if (Object.prototype.hasOwnProperty.call(FRAMEWORK_TEMPLATES, spec))
    return { ok: false, message: w.frameworkFile.unfinished(spec) };
  if (!/\.(xlsx|json)$/i.test(spec) || !io.exists(spec))
    return {
      ok: false,
      message: w.frameworkFile.unknownFramework(spec, [
        ...Object.keys(FRAMEWORKS),
        ...Object.keys(FRAMEWORK_TEMPLATES),
      ]),
    };
  let read;
  try {
    read = await readFrameworkFile(spec, io.readBinary(spec), locale);
  } catch (e) {
    return { ok: false, message: cannotRead(spec, e, locale).text };
  }
  if (read.ok) return read;
  const lines = read.problems.map((p) => `  ${w.frameworkFile.problemAt(p.where, p.message)}`);
  return {
    ok: false,
    message: [
      read.unfinished
        ? w.cli.framework.unfinishedFile(spec)
        : w.cli.framework.hasProblems(spec, lines.length),
      ...lines,
    ].join("\n"),
  };
}

/** `perf-score framework list | export | check`. */
export async function frameworkCommand(args: Args, io: Io): Promise<number> {
  const w = catalog(args.locale).cli.framework;
  const say = (s: string) => io.out(`${s}\n`);
  const complain = (s: string) => io.err(`${catalog(args.locale).cli.prefix}${s}\n`);
  if (args.action === "list") {
    const rows = [
      w.listHeaders,
      ...Object.values(FRAMEWORKS).map((f) => [
        f.id,
        text(f.title, args.locale),
        String(placedIndicators(f).length),
        String(f.total),
        w.builtIn,
      ]),
      ...Object.entries(FRAMEWORK_TEMPLATES).map(([id, raw]) => {
        const f = raw as Framework;
        return [
          id,
          text(f.title, args.locale),
          String(placedIndicators(f).length),
          "—",
          w.template,
        ];
      }),
    ];
    // The long names wrap, so the listing reads whole in a 100-column window.
    io.out(columns(rows, 1) + "\n");
    // The 自评表 rules apart: their rows are the unit's own targets, so they have no indicators to count.
    const forms = [
      w.formHeaders,
      ...SELF_EVAL_FORMS.map((f) => [f.id, text(f.title, args.locale)]),
    ];
    io.out(`\n${w.formsTitle}\n${columns(forms, 1)}\n`);
    return 0;
  }
  const target = args.target!;
  if (args.action === "check") {
    const resolved = Object.prototype.hasOwnProperty.call(FRAMEWORK_TEMPLATES, target)
      ? checkTemplate(target, args.locale)
      : await resolveFramework(target, io, args.locale);
    if (!resolved.ok) {
      complain(resolved.message);
      return 1;
    }
    const f = resolved.framework;
    say(w.checked(target, text(f.title, args.locale), placedIndicators(f).length, f.total));
    resolved.notes.forEach((n, i) =>
      say(`  ${i === 0 ? w.notesTitle + "\n  " : ""}${i + 1}. ${renderFinding(n, f, args.locale)}`)
    );
    return 0;
  }
  // export: a built-in, a template (as published, unfinished) or a file, as .xlsx or .json.
  const output = args.output!;
  if (io.exists(output) && !args.overwrite) {
    complain(catalog(args.locale).cli.exists(output));
    return 2;
  }
  let data: Framework;
  if (Object.prototype.hasOwnProperty.call(FRAMEWORK_TEMPLATES, target))
    data = FRAMEWORK_TEMPLATES[target] as Framework;
  else {
    const resolved = await resolveFramework(target, io, args.locale);
    if (!resolved.ok) {
      complain(resolved.message);
      return 1;
    }
    data = resolved.framework;
  }
  const unwritten = writeOrSay(
    io,
    output,
    /\.json$/i.test(output)
      ? new TextEncoder().encode(JSON.stringify(data, null, 2) + "\n")
      : await frameworkXlsx(data, args.locale),
    args.locale,
    args.overwrite
  );
  if (unwritten) {
    complain(unwritten.text);
    return 1;
  }
  say(w.exported(target, output));
  return 0;
}

/** A built-in template checks as unfinished, with every missing point and rule listed. */
function checkTemplate(id: string, locale: Locale): Resolved {
  const read = readFramework(FRAMEWORK_TEMPLATES[id], locale);
  if (read.ok) return read;
  const w = catalog(locale);
  return {
    ok: false,
    message: [
      w.cli.framework.unfinishedFile(id),
      ...read.problems.map((p) => `  ${w.frameworkFile.problemAt(p.path, p.message)}`),
    ].join("\n"),
  };
}
