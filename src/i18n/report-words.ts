import type { Locale } from "./locale";
import { report as enUS } from "./en-US/report";
import { report as zhCN, type ReportWords } from "./zh-CN/report";

export type { ReportWords } from "./zh-CN/report";

/**
 * The report draft's sentences in one language. Kept apart from catalog() so that the task pane loads
 * them with the report writer, on use, rather than at start-up; the English ones are typed by the Chinese.
 */
export function reportWords(locale: Locale): ReportWords {
  return locale === "en-US" ? enUS : zhCN;
}
