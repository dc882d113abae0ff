import fc from "fast-check";
import {
  columnStats,
  evaluate,
  getFramework,
  placedIndicators,
  unitReview,
  type InputsFile,
} from "../../src/core";
import { Rational } from "../../src/core/rational";
import { readFileSync } from "node:fs";
import { repoFile } from "../helpers";

const framework = getFramework()!;
const SAMPLE = JSON.parse(
  readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
) as InputsFile;

const exactSum = (xs: (number | null)[]) =>
  xs.reduce((s: Rational, x) => (x === null ? s : s.add(Rational.fromNumber(x))), Rational.ZERO);

describe("unitReview: what a bureau reads of one unit", () => {
  it("gives the sample its data total, its claimed total and the exact difference", () => {
    const r = unitReview(evaluate(SAMPLE, framework), framework);
    expect(r.claimedTotal).toBe(96);
    expect(r.dataTotal).toBe(82.5);
    expect(r.difference).toBe(13.5);
    expect(r.claimedGrade).toBe("优");
    // Four indicators have no data: the data's total earns no grade.
    expect(r.notScored).toHaveLength(4);
    expect(r.dataGrade).toBeNull();
    expect(r.findings.every((f) => f.kind !== "framework")).toBe(true);
    expect(r.findings.some((f) => f.kind === "claim")).toBe(true);
  });

  it("keeps totals and difference exact whatever the unit claims (property)", () => {
    const ids = placedIndicators(framework).map((p) => p.indicator);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: ids.length - 1 }), fc.integer({ min: 0, max: 800 })), {
          maxLength: 8,
        }),
        (claims) => {
          const overrides = Object.fromEntries(
            claims.map(([n, hundredths]) => [
              ids[n].id,
              { score: Math.min(ids[n].points, hundredths / 100), reason: "自评" },
            ])
          );
          const result = evaluate({ ...SAMPLE, overrides }, framework);
          const r = unitReview(result, framework);
          const data = exactSum(result.indicators.map((i) => i.computed));
          const claimed = exactSum(result.indicators.map((i) => i.score));
          expect(r.dataTotal).toBe(data.toNumber());
          expect(r.claimedTotal).toBe(claimed.toNumber());
          expect(r.difference).toBe(claimed.sub(data).toNumber());
          expect(r.claimedTotal).toBe(result.total);
          // Without own scores a unit claims exactly what its data gives.
          if (!claims.length) expect(r.difference).toBe(0);
        }
      )
    );
  });
});

describe("columnStats", () => {
  it("counts, averages to 2 places, finds the lowest and the full marks, and leaves missing scores out", () => {
    expect(columnStats([5, 4.5, null, 5, 0.1], 5)).toEqual({
      max: 5,
      count: 4,
      mean: 3.65,
      min: 0.1,
      full: 2,
    });
    expect(columnStats([null, null], 3)).toEqual({
      max: 3,
      count: 0,
      mean: null,
      min: null,
      full: 0,
    });
    // 0.1 + 0.2 is not 0.3 in floating point; the mean of exact scores is.
    expect(columnStats([0.1, 0.2], 1).mean).toBe(0.15);
  });
});
