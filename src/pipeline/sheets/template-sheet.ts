import { inputDef, MISSING_WORD, placedIndicators, ruleInputKeys, type Framework, type InputDef } from '../../core';
import { TEMPLATE_SHEET } from './names';
import { emptyPlan, uniqueSheetName, type CellPlan, type SheetPlan } from './plan';
import type { CellValue } from '../snapshot';

/**
 * The 绩效基础数据 sheet: one row per input key (label, unit, value, source note, key), then the
 * KPI table of 效果性 and the evaluator's own scores with reasons. The reader (locate/template.ts)
 * finds its parts by these header words, so a user may move rows about.
 */

export const TEMPLATE_WORDS = {
  title: '部门整体支出绩效评价基础数据表',
  guide:
    '填写说明：把“数值”列的“缺少”换成数字，或换成指向本单位报表的公式（如 =\'表1-3 支出\'!C7）；判断项填“是”/“否”或部分得分。' +
    '“缺少”或空白表示缺少数据，该项不计分（不会按0分计）；暂时没有的数据请保留“缺少”，不要清空（Excel 桌面版把空白单元格当作0传给 PERF 函数）。' +
    '“键名”列供计分使用，请勿修改。',
  unit: '单位名称',
  year: '评价年度',
  inputsSection: '一、基础数据',
  inputHeaders: ['序号', '三级指标', '输入项', '单位', '数值', '数据来源 / 说明', '键名'],
  kpiSection: '二、个性化绩效指标（效果性，至少覆盖三个方面）',
  kpiHeaders: ['方面', '指标名称', '目标值', '实际值', '方向', '权重'],
  overridesSection: '三、评价人自评得分（与数据计算不一致时须写明理由）',
  overrideHeaders: ['三级指标', '分值', '自评得分', '理由'],
  keyHeader: '键名',
  valueHeader: '数值',
};

export const KPI_ROWS = 12;
export const DIRECTIONS = ['>=', '<='];

const UNIT_WORDS: Record<InputDef['type'], (def: InputDef) => string> = {
  amount: (d) => d.unit ?? '万元',
  count: (d) => d.unit ?? '个',
  percent: () => '%',
  quantity: () => '',
  judgement: () => '是/否',
  flag: () => '是/否',
  choice: () => '完全/部分/未公开',
  score: () => '分',
};

const FORMATS: Partial<Record<InputDef['type'], string>> = {
  amount: '#,##0.00',
  count: '0',
  percent: '0.00%',
  score: '0.00',
};

function sourceNote(def: InputDef): string {
  if (def.source) return def.source;
  if (def.type === 'judgement') return '评价人判断：是/否，或部分得分';
  return def.type === 'choice' ? '完全 / 部分 / 未公开' : '是 / 否';
}

type Fill = CellValue | { formula: string; result?: CellValue };

/** What to write into the template's value cells (the sample workbook fills them with formulas). */
export interface TemplateFill {
  unit?: Fill;
  year?: Fill;
  inputs?: Record<string, Fill>;
  kpis?: CellValue[][];
  overrides?: Record<string, { score: number; reason: string }>;
}

