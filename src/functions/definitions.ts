import { inputDef, type Locale } from "../core";
import type { FunctionStrings } from "../i18n";
import type { CellResult } from "./cell-values";
import { scoreBound, type Binding } from "./bound";
import { adjustRate, controlRate, execRate } from "./rates";
import { checklist, deduct, kpiScore } from "./tables";
import { explain, grade, scoreIndicator } from "./keyed";
import { selfEvalTotal, targetRow } from "./self-eval";

/**
 * Every PERF.* function, stated once: its public id, its parameters in order, and what evaluates it.
 * The metadata Excel reads (functions.json, both languages), the registration and the argument mapping
 * are all made from this table. Ids and parameter names and order are a contract with users' formulas
 * (test/fixtures/functions-contract.json); a parameter bound to an input takes its help from the input.
 */

export type FunctionId = keyof FunctionStrings["descriptions"];
export type ParamHelp = keyof FunctionStrings["paramHelp"];

export interface ParamDef {
  name: string;
  /** The framework input it carries: Excel's help is that input's label. */
  key?: string;
  /** Otherwise a parameter of the function's own, described by the catalog. */
  help?: ParamHelp;
  range?: boolean;
  optional?: boolean;
}

export interface FunctionDef {
  id: FunctionId;
  result: "number" | "string";
  params: ParamDef[];
  /** Where the function scores a rule of the built-in framework: its default points come from there. */
  binding?: Binding;
  evaluate: (args: unknown[], locale: Locale) => CellResult;
}

const own = (name: string, help: ParamHelp, more: Partial<ParamDef> = {}): ParamDef => ({
  name,
  help,
  ...more,
});

/** A function scoring an indicator of the framework from its inputs, one parameter per input. */
function bound(id: FunctionId, names: string[], binding: Binding): FunctionDef {
  if (names.length !== binding.inputs.length)
    throw new Error(`${id}: parameters and inputs differ`);
  return {
    id,
    result: "number",
    binding,
    params: [
      ...names.map((name, i) =>
        binding.inputs[i].as
          ? own(name, binding.inputs[i].as)
          : {
              name,
              key: binding.inputs[i].key,
              optional: inputDef(binding.inputs[i].key)!.optional,
            }
      ),
      ...(binding.points ? [own("points", "defaultPoints", { optional: true })] : []),
    ],
    evaluate: (args, locale) => scoreBound(binding, args, locale),
  };
}

const keys = (...k: string[]) => k.map((key) => ({ key }));

const generic = (
  id: "SCORE" | "EXPLAIN",
  result: "number" | "string",
  evaluate: FunctionDef["evaluate"]
): FunctionDef => ({
  id,
  result,
  params: [
    own("indicator", "indicator"),
    own("keys", "keys", { range: true }),
    own("values", "values", { range: true }),
    own("kpiRange", "kpiTable", { range: true, optional: true }),
    own("framework", "framework", { range: true, optional: true }),
  ],
  evaluate,
});

