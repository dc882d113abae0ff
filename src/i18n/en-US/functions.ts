import type { FunctionStrings } from "../zh-CN/functions";
import { quote } from "../quote";

export const functions: FunctionStrings = {
  badFramework: (why) => `the framework stored in the workbook cannot be read: ${why}`,
  unknownIndicator: (name) =>
    `${quote(name)} is not an indicator name or id (such as “Public expense control” or publicExpenseControl)`,
  shapeMismatch: (keys, values) =>
    `the key range has ${keys} cells and the value range ${values}; they must match`,
  badQuarter: (raw) => `the quarter must be 1, 2, 3 or 4 (${raw})`,
  emptyKpiTable: () =>
    "the KPI table is empty (rows: aspect, name, target, actual, direction, weight)",
  kpiZeroPair: (name) =>
    `the KPI ${quote(name)} has 0 as both target and actual: desktop Excel passes blank cells to functions as 0, ` +
    `so whether they were filled in cannot be told. If both really are 0, enter them as text ('0)`,
  badPoints: (raw) => `points must be a number above 0 (${raw})`,
  pointsShape: () => "points must be one number or as many cells as the judgements",
  item: (n) => `item ${n}`,
  missingTotal: () => "the total score is missing",
  ruleLabels: {
    control: "control rate",
    adjust: "share of funds adjusted",
    exec: "execution rate",
  },
  params: {
    actual: "actual spending",
    budget: "budget",
    spent: "cumulative spending",
    quarter: "quarter",
    count: "count",
  },
};
