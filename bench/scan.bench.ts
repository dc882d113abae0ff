import { performance } from "node:perf_hooks";
import { locateByLabels } from "../src/pipeline/locate/tables";
import type { WorkbookSnapshot } from "../src/pipeline/snapshot";
import { drawWorkbook, toOfficeSnapshot } from "../test/support/layouts";
import { add, judge, readDrawn, recall, type Count } from "../test/support/layouts/tally";

/**
 * The table reader over 1,000 generated workbooks (recall and wrong values per shape: the README's
 * figures), and its time on a workbook of 250,000 cells: the drawn tables among 50 sheets of figures.
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
  const all = new Map<string, Count>();
  const t0 = performance.now();
  for (let seed = 1; seed <= SEEDS; seed++)
    for (const o of judge(await readDrawn(seed))) {
      add(byShape, o.shape, o.verdict);
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
  console.log(
    [
      `Table reader over ${SEEDS} generated workbooks (${(elapsed / SEEDS).toFixed(1)} ms each, drawing and reading): ` +
        `${total.right + total.missed + total.wrong} inputs, recall ${(100 * recall(total)).toFixed(1)}%, ${total.wrong} wrong values`,
      ...[...byShape]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([shape, t]) =>
            `  ${shape}: ${t.right} right, ${t.missed} asked (missed), ${t.wrong} wrong — recall ${(100 * recall(t)).toFixed(1)}%`
        ),
      `Scan of ${cells.toLocaleString("en-US")} cells in ${big.sheets.length} sheets: ${median.toFixed(1)} ms (median of 5)`,
    ].join("\n")
  );
});
