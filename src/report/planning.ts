import type { Run } from "../i18n/runs";
import { p, type DraftContext } from "./context";
import { countRun } from "./figures";
import type { Block } from "./model";

/**
 * 3. 预算编制和绩效目标管理情况: the 部门决策 group told from the evaluator's answers behind 预算编制合理性,
 * 预算编制规范性, 绩效目标完整性 and 绩效指标明确性, in the reports' stock sentences. An answer not given
 * is asked, by its name; a “否” or a partial answer says so (its cause and remedy are 存在的问题's).
 */

type PlanningKey = keyof DraftContext["w"]["planning"];

const BUDGET: PlanningKey[] = [
  "budgetAlignedWithDuties",
  "budgetPrioritized",
  "specialFundsDetailed",
  "classificationAccurate",
  "allocationNotOssified",
];
const TARGETS: PlanningKey[] = [
  "indicatorsDecomposeTasks",
  "indicatorsIncludeBenefits",
  "indicatorsHaveValues",
  "indicatorsQuantified",
  "targetValuesJustified",
];

export function planning(c: DraftContext): Block[] {
  const given = (k: string) => c.amount(k) !== undefined || c.f.answer(k) !== undefined;
  const all = [...BUDGET, ...TARGETS, "budgetNonCompliantItems", "missingPerformanceTargets"];
  // Nothing answered: the matter is asked once; the answers themselves belong in the pane or the data sheet.
  if (!all.some(given)) return [p(c.w.sentence([c.ask(c.w.ask.topics.planning)]))];
  const sentence = (clauses: Run[][]) => p(c.w.sentence(c.join(clauses, c.w.clauseSeparator)));
  return [
    sentence([...statements(c, BUDGET), count(c, "budgetNonCompliantItems")]),
    sentence([count(c, "missingPerformanceTargets"), ...statements(c, TARGETS)]),
  ];
}

function statements(c: DraftContext, keys: PlanningKey[]): Run[][] {
  return keys.map((key) => {
    const [yes, no] = c.w.planning[key];
    const a = c.f.answer(key);
    if (a === undefined) return [c.askFor([key])];
    if (a === true) return [{ text: yes }];
    return [{ text: a === "partly" ? c.w.answers.partly(yes) : no }];
  });
}

/** 预算编制规范性 and 绩效目标完整性 are counts of shortcomings: none is a statement, some are counted. */
function count(
  c: DraftContext,
  key: "budgetNonCompliantItems" | "missingPerformanceTargets"
): Run[] {
  const n = c.amount(key);
  if (n === undefined) return [c.askFor([key])];
  const none = key === "budgetNonCompliantItems" ? c.w.noneNonCompliant : c.w.noMissingTargets;
  if (n.isZero()) return [{ text: none }];
  return key === "budgetNonCompliantItems"
    ? c.w.nonCompliant(countRun(n))
    : c.w.missingTargets(countRun(n));
}
