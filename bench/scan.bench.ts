import { performance } from "node:perf_hooks";
import { locateByLabels } from "../src/pipeline/locate/tables";
import type { WorkbookSnapshot } from "../src/pipeline/snapshot";
import { drawWorkbook, toOfficeSnapshot } from "../test/support/layouts";
import { add, judge, readDrawn, recall, type Count } from "../test/support/layouts/tally";
import { judgeFixtures, summary } from "../test/support/layouts/fixtures";
import { INDEPENDENT_FIXTURES } from "../test/fixtures/independent-workbooks";
import { PUBLISHED_FIXTURES } from "../test/fixtures/published-workbooks";
import { PUBLISHED_MAKERS } from "../test/support/layouts/published-tables";

/**
 * The table reader over 1,000 generated workbooks (recall and wrong values per shape and per table drawn,
 * those drawn after published layouts marked), over the two sets of workbooks written by someone who had
 * not read the reader (the README's figures), and its time on a workbook of 250,000 cells: the drawn
 * tables among 50 sheets of figures.
 */
const SEEDS = 1000;

function widen(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = [...snapshot.sheets];
  for (let s = 0; s < 50; s++) {
    const values = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 50 }, (_, c) => (r === 0 ? `列${c + 1}` : r * (c + 1) + s / 100))
    );
    sheets.push({
      name: `明细${s + 1}`,
      top: 1,
      left: 1,
      values,
      formulas: values.map((row) => row.map(() => "")),
      numberFormats: values.map((row) => row.map(() => "General")),
    });
  }
  return { ...snapshot, sheets };
}

it(`prints recall and wrong values over ${SEEDS} generated workbooks, and the scan time of 250,000 cells`, async () => {
  const byShape = new Map<string, Count>();
  const byMaker = new Map<string, Count>();
  const all = new Map<string, Count>();
  const t0 = performance.now();
  for (let seed = 1; seed <= SEEDS; seed++)
    for (const o of judge(await readDrawn(seed))) {
      add(byShape, o.shape, o.verdict);
      add(byMaker, o.maker, o.verdict);
      add(all, "all", o.verdict);
    }
  const elapsed = performance.now() - t0;
  const total = all.get("all")!;
  const big = widen(toOfficeSnapshot(drawWorkbook(7).sheets));
  const cells = big.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    locateByLabels(big);
    times.push(performance.now() - t);
  }
  const median = times.sort((a, b) => a - b)[2];
  const line = ([name, t]: [string, Count]) =>
    `  ${name}: ${t.right} right, ${t.missed} asked (missed), ${t.wrong} wrong — recall ${(100 * recall(t)).toFixed(1)}%`;
  const independent = await judgeFixtures(INDEPENDENT_FIXTURES);
  const published = await judgeFixtures(PUBLISHED_FIXTURES);
  console.log(
    [
      `Table reader over ${SEEDS} generated workbooks (${(elapsed / SEEDS).toFixed(1)} ms each, drawing and reading): ` +
        `${total.right + total.missed + total.wrong} inputs, recall ${(100 * recall(total)).toFixed(1)}%, ${total.wrong} wrong values`,
      "By shape:",
      ...[...byShape].sort(([a], [b]) => a.localeCompare(b)).map(line),
      "By table drawn (* after a published layout):",
      ...[...byMaker]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([m, t]) => line([`${m in PUBLISHED_MAKERS ? "*" : " "}${m}`, t])),
      summary("Independently written workbooks (first set)", independent),
      summary("Workbooks written from the published layouts", published),
      `Scan of ${cells.toLocaleString("en-US")} cells in ${big.sheets.length} sheets: ${median.toFixed(1)} ms (median of 5)`,
    ].join("\n")
  );
});
