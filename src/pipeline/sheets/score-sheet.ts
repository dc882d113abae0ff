import { ERROR_MARK, inputDef, isMissingValue, MISSING_MARKS, MISSING_WORD, parseValue, placedIndicators, ruleInputKeys, type Framework, type ScoreResult } from '../../core';
import { wrappedLines } from '../../util/text-width';
import { address, columnName, sheetAddress } from '../a1';
import type { Located, LocatedInputs } from '../locate';
import { nameFor } from '../locate/names';
import { blockValue, coreValue } from '../normalize';
import { emptyPlan, uniqueSheetName, type CellPlan, type SheetPlan } from './plan';
import { SCORE_SHEET } from './names';
import { portableFormula } from './portable-formulas';

/**
 * The 绩效自评评分表 sheet as a plan: the framework table as the report prints it (levels and points
 * in merged cells, description, criteria, score, deduction note), the total and grade, the audit
 * findings, and beside the table the data block every score formula reads, each value tied to the
 * cell it came from.
 */

export type FormulaMode = 'live' | 'portable' | 'values';
export const FORMULA_MODES: readonly FormulaMode[] = ['live', 'portable', 'values'];
/**
 * What a file written outside Excel (the command line, the browser) can hold. Excel saves an add-in's
 * function as `_xldudf_PERF_SCORE(…)` in a dynamic-array cell tied to the add-in's web extension part;
 * a file that says `PERF.SCORE(…)` would show #NAME? until retyped, so live formulas are written only
 * by the add-in inside Excel.
 */
export const FILE_MODES: readonly FormulaMode[] = ['portable', 'values'];

const COL = { l1: 1, l1p: 2, l2: 3, l2p: 4, name: 5, pts: 6, desc: 7, criteria: 8, score: 9, note: 10, computed: 11 };
const WIDTHS = [10, 6, 10, 6, 16, 6, 36, 52, 9, 40, 10];
const BLOCK = { key: 13, label: 14, value: 15, unit: 16, source: 17 };
const BLOCK_WIDTHS = { 12: 3, 13: 24, 14: 34, 15: 14, 16: 8, 17: 34, 18: 12, 19: 12 };
const FIRST_ROW = 5;

const MODE_WORDS: Record<FormulaMode, string> = {
  live: '实时公式（PERF 自定义函数，随数据自动更新）',
  portable: 'Excel 原生公式（无需加载项即可重算）',
  values: '数值（不含公式）',
};

export interface ScoreSheetInput {
  framework: Framework;
  result: ScoreResult;
  located: LocatedInputs;
  mode: FormulaMode;
  existingSheets: string[];
}