export const FUNCTIONS: FunctionDef[] = [
  {
    id: "CONTROLRATE",
    result: "number",
    params: [own("actual", "actual"), own("budget", "budget")],
    evaluate: controlRate,
  },
  {
    id: "EXECRATE",
    result: "number",
    params: [
      own("budget", "annualBudget"),
      own("cumulativeSpent", "cumulativeSpent"),
      own("quarter", "quarter"),
    ],
    evaluate: execRate,
  },
  {
    id: "ADJUSTRATE",
    result: "number",
    params: [
      { name: "adjusted", key: "fundsAdjusted" },
      { name: "scale", key: "budgetScale" },
    ],
    evaluate: adjustRate,
  },
  bound("CONTROLSCORE", ["actual", "budget"], {
    indicator: "publicExpenseControl",
    part: 0,
    inputs: [
      { key: "sanGongActual", as: "actual" },
      { key: "sanGongBudget", as: "budget" },
    ],
    points: true,
    ruleLabel: "control",
  }),
  bound("PROCUREMENTSCORE", ["planned", "actual", "policy"], {
    indicator: "procurementExecution",
    inputs: keys("procurementPlanned", "procurementActual", "procurementPolicyImplemented"),
  }),
  bound("ADJUSTSCORE", ["adjusted", "scale"], {
    indicator: "financialCompliance",
    part: 1,
    inputs: keys("fundsAdjusted", "budgetScale"),
    points: true,
  }),
  bound("ASSETSCORE", ["inUse", "total"], {
    indicator: "fixedAssetUtilization",
    inputs: keys("fixedAssetsInUse", "fixedAssetsTotal"),
  }),
  bound("STAFFSCORE", ["onPayroll", "authorized"], {
    indicator: "payrollStaffControl",
    inputs: keys("staffOnPayroll", "staffAuthorized"),
  }),
  bound("CONTRACTSTAFFSCORE", ["contract", "onPayroll"], {
    indicator: "contractStaffControl",
    inputs: keys("contractStaff", "staffOnPayroll"),
  }),
  bound("EXECSCORE", ["budget", "q1", "q2", "q3", "q4"], {
    indicator: "budgetExecution",
    inputs: keys("executionBudget", "spentQ1", "spentQ2", "spentQ3", "spentQ4"),
  }),
  bound("KEYWORKSCORE", ["missed"], { indicator: "keyTasks", inputs: keys("keyTasksMissed") }),
  bound("TIMELINESSSCORE", ["planned", "onTime"], {
    indicator: "projectTimeliness",
    inputs: keys("projectsPlanned", "projectsOnTime"),
  }),
  bound("DISCLOSURESCORE", ["budgetDisclosure", "finalAccountsDisclosure", "classified"], {
    indicator: "disclosure",
    inputs: keys("budgetDisclosure", "finalAccountsDisclosure", "classifiedUnit"),
  }),
  bound("PETITIONSCORE", ["channel", "received", "replied", "onTime"], {
    indicator: "petitions",
    inputs: keys(
      "petitionChannel",
      "petitionsReceived",
      "petitionsReplied",
      "petitionsRepliedOnTime"
    ),
  }),
  bound("SATISFACTIONSCORE", ["satisfaction"], {
    indicator: "satisfaction",
    inputs: keys("satisfaction"),
  }),
  {
    id: "KPISCORE",
    result: "number",
    params: [
      own("kpiRange", "kpiRange", { range: true }),
      own("points", "defaultPoints", { optional: true }),
    ],
    binding: { indicator: "effectiveness", inputs: [] },
    evaluate: kpiScore,
  },
  {
    id: "CHECKLIST",
    result: "number",
    params: [
      own("values", "judgements", { range: true }),
      own("points", "itemPoints", { range: true }),
    ],
    evaluate: checklist,
  },
  {
    id: "DEDUCT",
    result: "number",
    params: [own("points", "fullPoints"), own("count", "count"), own("per", "per")],
    evaluate: deduct,
  },
  {
    id: "TARGETROW",
    result: "number",
    params: [
      own("nature", "nature"),
      own("target", "targetValue"),
      own("actual", "actualValue"),
      own("points", "rowPoints"),
      own("score", "evaluatorScore", { optional: true }),
      own("rules", "selfEvalRules", { optional: true }),
    ],
    evaluate: targetRow,
  },
  {
    id: "SELFEVAL",
    result: "number",
    params: [
      own("budget", "fundsBudget"),
      own("spent", "fundsSpent"),
      own("rows", "targetRows", { range: true }),
      own("rules", "selfEvalRules", { optional: true }),
    ],
    evaluate: selfEvalTotal,
  },
  generic("SCORE", "number", scoreIndicator),
  generic("EXPLAIN", "string", explain),
  {
    id: "GRADE",
    result: "string",
    params: [own("total", "total"), own("framework", "framework", { range: true, optional: true })],
    evaluate: grade,
  },
];

const byId = new Map(FUNCTIONS.map((f) => [f.id, f]));

/** One function's evaluation, as a cell, a test or a benchmark calls it. */
export function evaluateFunction(id: FunctionId, args: unknown[], locale: Locale): CellResult {
  const def = byId.get(id);
  if (!def) throw new Error(`no PERF function ${id}`);
  return def.evaluate(args, locale);
}
