import fc from "fast-check";
import { evaluate, INPUTS, parseValue } from "../../src/core";
import { indicator, longgang } from "../helpers";

/** Cents as exact decimal text, so the properties talk about the amounts users type. */
const cents = (max = 10_000_000) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
const positiveCents = (max = 10_000_000) =>
  fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2));

/** Anything a cell or a JSON file could hold, well-formed or not. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom(
    "",
    "—",
    "是",
    "否",
    "完全",
    "部分",
    "未公开",
    "true",
    "FALSE",
    "93.95%",
    "1,869.71",
    "１２３",
    "abc",
    "-5",
    "∞",
    "1e400"
  ),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.string({ maxLength: 8 })
);

const anyInputs = fc.record(Object.fromEntries(INPUTS.map((d) => [d.key, anyValue])), {
  requiredKeys: [],
});
const anyKpis = fc.option(
  fc.array(
    fc.record({
      aspect: anyValue,
      name: anyValue,
      target: anyValue,
      actual: anyValue,
      direction: anyValue,
      weight: anyValue,
    }),
    { maxLength: 5 }
  )
);

describe("properties of every rule", () => {
  it("never throws, and every score lies in [0, points] with a total in [0, 100]", () => {
    fc.assert(
      fc.property(anyInputs, anyKpis, (inputs, kpis) => {
        const r = evaluate({ inputs, kpis: kpis ?? undefined }, longgang);
        for (const i of r.indicators) {
          if (i.computed !== null) {
            expect(i.computed).toBeGreaterThanOrEqual(0);
            expect(i.computed).toBeLessThanOrEqual(i.max);
            expect(Math.round(i.computed * 100)).toBeCloseTo(i.computed * 100, 6);
          } else {
            expect(i.missing.length + i.errors.length).toBeGreaterThan(0);
          }
        }
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 }
    );
  });

  it("a missing input never scores as 0: blanking any used input of a scored indicator leaves it unscored", () => {
    const full = {
      sanGongBudget: 11,
      sanGongActual: 3.98,
      dailyPublicBudget: 247.82,
      dailyPublicActual: 247.82,
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(full)),
        fc.constantFrom("", "—", undefined, null),
        (key, blank) => {
          const r = indicator("公用经费控制率", { ...full, [key]: blank });
          expect(r.computed).toBeNull();
          expect(r.missing).toEqual([key]);
        }
      )
    );
  });
});

describe("monotonicity", () => {
  const pair = (gen: fc.Arbitrary<string>) =>
    fc.tuple(gen, gen).map(([a, b]) => (Number(a) <= Number(b) ? [a, b] : [b, a]));

  it("more 三公 spending never raises 公用经费控制率", () => {
    fc.assert(
      fc.property(positiveCents(), pair(cents(20_000_000)), (budget, [less, more]) => {
        const s = (actual: string) =>
          indicator("公用经费控制率", {
            sanGongBudget: budget,
            sanGongActual: actual,
            dailyPublicBudget: 1,
            dailyPublicActual: 1,
          }).computed!;
        expect(s(more)).toBeLessThanOrEqual(s(less));
      })
    );
  });

  it("more projects on time never lowers 项目完成及时性", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (planned, a, b) => {
          const [less, more] = [Math.min(a, b, planned), Math.min(Math.max(a, b), planned)];
          const s = (onTime: number) =>
            indicator("项目完成及时性", {
              projectsPlanned: planned,
              projectsOnTime: onTime,
            }).computed!;
          expect(s(more)).toBeGreaterThanOrEqual(s(less));
        }
      )
    );
  });

  it("higher satisfaction never lowers the score", () => {
    fc.assert(
      fc.property(
        pair(fc.integer({ min: 0, max: 10000 }).map((c) => (c / 100).toFixed(2))),
        ([less, more]) => {
          const s = (v: string) => indicator("公众或服务对象满意度", { satisfaction: v }).computed!;
          expect(s(more)).toBeGreaterThanOrEqual(s(less));
        }
      )
    );
  });

  it("more adjusted funds never raise 财务合规性", () => {
    fc.assert(
      fc.property(positiveCents(), pair(cents()), (scale, [less, more]) => {
        const s = (adj: string) =>
          indicator("财务合规性", {
            budgetScale: scale,
            fundsAdjusted: adj,
            spendingCompliant: 1,
            accountingCompliant: 1,
            seriousViolation: "否",
          }).computed!;
        expect(s(more)).toBeLessThanOrEqual(s(less));
      })
    );
  });

  it("more spending by a quarter’s end never lowers 预算执行率", () => {
    fc.assert(
      fc.property(
        positiveCents(),
        fc.array(cents(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        cents(),
        (budget, spent, q, extra) => {
          const s = (xs: string[]) =>
            indicator("预算执行率", {
              executionBudget: budget,
              spentQ1: xs[0],
              spentQ2: xs[1],
              spentQ3: xs[2],
              spentQ4: xs[3],
            }).computed!;
          const more = [...spent];
          more[q] = (Number(spent[q]) + Number(extra)).toFixed(2);
          expect(s(more)).toBeGreaterThanOrEqual(s(spent));
        }
      )
    );
  });

  it("more missed key tasks never raise 重点工作完成情况", () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), (a, b) => {
        const s = (n: number) => indicator("重点工作完成情况", { keyTasksMissed: n }).computed!;
        expect(s(Math.max(a, b))).toBeLessThanOrEqual(s(Math.min(a, b)));
      })
    );
  });
});

describe("exact boundaries", () => {
  it("actual = 90% of budget is always the 90–100% tier, whatever the amounts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (k) => {
        const [actual, budget] = [((9 * k) / 100).toFixed(2), ((10 * k) / 100).toFixed(2)];
        const r = indicator("公用经费控制率", {
          sanGongActual: actual,
          sanGongBudget: budget,
          dailyPublicActual: actual,
          dailyPublicBudget: budget,
        });
        expect(r.computed).toBe(4);
      })
    );
  });

  it("grouped, full-width and plain text of the same amount read the same", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (c) => {
        const plain = (c / 100).toFixed(2);
        const grouped = Number(plain).toLocaleString("en-US", {
          minimumFractionDigits: 2,
        });
        const fullWidth = plain.replace(/[0-9.]/g, (ch) =>
          String.fromCharCode(ch.charCodeAt(0) + 0xfee0)
        );
        const read = (raw: string) => {
          const p = parseValue(raw, { type: "amount", unit: "万元" });
          return p.kind === "value" ? p.value.toFixed(2) : p.kind;
        };
        expect(read(grouped)).toBe(plain);
        expect(read(fullWidth)).toBe(plain);
      })
    );
  });
});