export function planScoreSheet({ framework, result, located, mode, existingSheets }: ScoreSheetInput): SheetPlan {
  const plan = emptyPlan(uniqueSheetName(SCORE_SHEET, existingSheets));
  const put = (row: number, col: number, cell: Omit<CellPlan, 'row' | 'col'>) => plan.cells.push({ row, col, ...cell });
  const placed = placedIndicators(framework);
  const last = FIRST_ROW + placed.length - 1;
  plan.columnWidths = [...WIDTHS];
  Object.entries(BLOCK_WIDTHS).forEach(([c, w]) => (plan.columnWidths[Number(c) - 1] = w));

  const block = planBlock(plan, put, framework, located, mode, result);

  const title = `${result.unit ?? ''}${result.year !== undefined ? `${result.year}年度` : ''}部门整体支出绩效自评评分表`;
  put(1, 1, { value: title, style: 'title' });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: COL.computed });
  plan.rowHeights[1] = 28;
  put(2, 1, { value: `依据：${framework.title}　　计分方式：${MODE_WORDS[mode]}`, style: 'subtitle' });
  plan.merges.push({ top: 2, left: 1, bottom: 2, right: COL.computed });

  const headers: [number, string, number?][] = [
    [COL.l1, '一级指标', COL.l1p], [COL.l2, '二级指标', COL.l2p], [COL.name, '三级指标', COL.pts],
    [COL.desc, '指标说明'], [COL.criteria, '参考评分标准'], [COL.score, '得分情况'], [COL.note, '扣分情况及整改情况说明'], [COL.computed, '数据计算得分'],
  ];
  for (const [col, text, to] of headers) {
    put(3, col, { value: text, style: 'header' });
    plan.merges.push(to ? { top: 3, left: col, bottom: 3, right: to } : { top: 3, left: col, bottom: 4, right: col });
    if (to) {
      put(4, col, { value: '名称', style: 'header' });
      put(4, to, { value: '分值', style: 'header' });
    }
  }
  for (let c = COL.desc; c <= COL.computed; c++) put(4, c, { style: 'header' });
  plan.freezeRows = 4;
  plan.printTitleRows = [3, 4];
  plan.anchors = {};

  placed.forEach(({ level1, level2, indicator }, i) => {
    const row = FIRST_ROW + i;
    const r = result.indicators[i];
    plan.anchors![indicator.name] = row;
    const firstOf = (pred: (p: (typeof placed)[number]) => boolean) => placed.findIndex(pred) === i;
    const spanOf = (pred: (p: (typeof placed)[number]) => boolean) => placed.filter(pred).length;
    if (firstOf((p) => p.level1 === level1)) {
      const n = spanOf((p) => p.level1 === level1);
      put(row, COL.l1, { value: level1.name, style: 'level' });
      put(row, COL.l1p, { value: level1.points, style: 'number' });
      plan.merges.push({ top: row, left: COL.l1, bottom: row + n - 1, right: COL.l1 }, { top: row, left: COL.l1p, bottom: row + n - 1, right: COL.l1p });
    }
    if (firstOf((p) => p.level2 === level2)) {
      const n = spanOf((p) => p.level2 === level2);
      put(row, COL.l2, { value: level2.name, style: 'level' });
      put(row, COL.l2p, { value: level2.points, style: 'number' });
      plan.merges.push({ top: row, left: COL.l2, bottom: row + n - 1, right: COL.l2 }, { top: row, left: COL.l2p, bottom: row + n - 1, right: COL.l2p });
    }
    const description = indicator.description.join('\n');
    const criteria = indicator.criteria.join('\n');
    put(row, COL.name, { value: indicator.name, style: 'level' });
    put(row, COL.pts, { value: indicator.points, style: 'number' });
    put(row, COL.desc, { value: description, style: 'wrap' });
    put(row, COL.criteria, { value: criteria, style: 'wrap' });

    const computedAt = address(row, COL.computed);
    const call = (fn: string) => `PERF.${fn}("${indicator.name}",${block.keys},${block.values}${indicator.rule.kind === 'kpiTable' && block.kpi ? `,${block.kpi.range}` : ''})`;
    const overridden = r.override !== null;
    const style = overridden ? 'override' : 'number';
    const cached = (v: number | null) => (v === null ? NA : v);
    if (mode === 'values') put(row, COL.computed, { value: r.computed, numberFormat: '0.00', style: 'number' });
    else put(row, COL.computed, { formula: mode === 'live' ? call('SCORE') : portableFormula(indicator, block.portable), value: cached(r.computed), numberFormat: '0.00', style: 'number' });
    const own = block.overrides.get(indicator.name);
    if (mode === 'values') put(row, COL.score, { value: r.score, numberFormat: '0.00', style });
    else put(row, COL.score, { formula: own ? own.score : computedAt, value: cached(r.score), numberFormat: '0.00', style });

    // The evaluator's reason stays in its cell: Excel refuses text constants over 255 characters in a formula.
    const ownText = own && `"评价人确定得"&${own.score}&"分（理由："&${own.reason}&"）。按数据计算："&`;
    if (mode === 'live') put(row, COL.note, { formula: `${ownText ?? ''}${call('EXPLAIN')}`, value: r.explanation, style: 'wrap' });
    else put(row, COL.note, { value: r.explanation, style: 'wrap' });

    const lines = Math.max(wrappedLines(description, WIDTHS[COL.desc - 1]), wrappedLines(criteria, WIDTHS[COL.criteria - 1]), wrappedLines(r.explanation, WIDTHS[COL.note - 1]));
    plan.rowHeights[row] = Math.max(30, Math.min(409, lines * 14.5 + 6));
  });

  const total = last + 1;
  const scores = `${address(FIRST_ROW, COL.score)}:${address(last, COL.score)}`;
  const n = placed.length;
  put(total, COL.l1, { value: '总得分', style: 'total' });
  plan.merges.push({ top: total, left: COL.l1, bottom: total, right: COL.criteria });
  put(total + 1, COL.l1, { value: '评分等级', style: 'total' });
  plan.merges.push({ top: total + 1, left: COL.l1, bottom: total + 1, right: COL.criteria });
  const grades = [...framework.grades].sort((a, b) => b.min - a.min);
  const gradeFormula = grades.slice(0, -1).reduceRight((rest, g) => `IF(${address(total, COL.score)}>=${g.min},"${g.grade}",${rest})`, `"${grades[grades.length - 1].grade}"`);
  const completeness = result.complete ? `全部${n}项已计分` : `${result.indicators.filter((i) => i.score === null).length}项未计分，总分不完整`;
  if (mode === 'values') {
    put(total, COL.score, { value: result.total, numberFormat: '0.00', style: 'total' });
    put(total, COL.note, { value: completeness, style: 'total' });
    put(total + 1, COL.score, { value: result.grade ?? '暂不评级', style: 'total' });
  } else {
    // SUMIF over "<1E+307" skips the #N/A of unscored rows, in every spreadsheet engine.
    put(total, COL.score, { formula: `SUMIF(${scores},"<1E+307")`, value: result.total, numberFormat: '0.00', style: 'total' });
    put(total, COL.note, { formula: `IF(COUNT(${scores})=${n},"全部${n}项已计分",${n}-COUNT(${scores})&"项未计分，总分不完整")`, value: completeness, style: 'total' });
    put(total + 1, COL.score, { formula: `IF(COUNT(${scores})<${n},"暂不评级",${gradeFormula})`, value: result.grade ?? '暂不评级', style: 'total' });
  }
  put(total, COL.computed, { style: 'total' });
  put(total + 1, COL.note, { value: grades.map((g, i) => (i === grades.length - 1 ? `<${grades[i - 1].min} ${g.grade}` : `≥${g.min} ${g.grade}`)).join('，'), style: 'total' });
  put(total + 1, COL.computed, { style: 'total' });

  let row = total + 3;
  put(row, COL.l1, { value: `审计发现（${result.findings.length}项）`, style: 'section' });
  plan.merges.push({ top: row, left: COL.l1, bottom: row, right: COL.computed });
  row++;
  result.findings.forEach((f, i) => {
    put(row, COL.l1, { value: `${i + 1}. ${f}`, style: 'wrap' });
    plan.merges.push({ top: row, left: COL.l1, bottom: row, right: COL.computed });
    plan.rowHeights[row] = Math.max(18, wrappedLines(`${i + 1}. ${f}`, WIDTHS.reduce((a, b) => a + b, 0)) * 14.5 + 4);
    row++;
  });
  plan.printArea = { bottom: Math.max(row - 1, total + 1), right: COL.computed };
  return plan;
}

