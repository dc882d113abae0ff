/**
 * Function time of one full recalculation of the live score sheet: every PERF.SCORE and PERF.EXPLAIN cell
 * of the sheet the add-in writes for the sample workbook (21 indicators, 42 calls), called through the
 * built bundle (dist/) with the argument values Excel would pass (the data block and the KPI table).
 * "Changed" runs alter every amount before each recalculation, so nothing is reused from the one before;
 * "one input changed" alters a single value, as a user typing into one cell does. Run: npm run bench
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
  const grid = (range) => {
    const r = parseRangeRef(range);
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => {
        const v = cells.get(`${r.top + i},${r.left + j}`)?.value;
        return v === undefined || v === null ? "" : v;
      })
    );
  };
  const calls = plan.cells
    .filter((c) => c.formula && /PERF\.(SCORE|EXPLAIN)\(/.test(c.formula))
    .map((c) => {
      const m =
        /PERF\.(SCORE|EXPLAIN)\("([^"]+)",(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)(?:,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+))?\)/.exec(
          c.formula
        );
      return {
        fn: m[1],
        name: m[2],
        keys: grid(m[3]),
        values: grid(m[4]),
        kpis: m[5] ? grid(m[5]) : null,
      };
    });
  const values = calls[0].values;
  const numeric = values
    .map((row, i) => (typeof row[0] === "number" ? i : -1))
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
  const time = (change, runs) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
      change(i);
      recalc();
    }
    return Number(process.hrtime.bigint() - start) / 1e6 / runs;
  };
  const original = values.map((row) => row[0]);
  const all = (i) =>
    numeric.forEach((k) => (values[k][0] = original[k] * (1 + ((i % 97) + 1) / 1000)));
  const one = (i) =>
    (values[numeric[i % numeric.length]][0] =
      original[numeric[i % numeric.length]] * (1 + ((i % 89) + 1) / 1000));
  time(all, 200);
  const cold = time(all, 1000);
  const warm = time(one, 1000);
  console.log(
    `Live score sheet recalculation (${calls.length} PERF.SCORE/PERF.EXPLAIN calls, built bundle)`
  );
  console.log(
    `  every input changed: ${cold.toFixed(3)} ms of function time per recalculation (${Math.round((calls.length / cold) * 1000).toLocaleString("en-US")} calls/s)`
  );
  console.log(`  one input changed:   ${warm.toFixed(3)} ms per recalculation`);
})();
