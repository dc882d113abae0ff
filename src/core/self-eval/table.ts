/**
 * A 绩效自评表 as the unit filled it in: cells as they were read (text or numbers), the printed scores
 * kept beside, so that a reviewer sees where the unit's own arithmetic differs from the rules.
 */
export interface SelfEvalTable {
  form: "project" | "department";
  /** 项目名称, or the unit's name on a 部门整体 form. */
  name: string;
  /** 主管部门 and 实施单位, where the form gives them. */
  department?: string;
  unit?: string;
  year?: string;
  funds: FundsBlock;
  goals?: { expected: string; actual: string };
  rows: TargetRow[];
  /** The printed 总分 row. */
  total?: { points?: unknown; score?: unknown };
  /** The rules its layout names (Sichuan's 报表编号), by form id: used unless the user picks others. */
  rules?: string;
  /** Where the table was read, for messages (sheet name, or a file's title). */
  where?: string;
}

export interface FundsBlock {
  initial?: unknown;
  budget?: unknown;
  spent?: unknown;
  /** As printed: the 分值, 执行率 and 得分 of the 年度资金总额 row. */
  points?: unknown;
  rate?: unknown;
  score?: unknown;
  /** 其中：本年财政拨款 / 上年结转资金 / 其他资金, as printed. */
  lines?: { label: string; initial?: unknown; budget?: unknown; spent?: unknown }[];
  /** 执行率未达 90% 的原因 (四川). */
  reason?: unknown;
}

export interface TargetRow {
  level1: string;
  level2: string;
  name: string;
  /** 指标性质 (=, ≥, ≤) where the form has the column. */
  nature?: unknown;
  target: unknown;
  actual: unknown;
  points: unknown;
  /** The printed 得分: a qualitative row's score from the evaluator; for other rows, checked. */
  score?: unknown;
  reason?: unknown;
  /** Where the row is (Sheet!A12), for messages. */
  at?: string;
}
