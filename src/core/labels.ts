import { catalog, type Locale } from "../i18n";
import { inputLabel } from "./inputs";

/** An input key as its name: "a|b" reads as "A（或B）", "kpis[2].target" as the KPI row's field. */
export function labelOf(
  key: string,
  locale: Locale,
  nameOf: (key: string) => string = (k) => inputLabel(k, locale)
): string {
  const kpi = /^kpis\[(\d+)\]\.(target|actual)$/.exec(key);
  if (kpi) return catalog(locale).core.kpiField(Number(kpi[1]), kpi[2] as "target" | "actual");
  const [first, ...alternatives] = key.split("|");
  const main = nameOf(first);
  return alternatives.length
    ? catalog(locale).findings.either(main, alternatives.map(nameOf))
    : main;
}
