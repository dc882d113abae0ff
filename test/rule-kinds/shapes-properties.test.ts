import fc from "fast-check";
import {
  evaluate,
  evaluateRule,
  Rational,
  RuleContext,
  unitReview,
  type Rule,
} from "../../src/core";
import { KIND_CASES, shapesFramework } from "./cases";

/**
 * Each new rule shape against an oracle written here from the rule's published wording, in exact
 * fractions (numerator, denominator as BigInt) and rounded half up to 2 places as the sheet shows it.
 */
const framework = shapesFramework();

type Frac = [bigint, bigint];
const frac = (n: number | bigint, d: number | bigint = 1n): Frac => [BigInt(n), BigInt(d)];
const add = ([a, b]: Frac, [c, d]: Frac): Frac => [a * d + c * b, b * d];
const sub = ([a, b]: Frac, [c, d]: Frac): Frac => [a * d - c * b, b * d];
const mul = ([a, b]: Frac, [c, d]: Frac): Frac => [a * c, b * d];
const div = ([a, b]: Frac, [c, d]: Frac): Frac => (c < 0n ? [-a * d, -b * c] : [a * d, b * c]);
const lt = ([a, b]: Frac, [c, d]: Frac) => a * d < c * b;
const min = (x: Frac, y: Frac) => (lt(x, y) ? x : y);
const max = (x: Frac, y: Frac) => (lt(x, y) ? y : x);
/** Half up to 2 places, as the core and the sheet round a score. */
const round2 = ([a, b]: Frac) => Number((a * 200n + b) / (2n * b)) / 100;

const scoreOf = (rule: Rule, points: number, inputs: Record<string, unknown>) => {
  const o = evaluateRule(rule, Rational.fromNumber(points), new RuleContext(inputs, undefined));
  return o.missing.length || o.errors.length || !o.score ? null : o.score.round(2).toNumber();
};

const rule = (id: string) =>
  framework.levels.flatMap((l) => l.children.flatMap((c) => c.indicators)).find((i) => i.id === id)!
    .rule;

describe("反向指标 (falling)", () => {
  it("linear: full up to the target, (1 − (actual − target) / target) × points beyond, 0 from twice the target; a target of 0 only met by 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, t) => {
        const P = frac(10);
        const want =
          t === 0
            ? a === 0
              ? 10
              : 0
            : a <= t
              ? 10
              : round2(max(frac(0), mul(P, sub(frac(1), div(frac(a - t), frac(t))))));
        expect(scoreOf(rule("cost"), 10, { costActual: a, costTarget: t })).toBe(want);
      })
    );
  });
  it("ratio: 得分=权重×指标值/实际值, never above the points", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, t) => {
        const want =
          t === 0 ? (a === 0 ? 10 : 0) : a <= t ? 10 : round2(mul(frac(10), div(frac(t), frac(a))));
        expect(scoreOf(rule("timeliness"), 10, { daysActual: a, daysTarget: t })).toBe(want);
      })
    );
  });
});

describe("定性分档 (band)", () => {
  const bands: [string, number, number][] = [
    ["达成年度指标", 80, 100],
    ["部分达成年度指标并具有一定效果", 60, 80],
    ["未达成年度指标且效果较差", 0, 60],
  ];
  it("the evaluator's score stands inside the picked band's share of the points (both ends included), never outside", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 60 }), (b, quarter) => {
        const score = quarter / 4;
        const [answer, from, to] = bands[b];
        const inside = score * 100 >= 15 * from && score * 100 <= 15 * to;
        expect(scoreOf(rule("quality"), 15, { qualityBand: answer, qualityScore: score })).toBe(
          inside ? score : null
        );
      })
    );
  });
});

describe("二者择其一 (eitherOf)", () => {
  it("scores the first alternative the unit reports, the second when only it is reported, nothing when neither", () => {
    const rate = (r: number) => (r <= 5 ? 5 : r <= 10 ? 3 : 0);
    const change = (now: number, before: number) => (now - before <= 0 ? 5 : 2);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 90 })), {
          nil: undefined,
        }),
        (r, amounts) => {
          const inputs = {
            ...(r !== undefined && { balanceRate: r }),
            ...(amounts && { balanceNow: amounts[0], balanceBefore: amounts[1] }),
          };
          const want = r !== undefined ? rate(r) : amounts ? change(...amounts) : null;
          expect(scoreOf(rule("balance"), 5, inputs)).toBe(want);
        }
      )
    );
  });
});

