import { basename, dirname, extname, join, resolve } from 'node:path';
import { evaluate, INPUTS, readInputsFile, type Locale, type ScoreResult } from '../core';
import { scoreXlsx, templateXlsx } from '../hosts/xlsx/file';
import { PatchUnsupported } from '../hosts/xlsx/patch';
import { displayWidth, padEnd } from '../util/text-width';
import { parseArgs, type Args } from './args';
import { helpText } from './help';
import { renderReport, renderSummary } from './report';

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

export const EXIT = { scored: 0, badInput: 1, usage: 2 } as const;

export async function main(argv: string[], io: Io): Promise<number> {
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
    case 'template':
      return template(args, io);
    case 'score':
      return args.inputs !== undefined ? scoreJson(args.inputs, args, io) : scoreWorkbooks(args, io);
  }
}

const say = (locale: Locale, zh: string, en: string) => (locale === 'en-US' ? en : zh);

function scoreJson(path: string, args: Args, io: Io): number {
  let text: string;
  try {
    text = path === '-' ? io.readStdin() : io.readText(path);
  } catch (e) {
    io.err(`perf-score：${cannotRead(path, e, args.locale)}\n`);
    return EXIT.badInput;
  }
  const file = readInputsFile(text, args.locale);
  if (!file.ok) {
    io.err(`perf-score：${path}：${file.error}\n`);
    return EXIT.badInput;
  }
  const result = evaluate(file.file, file.framework, args.locale);
  io.out(args.json ? JSON.stringify(result, null, 2) + '\n' : renderReport(result, args.locale));
  return EXIT.scored;
}

function cannotRead(path: string, e: unknown, locale: Locale): string {
  const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
  const reason = missing ? say(locale, '文件不存在', 'no such file') : String((e as Error).message);
  return say(locale, `无法读取 ${path}：${reason}`, `cannot read ${path}: ${reason}`);
}

/** `X.xlsx` → `X-评分表.xlsx` beside it; the embedded sample's copy goes to the current folder. */
export function defaultOutput(file: string, io: Io): string {
  const stem = basename(file, extname(file));
  const folder = resolve(file) === resolve(io.sampleWorkbook) ? io.cwd : dirname(file);
  return join(folder, `${stem}-评分表.xlsx`);
}

async function scoreWorkbooks(args: Args, io: Io): Promise<number> {
  const files = args.files.length ? args.files : [io.sampleWorkbook];
  const done: { file: string; output: string; result: ScoreResult }[] = [];
  let failed = false;
  for (const file of files) {
    const output = args.output ?? defaultOutput(file, io);
    if (resolve(output) === resolve(file) && !args.overwrite) {
      io.err(`perf-score：${say(args.locale, `输出文件与输入相同（${file}），如确要覆盖原文件请加 --overwrite`, `the output is the input (${file}); add --overwrite to replace it`)}\n`);
      return EXIT.usage;
    }
    let data: Uint8Array;
    try {
      data = io.readBinary(file);
    } catch (e) {
      io.err(`perf-score：${cannotRead(file, e, args.locale)}\n`);
      failed = true;
      continue;
    }
    let scored;
    try {
      scored = await scoreXlsx(data, { mode: args.mode, locale: args.locale });
    } catch (e) {
      const why = e instanceof PatchUnsupported
        ? say(args.locale, `${file} 的文件结构特殊，无法在副本中加入评分表，请在 Excel 中另存为标准 .xlsx 后重试（${e.message}）`, `${file} has an unusual package structure; save it as a standard .xlsx in Excel and retry (${e.message})`)
        : say(args.locale, `${file} 不是可读取的 .xlsx 工作簿（${(e as Error).message}）`, `${file} is not a readable .xlsx workbook (${(e as Error).message})`);
      io.err(`perf-score：${why}\n`);
      failed = true;
      continue;
    }
    if (scored.generated.noInputs) {
      io.err(`perf-score：${file}：${scored.generated.noInputs}\n`);
      failed = true;
      continue;
    }
    io.writeBinary(output, scored.output);
    done.push({ file, output, result: scored.generated.result });
  }
  if (args.json) io.out(JSON.stringify(files.length === 1 ? done[0]?.result ?? null : done.map((d) => ({ file: d.file, output: d.output, ...d.result })), null, 2) + '\n');
  else if (files.length === 1 && done.length) io.out(renderReport(done[0].result, args.locale));
  else if (done.length) io.out(renderSummary(done, args.locale));
  for (const d of done) (args.json ? io.err : io.out)(say(args.locale, `已写入评分表：${d.output}\n`, `scored copy written: ${d.output}\n`));
  return failed ? EXIT.badInput : EXIT.scored;
}

async function template(args: Args, io: Io): Promise<number> {
  const output = args.output!;
  if (io.exists(output) && !args.overwrite) {
    io.err(`perf-score：${say(args.locale, `${output} 已存在，如确要覆盖请加 --overwrite`, `${output} exists; add --overwrite to replace it`)}\n`);
    return EXIT.usage;
  }
  io.writeBinary(output, await templateXlsx());
  io.out(say(args.locale, `已写入空白的“绩效基础数据”模板：${output}\n`, `empty template written: ${output}\n`));
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
