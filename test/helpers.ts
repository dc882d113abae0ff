import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  evaluate,
  isFigure,
  getFramework,
  renderFindings,
  type IndicatorResult,
  type InputsFile,
  type Locale,
  type ScoreResult,
} from "../src/core";

export const longgang = getFramework("longgang-2021")!;

export function scoreAll(
  inputs: Record<string, unknown>,
  extra: Partial<InputsFile> = {},
  locale: Locale = "zh-CN"
) {
  return evaluate({ inputs, ...extra }, longgang, locale);
}

/** One indicator's result for the given inputs (everything else left blank). */
export function indicator(
  name: string,
  inputs: Record<string, unknown>,
  extra: Partial<InputsFile> = {}
): IndicatorResult {
  const found = scoreAll(inputs, extra).indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

/** A result's findings as sentences, the way a reader sees them. */
export function texts(result: ScoreResult, locale: Locale = "zh-CN"): string[] {
  return renderFindings(result.findings, getFramework(result.framework)!, locale);
}

export const repoFile = (...parts: string[]) => join(__dirname, "..", ...parts);

export function readSample(): InputsFile {
  return JSON.parse(
    readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
  ) as InputsFile;
}

/** A figure as a plain value for comparing (11, 93.95, true, "完全"); anything else as it is. */
export function plain(v: unknown): unknown {
  if (!isFigure(v)) return v;
  return v.figure === "number" ? v.value.toNumber() : v.value;
}

/** An inputs record with its figures as plain values. */
export const plainInputs = (inputs: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, plain(v)]));
