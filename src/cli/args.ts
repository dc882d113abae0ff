import { catalog, LOCALES, type Locale } from "../i18n";
import { FILE_MODES, type FormulaMode } from "../pipeline/sheets/score-sheet";

export type Command =
  "score" | "report" | "review" | "template" | "keys" | "framework" | "help" | "version";

export const FRAMEWORK_ACTIONS = ["list", "export", "check"] as const;
export type FrameworkAction = (typeof FRAMEWORK_ACTIONS)[number];

export interface Args {
  command: Command;
  /** Workbooks to score. */
  files: string[];
  /** `framework` only: what to do, and the framework (an id or a file) to do it to. */
  action?: FrameworkAction;
  target?: string;
  /** A framework id or a framework file (.xlsx or .json) to score with. */
  framework?: string;
  inputs?: string;
  output?: string;
  mode: FormulaMode;
  json: boolean;
  overwrite: boolean;
  /** `score --projects`: the workbook's 绩效自评表, one per project, rather than the framework's score sheet. */
  projects: boolean;
  locale: Locale;
}

export type ArgsRead = { ok: true; args: Args } | { ok: false; error: string; locale: Locale };

const COMMANDS: Command[] = ["score", "report", "review", "template", "keys", "framework", "help"];

/** Options that take a value, with the commands they belong to. */
const VALUED: Record<
  string,
  { field: "inputs" | "output" | "mode" | "lang" | "framework"; commands: Command[] }
> = {
  "--inputs": { field: "inputs", commands: ["score", "report"] },
  "-i": { field: "inputs", commands: ["score", "report"] },
  "--output": { field: "output", commands: ["score", "report", "review", "template", "framework"] },
  "-o": { field: "output", commands: ["score", "report", "review", "template", "framework"] },
  "--framework": { field: "framework", commands: ["score", "report", "review", "template"] },
  "-f": { field: "framework", commands: ["score", "report", "review", "template"] },
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
    projects: false,
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
    else if (a === "--projects") args.projects = true;
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
    } else if (
      commandSeen &&
      ["score", "report", "review"].includes(args.command) &&
      !a.startsWith("-")
    )
      args.files.push(a);
    else if (commandSeen && args.command === "framework" && !a.startsWith("-")) {
      if (!args.action) {
        if (!(FRAMEWORK_ACTIONS as readonly string[]).includes(a))
          return fail(w.frameworkAction([...FRAMEWORK_ACTIONS]));
        args.action = a as FrameworkAction;
      } else if (args.target === undefined && args.action !== "list") args.target = a;
      else return fail(w.unknownArg(a));
    } else return fail(w.unknownArg(a));
  }
  for (const flag of given) {
    if (!VALUED[flag].commands.includes(args.command))
      return fail(w.notForCommand(flag, args.command));
  }
  if (args.json && args.command !== "score") return fail(w.jsonOnlyScore);
  if (args.projects && args.command !== "score")
    return fail(w.notForCommand("--projects", args.command));
  if (args.projects && (args.inputs !== undefined || args.mode !== "portable"))
    return fail(
      w.notForCommand(args.inputs !== undefined ? "--inputs" : "--mode", "score --projects")
    );
  if (
    args.overwrite &&
    !["score", "report", "review", "template", "framework"].includes(args.command)
  )
    return fail(w.overwriteOnly);
  if (args.command === "framework") {
    if (!args.action) return fail(w.frameworkAction([...FRAMEWORK_ACTIONS]));
    if (args.action !== "list" && args.target === undefined)
      return fail(w.frameworkTarget(args.action));
    if (args.action === "export" && !args.output) return fail(w.exportNeedsOutput);
    if (args.action === "export" && !/\.(xlsx|json)$/i.test(args.output!))
      return fail(w.exportFormat(args.output!));
    if (args.action !== "export" && args.output)
      return fail(w.notForCommand("-o", `framework ${args.action}`));
  }
  if (args.command === "score" && args.inputs !== undefined && args.output !== undefined)
    return fail(w.outputNotWithInputs);
  if (args.command === "report" && args.files.length > 1) return fail(w.reportOneWorkbook);
  if (args.command === "report" && args.output !== undefined && !/\.docx$/i.test(args.output))
    return fail(w.reportFormat(args.output));
  if (args.command === "template" && !args.output) return fail(w.templateNeedsOutput);
  if (args.inputs !== undefined && args.files.length) return fail(w.inputsNotWithFiles);
  if (args.command === "review") {
    const r = catalog(args.locale).review.cli;
    if (!args.files.length) return fail(r.needsFiles);
    if (!args.output) return fail(r.needsOutput);
    if (!/\.xlsx$/i.test(args.output)) return fail(r.outputFormat(args.output));
  } else if (args.output !== undefined && args.files.length > 1) return fail(w.outputOneWorkbook);
  return { ok: true, args };
}
