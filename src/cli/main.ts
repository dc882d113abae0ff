import {
  evaluate,
  INPUTS,
  readInputsFile,
  resultJson,
  text,
  unitText,
  type Framework,
  type Locale,
} from "../core";
import { catalog } from "../i18n";
import { scoreXlsx, templateXlsx } from "../hosts/xlsx/file";
import { provenance } from "../pipeline/locate/provenance";
import { columns } from "../util/text-width";
import { parseArgs, type Args } from "./args";
import { cannotRead } from "./cannot-read";
import { writeOrSay } from "./cannot-write";
import type { Io } from "./io";
import type { Outcome } from "./outcome";
import { frameworkCommand, resolveFramework } from "./framework-command";
import { renderReport, renderSummary } from "./report";
import { reviewCommand } from "./review/command";
import { reportCommand } from "./report-command";
import { projectsCommand } from "./projects-command";
import { defaultOutput, EXIT, refuseOutputs } from "./outputs";

export type { Io } from "./io";

export { EXIT } from "./outputs";

export async function main(argv: string[], io: Io): Promise<number> {
  const read = parseArgs(argv);
  if (!read.ok) {
    io.err(`${catalog(read.locale).cli.prefix}${read.error}\n`);
    return EXIT.usage;
  }
  const { args } = read;
  switch (args.command) {
    case "help":
      io.out(catalog(args.locale).cli.help);
      return EXIT.ok;
    case "version":
      io.out(`${io.version}\n`);
      return EXIT.ok;
    case "keys":
      io.out(keysTable(args.locale));
      return EXIT.ok;
    case "framework":
      return frameworkCommand(args, io);
    case "template":
    case "review":
    case "report":
    case "score": {
      if (args.command === "score" && args.projects) return projectsCommand(args, io);
      let framework: Framework | undefined;
      if (args.framework !== undefined) {
        const resolved = await resolveFramework(args.framework, io, args.locale);
        if (!resolved.ok) {
          complain(io, args.locale, resolved.message);
          return EXIT.badInput;
        }
        framework = resolved.framework;
      }
      if (args.command === "template") return template(args, io, framework);
      if (args.command === "review") return reviewCommand(args, io, framework);
      if (args.command === "report") return reportCommand(args, io, framework);
      return args.inputs !== undefined
        ? scoreJson(args.inputs, args, io, framework)
        : scoreWorkbooks(args, io, framework);
    }
  }
}

const complain = (io: Io, locale: Locale, message: string) =>
  io.err(`${catalog(locale).cli.prefix}${message}\n`);

function scoreJson(path: string, args: Args, io: Io, chosen?: Framework): number {
  let content: string | Uint8Array;
  try {
    content = path === "-" ? io.readStdin() : io.readBinary(path);
  } catch (e) {
    complain(io, args.locale, cannotRead(path, e, args.locale).text);
    return EXIT.badInput;
  }
  const w = catalog(args.locale).cli;
  const file = readInputsFile(content, args.locale, chosen);
  if (!file.ok) {
    complain(io, args.locale, w.inFile(path, file.error));
    return EXIT.badInput;
  }
  const framework = chosen ?? file.framework;
  const result = evaluate(file.file, framework, args.locale, file.findings);
  io.out(
    args.json
      ? JSON.stringify(resultJson(result, framework, args.locale), null, 2) + "\n"
      : renderReport(result, framework, args.locale)
  );
  return EXIT.ok;
}

async function scoreWorkbooks(args: Args, io: Io, framework?: Framework): Promise<number> {
  const w = catalog(args.locale).cli;
  const files = args.files.length ? args.files : [io.sampleWorkbook];
  const outputs = files.map((f) => args.output ?? defaultOutput(f, io, args.locale));
  const refused = refuseOutputs(files, outputs, args, io);
  if (refused !== undefined) return refused;
  const outcomes: Outcome[] = [];
  for (const [n, file] of files.entries())
    outcomes.push(await scoreOne(file, outputs[n], args, io, framework));

  const scored = outcomes.filter((o) => o.status === "scored");
  const json = (d: (typeof scored)[number]) => ({
    ...resultJson(d.result, d.framework, args.locale),
    sources: d.sources,
  });
  if (files.length === 1) {
    const [only] = outcomes;
    if (only.status !== "scored") complain(io, args.locale, only.detail);
    else if (args.json) io.out(JSON.stringify(json(only), null, 2) + "\n");
    else io.out(renderReport(only.result, only.framework, args.locale));
  } else if (args.json) {
    const rows = outcomes.map((o) =>
      o.status === "scored"
        ? { file: o.file, output: o.output, status: o.status, ...json(o) }
        : { file: o.file, status: o.status, error: o.why }
    );
    io.out(JSON.stringify(rows, null, 2) + "\n");
  } else io.out(renderSummary(outcomes, args.locale));
  for (const d of scored) (args.json ? io.err : io.out)(`${w.written(d.output)}\n`);
  return scored.length === outcomes.length ? EXIT.ok : EXIT.badInput;
}

async function scoreOne(
  file: string,
  output: string,
  args: Args,
  io: Io,
  framework?: Framework
): Promise<Outcome> {
  let scored;
  try {
    scored = await scoreXlsx(io.readBinary(file), {
      mode: args.mode,
      locale: args.locale,
      ...(framework && { framework }),
    });
  } catch (e) {
    const why = cannotRead(file, e, args.locale);
    return { file, status: "unreadable", why: why.reason, detail: why.text };
  }
  if (scored.generated.noInputs) {
    const { summary, hint, needed } = scored.generated.noInputs;
    return {
      file,
      status: "notScored",
      why: summary,
      detail: catalog(args.locale).cli.inFile(file, [summary, hint, ...needed].join("\n")),
    };
  }
  const unwritten = writeOrSay(io, output, scored.output, args.locale, args.overwrite);
  if (unwritten)
    return { file, status: "unwritable", why: unwritten.reason, detail: unwritten.text };
  const { result } = scored.generated;
  return {
    file,
    status: "scored",
    output,
    result,
    framework: scored.generated.framework,
    sources: provenance(scored.generated.located),
  };
}

async function template(args: Args, io: Io, framework?: Framework): Promise<number> {
  const w = catalog(args.locale).cli;
  const output = args.output!;
  if (io.exists(output) && !args.overwrite) {
    complain(io, args.locale, w.exists(output));
    return EXIT.usage;
  }
  const unwritten = writeOrSay(
    io,
    output,
    await templateXlsx(undefined, undefined, args.locale, framework),
    args.locale,
    args.overwrite
  );
  if (unwritten) {
    complain(io, args.locale, unwritten.text);
    return EXIT.badInput;
  }
  io.out(`${w.templateWritten(output)}\n`);
  return EXIT.ok;
}

/** Every input key, with its type, unit and label, under a header. */
function keysTable(locale: Locale): string {
  const w = catalog(locale).cli.keys;
  const rows = [
    w.headers,
    ...INPUTS.map((d) => [
      d.key,
      w.types[d.type] ?? d.type,
      unitText(d, locale),
      text(d.label, locale),
    ]),
  ];
  return columns(rows, 3) + "\n";
}
