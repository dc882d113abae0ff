import fc from "fast-check";
import { Rational } from "../../src/core";
import { scoreSelfEvalWorkbook } from "../../src/pipeline/self-eval";
import type { CellValue, WorkbookSnapshot } from "../../src/pipeline/snapshot";

/**
 * A bureau opens what units send: any grid made of the form's own words and odd values is read, scored and
 * planned without an exception, and every figure it scores is a finite number within the form's points.
 */
const WORDS = [
  "项目支出绩效自评表",
  "部门整体支出绩效自评表",
  "项目名称",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "年度资金总额",
  "其中：财政拨款",
  "分值",
  "执行率",
  "得分",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "年度指标值",
  "实际完成值",
  "偏差原因分析及改进措施",
  "总分",
  "合计",
  "预期目标",
  "实际完成情况",
  "≥95%",
  "≤30天",
  "=100%",
  "完成",
  "基本完成",
  "未完成",
  "﹦",
  "≧",
  "150万",
  "—",
  "#DIV/0!",
  "NaN",
  "1e308",
  "9".repeat(400),
  "-5",
  "0",
  "",
];
const HEADER: CellValue[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 12 })
);

/** A target row as units fill them in, right or wrong. */
const formRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  fc.constantFrom("产出指标", "效益指标", null),
  fc.constantFrom("数量指标", null),
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.constantFrom("≥", "≤", "=", "≧", "﹦", "定性", "正向", "?", null),
  fc.oneof(
    fc.constantFrom("≥95%", "100", "≤30天", "完成", "0", "≥0", "—"),
    fc.double(),
    fc.integer()
  ),
  fc.oneof(
    fc.constantFrom("98%", "100%", "28天", "基本完成", "未完成", "1.5", "-3"),
    fc.double(),
    fc.integer()
  ),
  fc.oneof(fc.constantFrom(10, 20, "10分", -5, 0, "x", 1e300), fc.double()),
  fc.oneof(fc.constantFrom(10, 8, "9.5", null), fc.double())
);

describe("hostile 自评表", () => {
  it("never throws, and scores only within the points", () => {
    let scored = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.array(cell, { minLength: 1, maxLength: 11 }), formRow), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.nat(30),
        (cells, at) => {
          // Half the grids get a form's header somewhere, so that their rows are read as target rows.
          const grid =
            at < cells.length ? [...cells.slice(0, at), HEADER, ...cells.slice(at)] : cells;
          const width = Math.max(...grid.map((r) => r.length));
          const values = grid.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
          const wb: WorkbookSnapshot = {
            sheets: [
              {
                name: "表",
                top: 1,
                left: 1,
                values,
                formulas: values.map((r) => r.map(() => "")),
                numberFormats: values.map((r) => r.map(() => "General")),
              },
            ],
            names: [],
          };
          const run = scoreSelfEvalWorkbook(wb);
          expect(run.plans.length).toBe(
            run.results.length > 1 ? run.results.length + 1 : run.results.length
          );
          for (const r of run.results) {
            if (r.total) expect(r.total.ge(Rational.ZERO)).toBe(true);
            for (const row of r.rows)
              if (row.score) {
                scored++;
                expect(row.score.ge(Rational.ZERO)).toBe(true);
                expect(row.score.le(row.points!)).toBe(true);
              }
          }
        }
      ),
      { numRuns: 300 }
    );
    // The grids do reach the rules, not only the reader.
    expect(scored).toBeGreaterThan(10);
  });
});
