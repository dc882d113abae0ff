import fc from "fast-check";
import { getSelfEvalForm, scoreRow } from "../../src/core";
import { evaluateFunction } from "../../src/functions/definitions";

/**
 * The row rules against an oracle written here from the published wording, in whole hundredths:
 * “完成值达到指标值，记满分；未达到指标值，按B/A或A/B×该指标分值记分” (national, falling by A/B) and the
 * 一体化 switches (actual ≥ 130% of the target loses 2 points; ≤ rows fall linearly to 0 at twice the target).
 */
const national = getSelfEvalForm("national-2020-project")!;
const strict = getSelfEvalForm("yitihua-project")!;

/** n/d × 100, rounded half up, as an integer count of hundredths. */
const hundredths = (n: bigint, d: bigint) => Number((n * 200n + d) / (2n * d));

function oracle(
  nature: "≥" | "≤",
  t: number,
  a: number,
  points: number,
  rules: "national" | "strict"
): number {
  const [T, A, P] = [BigInt(t), BigInt(a), BigInt(points)];
  if (nature === "≥") {
    let score = T === 0n || A >= T ? P * 100n : BigInt(hundredths(P * A, T));
    if (rules === "strict" && T > 0n && A * 10n >= T * 13n)
      score = score > 200n ? score - 200n : 0n;
    return Number(score) / 100;
  }
  if (A <= T) return points;
  if (rules === "national") return hundredths(P * T, A) / 100;
  return A >= 2n * T ? 0 : hundredths(P * (2n * T - A), T) / 100;
}

describe("a target row scores as the rule text says", () => {
  it("≥ and ≤ rows, national and 一体化 rules, in the core and in PERF.TARGETROW", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"≥" | "≤">("≥", "≤"),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom<"national" | "strict">("national", "strict"),
        fc.constantFrom("%", "天", "人次"),
        (nature, t, a, points, rules, unit) => {
          const form = rules === "national" ? national : strict;
          const row = scoreRow(
            { nature, target: `${nature}${t}${unit}`, actual: `${a}${unit}`, points },
            form
          );
          const want = oracle(nature, t, a, points, rules);
          expect(row.errors).toEqual([]);
          expect(row.score!.toNumber()).toBe(want);
          if (t === 0 && a === 0) return;
          const cell = evaluateFunction(
            "TARGETROW",
            [nature, t, a, points, null, form.id],
            "zh-CN"
          );
          expect(cell).toEqual({ ok: true, value: want });
        }
      ),
      { numRuns: 400 }
    );
  });

  it("qualitative rows keep the evaluator's score inside the band the actual names, and refuse one outside", () => {
    expect(
      scoreRow(
        { target: "完成", actual: "已完成", points: 10, score: 9 },
        national
      ).score!.toNumber()
    ).toBe(9);
    expect(
      scoreRow(
        { target: "完成", actual: "基本完成", points: 10, score: 7 },
        national
      ).score!.toNumber()
    ).toBe(7);
    const outside = scoreRow(
      { target: "完成", actual: "基本完成", points: 10, score: 9 },
      national
    );
    expect(outside.score).toBeNull();
    expect(outside.errors.join()).toContain("不在");
    expect(scoreRow({ target: "完成", actual: "完成", points: 10 }, national).missing).toEqual([
      "得分",
    ]);
  });

  it("asks rather than guesses: a unit that differs, a bare number between 1 and 2 beside a percentage", () => {
    expect(
      scoreRow({ target: "≥30人", actual: "28人次", points: 10 }, national).errors[0]
    ).toContain("单位不同");
    expect(scoreRow({ target: "≥95%", actual: 1.5, points: 10 }, national).errors[0]).toContain(
      "没有 % 号"
    );
    expect(scoreRow({ target: "≥95%", actual: 0.98, points: 10 }, national).score!.toNumber()).toBe(
      10
    );
    expect(scoreRow({ target: "≥95%", actual: 90, points: 10 }, national).score!.toNumber()).toBe(
      9.47
    );
    expect(
      scoreRow({ nature: "≤", target: "≥95%", actual: "96%", points: 10 }, national).errors[0]
    ).toContain("方向相反");
    // Points past any form's (a cell near the largest double) are refused, not summed into Infinity.
    expect(
      scoreRow({ target: "≥95%", actual: "98%", points: 1.7976931348623151e308 }, national).errors
    ).toEqual(["分值“1.7976931348623151e+308”不是分数（应为 0 至 10000 之间的数）"]);
    // An error value is no answer in words: the row is not scored, even with a score printed beside it.
    const broken = scoreRow({ target: "≥95%", actual: "#DIV/0!", points: 10, score: 10 }, national);
    expect([broken.score, broken.errors]).toEqual([
      null,
      ["实际完成值显示错误值 #DIV/0!，请先更正该单元格"],
    ]);
  });

  it("PERF.SELFEVAL totals a table: execution × points plus the rows, capped by the 一体化 rules", () => {
    const rows = [
      ["≥", 0.95, 0.98, 50],
      ["≤", 30, 45, 40],
    ];
    expect(evaluateFunction("SELFEVAL", [100, 90, rows], "zh-CN")).toEqual({
      ok: true,
      value: 9 + 50 + 26.67,
    });
    // 执行率 45% → at most 59 under the 一体化 cap.
    expect(evaluateFunction("SELFEVAL", [100, 45, rows, "yitihua-project"], "zh-CN")).toEqual({
      ok: true,
      value: 59,
    });
    expect(evaluateFunction("SELFEVAL", [100, null, rows], "zh-CN")).toMatchObject({
      ok: false,
      code: "na",
    });
    expect(evaluateFunction("TARGETROW", ["≥", 0, 0, 10], "zh-CN")).toMatchObject({
      ok: false,
      code: "na",
    });
    expect(evaluateFunction("TARGETROW", ["≥", 1, 1, 10, null, "nowhere"], "zh-CN")).toMatchObject({
      ok: false,
      code: "value",
    });
  });
});
