import type { Locale } from "../core";
import { officeLocale } from "../hosts/office/runtime";
import * as perf from "./perf";
import type { CellResult } from "./cell-values";

/**
 * The PERF.* custom functions. Each is a synchronous wrapper: the work is in ./perf.ts and the core.
 * The build reads this file's JSDoc into functions.json and appends CustomFunctions.associate calls.
 */

// The build appends CustomFunctions.associate(…) calls below. Opened as a plain web page there is no
// Excel and no CustomFunctions; registering into a stand-in keeps that page free of errors.
(globalThis as { CustomFunctions?: unknown }).CustomFunctions ??= {
  associate: () => undefined,
};

const locale: () => Locale = officeLocale;

const ERROR_CODES = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  na: () => CustomFunctions.ErrorCode.notAvailable,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
};

/** A value for the cell, or the Excel error value with its Chinese message (Excel takes messages for #VALUE! and #N/A only). */
function toCell<T extends number | string>(result: CellResult): T {
  if (result.ok) return result.value as T;
  const code = ERROR_CODES[result.code]();
  const withMessage = result.code === "value" || result.code === "na";
  throw withMessage
    ? new CustomFunctions.Error(code, result.message)
    : new CustomFunctions.Error(code);
}

/**
 * 控制率 = 实际支出数 ÷ 预算数，返回小数（单元格设为百分比格式即显示为 36.18%）。预算数为0时返回 #DIV/0!。
 * @customfunction CONTROLRATE
 * @param actual 实际支出数，如“三公”经费实际支出数、日常公用经费决算数
 * @param budget 预算数，如“三公”经费预算安排数、日常公用经费调整预算数
 * @returns 控制率（小数）
 */
export function controlRate(actual: any, budget: any): number {
  return toCell(perf.controlRate(actual, budget, locale()));
}

/**
 * 季度预算执行率 = (季度末累计支出 ÷ 全年预算) ÷ (25% × 季度)，返回小数，可超过100%。
 * @customfunction EXECRATE
 * @param budget 部门预算总额（全年）
 * @param cumulativeSpent 该季度末累计支出（与预算同一单位）
 * @param quarter 季度：1、2、3 或 4
 * @returns 季度预算执行率（小数）
 */
export function execRate(budget: any, cumulativeSpent: any, quarter: any): number {
  return toCell(perf.execRate(budget, cumulativeSpent, quarter, locale()));
}

/**
 * 资金调整、调剂比例 = 调整、调剂资金累计数 ÷ 部门预算总规模，返回小数。
 * @customfunction ADJUSTRATE
 * @param adjusted 调整、调剂资金累计数
 * @param scale 部门预算总规模
 * @returns 调整、调剂比例（小数）
 */
export function adjustRate(adjusted: any, scale: any): number {
  return toCell(perf.adjustRate(adjusted, scale, locale()));
}

/**
 * 控制率得分（公用经费控制率的一半）：控制率<90%得满分，90%–100%（含）得满分的三分之二，>100%得0分。
 * @customfunction CONTROLSCORE
 * @param actual 实际支出数（“三公”经费实际支出数或日常公用经费决算数）
 * @param budget 预算数（“三公”经费预算安排数或日常公用经费调整预算数）
 * @param [points] 满分，默认3分
 * @returns 得分
 */
export function controlScore(actual: any, budget: any, points?: any): number {
  return toCell(perf.controlScore(actual, budget, points, locale()));
}

/**
 * 政府采购执行情况得分（2分）：执行率×1分（实际大于计划得0分）+ 政策功能落实（1分）。
 * @customfunction PROCUREMENTSCORE
 * @param planned 政府采购计划金额
 * @param actual 实际政府采购金额
 * @param policy 政府采购政策功能执行落实：是/否，或0–1之间的得分
 * @returns 得分
 */
export function procurementScore(planned: any, actual: any, policy: any): number {
  return toCell(perf.procurementScore(planned, actual, policy, locale()));
}

/**
 * 资金调整、调剂规范性得分：调整比例在10%以内得满分，超出10%的每超出一个百分点扣0.1分，扣完为止。
 * @customfunction ADJUSTSCORE
 * @param adjusted 调整、调剂资金累计数
 * @param scale 部门预算总规模
 * @param [points] 满分，默认1分
 * @returns 得分
 */
