import type { Localized } from "../../i18n";
import type { GradeDef, TotalCap } from "../framework";
import type { Band } from "./quantity";

/**
 * The rules of a 绩效自评表 (财预〔2020〕10号 and its regional variants) as data. Its indicators are not
 * fixed: they are the unit's own target rows, each scored by the rule its nature picks. A region's rules
 * (偏离 penalty, a cap on the total by the execution rate, how lower-is-better rows fall) are switches here.
 */
export interface SelfEvalForm {
  id: string;
  form: "project" | "department";
  title: Localized;
  /** Where the form and its rules are published. */
  source: string;
  total: number;
  grades: GradeDef[];
  execution: {
    points: number;
    /** Below this execution rate the form asks for a reason (四川: 90%). */
    reasonBelow?: string;
  };
  /** The form's 一级指标 with their usual points and 二级指标; the unit's rows are placed under them. */
  groups: { name: Localized; points: number; children: Localized[] }[];
  rows: {
    /** How a lower-is-better row loses points past its target (see the falling rule kind). */
    falling: "linear" | "ratio";
    /** 定性指标: the share of the row's points each answer allows, both ends included. */
    bands: { answer: Band; from: string; to: string }[];
    /** 偏离: at this share of a target (130%) a row needs a reason, and loses `deduct` points when given. */
    deviation?: { at: string; deduct?: number };
    /** A row short of its target needs a reason (偏差原因分析及改进措施). */
    reasonWhenShort: boolean;
  };
  /** A ceiling on the total by the execution rate: below each bound the total is at most its `max`. */
  cap?: TotalCap["limits"];
  /** What the rules say, for the sheet's notes and the README (quoted from `source`). */
  rules: Localized[];
}
