import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  add,
  judge,
  readDrawn,
  recall,
  type Count,
  type Outcome,
} from "../../support/layouts/tally";
import { PUBLISHED_MAKERS } from "../../support/layouts/published-tables";
import { PUBLISHED_FIXTURES } from "../../fixtures/published-workbooks";
import layouts from "../../fixtures/published-layouts.json";

/**
 * The scan over workbooks drawn from the layouts units publish (test/support/layouts: tables of the
 * 部门预算/决算 set and the ones units keep by hand, in random variants, units, orders and offsets, with
 * 上年/年初/满分/序时进度 distractors and hidden stale rows; published-tables.ts after the published layouts
 * of test/fixtures/published-layouts.json). Every input a drawn workbook holds is judged: right, missed
 * (the scan asks) or wrong. Wrong must never happen; recall is printed per shape.
 */
describe("the published layouts", () => {
  const ids = new Set(layouts.map((l) => l.id));

  it("are each recorded with a public address", () => {
    expect(layouts.length).toBeGreaterThanOrEqual(25);
    for (const l of layouts) expect([l.id, /^https?:\/\//.test(l.address)]).toEqual([l.id, true]);
  });

  it("are listed in the README with their addresses", () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    for (const l of layouts)
      expect([l.id, readme.includes(`\`${l.id}\``) && readme.includes(l.address)]).toEqual([
        l.id,
        true,
      ]);
  });

  it("are what the generator's published tables and the written workbooks follow, every one of them", () => {
    const drawn = Object.values(PUBLISHED_MAKERS).flatMap((m) => m.layouts);
    const written = PUBLISHED_FIXTURES.flatMap((f) => f.layouts);
    for (const id of [...drawn, ...written]) expect([id, ids.has(id)]).toEqual([id, true]);
    const used = new Set([...drawn, ...written]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });
});

const SEEDS = 1000;

jest.setTimeout(240_000);

describe(`the scan over ${SEEDS} generated workbooks`, () => {
  const outcomes: (Outcome & { seed: number })[] = [];

  beforeAll(async () => {
    for (let seed = 1; seed <= SEEDS; seed++)
      for (const o of judge(await readDrawn(seed))) outcomes.push({ ...o, seed });
  });

  it("never reads an input with a wrong value", () => {
    const wrong = outcomes
      .filter((o) => o.verdict === "wrong")
      .map((o) => `seed ${o.seed}: ${o.key} (${o.shape}) = ${String(o.got)}, true ${o.expected}`);
    expect(wrong).toEqual([]);
  });

  it("finds at least 95% of the inputs present, in every shape of table", () => {
    const byShape = new Map<string, Count>();
    const all = new Map<string, Count>();
    for (const o of outcomes) {
      add(byShape, o.shape, o.verdict);
      add(all, "all", o.verdict);
    }
    const total = all.get("all")!;
    console.log(
      [
        `generated: ${SEEDS} workbooks, ${outcomes.length} inputs present, recall ${(100 * recall(total)).toFixed(1)}%, ${total.wrong} wrong`,
        ...[...byShape]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(
            ([shape, t]) =>
              `  ${shape}: ${t.right} right, ${t.missed} missed, ${t.wrong} wrong (${(100 * recall(t)).toFixed(1)}%)`
          ),
      ].join("\n")
    );
    expect(outcomes.length).toBeGreaterThan(SEEDS * 5);
    expect(byShape.size).toBeGreaterThanOrEqual(6);
    for (const [shape, t] of byShape) expect([shape, recall(t) >= 0.95]).toEqual([shape, true]);
  });
});
