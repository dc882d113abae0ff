import { evaluate, INPUTS, readInputsFile, type Locale } from '../core';
import { parseArgs } from './args';
import { helpText } from './help';
import { renderReport } from './report';
import { displayWidth, padEnd } from '../util/text-width';

/** What the CLI needs from its surroundings, so that tests run it in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  readStdin(): string;
  samplePath: string;
  version: string;
}

export const EXIT = { scored: 0, badInput: 1, usage: 2 } as const;

export function main(argv: string[], io: Io): number {
  const read = parseArgs(argv);
  if (!read.ok) {
    io.err(`perf-score：${read.error}\n`);
    return EXIT.usage;
  }
  const { args } = read;
  switch (args.command) {
    case 'help':
      io.out(helpText(args.locale));
      return EXIT.scored;
    case 'version':
      io.out(`${io.version}\n`);
      return EXIT.scored;
    case 'keys':
      io.out(keysTable(args.locale));
      return EXIT.scored;
    case 'score':
      return score(args.inputs ?? io.samplePath, args.json, args.locale, io);
  }
}

function score(path: string, json: boolean, locale: Locale, io: Io): number {
  let text: string;
  try {
    text = path === '-' ? io.readStdin() : io.readFile(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? (locale === 'en-US' ? 'no such file' : '文件不存在') : String((e as Error).message);
    io.err(`perf-score：${locale === 'en-US' ? `cannot read ${path}: ${reason}` : `无法读取输入文件 ${path}：${reason}`}\n`);
    return EXIT.badInput;
  }
  const file = readInputsFile(text, locale);
  if (!file.ok) {
    io.err(`perf-score：${path}：${file.error}\n`);
    return EXIT.badInput;
  }
  const result = evaluate(file.file, file.framework, locale);
  io.out(json ? JSON.stringify(result, null, 2) + '\n' : renderReport(result, locale));
  return EXIT.scored;
}

const TYPE_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { amount: '金额', count: '数量', percent: '百分比', judgement: '判断(是/否/分)', flag: '是/否', choice: '选项', score: '得分' },
  'en-US': { amount: 'amount', count: 'count', percent: 'percent', judgement: 'yes/no/points', flag: 'yes/no', choice: 'choice', score: 'score' },
};

function keysTable(locale: Locale): string {
  const rows = INPUTS.map((d) => [
    d.key,
    TYPE_WORDS[locale][d.type] ?? d.type,
    d.options ? d.options.join('/') : (d.unit ?? ''),
    locale === 'en-US' ? d.en : d.zh,
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return rows.map((r) => r.map((cell, c) => (c < 3 ? padEnd(cell, widths[c]) : cell)).join('  ')).join('\n') + '\n';
}
