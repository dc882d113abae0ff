import { evaluateFunction, type FunctionId } from "../../src/functions/definitions";
import type { CellResult } from "../../src/functions/cell-values";
import type { Locale } from "../../src/core";
import { indicator } from "../helpers";

const zh = "zh-CN" as const;

/** Each function as the sheet calls it: its arguments in order, then the locale. */
const fn =
  (id: FunctionId) =>
  (...args: unknown[]): CellResult =>
    evaluateFunction(id, args.slice(0, -1), args[args.length - 1] as Locale);
const perf = {
  controlRate: fn("CONTROLRATE"),
  execRate: fn("EXECRATE"),
  adjustRate: fn("ADJUSTRATE"),
  controlScore: fn("CONTROLSCORE"),
  procurementScore: fn("PROCUREMENTSCORE"),
  adjustScore: fn("ADJUSTSCORE"),
  assetScore: fn("ASSETSCORE"),
  staffScore: fn("STAFFSCORE"),
  contractStaffScore: fn("CONTRACTSTAFFSCORE"),
  execScore: fn("EXECSCORE"),
  keyWorkScore: fn("KEYWORKSCORE"),
  timelinessScore: fn("TIMELINESSSCORE"),
  disclosureScore: fn("DISCLOSURESCORE"),
  petitionScore: fn("PETITIONSCORE"),
  satisfactionScore: fn("SATISFACTIONSCORE"),
  kpiScore: fn("KPISCORE"),
  checklist: fn("CHECKLIST"),
  deduct: fn("DEDUCT"),
  scoreIndicator: fn("SCORE"),
  explain: fn("EXPLAIN"),
  grade: fn("GRADE"),
};
const value = (r: CellResult) => (r.ok ? r.value : `#${r.code}: ${r.message}`);

describe("rates", () => {
  it("CONTROLRATE is actual ÷ budget as a fraction, exactly", () => {
    expect(value(perf.controlRate(3.98, 11, zh))).toBeCloseTo(0.3618181818, 9);
    expect(value(perf.controlRate("0.99", "1.10", zh))).toBe(0.9);
    expect(value(perf.controlRate([[9.9]], [[11]], zh))).toBe(0.9);
  });
  it("CONTROLRATE: zero budget is #DIV/0!, text #VALUE!, blank #N/A, each with a Chinese reason", () => {
    expect(perf.controlRate(1, 0, zh)).toEqual({
      ok: false,
      code: "div0",
      message: "预算数为0，无法计算控制率",
    });
    expect(perf.controlRate("约4万", 11, zh)).toEqual({
      ok: false,
      code: "value",
      message: "实际支出数“约4万”不是有效的数字",
    });
    expect(perf.controlRate(-1, 11, zh)).toEqual({
      ok: false,
      code: "value",
      message: "实际支出数不能为负数（-1）",
    });
    expect(perf.controlRate(null, "", zh)).toEqual({
      ok: false,
      code: "na",
      message: "缺少“实际支出数”、“预算数”",
    });
  });
  it("EXECRATE is progress over the time-line: 20 of 100 by Q1 is 80%, 184.77% allowed", () => {
    expect(value(perf.execRate(100, 20, 1, zh))).toBe(0.8);
    expect(value(perf.execRate(100, 75, 3, zh))).toBe(1);
    expect(value(perf.execRate(1000, 461.925, 1, zh))).toBe(1.8477);
    expect(perf.execRate(100, 20, 5, zh)).toEqual({
      ok: false,
      code: "value",
      message: "季度应为1、2、3或4（5）",
    });
    expect(perf.execRate(0, 20, 1, zh)).toMatchObject({
      ok: false,
      code: "div0",
    });
  });
  it("ADJUSTRATE of the Longgang budget cut is 28.51%", () => {
    expect(value(perf.adjustRate("1,406.03", "4,931.80", zh))).toBeCloseTo(0.2850947, 7);
  });
});

