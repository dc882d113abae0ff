import { parseBound, type Nature, type SelfEvalForm } from "../../core";

/**
 * The 自评表's scores as plain Excel formulas, so that the written sheet recalculates in Excel, WPS and
 * LibreOffice without the add-in; each works out exactly what the rules in core/self-eval do (rounded to
 * 2 places, as the form prints). Cells are passed as A1 addresses.
 */
export interface RowCells {
  target: string;
  actual: string;
  points: string;
}

/** A ≥ or = row: completion capped at full points; a target of 0 is met; 偏离 deducted where the form says. */
export function risingFormula(c: RowCells, form: SelfEvalForm): string {
  const a = `MAX(${c.actual},0)`;
  const base = `IF(${c.target}=0,${c.points},MIN(${c.points},${c.points}*${a}/${c.target}))`;
  const d = form.rows.deviation;
  const score = d?.deduct
    ? // Nested, not AND(): Excel's AND works out every argument, so a target of 0 would give #DIV/0!.
      `MAX(0,${base}-IF(${c.target}>0,IF(${a}/${c.target}>=${ratio(d.at)},${d.deduct},0),0))`
    : base;
  return guarded(c, score);
}

/** A ≤ row: full points up to the target, then target ÷ actual ("ratio") or linear to 0 at twice it. */
export function fallingFormula(c: RowCells, form: SelfEvalForm): string {
  const a = `MAX(${c.actual},0)`;
  const past =
    form.rows.falling === "ratio"
      ? `${c.points}*${c.target}/${a}`
      : `IF(${c.target}=0,0,${c.points}*MAX(0,2-${a}/${c.target}))`;
  return guarded(c, `IF(${a}<=${c.target},${c.points},${past})`);
}

export function rowFormula(nature: Nature, c: RowCells, form: SelfEvalForm): string {
  return nature === "<=" ? fallingFormula(c, form) : risingFormula(c, form);
}

/**
 * Nothing until the row's three figures are numbers: a blank is missing, never 0. To 2 places, never above
 * the points.
 */
function guarded(c: RowCells, score: string): string {
  return `IF(COUNT(${c.target},${c.actual},${c.points})<3,"",MIN(${c.points},ROUND(${score},2)))`;
}

/** 预算执行率 × points, at most the points. */
export function executionFormula(budget: string, spent: string, points: string): string {
  return `IF(COUNT(${budget},${spent})<2,"",IF(${budget}=0,"",ROUND(${points}*MIN(1,${spent}/${budget}),2)))`;
}

export function rateFormula(budget: string, spent: string): string {
  return `IF(COUNT(${budget},${spent})<2,"",IF(${budget}=0,"",${spent}/${budget}))`;
}

/** The total: every score present, summed, then held under the cap its execution rate sets. */
export function totalFormula(scores: string[], rate: string, form: SelfEvalForm): string {
  const sum = `ROUND(${scores.join("+")},2)`;
  const complete = `COUNT(${scores.join(",")})<${scores.length}`;
  if (!form.cap) return `IF(${complete},"",${sum})`;
  const limits = [...form.cap].sort((x, y) => ratio(x.below) - ratio(y.below));
  const ceiling = limits.reduceRight(
    (otherwise, l) => `IF(${rate}<${ratio(l.below)},${l.max},${otherwise})`,
    String(form.total)
  );
  return `IF(OR(${complete},${rate}=""),"",MIN(${sum},${ceiling}))`;
}

export function gradeFormula(total: string, form: SelfEvalForm, locale: "zh-CN" | "en-US"): string {
  const grades = [...form.grades].sort((a, b) => b.min - a.min);
  const inner = grades.reduceRight(
    (otherwise, g) =>
      `IF(${total}>=${g.min},"${g.grade[locale] ?? g.grade["zh-CN"]}",${otherwise})`,
    '""'
  );
  return `IF(${total}="","",${inner})`;
}

function ratio(bound: string): number {
  return parseBound(bound)!.toNumber();
}
