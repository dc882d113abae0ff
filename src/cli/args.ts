import { LOCALES, type Locale } from '../core';
import { FILE_MODES, type FormulaMode } from '../pipeline/sheets/score-sheet';

export type Command = 'score' | 'template' | 'keys' | 'help' | 'version';

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

const COMMANDS: Command[] = ['score', 'template', 'keys', 'help'];

/** Options that take a value, with the commands they belong to. */
const VALUED: Record<string, { field: 'inputs' | 'output' | 'mode' | 'lang'; commands: Command[] }> = {
  '--inputs': { field: 'inputs', commands: ['score'] },
  '-i': { field: 'inputs', commands: ['score'] },
  '--output': { field: 'output', commands: ['score', 'template'] },
  '-o': { field: 'output', commands: ['score', 'template'] },
  '--mode': { field: 'mode', commands: ['score'] },
  '--lang': { field: 'lang', commands: COMMANDS },
};

/** Reads the command line; an unknown option, a missing value or a misplaced one is an error, never ignored. */
export function parseArgs(argv: string[]): ArgsRead {
  const args: Args = { command: 'help', files: [], mode: 'portable', json: false, overwrite: false, locale: 'zh-CN' };
  const langArg = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='));
  if (langArg !== undefined) {
    const value = langArg.startsWith('--lang=') ? langArg.slice(7) : langArg;
    const locale = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase() || l.slice(0, 2) === value);
    if (!locale) return { ok: false, error: `--lang 应为 ${LOCALES.join(' 或 ')}`, locale: 'zh-CN' };
    args.locale = locale;
  }
  const en = args.locale === 'en-US';
  const fail = (zh: string, english: string): ArgsRead => ({ ok: false, error: en ? english : zh, locale: args.locale });

  let commandSeen = false;
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { ok: true, args: { ...args, command: 'help' } };
    if (a === '--version' || a === '-v') return { ok: true, args: { ...args, command: 'version' } };
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (a === '--json') args.json = true;
    else if (a === '--overwrite') args.overwrite = true;
    else if (flag in VALUED) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return fail(`${flag} 后面应给出${flag === '--mode' ? ' portable 或 values' : '一个值'}`, `${flag} needs a value`);
      const field = VALUED[flag].field;
      given.push(flag);
      if (field === 'mode') {
        if (value === 'live') return fail('live（PERF 实时公式）只能由 Excel 中的加载项写入：命令行写出的文件在 Excel 中会显示 #NAME?。请用 portable（Excel 原生公式，默认）或 values', 'live PERF formulas are written by the add-in inside Excel only (a file written here would show #NAME?); use portable (default) or values');
        if (!FILE_MODES.includes(value as FormulaMode)) return fail(`--mode 应为 ${FILE_MODES.join('、')} 之一，而不是“${value}”`, `--mode must be one of ${FILE_MODES.join(', ')}`);
        args.mode = value as FormulaMode;
      } else if (field !== 'lang') args[field] = value;
    } else if (!commandSeen && (COMMANDS as string[]).includes(a)) {
      args.command = a as Command;
      commandSeen = true;
    } else if (commandSeen && args.command === 'score' && !a.startsWith('-')) args.files.push(a);
    else return fail(`无法识别的参数“${a}”，请运行 perf-score --help 查看用法`, `unknown argument “${a}”; see perf-score --help`);
  }
  for (const flag of given) {
    if (!VALUED[flag].commands.includes(args.command)) return fail(`${flag} 不能用于 ${args.command} 命令`, `${flag} does not go with ${args.command}`);
  }
  if (args.json && args.command !== 'score') return fail('--json 只用于 score 命令', '--json goes with score');
  if (args.overwrite && args.command !== 'score' && args.command !== 'template') return fail('--overwrite 只用于 score 和 template 命令', '--overwrite goes with score and template');
  if (args.inputs !== undefined && args.output !== undefined) return fail('-o 用于工作簿：JSON 输入文件只打印评分结果', '-o goes with workbooks, not with --inputs');
  if (args.command === 'template' && !args.output) return fail('template 命令需要 -o 指定要写入的文件，如 perf-score template -o 基础数据.xlsx', 'template needs -o FILE.xlsx');
  if (args.inputs !== undefined && args.files.length) return fail('--inputs 与工作簿文件不能同时使用', '--inputs and workbook files do not go together');
  if (args.output !== undefined && args.files.length > 1) return fail('同时评分多个工作簿时不能用 -o，评分表副本会写在各工作簿旁边', '-o goes with one workbook only');
  return { ok: true, args };
}
