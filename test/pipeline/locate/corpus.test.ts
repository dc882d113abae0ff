import { inputDef } from "../../../src/core";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs } from "../../../src/pipeline/locate";
import { blockValue, coreValue } from "../../../src/pipeline/normalize";
import { CORPUS_FIXTURES } from "../../fixtures/corpus-workbooks";
import { LABEL_FIXTURES } from "../../fixtures/label-workbooks";

/**
 * The label scan over every workbook of the corpus (layouts units have, each with the inputs it holds):
 * per kind of input, how many were found right, missed, and — the worst outcome — taken with a wrong
 * value. Wrong values must be none; the figures are printed for the README and the closing note.
 */
const CORPUS = [...LABEL_FIXTURES, ...CORPUS_FIXTURES];

describe("the label scan over the corpus", () => {
  it(`takes no wrong value and finds at least 95% of the inputs present, in ${CORPUS.length} workbooks`, async () => {
    const tally = new Map<string, { right: number; missed: number; wrong: number }>();
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const fixture of CORPUS) {
      const located = locateInputs(snapshotOf(await loadWorkbook(await fixture.build())));
      for (const [key, expected] of Object.entries(fixture.inputs)) {
        const kind = inputDef(key)?.type ?? "?";
        const t = tally.get(kind) ?? { right: 0, missed: 0, wrong: 0 };
        tally.set(kind, t);
        const l = located.inputs.get(key);
        const got = l && !l.ambiguous && !l.problem ? blockValue(key, coreValue(l)) : undefined;
        if (got === undefined || got === null) {
          t.missed++;
          missed.push(`${fixture.name}: ${key}`);
        } else if (got === blockValue(key, expected)) t.right++;
        else {
          t.wrong++;
          wrong.push(`${fixture.name}: ${key} = ${String(got)}, expected ${String(expected)}`);
        }
      }
    }
    const all = [...tally.values()].reduce(
      (s, t) => ({
        right: s.right + t.right,
        missed: s.missed + t.missed,
        wrong: s.wrong + t.wrong,
      }),
      { right: 0, missed: 0, wrong: 0 }
    );
    console.log(
      [
        `corpus: ${CORPUS.length} workbooks, ${all.right + all.missed + all.wrong} inputs present`,
        ...[...tally].map(
          ([kind, t]) => `  ${kind}: ${t.right} right, ${t.missed} missed, ${t.wrong} wrong values`
        ),
        `  recall ${((100 * all.right) / (all.right + all.missed + all.wrong)).toFixed(1)}%`,
        ...missed.map((m) => `  missed ${m}`),
      ].join("\n")
    );
    expect(CORPUS.length).toBeGreaterThanOrEqual(15);
    expect(wrong).toEqual([]);
    expect(all.right / (all.right + all.missed)).toBeGreaterThanOrEqual(0.95);
  });
});
