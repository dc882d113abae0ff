import data from "./data/functional-classes.json";
import type { Localized } from "../i18n";

/**
 * The 类 of the functional classification, each with its 年初预算数, 调整预算数 and 部门决算数 as report
 * inputs (fc207Initial …): the rows of the annex table 表1-2, in the unit's own table's terms.
 */
export interface FunctionalClass {
  code: string;
  label: Localized;
}

export type FunctionalPeriod = "Initial" | "Adjusted" | "Actual";

export const FUNCTIONAL_CLASSES: readonly FunctionalClass[] = data.classes as FunctionalClass[];
export const FUNCTIONAL_PERIODS = data.periods as { key: FunctionalPeriod; label: Localized }[];

export const functionalKey = (code: string, period: FunctionalPeriod) => `fc${code}${period}`;

/** The class a label names: 文化旅游体育与传媒支出, “207 文化旅游体育与传媒支出” or its code alone. */
export function functionalClassOf(label: string): FunctionalClass | undefined {
  const t = label.normalize("NFKC").replace(/\s+/g, "");
  const code = /^(\d{3})/.exec(t)?.[1];
  const name = t.replace(/^\d{3}/, "");
  return FUNCTIONAL_CLASSES.find(
    (c) => c.code === code || Object.values(c.label).some((l) => l.replace(/\s+/g, "") === name)
  );
}
