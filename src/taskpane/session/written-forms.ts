import { selfEvalJson, type Locale } from "../../core";
import type { SelfEvalRun } from "../../pipeline/self-eval";
import type { SelfEvalWritten } from "./types";

/** What the pane is told of the 自评表 it added: plain data, as it may cross from a worker. */
export function writtenForms(run: SelfEvalRun, locale: Locale): SelfEvalWritten {
  return {
    sheets: run.plans.map((p) => p.name),
    forms: run.results.map((r) => selfEvalJson(r, locale)),
  };
}