describe("scores agree with the core", () => {
  it("CONTROLSCORE: the 三公 half of 公用经费控制率, both sides of 90% and 100%", () => {
    for (const [a, b] of [
      ["3.98", "11"],
      ["8.99", "10"],
      ["9", "10"],
      ["0.99", "1.10"],
      ["10", "10"],
      ["10.01", "10"],
    ]) {
      const core = indicator("公用经费控制率", {
        sanGongActual: a,
        sanGongBudget: b,
        dailyPublicActual: 1,
        dailyPublicBudget: 0.5,
      }).computed;
      expect(value(perf.controlScore(a, b, undefined, zh))).toBe(core);
    }
  });
  it("CONTROLSCORE with other full points scales the tiers: 2 of 3 becomes 4 of 6", () => {
    expect(value(perf.controlScore(95, 100, 6, zh))).toBe(4);
    expect(value(perf.controlScore(50, 100, 6, zh))).toBe(6);
    expect(perf.controlScore(50, 100, "满分", zh)).toMatchObject({
      ok: false,
      code: "value",
    });
  });
  it("PROCUREMENTSCORE", () => {
    expect(value(perf.procurementScore("1,869.71", "1,869.71", "是", zh))).toBe(2);
    expect(value(perf.procurementScore(100, 90, true, zh))).toBe(
      indicator("政府采购执行情况", {
        procurementPlanned: 100,
        procurementActual: 90,
        procurementPolicyImplemented: true,
      }).computed
    );
    expect(value(perf.procurementScore(100, 101, 1, zh))).toBe(1);
  });
  it("ADJUSTSCORE: 28.51% adjusted exhausts the point; 15% leaves 0.5", () => {
    expect(value(perf.adjustScore("1,406.03", "4,931.80", undefined, zh))).toBe(0);
    expect(value(perf.adjustScore(15, 100, undefined, zh))).toBe(0.5);
    expect(value(perf.adjustScore(15, 100, 2, zh))).toBe(1.5);
    expect(value(perf.adjustScore(10, 100, undefined, zh))).toBe(1);
  });
  it("ASSETSCORE, STAFFSCORE, CONTRACTSTAFFSCORE at their boundaries", () => {
    expect(
      [
        perf.assetScore(90, 100, zh),
        perf.assetScore("89.99", 100, zh),
        perf.assetScore(60, 100, zh),
      ].map(value)
    ).toEqual([1, 0.7, 0.4]);
    expect([perf.staffScore(100, 100, zh), perf.staffScore(101, 100, zh)].map(value)).toEqual([
      1, 0,
    ]);
    expect(
      [
        perf.contractStaffScore(5, 95, zh),
        perf.contractStaffScore(499, 9501, zh),
        perf.contractStaffScore(1001, 8999, zh),
      ].map(value)
    ).toEqual([0.5, 1, 0]);
    expect(perf.assetScore(101, 100, zh)).toEqual({
      ok: false,
      code: "value",
      message: "实际在用固定资产总额（101）不能大于固定资产总额（100）",
    });
  });
  it("EXECSCORE from cumulative amounts", () => {
    expect(value(perf.execScore(100, 20, 40, 60, 100, zh))).toBe(5.1);
    expect(value(perf.execScore(100, 25, 50, 75, 100, zh))).toBe(6);
    expect(perf.execScore(100, 20, 40, 60, "", zh)).toEqual({
      ok: false,
      code: "na",
      message: "缺少“第四季度末累计支出（或第四季度预算执行率）”",
    });
  });
  it("KEYWORKSCORE, TIMELINESSSCORE", () => {
    expect([0, 1, 2, 3].map((n) => value(perf.keyWorkScore(n, zh)))).toEqual([8, 4, 0, 0]);
    expect(value(perf.timelinessScore(9, 7, zh))).toBe(4.67);
    expect(perf.timelinessScore(0, 0, zh)).toMatchObject({
      ok: false,
      code: "div0",
    });
  });
  it("DISCLOSURESCORE", () => {
    expect(value(perf.disclosureScore("完全", "未公开", undefined, zh))).toBe(1.5);
    expect(value(perf.disclosureScore("", "", "是", zh))).toBe(3);
    expect(perf.disclosureScore("全部", "完全", "否", zh)).toMatchObject({
      ok: false,
      code: "value",
    });
  });
  it("PETITIONSCORE: no petitions counts as met", () => {
    expect(value(perf.petitionScore("是", 0, 0, 0, zh))).toBe(3);
    expect(value(perf.petitionScore("是", 12, 12, 11, zh))).toBe(2);
  });
  it('SATISFACTIONSCORE reads 93.95, 0.9395 (a percentage cell) and "93.95%" alike', () => {
    for (const v of [93.95, 0.9395, "93.95%", "93.95"])
      expect(value(perf.satisfactionScore(v, zh))).toBe(4);
    expect([1, 0.95, 0.9, 0.8, 0.7999].map((v) => value(perf.satisfactionScore(v, zh)))).toEqual([
      6, 6, 4, 2, 1,
    ]);
    expect(perf.satisfactionScore(101, zh)).toMatchObject({
      ok: false,
      code: "value",
    });
  });
  it("KPISCORE over a sheet range with a header row", () => {
    const range = [
      ["方面", "名称", "目标值", "实际值", "方向", "权重"],
      ["社会效益", "接待读者人次（万）", 200, 244.62, ">=", 1],
      ["经济效益", "文献外借量（万册次）", 400, 345.02, ">=", 1],
      ["可持续影响", "读者投诉（件）", 10, 20, "<=", 2],
      ["", "", "", "", "", ""],
    ];
    expect(value(perf.kpiScore(range, undefined, zh))).toBe(17.89);
    expect(value(perf.kpiScore(range, 20, zh))).toBe(14.31);
    expect(perf.kpiScore([["", "", "", "", "", ""]], undefined, zh)).toMatchObject({
      ok: false,
      code: "na",
    });
  });
  it("KPISCORE: a row whose target and actual are both the number 0 (two blanks on desktop) is not scored; text zeros are", () => {
    const blank = [["社会效益", "读者活动场次", 0, 0, ">=", 1]];
    expect(perf.kpiScore(blank, undefined, zh)).toEqual({
      ok: false,
      code: "na",
      message: expect.stringContaining("“读者活动场次”的目标值和实际值都是0"),
    });
    expect(perf.kpiScore(blank, undefined, "en-US")).toMatchObject({
      message: expect.stringContaining("desktop Excel passes blank cells"),
    });
    expect(value(perf.kpiScore([["社会效益", "零事故", "0", "0", "<=", 1]], undefined, zh))).toBe(
      25
    );
    expect(value(perf.kpiScore([["社会效益", "零事故", 0, "0", "<=", 1]], undefined, zh))).toBe(25);
    const keys = [["effectivenessScore"]];
    expect(perf.scoreIndicator("effectiveness", keys, [["—"]], blank, undefined, zh)).toMatchObject(
      {
        ok: false,
        code: "na",
        message: expect.stringContaining("都是0"),
      }
    );
  });
  it("CHECKLIST sums judgement items with their points", () => {
    expect(
      value(perf.checklist([["是"], ["是"], ["否"], ["是"], ["是"]], [[2], [2], [1], [1], [1]], zh))
    ).toBe(6);
    expect(value(perf.checklist([["是", "否", 0.5]], [[1]], zh))).toBe(1.5);
    expect(perf.checklist([["是"], [""]], [[1], [1]], zh)).toEqual({
      ok: false,
      code: "na",
      message: "缺少“第2项”",
    });
    expect(perf.checklist([["是"], ["否"]], [[1], [1], [1]], zh)).toMatchObject({
      ok: false,
      code: "value",
    });
    expect(perf.checklist([["是"], ["也许"]], [[1]], zh)).toMatchObject({
      ok: false,
      code: "value",
    });
  });
  it("DEDUCT", () => {
    expect([0, 2, 9].map((n) => value(perf.deduct(5, n, 1, zh)))).toEqual([5, 3, 0]);
    expect(value(perf.deduct(8, 1, 4, zh))).toBe(4);
    expect(perf.deduct(5, "2.5", 1, zh)).toMatchObject({
      ok: false,
      code: "value",
    });
  });
});

