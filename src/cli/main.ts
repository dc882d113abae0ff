import { basename, dirname, extname, join, resolve } from "node:path";
import {
  evaluate,
  INPUTS,
  readInputsFile,
  resultJson,
  text,
  unitText,
  type Framework,
  type Locale,
  type ScoreResult,
} from "../core";
import { catalog } from "../i18n";
import { scoreXlsx, templateXlsx } from "../hosts/xlsx/file";
import { PatchUnsupported } from "../hosts/xlsx/patch";
import { displayWidth, padEnd } from "../util/text-width";
import { parseArgs, type Args } from "./args";
import { renderReport, renderSummary } from "./report";

/** What the CLI needs from its surroundings, so that tests run it in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  readBinary(path: string): Uint8Array;
  writeBinary(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
  readStdin(): string;
  cwd: string;
  /** The embedded sample workbook, scored when no file is named. */
  sampleWorkbook: string;
  version: string;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

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
    case "template":
      return template(args, io);
    case "score":
      return args.inputs !== undefined
        ? scoreJson(args.inputs, args, io)
        : scoreWorkbooks(args, io);
  }
}

const complain = (io: Io, locale: Locale, message: string) =>
  io.err(`${catalog(locale).cli.prefix}${message}\n`);

function scoreJson(path: string, args: Args, io: Io): number {
  let text: string;
  try {
    text = path === "-" ? io.readStdin() : io.readText(path);
  } catch (e) {
    complain(io, args.locale, cannotRead(path, e, args.locale));
    return EXIT.badInput;
  }
  const w = catalog(args.locale).cli;
  const file = readInputsFile(text, args.locale);
  if (!file.ok) {
    complain(io, args.locale, w.inFile(path, file.error));
    return EXIT.badInput;
  }
  const result = evaluate(file.file, file.framework, args.locale);
  io.out(
    args.json
      ? JSON.stringify(resultJson(result, file.framework, args.locale), null, 2) + "\n"
      : renderReport(result, file.framework, args.locale)
  );
  return EXIT.ok;
}

function cannotRead(path: string, e: unknown, locale: Locale): string {
  const w = catalog(locale).cli;
  const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
  return w.cannotRead(path, missing ? w.noSuchFile : String((e as Error).message));
}

/** `X.xlsx` → `X-评分表.xlsx` beside it; the embedded sample's copy goes to the current folder. */
export function defaultOutput(file: string, io: Io, locale: Locale = "zh-CN"): string {
  const stem = basename(file, extname(file));
  const folder = resolve(file) === resolve(io.sampleWorkbook) ? io.cwd : dirname(file);
  return join(folder, catalog(locale).sheets.scoredFile(stem));
}

interface Scored {
  file: string;
  output: string;
  result: ScoreResult;
  framework: Framework;
}

async function scoreWorkbooks(args: Args, io: Io): Promise<number> {
  const w = catalog(args.locale).cli;
  const files = args.files.length ? args.files : [io.sampleWorkbook];
  const done: Scored[] = [];
  let failed = false;
  for (const file of files) {
    const output = args.output ?? defaultOutput(file, io, args.locale);
    if (resolve(output) === resolve(file) && !args.overwrite) {
      complain(io, args.locale, w.sameAsInput(file));
      return EXIT.usage;
    }
    let data: Uint8Array;
    try {
      data = io.readBinary(file);
    } catch (e) {
      complain(io, args.locale, cannotRead(file, e, args.locale));
      failed = true;
      continue;
    }
    let scored;
    try {
      scored = await scoreXlsx(data, { mode: args.mode, locale: args.locale });
    } catch (e) {
      complain(
        io,
        args.locale,
        e instanceof PatchUnsupported
          ? w.unusualPackage(file, e.message)
          : w.notXlsx(file, (e as Error).message)
      );
      failed = true;
      continue;
    }
    if (scored.generated.noInputs) {
      const { summary, hint, needed } = scored.generated.noInputs;
      complain(io, args.locale, w.inFile(file, [summary, hint, ...needed].join("\n")));
      failed = true;
      continue;
    }
    io.writeBinary(output, scored.output);
    done.push({
      file,
      output,
      result: scored.generated.result,
      framework: scored.generated.framework,
    });
  }
  const json = (d: Scored) => resultJson(d.result, d.framework, args.locale);
  if (args.json)
    io.out(
      JSON.stringify(
        files.length === 1
          ? done[0]
            ? json(done[0])
            : null
          : done.map((d) => ({ file: d.file, output: d.output, ...json(d) })),
        null,
        2
      ) + "\n"
    );
  else if (files.length === 1 && done.length)
    io.out(renderReport(done[0].result, done[0].framework, args.locale));
  else if (done.length) io.out(renderSummary(done, args.locale));
  for (const d of done) (args.json ? io.err : io.out)(`${w.written(d.output)}\n`);
  return failed ? EXIT.badInput : EXIT.ok;
}

async function template(args: Args, io: Io): Promise<number> {
  const w = catalog(args.locale).cli;
  const output = args.output!;
  if (io.exists(output) && !args.overwrite) {
    complain(io, args.locale, w.exists(output));
    return EXIT.usage;
  }
  io.writeBinary(output, await templateXlsx(undefined, undefined, args.locale));
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
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return (
    rows
      .map((r) => r.map((cell, c) => (c < 3 ? padEnd(cell, widths[c]) : cell)).join("  "))
      .join("\n") + "\n"
  );
}
