/**
 * Evaluations per second of the built PERF.* functions (dist/functions.js), called the way Excel's
 * runtime calls them: synchronously, one cell at a time. Run: npm run bench
 */
const { loadFunctionsBundle } = require("./load-functions-bundle");

const fns = new Map();
class ExcelError extends Error {}
loadFunctionsBundle({
  associate: (id, fn) => fns.set(id, fn),
  Error: ExcelError,
  ErrorCode: {},
});

const keys = [
  ["sanGongBudget"],
  ["sanGongActual"],
  ["dailyPublicBudget"],
  ["dailyPublicActual"],
  ["satisfaction"],
];
const values = [[11], [3.98], [247.82], [247.82], [0.9395]];
const kpis = [
  ["社会效益", "接待读者人次", 200, 244.62, ">=", 1],
  ["经济效益", "外借量", 400, 345.02, ">=", 1],
  ["可持续影响", "投诉", 10, 20, "<=", 2],
];
const workload = [
  ["CONTROLRATE", 3.98, 11],
  ["EXECRATE", 3525.77, 2149.82, 1],
  ["ADJUSTRATE", "1,406.03", "4,931.80"],
  ["CONTROLSCORE", 3.98, 11],
  ["PROCUREMENTSCORE", 1869.71, 1869.71, "是"],
  ["ADJUSTSCORE", 1406.03, 4931.8],
  ["ASSETSCORE", 11262.29, 11262.29],
  ["STAFFSCORE", 40, 42],
  ["CONTRACTSTAFFSCORE", 2, 40],
  ["EXECSCORE", 3525.77, 900, 1800, 2700, 3525.77],
  ["KEYWORKSCORE", 0],
  ["TIMELINESSSCORE", 9, 7],
  ["DISCLOSURESCORE", "完全", "部分"],
  ["PETITIONSCORE", "是", 12, 12, 11],
  ["SATISFACTIONSCORE", 0.9395],
  ["KPISCORE", kpis],
  ["CHECKLIST", [["是"], ["是"], ["否"], ["是"], ["是"]], [[2], [2], [1], [1], [1]]],
  ["DEDUCT", 5, 2, 1],
  ["TARGETROW", "≥", "≥95%", 0.98, 10],
  [
    "SELFEVAL",
    387.66,
    387.66,
    [
      ["≧", 735, 735, 10],
      ["═", "100%", 0.98, 10],
      ["≤", "≤30天", "28天", 20],
      [null, "有效", "有效", 10, 10],
    ],
  ],
  ["SCORE", "公用经费控制率", keys, values],
  ["EXPLAIN", "公用经费控制率", keys, values],
  ["GRADE", 96],
];
const missing = [...fns.keys()].filter((id) => !workload.some(([w]) => w === id));
if (missing.length) throw new Error(`workload lacks ${missing.join(", ")}`);

function rate(run, ms) {
  let n = 0;
  const end = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 100; i++) run(n++);
  }
  return (n * 1000) / ms;
}

const calls = workload.map(
  ([id, ...args]) =>
    () =>
      fns.get(id)(...args)
);
rate((i) => calls[i % calls.length](), 300);
console.log("PERF.* custom functions, built bundle, synchronous calls (evaluations per second)");
for (const [i, [id]] of workload.entries())
  console.log(
    `  ${id.padEnd(20)} ${Math.round(rate(calls[i], 150)).toLocaleString("en-US").padStart(12)}`
  );
const mixed = rate((i) => calls[i % calls.length](), 1500);
console.log(
  `  ${"mixed workload".padEnd(20)} ${Math.round(mixed).toLocaleString("en-US").padStart(12)}`
);
console.log(
  `  a sheet of 10,000 mixed PERF formulas recalculates in about ${((10000 / mixed) * 1000).toFixed(0)} ms of function time`
);
