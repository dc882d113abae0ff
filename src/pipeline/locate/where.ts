import { inputLabel } from "../../core";
import { catalog, LOCALES, type Locale, type Localized } from "../../i18n";
import { address } from "../a1";
import type { Located } from "./located";
import { nameFor } from "./names";

/** Where a value came from, said once for the pane, the findings and the score sheet's data block. */

/** The cell as "Sheet!A1". */
export function cellText(l: Pick<Located, "sheet" | "row" | "col">): string {
  return `${l.sheet}!${address(l.row, l.col)}`;
}

/** Every cell a value rests on: one, or the two a difference is worked out from ("表!B8 − 表!C8"). */
export function cellsText(l: Located): string {
  return l.derivedFrom ? l.derivedFrom.map(cellText).join(" − ") : cellText(l);
}

/** "名称 PERF_x（表!C5）", "基础数据表 表!C5", or the cell of a table label. */
export function whereText(l: Located, locale: Locale): string {
  const s = catalog(locale).sheets.source;
  const cell = cellText(l);
  return l.source === "name"
    ? s.name(l.name ?? nameFor(l.key), cell)
    : l.source === "template"
      ? s.template(cell)
      : cell;
}

/** A text in every language, for a finding rendered later in its reader's. */
export function inAll(say: (locale: Locale) => string): Localized {
  return Object.fromEntries(LOCALES.map((locale) => [locale, say(locale)])) as Localized;
}

/** A value as a finding quotes it: “11”, or blank. */
export function valueText(v: unknown, locale: Locale): string {
  const s = catalog(locale).sheets.source;
  return v === null || v === undefined || v === "" ? s.blank : s.value(String(v));
}

/** The data block's 数据来源: how it was found, and what to know about it. */
export function sourceText(l: Located, locale: Locale): string {
  const s = catalog(locale).sheets.source;
  const cell = cellText(l);
  const how =
    l.source === "name"
      ? s.name(l.name ?? nameFor(l.key), cell)
      : l.source === "template"
        ? s.template(cell)
        : s.label(cellsText(l));
  const extra = [
    l.table ? s.table(l.table) : "",
    l.source === "label" ? s.labels(l.labels?.join(" / ") ?? "", String(l.confidence)) : "",
    l.unit && l.scale !== undefined && l.scale !== 1 ? s.converted(l.unit) : "",
    l.problem ? s.recalc(l.problem) : "",
    l.ambiguous ? s.ambiguous(l.ambiguous.length) : "",
    l.conflicts?.length ? s.conflicts(l.conflicts.length) : "",
    l.doubt ? doubtText(l, locale) : "",
  ].filter(Boolean);
  return extra.length ? s.details(how, extra) : how;
}

/** Why a reading was held back: the relation it breaks (在用 above the total, a rate its amounts do not give). */
export function doubtText(l: Located, locale: Locale): string {
  const d = l.doubt;
  if (!d) return "";
  const other = d.other ? inputLabel(d.other, locale) : "";
  return catalog(locale).sheets.source.doubt[d.code](other, d.otherValue ?? "");
}
