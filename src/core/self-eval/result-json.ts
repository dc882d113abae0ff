import { formatPoints } from "../format";
import { Rational } from "../rational";
import { text, type Locale } from "../../i18n";
import { printedTotal, type SelfEvalResult } from "./score";

const points = (r: Rational | null) => (r === null ? null : Number(formatPoints(r)));
const percent = (r: Rational | null) =>
  r === null ? null : Number(r.mul(Rational.int(100)).toFixed(2));

/** A scored 自评表 as the CLI's `--json` and the review print it: figures as numbers, messages as text. */
export type SelfEvalJson = ReturnType<typeof selfEvalJson>;

export function selfEvalJson(result: SelfEvalResult, locale: Locale) {
  const { table, execution } = result;
  return {
    form: result.form.id,
    formTitle: text(result.form.title, locale),
    kind: table.form,
    name: table.name,
    ...(table.year && { year: table.year }),
    ...(table.where && { where: table.where }),
    execution: {
      budget: execution.budget?.toNumber() ?? null,
      spent: execution.spent?.toNumber() ?? null,
      rate: execution.rate?.toNumber() ?? null,
      ratePercent: percent(execution.rate),
      points: execution.points.toNumber(),
      ...(execution.inRows && { inRows: true }),
      ...(execution.fromLines && { fromLines: true }),
      score: points(execution.score),
      missing: execution.missing,
      errors: execution.errors,
    },
    rows: result.rows.map((r, i) => ({
      level1: table.rows[i].level1,
      level2: table.rows[i].level2,
      name: table.rows[i].name,
      nature: r.nature,
      target: table.rows[i].target ?? null,
      actual: table.rows[i].actual ?? null,
      points: points(r.points),
      score: points(r.score),
      printed: table.rows[i].score ?? null,
      missing: r.missing,
      errors: r.errors,
    })),
    total: points(result.total),
    printedTotal: printedTotal(table, execution)?.whole?.toNumber() ?? null,
    ...(result.uncapped && { uncapped: points(result.uncapped) }),
    grade: result.grade,
    findings: result.findings.map((f) => ({
      code: f.code,
      ...(f.row !== undefined && { row: f.row + 1 }),
      message: f.message,
    })),
  };
}