const NA = { error: '#N/A' };

interface Block {
  keys: string;
  values: string;
  kpi?: { range: string };
  portable: Parameters<typeof portableFormula>[1];
  /** The cells holding each evaluator's own score and reason, by indicator name. */
  overrides: Map<string, { score: string; reason: string }>;
}

/** The data block (columns M–Q, then the KPI table): one row per input, each value tied to its source cell. */
function planBlock(plan: SheetPlan, put: Put, framework: Framework, located: LocatedInputs, mode: FormulaMode, result: ScoreResult): Block {
  const keys = [...new Set(placedIndicators(framework).flatMap((p) => ruleInputKeys(p.indicator.rule)))];
  put(3, BLOCK.key, { value: '计分依据数据（评分公式引用此处，数值随来源单元格更新）', style: 'section' });
  plan.merges.push({ top: 3, left: BLOCK.key, bottom: 3, right: BLOCK.source });
  ['键名', '输入项', '数值', '单位', '数据来源'].forEach((h, i) => put(4, BLOCK.key + i, { value: h, style: 'header' }));
  const at = new Map<string, string>();
  keys.forEach((key, i) => {
    const row = FIRST_ROW + i;
    const def = inputDef(key)!;
    const l = located.inputs.get(key);
    at.set(key, address(row, BLOCK.value, true));
    put(row, BLOCK.key, { value: key, style: 'key' });
    put(row, BLOCK.label, { value: def.zh, style: 'wrap' });
    put(row, BLOCK.value, { ...blockCell(key, l, mode), style: 'input', numberFormat: def.type === 'percent' ? '0.00%' : def.type === 'amount' ? '#,##0.00' : 'General' });
    put(row, BLOCK.unit, { value: def.type === 'percent' ? '%' : def.type === 'judgement' || def.type === 'flag' ? '是/否' : (def.unit ?? ''), style: 'text' });
    put(row, BLOCK.source, { value: l ? describeSource(l) : '未找到', style: 'note' });
  });
  const lastKey = FIRST_ROW + keys.length - 1;
  const out: Block = {
    keys: `${address(FIRST_ROW, BLOCK.key, true)}:${address(lastKey, BLOCK.key, true)}`,
    values: `${address(FIRST_ROW, BLOCK.value, true)}:${address(lastKey, BLOCK.value, true)}`,
    portable: { cell: (k) => at.get(k)! },
    overrides: new Map(),
  };
  const kpiEnd = planKpiBlock(out, put, plan, located, mode, lastKey + 2);
  planOverrideBlock(out, put, plan, result, kpiEnd + 2);
  return out;
}

