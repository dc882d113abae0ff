import { inputDef } from "../../../src/core";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs } from "../../../src/pipeline/locate";
import { blockValue, coreValue } from "../../../src/pipeline/normalize";
import { INDEPENDENT_FIXTURES } from "../../fixtures/independent-workbooks";
import { add, recall, type Count } from "../../support/layouts/tally";

/**
 * Workbooks laid out from the published layouts by someone who had not read the scan (a separate session
 * given only ../shared/reference). They are the check on the generator, which was written alongside the
 * reader: a wrong value here is a reader bug, a figure a human reader could not settle must be asked.
 */
jest.setTimeout(60_000);

describe(`the scan over ${INDEPENDENT_FIXTURES.length} independently written workbooks`, () => {
  const wrong: string[] = [];
  const guessed: string[] = [];
  const missed: string[] = [];
  const tally = new Map<string, Count>();
  let decided = 0;

  beforeAll(async () => {
    for (const fixture of INDEPENDENT_FIXTURES) {
      const located = locateInputs(snapshotOf(await loadWorkbook(await fixture.build())));
      const valueOf = (key: string) => {
        const l = located.inputs.get(key);
        return l && !l.ambiguous && !l.problem && !l.doubt
          ? blockValue(key, coreValue(l))
          : undefined;
      };
      for (const [key, expected] of Object.entries(fixture.inputs)) {
        const got = valueOf(key);
        // 是/否, disclosure and counts of shortcomings are the evaluator's call (catalog `decided`): the
        // scan leaves them to step 2 of the pane, and a value it did take would have to be right.
        if (inputDef(key)?.decided) {
          if (got !== undefined && got !== null && got !== blockValue(key, expected))
            wrong.push(`${fixture.name}: ${key} = ${String(got)}, expected ${String(expected)}`);
          decided++;
          continue;
        }
        const verdict: keyof Count =
          got === undefined || got === null
            ? "missed"
            : got === blockValue(key, expected)
              ? "right"
              : "wrong";
        add(tally, fixture.name, verdict);
        if (verdict === "wrong")
          wrong.push(`${fixture.name}: ${key} = ${String(got)}, expected ${String(expected)}`);
        if (verdict === "missed") missed.push(`${fixture.name}: ${key}`);
      }
      for (const key of fixture.ambiguous ?? []) {
        const got = valueOf(key);
        if (got !== undefined && got !== null)
          guessed.push(`${fixture.name}: ${key} = ${String(got)}`);
      }
    }
    const all = [...tally.values()].reduce((s, t) => ({
      right: s.right + t.right,
      missed: s.missed + t.missed,
      wrong: s.wrong + t.wrong,
    }));
    console.log(
      [
        `independent: ${INDEPENDENT_FIXTURES.length} workbooks, ${all.right + all.missed + all.wrong} inputs present, recall ${(100 * recall(all)).toFixed(1)}%, ${all.wrong} wrong, ${decided} left to the evaluator`,
        ...[...tally].map(
          ([name, t]) => `  ${name}: ${t.right} right, ${t.missed} missed, ${t.wrong} wrong`
        ),
        ...missed.map((m) => `  missed ${m}`),
      ].join("\n")
    );
  });

  it("never reads an input with a wrong value", () => {
    expect(wrong).toEqual([]);
  });

  it("asks rather than picks where the workbook holds two different figures for one input", () => {
    expect(guessed).toEqual([]);
  });

  it("finds at least 90% of the inputs present", () => {
    const all = [...tally.values()].reduce((s, t) => ({
      right: s.right + t.right,
      missed: s.missed + t.missed,
      wrong: s.wrong + t.wrong,
    }));
    expect(recall(all)).toBeGreaterThanOrEqual(0.9);
  });
});
