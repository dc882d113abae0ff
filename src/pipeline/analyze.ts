import { evaluate, getFramework, inputLabel, isMissingValue, placedIndicators, ruleInputKeys, type Framework, type Locale, type ScoreResult } from '../core';
import { address } from './a1';
import { locateInputs, type Located, type Locator, type LocatedInputs } from './locate';
import { nameFor } from './locate/names';
import { inputsFromWorkbook } from './normalize';
import type { SheetPlan } from './sheets/plan';
import { planScoreSheet, type FormulaMode } from './sheets/score-sheet';
import type { WorkbookSnapshot } from './snapshot';

export interface GenerateOptions {
  mode: FormulaMode;
  framework?: Framework;
  locale?: Locale;
  /** Input sources after names and the template; labels in the unit's own sheets unless given. */
  locators?: readonly Locator[];
}

export interface Generated extends Analysis {
  plan: SheetPlan;
}

/**
 * The host-neutral pipeline: a workbook's contents in, the score and the score sheet (as a plan) out.
 * Office.js and .xlsx adapters only read the snapshot and apply the plan.
 */
export interface Analysis {
  result: ScoreResult;
  located: LocatedInputs;
  /** Set when the workbook holds no input at all: why, and what to do, in one message. */
  noInputs?: string;
}

/** Finds the inputs and scores them, without planning a sheet: what the task pane shows before generating. */
export function analyzeWorkbook(wb: WorkbookSnapshot, options: Omit<GenerateOptions, 'mode'> = {}): Analysis {
  const framework = options.framework ?? getFramework()!;
  const located = locateInputs(wb, options.locators);
  const file = inputsFromWorkbook(located, framework.id);
  // An ambiguity is worth a finding only where it leaves an indicator without data.
  const gaps = new Set(evaluate(file, framework).indicators.flatMap((i) => i.missing.flatMap((k) => k.split('|'))));
  const result = evaluate(file, framework, options.locale, sourceFindings(located, gaps));
  const found = [...located.inputs.values()].some((l) => !isMissingValue(l.value));
  return { result, located, ...(!found && { noInputs: noInputsMessage(framework) }) };
}

export function scoreWorkbook(wb: WorkbookSnapshot, options: GenerateOptions): Generated {
  const framework = options.framework ?? getFramework()!;
  const analysis = analyzeWorkbook(wb, options);
  const plan = planScoreSheet({ framework, result: analysis.result, located: analysis.located, mode: options.mode, existingSheets: wb.sheets.map((s) => s.name) });
  return { ...analysis, plan };
}

function sourceFindings(located: LocatedInputs, gaps: Set<string>): string[] {
  const out: string[] = [];
  for (const l of located.inputs.values()) {
    const label = inputLabel(l.key, 'zh-CN');
    if (l.problem) out.push(`${label}：${l.problem} 是公式，但文件中没有计算结果，请在 Excel 中打开、重新计算并保存后再试。`);
    if (l.ambiguous && gaps.has(l.key)) {
      const values = l.ambiguous.map((a) => `${where(a)}为${show(a.value)}`).join('，');
      out.push(`${label}：在本单位报表中找到多个不一致的数值（${values}），未采用；请在“绩效基础数据”表中填写，或为正确的单元格定义名称 ${nameFor(l.key)}。`);
    } else if (!l.ambiguous && l.source === 'label' && l.confidence < 0.7) {
      out.push(`${label}：按报表标签推断取自 ${where(l)}（${l.labels?.join(' / ')}，可信度${l.confidence}），请核对。`);
    }
    for (const c of l.conflicts ?? []) {
      out.push(`${label}：${where(l)}的值为${show(l.value)}，${where(c)}的值为${show(c.value)}，两处不一致，已采用前者。`);
    }
  }
  return out;
}

const show = (v: unknown) => (isMissingValue(v) ? '空白' : `“${String(v)}”`);

function where(l: Located): string {
  const cell = `${l.sheet}!${address(l.row, l.col)}`;
  return l.source === 'name' ? `名称 ${l.name}（${cell}）` : l.source === 'template' ? `基础数据表 ${cell}` : cell;
}

function noInputsMessage(framework: Framework): string {
  const lines = placedIndicators(framework).map(({ indicator }) => `${indicator.name}：${ruleInputKeys(indicator.rule).map((k) => inputLabel(k, 'zh-CN')).join('、')}`);
  return (
    '工作簿中没有找到计分数据：既没有以 PERF_ 开头的名称，“绩效基础数据”表中也没有填写数值。' +
    '请先创建“绩效基础数据”表（任务窗格“创建基础数据表”或 perf-score template）并填写以下数据：\n' +
    lines.join('\n')
  );
}
