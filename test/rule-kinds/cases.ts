import { readFileSync } from "node:fs";
import { readFramework, type Framework, type Rule, type RuleKind } from "../../src/core";
import { repoFile } from "../helpers";

/** The example framework of every new rule shape (examples/rule-shapes.framework.json), read and registered. */
export function shapesFramework(): Framework {
  const read = readFramework(
    JSON.parse(readFileSync(repoFile("examples", "rule-shapes.framework.json"), "utf8"))
  );
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.framework;
}

export interface KindCase {
  rule: Rule;
  points: number;
  inputs: Record<string, unknown>;
  kpis?: unknown;
  score: number | null;
  /** The 扣分情况说明, as the core writes it in Chinese. */
  explanation: string;
}

const L = (zh: string) => ({ "zh-CN": zh });
const ratio = (n: string, d: string) => ({ numerator: [n], denominator: [d] });

/**
 * One worked case per rule kind, keyed by the registry's kinds: a kind added without a case here does not
 * compile. Inputs use the common catalog and the example framework's own inputs.
 */
export const KIND_CASES: { [K in RuleKind]: KindCase } = {
  tiers: {
    rule: {
      kind: "tiers",
      label: L("“三公”经费控制率"),
      measure: ratio("sanGongActual", "sanGongBudget"),
      tiers: [{ when: "<=", bound: "90%", score: 5 }],
      otherwise: 2,
    },
    points: 5,
    inputs: { sanGongActual: 9.5, sanGongBudget: 10 },
    score: 2,
    explanation: "“三公”经费控制率为95.00%，得2分",
  },
  linearDeduction: {
    rule: {
      kind: "linearDeduction",
      label: L("预算调整率"),
      measure: ratio("fundsAdjusted", "budgetScale"),
      threshold: "10%",
      perPercentPoint: "0.5",
    },
    points: 5,
    inputs: { fundsAdjusted: 15, budgetScale: 100 },
    score: 2.5,
    explanation: "预算调整率为15.00%，超出10%共5.00个百分点，扣2.5分，得2.5分",
  },
  proportional: {
    rule: {
      kind: "proportional",
      label: L("政府采购执行率"),
      measure: ratio("procurementActual", "procurementPlanned"),
      above: "zero",
    },
    points: 4,
    inputs: { procurementActual: 90, procurementPlanned: 100 },
    score: 3.6,
    explanation: "政府采购执行率为90.00%，得3.6分",
  },
  checklist: {
    rule: {
      kind: "checklist",
      items: [
        { key: "budgetAlignedWithDuties", points: 1 },
        { key: "budgetPrioritized", points: 1 },
      ],
    },
    points: 2,
    inputs: { budgetAlignedWithDuties: "是", budgetPrioritized: "否" },
    score: 1,
    explanation: "“预算资金根据年度工作重点合理分配”未达到，扣1分",
  },
  deductPerItem: {
    rule: { kind: "deductPerItem", key: "budgetNonCompliantItems", per: 1 },
    points: 5,
    inputs: { budgetNonCompliantItems: 2 },
    score: 3,
    explanation: "预算编制不符合财政部门要求的项数为2项，扣2分，得3分",
  },
  choice: {
    rule: { kind: "choice", key: "budgetDisclosure", values: { 完全: 3, 部分: 1.5, 未公开: 0 } },
    points: 3,
    inputs: { budgetDisclosure: "部分" },
    score: 1.5,
    explanation: "部门预算公开情况：部分，得1.5分",
  },
  amountCases: {
    rule: {
      kind: "amountCases",
      key: "balanceNow",
      reference: "balanceBefore",
      none: 3,
      within: 2,
      above: 0,
    },
    points: 3,
    inputs: { balanceNow: 80, balanceBefore: 100 },
    score: 2,
    explanation: "本年结转结余为80，未超过上年结转结余（100），得2分",
  },
  coefficient: {
    rule: { kind: "coefficient", key: "satisfaction" },
    points: 10,
    inputs: { satisfaction: "85%" },
    score: 8.5,
    explanation: "公众或服务对象满意度为85.00%，按分值10分计，得8.5分",
  },
  quarterlyExecution: {
    rule: {
      kind: "quarterlyExecution",
      quarterPoints: 1,
      annualPoints: 4,
      budget: "executionBudget",
      spent: ["spentQ1", "spentQ2", "spentQ3", "spentQ4"],
      rates: ["executionRateQ1", "executionRateQ2", "executionRateQ3", "executionRateQ4"],
    },
    points: 8,
    inputs: { executionBudget: 100, spentQ1: 25, spentQ2: 50, spentQ3: 60, spentQ4: 100 },
    score: 7.6,
    explanation:
      "第一季度预算执行率为100.00%，得1分；第二季度预算执行率为100.00%，得1分；第三季度预算执行率为80.00%，得0.8分；第四季度预算执行率为100.00%，得1分；全年平均执行率为95.00%，得3.8分",
  },
  kpiTable: {
    rule: {
      kind: "kpiTable",
      fallback: "effectivenessScore",
      minAspects: 1,
      aspects: [L("社会效益")],
    },
    points: 10,
    inputs: {},
    kpis: [
      { aspect: "社会效益", name: "服务人次", target: 100, actual: 80, direction: ">=", weight: 1 },
    ],
    score: 8,
    explanation: "个性化绩效指标1项，加权完成率为80.00%，得8分；“服务人次”完成率为80.00%",
  },
  composite: {
    rule: {
      kind: "composite",
      zeroIf: "seriousViolation",
      parts: [
        { kind: "checklist", points: 1, items: [{ key: "spendingCompliant", points: 1 }] },
        { kind: "deductPerItem", points: 2, key: "keyTasksMissed", per: 1 },
      ],
    },
    points: 3,
    inputs: { seriousViolation: "否", spendingCompliant: "是", keyTasksMissed: 1 },
    score: 2,
    explanation:
      "“资金支出规范（资金管理、费用标准、支付符合制度规定）”达到要求，得1分；未完成的重点工作项数为1项，扣1分，得1分",
  },
  falling: {
    rule: { kind: "falling", label: L("单位成本"), actual: "costActual", target: "costTarget" },
    points: 10,
    inputs: { costActual: 15, costTarget: 10 },
    score: 5,
    explanation: "单位成本为15万元，超过目标值10万元的50.00%（越低越好，超出一倍得0分），得5分",
  },
  band: {
    rule: {
      kind: "band",
      key: "qualityBand",
      score: "qualityScore",
      bands: [
        { answer: "达成年度指标", from: "80%", to: "100%" },
        { answer: "部分达成年度指标并具有一定效果", from: "60%", to: "80%" },
        { answer: "未达成年度指标且效果较差", from: "0%", to: "60%" },
      ],
    },
    points: 15,
    inputs: { qualityBand: "达成年度指标", qualityScore: 13.5 },
    score: 13.5,
    explanation: "质量目标完成档次评为“达成年度指标”（分值的80.00%至100.00%），自评得13.5分",
  },
  eitherOf: {
    rule: {
      kind: "eitherOf",
      parts: [
        {
          kind: "tiers",
          points: 5,
          label: L("结转结余率"),
          measure: { percent: "balanceRate" },
          tiers: [{ when: "<=", bound: "5%", score: 5 }],
          otherwise: 0,
        },
        {
          kind: "amountCases",
          points: 5,
          key: "balanceNow",
          reference: "balanceBefore",
          none: 5,
          within: 4,
          above: 0,
        },
      ],
    },
    points: 5,
    inputs: { balanceNow: 0, balanceBefore: 30 },
    score: 5,
    explanation: "二者择其一，按第2项计分：无本年结转结余，得5分",
  },
  weighted: {
    rule: {
      kind: "weighted",
      weights: ["fundFiscal", "fundOther"],
      parts: [
        {
          kind: "proportional",
          points: 10,
          label: L("财政拨款执行率"),
          measure: ratio("spentFiscal", "fundFiscal"),
        },
        {
          kind: "proportional",
          points: 10,
          label: L("其他资金执行率"),
          measure: ratio("spentOther", "fundOther"),
        },
      ],
    },
    points: 10,
    inputs: { fundFiscal: 300, fundOther: 100, spentFiscal: 300, spentOther: 50 },
    score: 8.75,
    explanation:
      "按资金量加权：财政拨款全年预算数300万元得10分，其他资金全年预算数100万元得5分，加权得8.75分",
  },
  deviation: {
    rule: {
      kind: "deviation",
      label: L("完成值与指标值之比"),
      measure: ratio("outputActual", "outputTarget"),
      at: "130%",
      deduct: 2,
      parts: [
        {
          kind: "proportional",
          points: 20,
          label: L("数量指标完成率"),
          measure: ratio("outputActual", "outputTarget"),
        },
      ],
    },
    points: 20,
    inputs: { outputActual: 13, outputTarget: 10 },
    score: 18,
    explanation:
      "数量指标完成率为130.00%，得20分；完成值与指标值之比为130.00%，达到130.00%及以上，偏离扣2分，得18分",
  },
  gate: {
    rule: {
      kind: "gate",
      key: "safetyIncident",
      parts: [{ kind: "checklist", points: 5, items: [{ key: "rulesFollowed", points: 5 }] }],
    },
    points: 5,
    inputs: { safetyIncident: "是", rulesFollowed: "是" },
    score: 0,
    explanation: "“发生重大安全责任事故”为“是”，一票否决，本项得0分",
  },
  notApplicable: {
    rule: {
      kind: "notApplicable",
      key: "noProcurement",
      then: "full",
      parts: [
        {
          kind: "proportional",
          points: 5,
          above: "zero",
          label: L("政府采购执行率"),
          measure: ratio("procurementActual", "procurementPlanned"),
        },
      ],
    },
    points: 5,
    inputs: { noProcurement: "是" },
    score: 5,
    explanation: "“本年度无政府采购项目”为“是”，本项不适用，得满分5分",
  },
};