describe("按金额加权 (weighted)", () => {
  it("Σ amount × (execution rate × points, capped) / Σ amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        (s1, b1, s2, b2) => {
          const part = (s: number, b: number) => mul(frac(10), min(frac(1), div(frac(s), frac(b))));
          const want = round2(
            div(add(mul(frac(b1), part(s1, b1)), mul(frac(b2), part(s2, b2))), frac(b1 + b2))
          );
          expect(
            scoreOf(rule("execution"), 10, {
              spentFiscal: s1,
              fundFiscal: b1,
              spentOther: s2,
              fundOther: b2,
            })
          ).toBe(want);
        }
      )
    );
  });
});

describe("偏离扣分 (deviation)", () => {
  it("completion × points (capped), less 2 once the actual reaches 130% of the target, never below 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 200 }), (a, t) => {
        const base = mul(frac(20), min(frac(1), div(frac(a), frac(t))));
        const deviates = !lt(div(frac(a), frac(t)), frac(13, 10));
        const want = round2(deviates ? max(frac(0), sub(base, frac(2))) : base);
        expect(scoreOf(rule("quantity"), 20, { outputActual: a, outputTarget: t })).toBe(want);
      })
    );
  });
});

describe("一票否决 (gate) and 不适用 (notApplicable)", () => {
  const answer = fc.constantFrom("是", "否", undefined);
  it("a 是 for the veto gives 0 whatever the items say; a 否 scores the items; a blank is missing", () => {
    fc.assert(
      fc.property(
        answer,
        fc.constantFrom("是", "否", 2.5),
        fc.constantFrom("是", "否", 4),
        (v, a, b) => {
          const item = (x: string | number): number =>
            x === "是" ? 5 : x === "否" ? 0 : Number(x);
          const want = v === "是" ? 0 : v === "否" ? item(a) + item(b) : null;
          const inputs = { ...(v && { safetyIncident: v }), rulesFollowed: a, filesComplete: b };
          expect(scoreOf(rule("safety"), 10, inputs)).toBe(want);
        }
      )
    );
  });
  it("not applicable: full points on 是, the procurement rate otherwise (nothing above the plan)", () => {
    fc.assert(
      fc.property(
        answer,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        (v, a, p) => {
          const rate = a > p ? 0 : round2(mul(frac(5), div(frac(a), frac(p))));
          const inputs = {
            ...(v && { noProcurement: v }),
            procurementActual: a,
            procurementPlanned: p,
          };
          expect(scoreOf(rule("procurement"), 5, inputs)).toBe(v === "是" ? 5 : rate);
        }
      )
    );
  });
});

describe("the total: items left out, then the cap by the execution rate", () => {
  it("Σ scores × 100 / (100 − points left out), then at most 89 below 80%, 79 below 70%, 69 below 60%, 59 below 50%", () => {
    const base = { ...KIND_CASES.weighted.inputs };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom("是", "否"),
        fc.constantFrom("是", "否"),
        fc.integer({ min: 0, max: 15 }),
        (spent, budget, special, done, quality) => {
          const inputs = {
            ...base,
            fundFiscal: budget,
            spentFiscal: spent,
            fundOther: 0,
            spentOther: 0,
            outputActual: 10,
            outputTarget: 10,
            qualityBand:
              quality >= 12
                ? "达成年度指标"
                : quality >= 9
                  ? "部分达成年度指标并具有一定效果"
                  : "未达成年度指标且效果较差",
            qualityScore: quality,
            daysActual: 10,
            daysTarget: 10,
            costActual: 10,
            costTarget: 10,
            safetyIncident: "否",
            rulesFollowed: "是",
            filesComplete: "是",
            noProcurement: "是",
            noSpecialProject: special,
            specialTaskDone: done,
            balanceRate: 3,
            satisfaction: "100%",
          };
          const result = evaluate({ inputs }, framework);
          const scores = result.indicators.filter((i) => !i.omitted).map((i) => i.score!);
          const left = result.indicators.filter((i) => i.omitted).reduce((s, i) => s + i.max, 0);
          const sum = scores.reduce((s, x) => add(s, frac(Math.round(x * 100), 100)), frac(0));
          const scaled = left ? round2(div(mul(sum, frac(100)), frac(100 - left))) : round2(sum);
          const rate = div(frac(spent), frac(budget));
          const caps: [number, number][] = [
            [50, 59],
            [60, 69],
            [70, 79],
            [80, 89],
          ];
          const cap = caps.find(([b]) => lt(rate, frac(b, 100)))?.[1] ?? Infinity;
          expect(result.complete).toBe(true);
          expect(result.total).toBe(Math.min(scaled, cap));
          expect(left).toBe(special === "是" ? 5 : 0);
          // The bureau's review settles both totals the same way.
          const review = unitReview(result, framework);
          expect([review.dataTotal, review.claimedTotal]).toEqual([result.total, result.total]);
          expect(review.dataGrade).toBe(result.grade);
        }
      )
    );
  });
});
