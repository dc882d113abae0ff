import type { Catalog } from "./catalog";
import { enUS } from "./en-US";
import type { Locale } from "./locale";
import { zhCN } from "./zh-CN";

export type { Catalog } from "./catalog";
export type { FunctionStrings } from "./zh-CN/functions";
export type { PaneStrings } from "./zh-CN/pane";
export type { SheetWords } from "./zh-CN/sheets";
export type { FindingWords } from "./findings";
export type { FileKind, LimitName } from "./files";
export type { Messages, Problem, ProblemCode } from "./core-messages";
export { LOCALES, localeOf, text, type Locale, type Localized } from "./locale";

/** The catalog of one language. */
export function catalog(locale: Locale): Catalog {
  return locale === "en-US" ? enUS : zhCN;
}
