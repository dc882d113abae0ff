import {
  formatPoints,
  inputDef,
  parseValue,
  Rational,
  readEntry,
  specOf,
  trimNumber,
  unitText,
  type Figure,
  type Locale,
} from "../../core";
import type { Located } from "../../pipeline/locate/located";
import { blockValue, coreValue } from "../../pipeline/normalize";

/** How a figure reads in the pane and in its field: one place, so what is shown is what is saved. */

/** A figure as a clerk types it: 22.3%, 4633.2, 35, 是, 完全; "" for none. */
export function figureText(key: string, figure: unknown): string {
  const def = inputDef(key);
  if (!def) return "";
  const p = parseValue(figure, { ...specOf(def), max: undefined });
  if (p.kind === "value" && def.type !== "judgement")
    return `${trimNumber(p.value, 12)}${def.type === "percent" ? "%" : ""}`;
  const v = blockValue(key, figure);
  return v === null || v === undefined ? "" : String(v);
}

/** A figure with its unit, as the pane shows it: "247.82 万元", "93.95%", "42 人", "是". */
export function figureDisplay(key: string, figure: unknown, locale: Locale): string {
  const def = inputDef(key);
  const v = blockValue(key, figure, locale);
  if (typeof v !== "number" || !def) return v === null || v === undefined ? "" : String(v);
  if (def.type === "percent")
    return `${formatPoints(Rational.fromNumber(v).mul(Rational.int(100)))}%`;
  if (def.type === "amount" || def.type === "count")
    return `${formatPoints(Rational.fromNumber(v))} ${unitText(def, locale)}`;
  return String(v);
}

/** The figure an entry in a field stands for; undefined while it is empty, unclear or wrong. */
export function entryFigure(key: string, text: string, max?: number): Figure | undefined {
  const def = inputDef(key);
  const e = def ? readEntry(def, text, max) : undefined;
  return e?.kind === "figure" ? e.figure : undefined;
}

/** The figure the workbook holds now for an input, as its field starts: "" where there is none to show. */
export function currentText(key: string, l: Located | undefined): string {
  return l ? figureText(key, coreValue(l)) : "";
}

/** Whether two figures of an input are the same figure (4633.2 万元 either way). */
export function sameFigure(key: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(blockValue(key, a)) === JSON.stringify(blockValue(key, b));
}
