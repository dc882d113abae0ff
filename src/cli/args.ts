import { LOCALES, type Locale } from '../core';

export interface Args {
  command: 'score' | 'keys' | 'help' | 'version';
  inputs?: string;
  json: boolean;
  locale: Locale;
}

export type ArgsRead = { ok: true; args: Args } | { ok: false; error: string; locale: Locale };

/** Reads the command line; an unknown option or a missing value is an error, never ignored. */
export function parseArgs(argv: string[]): ArgsRead {
  const args: Args = { command: 'help', json: false, locale: 'zh-CN' };
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const value = argv[langAt].includes('=') ? argv[langAt].split('=')[1] : argv[langAt + 1];
    const locale = LOCALES.find((l) => l.toLowerCase() === (value ?? '').toLowerCase() || l.slice(0, 2) === value);
    if (!locale) return { ok: false, error: `--lang 应为 ${LOCALES.join(' 或 ')}`, locale: 'zh-CN' };
    args.locale = locale;
  }
  const fail = (zh: string, en: string): ArgsRead => ({ ok: false, error: args.locale === 'en-US' ? en : zh, locale: args.locale });

  let commandSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { ok: true, args: { ...args, command: 'help' } };
    if (a === '--version' || a === '-v') return { ok: true, args: { ...args, command: 'version' } };
    if (a === '--json') args.json = true;
    else if (a === '--lang') i++;
    else if (a.startsWith('--lang=')) continue;
    else if (a === '--inputs' || a === '-i') {
      const value = argv[++i];
      if (value === undefined) return fail('--inputs 后面应给出 JSON 输入文件路径（或 - 表示标准输入）', '--inputs needs a JSON file path (or - for standard input)');
      args.inputs = value;
    } else if (a.startsWith('--inputs=')) args.inputs = a.slice('--inputs='.length);
    else if (!commandSeen && (a === 'score' || a === 'keys' || a === 'help')) {
      args.command = a;
      commandSeen = true;
    } else return fail(`无法识别的参数“${a}”，请运行 perf-score --help 查看用法`, `unknown argument “${a}”; see perf-score --help`);
  }
  if (args.inputs !== undefined && args.command !== 'score') {
    return fail('--inputs 只用于 score 命令', '--inputs goes with the score command');
  }
  return { ok: true, args };
}
