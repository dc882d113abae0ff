import type { Rule } from "../../core";
import type { FormReader, FormWriter, RuleCells, RuleColumn } from "./form";

/** A rule whose fields are many (keys per quarter, KPI aspects): its parameters cell holds them as JSON. */
export function encodeJson(rule: Rule, f: FormWriter): RuleCells {
  const rest = Object.fromEntries(
    Object.entries(rule).filter(([field]) => field !== "kind" && field !== "points")
  );
  return { ...f.base, params: JSON.stringify(rest) };
}

export function decodeJson<R extends Rule>(
  kind: R["kind"],
  f: FormReader
): R | { column: RuleColumn; message: string } {
  f.clauses.forEach(f.use);
  try {
    const fields = JSON.parse(f.cells.params ?? "") as object;
    return { ...fields, kind, ...f.base } as R;
  } catch {
    return { column: "params", message: f.words.problems.badJson };
  }
}