export function adjustScore(adjusted: any, scale: any, points?: any): number {
  return toCell(perf.adjustScore(adjusted, scale, points, locale()));
}

/**
 * 固定资产利用率得分（1分）：≥90%得1分，≥75%得0.7分，≥60%得0.4分，否则0分。
 * @customfunction ASSETSCORE
 * @param inUse 实际在用固定资产总额
 * @param total 固定资产总额
 * @returns 得分
 */
export function assetScore(inUse: any, total: any): number {
  return toCell(perf.assetScore(inUse, total, locale()));
}

/**
 * 财政供养人员控制率得分（1分）：在编人数 ÷ 核定编制数 ≤100%得1分，否则0分。
 * @customfunction STAFFSCORE
 * @param onPayroll 本年度在编人数（含工勤人员）
 * @param authorized 核定编制数（含工勤人员）
 * @returns 得分
 */
export function staffScore(onPayroll: any, authorized: any): number {
  return toCell(perf.staffScore(onPayroll, authorized, locale()));
}

/**
 * 编外人员控制率得分（1分）：编外 ÷ (在编+编外) <5%得1分，5%–10%得0.5分，>10%得0分。
 * @customfunction CONTRACTSTAFFSCORE
 * @param contract 编外人员数（含劳务派遣、直接聘用）
 * @param onPayroll 本年度在编人数
 * @returns 得分
 */
export function contractStaffScore(contract: any, onPayroll: any): number {
  return toCell(perf.contractStaffScore(contract, onPayroll, locale()));
}

/**
 * 预算执行率得分（6分）：四个季度各按执行率最高得1分，全年平均执行率×2分最高得2分。
 * @customfunction EXECSCORE
 * @param budget 部门预算总额（全年）
 * @param q1 第一季度末累计支出
 * @param q2 第二季度末累计支出
 * @param q3 第三季度末累计支出
 * @param q4 第四季度末累计支出
 * @returns 得分
 */
export function execScore(budget: any, q1: any, q2: any, q3: any, q4: any): number {
  return toCell(perf.execScore(budget, q1, q2, q3, q4, locale()));
}

/**
 * 重点工作完成情况得分（8分）：每有一项重点工作未完成扣4分，扣完为止。
 * @customfunction KEYWORKSCORE
 * @param missed 未完成的重点工作项数
 * @returns 得分
 */
export function keyWorkScore(missed: any): number {
  return toCell(perf.keyWorkScore(missed, locale()));
}

/**
 * 项目完成及时性得分（6分）= 按计划时间完成项目数 ÷ 计划完成项目总数 × 6分。
 * @customfunction TIMELINESSSCORE
 * @param planned 计划完成项目总数
 * @param onTime 按计划时间完成项目数
 * @returns 得分
 */
export function timelinessScore(planned: any, onTime: any): number {
  return toCell(perf.timelinessScore(planned, onTime, locale()));
}

/**
 * 预决算信息公开得分（3分）：预算、决算公开各为“完全”1.5分、“部分”1分、“未公开”0分；涉密单位直接得3分。
 * @customfunction DISCLOSURESCORE
 * @param budgetDisclosure 部门预算公开情况：完全/部分/未公开
 * @param finalAccountsDisclosure 部门决算公开情况：完全/部分/未公开
 * @param [classified] 是否涉密单位：是/否
 * @returns 得分
 */
export function disclosureScore(
  budgetDisclosure: any,
  finalAccountsDisclosure: any,
  classified?: any
): number {
  return toCell(
    perf.disclosureScore(budgetDisclosure, finalAccountsDisclosure, classified, locale())
  );
}

/**
 * 群众信访办理情况得分（3分）：反映渠道1分 + 办理回复率100%得1分 + 及时办理回复率100%得1分；未收到信访视为达标。
 * @customfunction PETITIONSCORE
 * @param channel 建立了群众意见反映渠道和办理回复机制：是/否
 * @param received 当年度收到群众信访件数
 * @param replied 已办理回复件数
 * @param onTime 按期办理回复件数
 * @returns 得分
 */