describe("generic entries", () => {
  const keys = [
    ["sanGongBudget"],
    ["“三公”经费实际支出数"],
    ["dailyPublicBudget"],
    ["日常公用经费决算数"],
    ["标题行"],
    ["satisfaction"],
  ];
  const values = [[11], [3.98], [247.82], [247.82], ["—"], [0.9395]];
  it("SCORE reads inputs by key or by Chinese label, and percentage cells as Excel stores them", () => {
    expect(
      value(perf.scoreIndicator("公用经费控制率", keys, values, undefined, undefined, zh))
    ).toBe(5);
    expect(value(perf.scoreIndicator("satisfaction", keys, values, undefined, undefined, zh))).toBe(
      4
    );
    expect(
      value(perf.scoreIndicator("Public expense control", keys, values, undefined, undefined, zh))
    ).toBe(5);
  });
  it("EXPLAIN gives the report-style note, also for what is missing", () => {
    expect(value(perf.explain("公用经费控制率", keys, values, undefined, undefined, zh))).toBe(
      "“三公”经费控制率为36.18%，得3分；日常公用经费控制率为100.00%，得2分。"
    );
    expect(value(perf.explain("预算执行率", keys, values, undefined, undefined, zh))).toContain(
      "缺少“第一季度末累计支出（或第一季度预算执行率）”"
    );
  });
  it("SCORE: unknown indicator and mismatched ranges are #VALUE!, missing inputs #N/A", () => {
    expect(perf.scoreIndicator("满意", keys, values, undefined, undefined, zh)).toMatchObject({
      ok: false,
      code: "value",
    });
    expect(
      perf.scoreIndicator("公用经费控制率", keys, values.slice(1), undefined, undefined, zh)
    ).toEqual({
      ok: false,
      code: "value",
      message: "键名区域有6个单元格，数值区域有5个，两者应一样多",
    });
    expect(perf.scoreIndicator("固定资产利用率", keys, values, undefined, undefined, zh)).toEqual({
      ok: false,
      code: "na",
      message: "缺少“实际在用固定资产总额”、“固定资产总额”",
    });
  });
  it("SCORE of effectiveness takes the KPI range", () => {
    const kpis = [["社会效益", "A", 10, 10, ">=", 1]];
    expect(
      value(
        perf.scoreIndicator(
          "社会、经济、生态效益及可持续影响等",
          [["x"]],
          [[1]],
          kpis,
          undefined,
          zh
        )
      )
    ).toBe(25);
  });
  it("GRADE", () => {
    expect([95, 90, 89.99, 80, 60, 59.99].map((t) => value(perf.grade(t, undefined, zh)))).toEqual([
      "优",
      "优",
      "良",
      "良",
      "中",
      "差",
    ]);
    expect(value(perf.grade(95, undefined, "en-US"))).toBe("Excellent");
    expect(perf.grade(101, undefined, zh)).toMatchObject({ ok: false, code: "value" });
    expect(perf.grade("", undefined, zh)).toEqual({
      ok: false,
      code: "na",
      message: "缺少总得分",
    });
  });
  it("speaks English when Excel does", () => {
    expect(perf.controlRate("abc", 1, "en-US")).toEqual({
      ok: false,
      code: "value",
      message: "actual spending: “abc” is not a number",
    });
  });
});
