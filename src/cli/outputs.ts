import { basename, dirname, extname, join, resolve } from "node:path";
import type { Locale } from "../core";
import { catalog } from "../i18n";
import type { Args } from "./args";
import type { Io } from "./io";

/** Where the scored copies go, and which destinations are refused before anything is written. */

/** The command line's exit codes: done, a file it could not use, a command it would not run. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const complain = (io: Io, locale: Locale, message: string) =>
  io.err(`${catalog(locale).cli.prefix}${message}\n`);

/**
 * `X.xlsx` → `X-评分表.xlsx` beside it, said the way the input was typed (relative stays relative); the
 * embedded sample's copy goes to the current folder, named without a folder.
 */
export function defaultOutput(file: string, io: Io, locale: Locale = "zh-CN"): string {
  const stem = basename(file, extname(file));
  const name = catalog(locale).sheets.scoredFile(stem, macroEnabled(file) ? ".xlsm" : ".xlsx");
  return resolve(file) === resolve(io.sampleWorkbook) ? name : join(dirname(file), name);
}

/**
 * The copies' names, refused before anything is written: a scored copy may hold the clerk's own edits.
 * Returns the exit code when one is refused.
 */
export function refuseOutputs(
  files: string[],
  outputs: string[],
  args: Args,
  io: Io
): number | undefined {
  const w = catalog(args.locale).cli;
  for (const [n, output] of outputs.entries()) {
    const same = files.filter((_, i) => resolve(outputs[i]) === resolve(output));
    if (same.length > 1) {
      complain(io, args.locale, w.sameOutput(same, output));
      return EXIT.usage;
    }
    if (macroEnabled(files[n]) && !macroEnabled(output)) {
      complain(io, args.locale, w.macroOutput(files[n]));
      return EXIT.usage;
    }
    if (args.overwrite) continue;
    if (resolve(output) === resolve(files[n])) {
      complain(io, args.locale, w.sameAsInput(files[n]));
      return EXIT.usage;
    }
    if (io.exists(output)) {
      complain(io, args.locale, w.exists(output));
      return EXIT.usage;
    }
  }
  return undefined;
}

/** A macro-enabled workbook, whose copy keeps its macros and so its extension. */
const macroEnabled = (file: string) => extname(file).toLowerCase() === ".xlsm";
