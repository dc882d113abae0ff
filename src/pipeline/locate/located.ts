/**
 * One input as found in a workbook, whichever way it was found. Every source (defined names, the
 * 绩效基础数据 template, labels in the unit's own sheets) gives this same shape.
 */
export type SourceKind = "name" | "template" | "label";

export interface Located {
  key: string;
  /** The cell's value as Excel shows it (cached or worked out), before the core reads it. */
  value: unknown;
  source: SourceKind;
  /** The cell holding the value, for selecting it and for formulas that follow it. */
  sheet: string;
  row: number;
  col: number;
  /** The defined name, when the source is a name. */
  name?: string;
  /** The unit the value is in, as found ("万元", "元", "%"). */
  unit?: string;
  /** Multiply by this to reach the input's own unit (元 → 万元 is 0.0001). */
  scale?: number;
  /** The cell is formatted as a percentage: 0.9395 there means 93.95%. */
  percentIsFraction?: boolean;
  /** 1 for names and the template; below 1 for a label match. */
  confidence: number;
  /** The labels that matched (label source). */
  labels?: string[];
  /** Why the value cannot be used as it stands (a formula without a cached result). */
  problem?: string;
  /** Other cells that could hold this input and disagree with the one chosen. */
  conflicts?: Located[];
  /** Label matches of about equal standing that disagree: none is used (this one first among them). */
  ambiguous?: Located[];
  /** The table it was read from: its title and the header path above the figure, outermost first. */
  table?: string;
  headers?: string[];
  /** Characters [from, to) of the cell's text that were read, for a figure inside a sentence. */
  span?: [number, number];
  /** Readings of other values that a relation with the settled inputs ruled out. */
  ruledOut?: Located[];
  /** A reading that breaks a relation with another input (in use above the total, …): not used, the user is asked. */
  doubt?: Doubt;
  /** A value worked out from two cells (调整、调剂资金 = 年初预算 − 调整预算): both, in that order. */
  derivedFrom?: Pick<Located, "sheet" | "row" | "col">[];
  /** The data sheet's 数据来源 note beside the figure (where an adopted figure came from), and its cell. */
  note?: string;
  noteCell?: { row: number; col: number };
}

export type DoubtCode = "exceeds" | "below" | "overBudget" | "budgetBelow" | "routes";

export interface Doubt {
  code: DoubtCode;
  /** The input it disagrees with, and that input's route to the same figure where there is one. */
  other?: string;
  otherValue?: string;
}

export type UnitSource = { kind: "template" } | { kind: "tables"; cell: string };

export interface KpiTable {
  rows: unknown[][];
  sheet: string;
  /** Row of the first KPI row (1-based) and the column of its 方面 cell. */
  top: number;
  left: number;
}

export interface OverrideFound {
  score: unknown;
  reason: unknown;
  sheet: string;
  row: number;
}

export interface LocatedInputs {
  inputs: Map<string, Located>;
  kpis?: KpiTable;
  overrides: Map<string, OverrideFound>;
  unit?: string;
  year?: string | number;
  /** Where the unit's name and the year were read: the data sheet, or the unit's own tables (a cell). */
  unitFrom?: UnitSource;
  yearFrom?: UnitSource;
  /** The data sheet's cells for the unit's name and the year, filled or not. */
  unitCell?: { row: number; col: number };
  yearCell?: { row: number; col: number };
  /** What the unit's own tables give for each input, whichever source won: what “back to the scan” returns to. */
  scanned?: Map<string, Located>;
  /** The template sheet, when there is one. */
  templateSheet?: string;
  /** Where the template keeps each evaluator's score and reason, for writing them back. */
  overrideCells?: Map<string, { row: number; scoreCol: number; reasonCol: number }>;
  /** The data sheet's reading of each input key it lists, filled or not, whatever source won: its cells and note. */
  inputCells?: Map<string, Located>;
}
