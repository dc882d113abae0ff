import { catalog, LOCALES, type Locale } from "../i18n";
import { FILE_MODES, type FormulaMode } from "../pipeline/sheets/score-sheet";

export type Command = "score" | "template" | "keys" | "help" | "version";

export interface Args {
  command: Command;
  /** Workbooks to score. */
  files: string[];
  inputs?: string;
  output?: string;
  mode: FormulaMode;
  json: boolean;
  overwrite: boolean;
  locale: Locale;
}

export type ArgsRead = { ok: true; args: Args } | { ok: false; error: string; locale: Locale };

const COMMANDS: Command[] = ["score", "template", "keys", "help"];

/** Options that take a value, with the commands they belong to. */
const VALUED: Record<
  string,
  { field: "inputs" | "output" | "mode" | "lang"; commands: Command[] }
> = {
  "--inputs": { field: "inputs", commands: ["score"] },
  "-i": { field: "inputs", commands: ["score"] },
  "--output": { field: "output", commands: ["score", "template"] },
  "-o": { field: "output", commands: ["score", "template"] },
  "--mode": { field: "mode", commands: ["score"] },
  "--lang": { field: "lang", commands: COMMANDS },
};

/** Reads the command line; an unknown option, a missing value or a misplaced one is an error, never ignored. */
export function parseArgs(argv: string[]): ArgsRead {
  const args: Args = {
    command: "help",
    files: [],
    mode: "portable",
    json: false,
    overwrite: false,
    locale: "zh-CN",
  };
  const langArg = argv.find((a, i) => argv[i - 1] === "--lang" || a.startsWith("--lang="));
  if (langArg !== undefined) {
    const value = langArg.startsWith("--lang=") ? langArg.slice(7) : langArg;
    const locale = LOCALES.find(
      (l) => l.toLowerCase() === value.toLowerCase() || l.slice(0, 2) === value
    );
    if (!locale)
      return {
        ok: false,
        error: catalog("zh-CN").cli.badLang([...LOCALES]),
        locale: "zh-CN",
      };
    args.locale = locale;
  }
  const w = catalog(args.locale).cli;
  const fail = (error: string): ArgsRead => ({
    ok: false,
    error,
    locale: args.locale,
  });

  let commandSeen = false;
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return { ok: true, args: { ...args, command: "help" } };
    if (a === "--version" || a === "-v") return { ok: true, args: { ...args, command: "version" } };
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    if (a === "--json") args.json = true;
    else if (a === "--overwrite") args.overwrite = true;
    else if (flag in VALUED) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return fail(w.needsValue(flag));
      const field = VALUED[flag].field;
      given.push(flag);
      if (field === "mode") {
        if (value === "live") return fail(w.liveRefused);
        if (!FILE_MODES.includes(value as FormulaMode))
          return fail(w.badMode(value, [...FILE_MODES]));
        args.mode = value as FormulaMode;
      } else if (field !== "lang") args[field] = value;
    } else if (!commandSeen && (COMMANDS as string[]).includes(a)) {
      args.command = a as Command;
      commandSeen = true;
    } else if (commandSeen && args.command === "score" && !a.startsWith("-")) args.files.push(a);
    else return fail(w.unknownArg(a));
  }
  for (const flag of given) {
    if (!VALUED[flag].commands.includes(args.command))
      return fail(w.notForCommand(flag, args.command));
  }
  if (args.json && args.command !== "score") return fail(w.jsonOnlyScore);
  if (args.overwrite && args.command !== "score" && args.command !== "template")
    return fail(w.overwriteOnly);
  if (args.inputs !== undefined && args.output !== undefined) return fail(w.outputNotWithInputs);
  if (args.command === "template" && !args.output) return fail(w.templateNeedsOutput);
  if (args.inputs !== undefined && args.files.length) return fail(w.inputsNotWithFiles);
  if (args.output !== undefined && args.files.length > 1) return fail(w.outputOneWorkbook);
  return { ok: true, args };
}