type Put = (r: number, c: number, cell: Omit<CellPlan, 'row' | 'col'>) => void;

/** The evaluators' own scores and reasons, one row each, for the score and note cells to refer to. */
function planOverrideBlock(out: Block, put: Put, plan: SheetPlan, result: ScoreResult, head: number): void {
  const own = result.indicators.filter((i) => i.override);
  if (!own.length) return;
  put(head, BLOCK.key, { value: '评价人自评得分', style: 'section' });
  plan.merges.push({ top: head, left: BLOCK.key, bottom: head, right: BLOCK.value });
  ['三级指标', '自评理由', '自评得分'].forEach((h, i) => put(head + 1, BLOCK.key + i, { value: h, style: 'header' }));
  own.forEach((r, i) => {
    const row = head + 2 + i;
    put(row, BLOCK.key, { value: r.name, style: 'wrap' });
    put(row, BLOCK.label, { value: r.override!.reason, style: 'wrap' });
    put(row, BLOCK.value, { value: r.override!.score, numberFormat: '0.00', style: 'input' });
    out.overrides.set(r.name, { score: address(row, BLOCK.value, true), reason: address(row, BLOCK.label, true) });
  });
}

/** The KPI table of 效果性, each cell tied to the template's; returns the last row used. */
function planKpiBlock(out: Block, put: Put, plan: SheetPlan, located: LocatedInputs, mode: FormulaMode, head: number): number {
  const kpiRows = located.kpis?.rows ?? [];
  if (!located.kpis && !kpiRows.length) return head - 2;
  put(head, BLOCK.key, { value: '个性化绩效指标（效果性）', style: 'section' });
  plan.merges.push({ top: head, left: BLOCK.key, bottom: head, right: BLOCK.key + 5 });
  const headers = ['方面', '指标名称', '目标值', '实际值', '方向', '权重', ...(mode === 'portable' ? ['完成率', '计入权重'] : [])];
  headers.forEach((h, i) => put(head + 1, BLOCK.key + i, { value: h, style: 'header' }));
  const top = head + 2;
  const count = Math.max(kpiRows.length, 1);
  for (let i = 0; i < count; i++) {
    const row = top + i;
    for (let c = 0; c < 6; c++) {
      const from = located.kpis && mode !== 'values' ? { sheet: located.kpis.sheet, row: located.kpis.top + i, col: located.kpis.left + c } : undefined;
      put(row, BLOCK.key + c, { ...kpiCell(kpiRows[i]?.[c], c, from, mode), style: 'input', ...(c === 2 || c === 3 ? { numberFormat: '#,##0.00' } : {}) });
    }
    if (mode !== 'portable') continue;
    const [target, actual, direction, weight] = [2, 3, 4, 5].map((c) => address(row, BLOCK.key + c));
    const rowRange = `${address(row, BLOCK.key)}:${address(row, BLOCK.key + 5)}`;
    const done = `IF(SUMPRODUCT(--(${rowRange}<>""))=0,"",IF(OR(${target}="",${actual}=""),NA(),IF(${direction}="<=",IF(${actual}=0,1,MIN(1,${target}/${actual})),IF(${target}=0,1,MIN(1,${actual}/${target})))))`;
    put(row, BLOCK.key + 6, { formula: done, numberFormat: '0.00%', style: 'number' });
    put(row, BLOCK.key + 7, { formula: `IF(${address(row, BLOCK.key + 6)}="","",IF(${weight}="",1,${weight}))`, style: 'number' });
  }
  const bottom = top + count - 1;
  const col = (c: number) => `${columnName(BLOCK.key + c)}`;
  out.kpi = { range: `$${col(0)}$${top}:$${col(5)}$${bottom}` };
  out.portable.kpi = { range: out.kpi.range, completion: `$${col(6)}$${top}:$${col(6)}$${bottom}`, weight: `$${col(7)}$${top}:$${col(7)}$${bottom}` };
  return bottom;
}

