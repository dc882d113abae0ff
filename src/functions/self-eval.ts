import {
  defaultSelfEvalForm,
  getSelfEvalForm,
  scoreRow,
  scoreSelfEval,
  type Locale,
  type SelfEvalForm,
  type TargetRow,
} from "../core";
import { catalog } from "../i18n";
import { fail, ok, plain, rowsOf, scalar, type CellResult } from "./cell-values";
import { fns } from "./context";

/** PERF.TARGETROW and PERF.SELFEVAL: a 自评表 scored in the unit's own cells, by core/self-eval. */

export function targetRow(
  [nature, target, actual, points, score, rules]: unknown[],
  locale: Locale
): CellResult {
  const form = formArg(rules, locale);
  if ("ok" in form) return form;
  const [t, a] = [scalar(target), scalar(actual)];
  // Desktop Excel passes a blank cell as 0: a row of two zeros is an empty row, never a met target.
  if (t === 0 && a === 0) return fail("na", fns(locale).blankTargetRow());
  const row = scoreRow(
    {
      nature: blankToUndefined(scalar(nature)),
      target: t,
      actual: a,
      points: scalar(points),
      score: blankToUndefined(scalar(score)),
    },
    form.form,
    locale
  );
  if (row.errors.length) return fail("value", row.errors.join(locale === "en-US" ? "; " : "；"));
  if (row.missing.length || !row.score)
    return fail("na", catalog(locale).core.missingList(row.missing));
  return ok(row.score.toNumber());
}

export function selfEvalTotal([budget, spent, rows, rules]: unknown[], locale: Locale): CellResult {
  const form = formArg(rules, locale);
  if ("ok" in form) return form;
  const targetRows: TargetRow[] = rowsOf(rows)
    .filter((r) => !r.every((c) => c === null || c === "" || c === 0))
    .map((r, i) => ({
      level1: "",
      level2: "",
      name: catalog(locale).selfEval.rowNumber(i + 1),
      nature: blankToUndefined(r[0]),
      target: r[1],
      actual: r[2],
      points: r[3],
      score: blankToUndefined(r[4]),
    }));
  const result = scoreSelfEval(
    {
      form: form.form.form,
      name: "",
      funds: { budget: scalar(budget), spent: scalar(spent) },
      rows: targetRows,
    },
    form.form,
    locale
  );
  const errors = [
    ...result.execution.errors,
    ...result.rows.flatMap((r, i) => r.errors.map((e) => `${targetRows[i].name}：${e}`)),
  ];
  if (errors.length) return fail("value", errors.join(locale === "en-US" ? "; " : "；"));
  if (!result.total) {
    const missing = [...result.execution.missing, ...result.rows.flatMap((r) => r.missing)];
    return fail("na", catalog(locale).core.missingList([...new Set(missing)]));
  }
  return ok(result.total.toNumber());
}

function formArg(rules: unknown, locale: Locale): { form: SelfEvalForm } | CellResult {
  const id = blankToUndefined(scalar(rules));
  if (id === undefined) return { form: defaultSelfEvalForm("project") };
  const form = getSelfEvalForm(String(id).trim());
  return form ? { form } : fail("value", fns(locale).unknownRules(String(id)));
}

function blankToUndefined(v: unknown): unknown {
  const p = plain(v);
  return p === null || p === undefined || p === "" ? undefined : p;
}
