/**
 * Function time of full recalculations of the live score sheet: every PERF.* cell of the sheet the add-in
 * writes for the sample workbook (21 indicators: PERF.SCORE and PERF.EXPLAIN, 42 calls), called through the
 * built bundle (dist/) with the arguments Excel passes (the data block and the KPI table as ranges; an
 * empty cell as 0 on desktop, as null on the web), 200 recalculations each.
 * "Every input changed" alters every amount before each recalculation, so nothing is reused from the one
 * before; "one input changed" alters a single value, as a user typing into one cell does. Run: npm run bench
 */
const { readFileSync } = require("fs");
const path = require("path");
const { loadFunctionsBundle } = require("./load-functions-bundle");
const { loadWorkbook } = require("../build/hosts/xlsx/file");
const { snapshotOf } = require("../build/hosts/xlsx/read");
const { scoreWorkbook } = require("../build/pipeline/analyze");
const { parseRangeRef } = require("../build/pipeline/a1");

const fns = new Map();
class ExcelError extends Error {}
loadFunctionsBundle({
  associate: (id, fn) => fns.set(id, fn),
  Error: ExcelError,
  ErrorCode: {},
});

(async () => {
  const sample = readFileSync(path.join(__dirname, "..", "examples", "longgang-2021.xlsx"));
  const plan = scoreWorkbook(snapshotOf(await loadWorkbook(sample)), {
    mode: "live",
  }).plan;
  const cells = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
  const grid = (range, blank) => {
    const r = parseRangeRef(range);
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => {
        const v = cells.get(`${r.top + i},${r.left + j}`)?.value;
        return v === undefined || v === null || v === "" ? blank : v;
      })
    );
  };
  const callsFor = (blank) =>
    plan.cells
      .filter((c) => c.formula && /PERF\.(SCORE|EXPLAIN)\(/.test(c.formula))
      .map((c) => {
        const m =
          /PERF\.(SCORE|EXPLAIN)\("([^"]+)",(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)(?:,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+))?\)/.exec(
            c.formula
          );
        return {
          fn: m[1],
          name: m[2],
          keys: grid(m[3], blank),
          values: grid(m[4], blank),
          kpis: m[5] ? grid(m[5], blank) : null,
        };
      });
  const RUNS = 200;
  console.log(
    `Live score sheet recalculation (${plan.cells.filter((c) => /PERF\./.test(c.formula ?? "")).length} PERF.* calls, built bundle, ${RUNS} recalculations each)`
  );
  for (const [platform, blank] of [
    ["desktop (an empty cell passed as 0)", 0],
    ["web (an empty cell passed as null)", null],
  ]) {
    const calls = callsFor(blank);
    const values = calls[0].values;
    const numeric = values
      .map((row, i) => (typeof row[0] === "number" && row[0] !== 0 ? i : -1))
      .filter((i) => i >= 0);
    const recalc = () => {
      for (const c of calls) {
        try {
          fns.get(c.fn)(c.name, c.keys, c.values, c.kpis);
        } catch {
          // an unscored indicator is an Excel error value, part of the work
        }
      }
    };
    const time = (change) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < RUNS; i++) {
        change(i);
        recalc();
      }
      return Number(process.hrtime.bigint() - start) / 1e6 / RUNS;
    };
    const original = values.map((row) => row[0]);
    const all = (i) =>
      numeric.forEach((k) => (values[k][0] = original[k] * (1 + ((i % 97) + 1) / 1000)));
    const one = (i) =>
      (values[numeric[i % numeric.length]][0] =
        original[numeric[i % numeric.length]] * (1 + ((i % 89) + 1) / 1000));
    time(all);
    const cold = time(all);
    const warm = time(one);
    const rate = (ms) => Math.round((calls.length / ms) * 1000).toLocaleString("en-US");
    console.log(`  ${platform}`);
    console.log(`    every input changed: ${cold.toFixed(3)} ms per sheet (${rate(cold)} calls/s)`);
    console.log(`    one input changed:   ${warm.toFixed(3)} ms per sheet (${rate(warm)} calls/s)`);
  }
})();
