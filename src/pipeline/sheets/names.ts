import { catalog, LOCALES, type Locale } from "../../i18n";

/**
 * The sheets the add-in adds, named in the user's language. The reader recognizes them by name in any
 * language, copies too ("绩效基础数据 (2)"): the template is read for what it holds, a score sheet not at
 * all, and neither is scanned for labels.
 */
export type OwnSheet = "template" | "score";

export function sheetName(kind: OwnSheet, locale: Locale): string {
  return catalog(locale).sheets.names[kind];
}

const named = (kind: OwnSheet, name: string, exactly: boolean) =>
  LOCALES.some((l) => {
    const own = sheetName(kind, l).toLowerCase();
    const n = name.toLowerCase();
    return exactly ? n === own : n === own || n.startsWith(`${own} (`);
  });

export function isTemplateSheet(name: string, exactly = false): boolean {
  return named("template", name, exactly);
}

export function isOwnSheet(name: string): boolean {
  return isTemplateSheet(name) || named("score", name, false);
}
