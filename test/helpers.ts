import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  evaluate,
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
