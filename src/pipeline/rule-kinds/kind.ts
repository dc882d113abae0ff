import type { Rational, Rule } from "../../core";
import type { FormReader, FormWriter, RuleCells, RuleColumn } from "./form";
import type { Expr, PartFormula, PortableCells } from "./formula";

/**
 * What the pipeline knows of one rule kind (the core's part is src/core/rules): its native Excel formula
 * for a workbook opened without the add-in, and its row in the clerk's framework form, both ways.
 */
export interface PipelineKind<R extends { kind: string }> {
  /** The form gives the kind a measure (比率, 百分数, 变动率) in its own cells. */
  measured?: true;
  formula(rule: R, points: Rational, cells: PortableCells, part: PartFormula): Expr;
  encode(rule: R, form: FormWriter): RuleCells;
  /** The rule from its row's cells, or where they are wrong; parts come from the rows below. */
  decode(form: FormReader): R | { column: RuleColumn; message: string };
  /** Rules written as rows of their own below this one (a composite's `parts`), each with its points. */
  parts?(rule: R): Rule[];
}

/** One entry per kind of a rule union: a kind without its entry, or an entry without a part, does not compile. */
export type PipelineRegistry<U extends { kind: string }> = {
  [K in U["kind"]]: PipelineKind<Extract<U, { kind: K }>>;
};
