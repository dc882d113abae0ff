export type { SelfEvalForm } from "./form";
export { SELF_EVAL_FORMS, getSelfEvalForm, defaultSelfEvalForm } from "./forms";
export {
  readQuantity,
  readNature,
  bandOf,
  type Nature,
  type Quantity,
  type Band,
} from "./quantity";
export { scoreRow, type RowInput, type RowScore } from "./row";
export {
  scoreSelfEval,
  scoreExecution,
  type SelfEvalResult,
  type SelfEvalFinding,
  type ExecutionScore,
} from "./score";
export type { SelfEvalTable, TargetRow, FundsBlock } from "./table";
export { selfEvalJson, type SelfEvalJson } from "./result-json";
