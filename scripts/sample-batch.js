/**
 * Workbooks like the sample for a review: each its own unit, with its own “三公” spending, satisfaction
 * and, for every third, a full own score on 公用经费控制率 its data does not support — cells of the
 * sample's 绩效基础数据 sheet changed as a clerk would type them. Needs npm run build:cli.
 */
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");
const { setCellValues } = require(path.join(root, "build", "hosts", "xlsx", "patch"));

const SAMPLE = fs.readFileSync(path.join(root, "examples", "longgang-2021.xlsx"));
const SHEET = "绩效基础数据";
// The sample data sheet's cells (as the template lays it out): 单位名称, two figures, one own score.
const UNIT = { row: 3, col: 3 };
const SAN_GONG_ACTUAL = { row: 44, col: 5 };
const SATISFACTION = { row: 65, col: 5 };
const OWN_SCORE_公用经费控制率 = { row: 98, col: 4 };

/**
 * Every other unit has the figures the sample lacks (staff, the fourth quarter, petitions) and gives no
 * own scores of its own, so that its data scores every indicator and earns a grade.
 */
const COMPLETE = [
  [38, 40],
  [39, 42],
  [40, 2],
  [56, 0.95],
  [61, "是"],
  [62, 12],
  [63, 12],
  [64, 11],
]
  .map(([row, value]) => ({ sheet: SHEET, row, col: 5, value }))
  .concat([89, 90, 95, 96, 99, 103].map((row) => ({ sheet: SHEET, row, col: 4, value: null })));

/** Writes `n` workbooks into ten group folders under `dir`, named after `unit(i)`. */
async function writeSampleBatch(dir, n, unit = (i) => `第${i + 1}号单位`) {
  for (let i = 0; i < n; i++) {
    const writes = [
      { sheet: SHEET, ...UNIT, value: unit(i) },
      { sheet: SHEET, ...SAN_GONG_ACTUAL, value: 3.98 + (i % 9) },
      { sheet: SHEET, ...SATISFACTION, value: 0.85 + (i % 10) / 100 },
      ...(i % 3 === 0 ? [{ sheet: SHEET, ...OWN_SCORE_公用经费控制率, value: 6 }] : []),
      ...(i % 2 === 0 ? COMPLETE : []),
    ];
    const folder = path.join(dir, `第${(i % 10) + 1}组`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${unit(i)}.xlsx`), await setCellValues(SAMPLE, writes));
  }
}

module.exports = { writeSampleBatch, SAMPLE };