export function petitionScore(channel: any, received: any, replied: any, onTime: any): number {
  return toCell(perf.petitionScore(channel, received, replied, onTime, locale()));
}

/**
 * 公众或服务对象满意度得分（6分）：≥95%得6分，≥90%得4分，≥80%得2分，否则1分。
 * @customfunction SATISFACTIONSCORE
 * @param satisfaction 满意度：93.95%、0.9395 或 93.95 均可
 * @returns 得分
 */
export function satisfactionScore(satisfaction: any): number {
  return toCell(perf.satisfactionScore(satisfaction, locale()));
}

/**
 * 效果性得分（25分）= 分值 × 个性化绩效指标加权完成率；完成率：越大越好为 实际÷目标，越小越好为 目标÷实际，最高100%。
 * @customfunction KPISCORE
 * @param kpiRange 指标表区域，每行：方面、名称、目标值、实际值、方向（>= 或 <=）、权重（可空，默认1）；可含标题行
 * @param [points] 满分，默认25分
 * @returns 得分
 */
export function kpiScore(kpiRange: any[][], points?: any): number {
  return toCell(perf.kpiScore(kpiRange, points, locale()));
}

/**
 * 判断项合计：每项“是”得该项分值，“否”得0分，或填写部分得分。
 * @customfunction CHECKLIST
 * @param values 判断区域：是/否，或0至该项分值之间的得分
 * @param points 各项分值：一个数字（各项相同）或与判断区域同样多的单元格
 * @returns 得分
 */
export function checklist(values: any[][], points: any[][]): number {
  return toCell(perf.checklist(values, points, locale()));
}

/**
 * 按项扣分：满分 − 项数 × 每项扣分，扣完为止。
 * @customfunction DEDUCT
 * @param points 满分
 * @param count 扣分项数
 * @param per 每项扣分
 * @returns 得分
 */
export function deduct(points: any, count: any, per: any): number {
  return toCell(perf.deduct(points, count, per, locale()));
}

/**
 * 任一三级指标的计算得分：按指标名称，从“键名/名称”列和“数值”列读取输入（如绩效基础数据表）。
 * @customfunction SCORE
 * @param indicator 三级指标名称，如“公用经费控制率”
 * @param keys 输入项键名或中文名称所在区域
 * @param values 与键名一一对应的数值区域
 * @param [kpiRange] 效果性指标的个性化绩效指标表（可选）
 * @param [framework] 工作簿保存的指标体系所在区域（可选，评分表自动填写；不填时按内置的龙岗区2021年指标体系）
 * @returns 得分
 */
export function score(
  indicator: any,
  keys: any[][],
  values: any[][],
  kpiRange?: any[][],
  framework?: any[][]
): number {
  return toCell(perf.scoreIndicator(indicator, keys, values, kpiRange, framework, locale()));
}

/**
 * 任一三级指标的扣分情况说明文字，如“‘三公’经费控制率为36.18%，得3分；……”。
 * @customfunction EXPLAIN
 * @param indicator 三级指标名称，如“公用经费控制率”
 * @param keys 输入项键名或中文名称所在区域
 * @param values 与键名一一对应的数值区域
 * @param [kpiRange] 效果性指标的个性化绩效指标表（可选）
 * @param [framework] 工作簿保存的指标体系所在区域（可选，评分表自动填写；不填时按内置的龙岗区2021年指标体系）
 * @returns 扣分情况说明
 */
export function explain(
  indicator: any,
  keys: any[][],
  values: any[][],
  kpiRange?: any[][],
  framework?: any[][]
): string {
  return toCell(perf.explain(indicator, keys, values, kpiRange, framework, locale()));
}

/**
 * 评分等级：≥90 优，≥80 良，≥60 中，<60 差（或工作簿保存的指标体系的等级）。
 * @customfunction GRADE
 * @param total 总得分
 * @param [framework] 工作簿保存的指标体系所在区域（可选；不填时按内置的龙岗区2021年指标体系）
 * @returns 评分等级
 */
export function grade(total: any, framework?: any[][]): string {
  return toCell(perf.grade(total, framework, locale()));
}
