import { inputDef, parseBound, type BandRule } from "../../core";
import { anyOf, blank, num } from "./formula";
import type { PipelineKind } from "./kind";

/** The evaluator's score when it lies inside the picked band's share of the points, else #N/A. */
export const band: PipelineKind<BandRule> = {
  formula(rule, pts, cells) {
    const [k, s] = [cells.cell(rule.key), cells.cell(rule.score)];
    const words = (answer: string) => [
      answer,
      ...Object.values(inputDef(rule.key)?.options?.find((o) => o["zh-CN"] === answer) ?? {}),
    ];
    const inside = rule.bands.map(
      (b) =>
        `AND(${anyOf(k, words(b.answer))},${s}>=${num(pts.mul(parseBound(b.from)!))},${s}<=${num(pts.mul(parseBound(b.to)!))})`
    );
    return { expr: `IF(OR(${inside.join(",")}),${s},NA())`, missing: [blank(k), blank(s)] };
  },
  encode: (rule, f) => ({
    ...f.base,
    first: rule.key,
    second: rule.score,
    params: f.join(rule.bands.map((b) => `${b.answer}=${b.from}-${b.to}`)),
  }),
  decode(f) {
    const bands = f.clauses.flatMap((c) => {
      const range = c.value && /^(.+?%?)\s*[-–—~～至]\s*(.+)$/.exec(c.value);
      if (!range) return [];
      f.use(c);
      return [{ answer: c.name, from: range[1].trim(), to: range[2].trim() }];
    });
    return {
      kind: "band",
      ...f.base,
      key: f.keys("first")[0] ?? "",
      score: f.keys("second")[0] ?? "",
      bands,
    };
  },
};