/** A KPI cell: referenced where Excel reads it as the core does, else copied as the number the core reads. */
function kpiCell(v: unknown, column: number, from: { sheet: string; row: number; col: number } | undefined, mode: FormulaMode): Omit<CellPlan, 'row' | 'col'> {
  const numeric = column === 2 || column === 3 || column === 5;
  if (from && (!numeric || typeof v === 'number' || isMissingValue(v))) {
    const source = sheetAddress(from.sheet, from.row, from.col);
    return { formula: mode === 'live' ? guarded(source, source, '""', `${from.sheet}!${address(from.row, from.col)}`) : `IF(ISBLANK(${source}),"",${source})` };
  }
  if (numeric && typeof v === 'string') {
    const p = parseValue(v, { type: 'quantity' });
    if (p.kind === 'value') return { value: p.value.toNumber() };
  }
  return { value: (v ?? null) as CellPlan['value'] };
}

/**
 * A data block value: a formula following its source cell where Excel reads it as the core does, else the
 * value the core read. Custom functions receive a blank cell as 0 in desktop Excel, so where PERF functions
 * read the block (live) no cell is ever blank: a missing value is the missing mark, and a source showing an
 * error value becomes text naming that cell, which the core reads as an error of that input alone.
 */
function blockCell(key: string, l: Located | undefined, mode: FormulaMode): Omit<CellPlan, 'row' | 'col' | 'style'> {
  const missing = mode === 'portable' ? null : MISSING;
  const found = l ? blockValue(key, coreValue(l)) : null;
  const literal = { value: found ?? missing };
  if (!l || mode === 'values' || l.problem || l.ambiguous) return literal;
  const source = l.name ?? sheetAddress(l.sheet, l.row, l.col);
  const def = inputDef(key)!;
  let expr = source;
  if (def.type === 'percent' && !l.percentIsFraction && (typeof l.value === 'number' || isMissingValue(l.value))) expr = `${source}/100`;
  else if (l.scale !== undefined && l.scale !== 1) expr = `${source}*${l.scale}`;
  // Text such as "1,869.71" reads as a number to the core but as text to Excel: copy what the core reads.
  if (typeof l.value === 'string' && !isMissingValue(l.value) && blockValue(key, l.value) !== l.value.trim()) return literal;
  const cell = `${l.sheet}!${address(l.row, l.col)}`;
  if (mode === 'live') return { formula: guarded(source, expr, `"${MISSING}"`, cell), value: found ?? MISSING };
  return { formula: `IF(ISBLANK(${source}),"",IF(ISNUMBER(MATCH(TRIM(${source})&"",${MISSING_ARRAY},0)),"",${expr}))`, value: found ?? '' };
}

const MISSING = MISSING_WORD['zh-CN'];
/** Every text the core reads as missing, as an array constant: native formulas must read them so too. */
const MISSING_ARRAY = `{${[...Object.values(MISSING_WORD), ...MISSING_MARKS].map((w) => `"${w}"`).join(',')}}`;

/** A source cell as a live sheet passes it on: an error named, a blank marked, a number scaled, text as it is. */
function guarded(source: string, expr: string, blank: string, cell?: string): string {
  const error = `"${ERROR_MARK['zh-CN'](cell ?? source).replace(/"/g, '""')}"`;
  const value = expr === source ? `IF(ISBLANK(${source}),${blank},${source})` : `IF(ISNUMBER(${source}),${expr},IF(ISBLANK(${source}),${blank},${source}))`;
  return `IF(ISERROR(${source}),${error},${value})`;
}

function describeSource(l: Located): string {
  const cell = `${l.sheet}!${address(l.row, l.col)}`;
  const how = l.source === 'name' ? `名称 ${l.name ?? nameFor(l.key)} → ${cell}` : l.source === 'template' ? `基础数据表 ${cell}` : `报表标签 ${cell}`;
  const extra = [
    l.source === 'label' ? `${l.labels?.join(' / ')}，可信度${l.confidence}` : '',
    l.unit && l.scale !== undefined && l.scale !== 1 ? `原单位${l.unit}，已换算为万元` : '',
    l.problem ? `需重新计算：${l.problem}` : '',
    l.ambiguous ? `${l.ambiguous.length}处数值不一致，未采用` : '',
    l.conflicts?.length ? `另有${l.conflicts.length}处不一致` : '',
  ].filter(Boolean);
  return extra.length ? `${how}（${extra.join('；')}）` : how;
}