/** The template as a plan, empty or filled. */
export function planTemplateSheet(framework: Framework, existing: string[], fill: TemplateFill = {}): SheetPlan {
  const W = TEMPLATE_WORDS;
  const plan = emptyPlan(uniqueSheetName(TEMPLATE_SHEET, existing));
  const cells = plan.cells;
  const put = (row: number, col: number, cell: Omit<CellPlan, 'row' | 'col'>) => cells.push({ row, col, ...cell });
  plan.columnWidths = [6, 22, 40, 10, 16, 44, 26];
  plan.landscape = true;

  put(1, 1, { value: W.title, style: 'title' });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: 7 });
  put(2, 1, { value: W.guide, style: 'note' });
  plan.merges.push({ top: 2, left: 1, bottom: 2, right: 7 });
  plan.rowHeights[2] = 50;
  put(3, 2, { value: W.unit, style: 'label' });
  put(3, 3, { ...valueCell(fill.unit), style: 'input' });
  put(3, 4, { value: W.year, style: 'label' });
  put(3, 5, { ...valueCell(fill.year), style: 'input', numberFormat: '0' });

  let row = 5;
  put(row, 1, { value: W.inputsSection, style: 'section' });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.inputHeaders.forEach((h, i) => put(row, i + 1, { value: h, style: 'header' }));
  plan.freezeRows = row;
  row++;

  const seen = new Set<string>();
  let n = 0;
  for (const { indicator } of placedIndicators(framework)) {
    const keys = ruleInputKeys(indicator.rule).filter((k) => !seen.has(k));
    keys.forEach((k) => seen.add(k));
    if (!keys.length) continue;
    const first = row;
    for (const key of keys) {
      const def = inputDef(key)!;
      n++;
      put(row, 1, { value: n, style: 'text' });
      put(row, 3, { value: def.zh, style: 'wrap' });
      put(row, 4, { value: UNIT_WORDS[def.type](def), style: 'text' });
      put(row, 5, { ...valueCell(fill.inputs?.[key] ?? MISSING_WORD['zh-CN']), style: 'input', numberFormat: FORMATS[def.type] });
      put(row, 6, { value: sourceNote(def), style: 'note' });
      put(row, 7, { value: key, style: 'key' });
      plan.validations.push(validationFor(def, row));
      row++;
    }
    put(first, 2, { value: indicator.name, style: 'wrap' });
    if (row - 1 > first) plan.merges.push({ top: first, left: 2, bottom: row - 1, right: 2 });
  }

  row++;
  put(row, 1, { value: W.kpiSection, style: 'section' });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.kpiHeaders.forEach((h, i) => put(row, i + 1, { value: h, style: 'header' }));
  row++;
  const aspects = (placedIndicators(framework).find((p) => p.indicator.rule.kind === 'kpiTable')?.indicator.rule as { aspects?: string[] }).aspects ?? [];
  const kpiValues = fill.kpis ?? [];
  for (let i = 0; i < KPI_ROWS; i++) {
    for (let c = 0; c < 6; c++) {
      const v = kpiValues[i]?.[c];
      put(row + i, c + 1, { ...(v !== undefined && { value: v }), style: 'input', ...((c === 2 || c === 3) && { numberFormat: '#,##0.00' }) });
    }
  }
  plan.validations.push(
    { top: row, left: 1, bottom: row + KPI_ROWS - 1, right: 1, kind: 'list', options: aspects, prompt: '社会效益、经济效益、生态效益或可持续影响' },
    { top: row, left: 3, bottom: row + KPI_ROWS - 1, right: 4, kind: 'decimal', min: 0 },
    { top: row, left: 5, bottom: row + KPI_ROWS - 1, right: 5, kind: 'list', options: DIRECTIONS, prompt: '>= 越大越好，<= 越小越好' },
    { top: row, left: 6, bottom: row + KPI_ROWS - 1, right: 6, kind: 'decimal', min: 0, prompt: '权重，空白按1计' },
  );
  row += KPI_ROWS + 1;

  put(row, 1, { value: W.overridesSection, style: 'section' });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.overrideHeaders.forEach((h, i) => put(row, i + 2, { value: h, style: 'header' }));
  plan.merges.push({ top: row, left: 5, bottom: row, right: 7 });
  row++;
  const overrides = fill.overrides ?? {};
  for (const { indicator } of placedIndicators(framework)) {
    const o = overrides[indicator.name];
    put(row, 2, { value: indicator.name, style: 'wrap' });
    put(row, 3, { value: indicator.points, style: 'number' });
    put(row, 4, { ...(o ? { value: o.score } : {}), style: 'input', numberFormat: '0.00' });
    put(row, 5, { ...(o ? { value: o.reason } : {}), style: 'input' });
    plan.merges.push({ top: row, left: 5, bottom: row, right: 7 });
    plan.validations.push({ top: row, left: 4, bottom: row, right: 4, kind: 'decimal', min: 0, max: indicator.points, prompt: `0–${indicator.points}分，须在右侧写明理由` });
    row++;
  }
  plan.printArea = { bottom: row - 1, right: 7 };
  return plan;
}

function valueCell(v: Fill | undefined): Pick<CellPlan, 'value' | 'formula'> {
  if (v === undefined) return {};
  return typeof v === 'object' && v !== null ? { formula: v.formula, ...(v.result !== undefined && { value: v.result }) } : { value: v };
}

function validationFor(def: InputDef, row: number) {
  const at = { top: row, left: 5, bottom: row, right: 5 };
  switch (def.type) {
    case 'judgement':
      return { ...at, kind: 'list' as const, options: ['是', '否'], lenient: true, prompt: '是 / 否，或部分得分' };
    case 'flag':
      return { ...at, kind: 'list' as const, options: ['是', '否'] };
    case 'choice':
      return { ...at, kind: 'list' as const, options: def.options ?? [] };
    case 'count':
      return { ...at, kind: 'whole' as const, min: 0 };
    case 'percent':
      return { ...at, kind: 'decimal' as const, min: 0, ...(def.max !== undefined && { max: def.max / 100 }) };
    default:
      return { ...at, kind: 'decimal' as const, min: 0 };
  }
}
