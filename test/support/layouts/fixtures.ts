import { inputDef } from "../../../src/core";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs } from "../../../src/pipeline/locate";
import { blockValue, coreValue } from "../../../src/pipeline/normalize";
import type { LabelFixture } from "../../fixtures/label-workbooks";
import { add, recall, type Count } from "./tally";

/**
 * Scans written-out workbooks (each with the inputs a careful person takes from it) and judges every
 * input: right, missed (asked) or wrong. `ambiguous` inputs must be asked, `notInputs` must not be read
 * at all: the workbook does not state them, though some text or column invites a careless reader.
 */
export type JudgedFixture = LabelFixture & { ambiguous?: string[]; notInputs?: string[] };

export interface Judged {
  tally: Map<string, Count>;
  all: Count;
  wrong: string[];
  /** A value taken where the workbook holds two figures that cannot be settled. */
  guessed: string[];
  /** A value taken for an input the workbook does not state. */
  invented: string[];
  missed: string[];
  /** Inputs a person must judge (是/否, disclosure, counts of shortcomings), left to step 2. */
  decided: number;
}

export async function judgeFixtures(fixtures: readonly JudgedFixture[]): Promise<Judged> {
  const j: Judged = {
    tally: new Map(),
    all: { right: 0, missed: 0, wrong: 0 },
    wrong: [],
    guessed: [],
    invented: [],
    missed: [],
    decided: 0,
  };
  for (const fixture of fixtures) {
    const located = locateInputs(snapshotOf(await loadWorkbook(await fixture.build())));
    const valueOf = (key: string) => {
      const l = located.inputs.get(key);
      const v = l && !l.ambiguous && !l.problem && !l.doubt ? blockValue(key, coreValue(l)) : null;
      return v ?? undefined;
    };
    const say = (key: string, got: unknown, expected?: unknown) =>
      `${fixture.name}: ${key} = ${String(got)}${expected === undefined ? "" : `, expected ${String(expected)}`}`;
    for (const [key, expected] of Object.entries(fixture.inputs)) {
      const got = valueOf(key);
      if (inputDef(key)?.decided) {
        if (got !== undefined && got !== blockValue(key, expected))
          j.wrong.push(say(key, got, expected));
        j.decided++;
        continue;
      }
      const verdict: keyof Count =
        got === undefined ? "missed" : got === blockValue(key, expected) ? "right" : "wrong";
      add(j.tally, fixture.name, verdict);
      j.all[verdict]++;
      if (verdict === "wrong") j.wrong.push(say(key, got, expected));
      if (verdict === "missed") j.missed.push(`${fixture.name}: ${key}`);
    }
    for (const key of fixture.ambiguous ?? []) {
      const got = valueOf(key);
      if (got !== undefined) j.guessed.push(say(key, got));
    }
    for (const key of fixture.notInputs ?? []) {
      const got = valueOf(key);
      if (got !== undefined) j.invented.push(say(key, got));
    }
  }
  return j;
}

export function summary(title: string, j: Judged): string {
  return [
    `${title}: ${j.tally.size} workbooks, ${j.all.right + j.all.missed + j.all.wrong} inputs present, recall ${(100 * recall(j.all)).toFixed(1)}%, ${j.all.wrong} wrong, ${j.invented.length} read where none is stated, ${j.decided} left to the evaluator`,
    ...[...j.tally].map(
      ([name, t]) => `  ${name}: ${t.right} right, ${t.missed} missed, ${t.wrong} wrong`
    ),
    ...j.missed.map((m) => `  missed ${m}`),
  ].join("\n");
}
