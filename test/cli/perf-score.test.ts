import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { main, type Io } from '../../src/cli/main';
import { repoFile } from '../helpers';

function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      if (p in files) return files[p];
      if (p === 'sample.json') return readFileSync(repoFile('examples', 'longgang-2021.inputs.json'), 'utf8');
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    },
    readStdin: () => stdin,
    samplePath: 'sample.json',
    version: '9.9.9',
  };
  const code = main(argv, io);
  return { code, out, err };
}

describe('perf-score score', () => {
  it('prints a readable Chinese score table for the embedded sample', () => {
    const r = run(['score']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('深圳市龙岗区图书馆  2021年度  部门整体支出绩效评价共性指标体系框架（2021年修订）');
    expect(r.out).toMatch(/部门绩效\s+经济性\s+公用经费控制率\s+6\s+5\s+5\n/);
    expect(r.out).toMatch(/财务合规性\s+3\s+2\s+3\*\n/);
    expect(r.out).toContain('总得分：96 / 100\n评分等级：优');
    expect(r.out).toContain('  1. 财务合规性：自评得3分，但按单位数据计算应得2分');
  });

  it('prints the result JSON of the contract with --json', () => {
    const r = run(['score', '--inputs', 'sample.json', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['framework', 'total', 'grade', 'complete', 'indicators', 'findings']));
    expect(json).toMatchObject({ framework: 'longgang-2021', total: 96, grade: '优', complete: true });
    expect(json.indicators).toHaveLength(21);
    expect(json.indicators[14]).toMatchObject({
      level1: '部门绩效', level2: '经济性', name: '公用经费控制率', max: 6, computed: 5, score: 5,
      explanation: '“三公”经费控制率为36.18%，得3分；日常公用经费控制率为100.00%，得2分。', missing: [], warnings: [],
    });
  });

  it('scores an incomplete file and still exits 0', () => {
    const r = run(['score', '-i', 'a.json', '--json'], { 'a.json': '{"inputs": {"satisfaction": "—"}}' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ total: 0, complete: false, grade: null });
  });

  it('says in the table how many indicators are not scored', () => {
    expect(run(['score', '--inputs=a.json'], { 'a.json': '{"inputs": {"satisfaction": 95}}' }).out).toContain(
      '总得分：6 / 100（20项未计分）\n评分等级：暂不评级（尚有指标未计分）',
    );
  });

  it('reads standard input with --inputs -', () => {
    expect(JSON.parse(run(['score', '--inputs', '-', '--json'], {}, '{"inputs": {"keyTasksMissed": 0}}').out).total).toBe(8);
  });

  it('exits 1 with one Chinese line for a file that is not there or not valid', () => {
    const missing = run(['score', '--inputs', 'nope.json']);
    expect(missing).toEqual({ code: 1, out: '', err: 'perf-score：无法读取输入文件 nope.json：文件不存在\n' });
    const invalid = run(['score', '--inputs', 'bad.json'], { 'bad.json': '{"inputs": 5}' });
    expect(invalid).toEqual({ code: 1, out: '', err: 'perf-score：bad.json：输入文件的“inputs”应为对象（输入项名: 值）\n' });
  });

  it('speaks English with --lang en-US', () => {
    const r = run(['score', '--lang', 'en-US']);
    expect(r.out).toContain('Total: 96 / 100\nGrade: Excellent');
  });
});

describe('perf-score command line', () => {
  it('explains everything with --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['score', 'keys', '--inputs', '--json', '--lang', 'overrides', '退出码']) expect(r.out).toContain(word);
    expect(run([]).out).toBe(r.out);
    expect(run(['--help', '--lang=en']).out).toContain('Usage:');
  });

  it('prints the version', () => expect(run(['--version']).out).toBe('9.9.9\n'));

  it('lists every input key with its Chinese label', () => {
    const r = run(['keys']);
    expect(r.out.trim().split('\n')).toHaveLength(59);
    expect(r.out).toMatch(/sanGongBudget\s+金额\s+万元\s+“三公”经费预算安排数/);
    expect(r.out).toMatch(/budgetDisclosure\s+选项\s+完全\/部分\/未公开\s+部门预算公开情况/);
  });

  it.each([
    [['score', '--bogus'], 'perf-score：无法识别的参数“--bogus”，请运行 perf-score --help 查看用法\n'],
    [['score', '--inputs'], 'perf-score：--inputs 后面应给出 JSON 输入文件路径（或 - 表示标准输入）\n'],
    [['keys', '--inputs', 'x'], 'perf-score：--inputs 只用于 score 命令\n'],
    [['score', '--lang', 'fr'], 'perf-score：--lang 应为 zh-CN 或 en-US\n'],
  ])('exits 2 on a bad command line %p', (argv, message) => {
    expect(run(argv)).toEqual({ code: 2, out: '', err: message });
  });
});

describe('the installed bin', () => {
  it('runs as `npm run perf-score -- score --inputs FILE --json` would, from the built output', () => {
    const bin = repoFile('build', 'cli', 'perf-score.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const out = execFileSync(process.execPath, [bin, 'score', '--inputs', repoFile('examples', 'longgang-2021.inputs.json'), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ total: 96, grade: '优' });
    const bad = spawnSync(process.execPath, [bin, 'score', '--inputs', repoFile('package.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
