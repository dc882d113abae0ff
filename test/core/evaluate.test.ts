import { evaluate, gradeFor, renderFindings } from "../../src/core";
import { indicator, longgang, readSample, scoreAll, texts } from "../helpers";

describe("overrides", () => {
  const inputs = { satisfaction: 93.95 };
  it("an override equal to the computed score is applied without a finding", () => {
    const r = scoreAll(inputs, {
      overrides: { 公众或服务对象满意度: { score: 4, reason: "与调查一致" } },
    });
    const s = r.indicators.find((i) => i.name === "公众或服务对象满意度")!;
    expect([s.computed, s.score]).toEqual([4, 4]);
    expect(texts(r).filter((f) => f.startsWith("公众或服务对象满意度"))).toEqual([]);
  });
  it("a differing override is applied, the computed score stays visible, and it becomes a finding", () => {
    const r = scoreAll(inputs, {
      overrides: {
        公众或服务对象满意度: { score: "6", reason: "另有第三方调查" },
      },
    });
    const s = r.indicators.find((i) => i.name === "公众或服务对象满意度")!;
    expect([s.computed, s.score]).toEqual([4, 6]);
    expect(s.explanation).toBe(
      "评价人确定得6分（理由：另有第三方调查）。按数据计算：满意度为93.95%，得4分。"
    );
    expect(texts(r)).toContain(
      "公众或服务对象满意度：自评得6分，但按单位数据计算应得4分（自评理由：另有第三方调查）。"
    );
  });
  it("an override without a reason is refused, with a finding", () => {
    const r = scoreAll(inputs, {
      overrides: { 公众或服务对象满意度: { score: 6, reason: "  " } },
    });
    expect(r.indicators.find((i) => i.name === "公众或服务对象满意度")!.score).toBe(4);
    expect(texts(r)).toContain(
      "公众或服务对象满意度：自评得分无效（必须填写理由），已按数据计算得分。"
    );
  });
  it("an override above the indicator’s points is refused", () => {
    const r = scoreAll(inputs, {
      overrides: { 公众或服务对象满意度: { score: 7, reason: "x" } },
    });
    expect(texts(r)).toContain(
      "公众或服务对象满意度：自评得分无效（得分“7”应为0至6之间的数字），已按数据计算得分。"
    );
  });
  it("an override for a name that is not an indicator is reported", () => {
    expect(texts(scoreAll({}, { overrides: { 满意度: { score: 6, reason: "x" } } }))).toContain(
      "“满意度”不是本指标体系的三级指标，其自评得分已忽略。"
    );
  });
});

describe("totals, completeness and grade", () => {
  it("an empty inputs file scores nothing: total 0, incomplete, no grade, every gap listed", () => {
    const r = scoreAll({});
    expect(r.total).toBe(0);
    expect(r.complete).toBe(false);
    expect(r.grade).toBeNull();
    expect(r.indicators.every((i) => i.computed === null && i.score === null)).toBe(true);
    expect(texts(r).filter((f) => f.includes("本项未计分"))).toHaveLength(21);
  });
  it("the total is the sum of the rounded indicator scores", () => {
    const r = scoreAll({
      projectsPlanned: 9,
      projectsOnTime: 7,
      fundsAdjusted: "10.15",
      budgetScale: 100,
      spendingCompliant: 1,
      accountingCompliant: 1,
      seriousViolation: "否",
    });
    expect(r.total).toBe(4.67 + 2.99);
  });
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("grade of %d is %s", (total, grade) =>
    expect(gradeFor(total, longgang)?.grade["zh-CN"]).toBe(grade)
  );
  it("unknown inputs are reported, not silently used, with the key a typo most likely meant", () => {
    const said = texts(scoreAll({ satisfation: 95, sanGongBudjet: 11, zzz: 1, budgetScalf: 2 }));
    expect(said).toContain(
      "未识别的输入项“satisfation”，已忽略：是否指 satisfaction（公众或服务对象满意度）？"
    );
    expect(said).toContain(
      "未识别的输入项“sanGongBudjet”，已忽略：是否指 sanGongBudget（“三公”经费预算安排数）？"
    );
    expect(said).toContain("未识别的输入项“zzz”，已忽略。");
    const kinds = scoreAll({ sanGongBudjet: 11 }).findings.filter((f) => f.kind === "input");
    expect(kinds.map((f) => [f.code, f.inputKey])).toEqual([["unknownInputNear", "sanGongBudget"]]);
  });

  it.each([
    [2021, 2021],
    ["2021", 2021],
    ["２０２１年度", 2021],
    [" 2021 年", 2021],
  ])("reads the year %j as %d", (year, read) => {
    expect(evaluate({ inputs: {}, year }, longgang).year).toBe(read);
  });

  it.each(["约三千五百万", "21", "3525.77", "1066", "二〇二一"])(
    "gives no year for %j, and says it is not one",
    (year) => {
      const r = evaluate({ inputs: {}, year }, longgang);
      expect(r.year).toBeUndefined();
      expect(renderFindings(r.findings, longgang, "zh-CN")).toContain(
        `评价年度“${year}”不是年份，请填写四位数的年份（如 2021）。`
      );
    }
  );

  it("quotes a label that has quotation marks of its own once, with the inner pair inside", () => {
    expect(texts(scoreAll({}))).toContain(
      "公用经费控制率：缺少“‘三公’经费实际支出数”、“‘三公’经费预算安排数”、“日常公用经费决算数”、“日常公用经费调整预算数”，本项未计分。"
    );
  });
});

describe("English locale", () => {
  it("keeps names, keys and grade of the contract, and words everything else in English", () => {
    const r = evaluate(readSample(), longgang, "en-US");
    expect(r.grade).toBe("优");
    const control = r.indicators.find((i) => i.name === "公用经费控制率")!;
    expect(control.explanation).toBe(
      "“three public” expense control rate 36.18%, 3 points; daily public expense control rate 100.00%, 2 points."
    );
    expect(texts(r, "en-US")[0]).toBe(
      "Financial compliance: self-assessed 3, but the unit's own data gives 2 (reason given: 自评报告填报3分)."
    );
  });
});

describe("robustness", () => {
  it("never throws on hostile values", () => {
    const hostile = {
      sanGongBudget: {
        valueOf: () => {
          throw new Error("x");
        },
      },
      satisfaction: Symbol("s"),
      budgetScale: 10n,
      kpis: 1,
    };
    expect(() => evaluate({ inputs: hostile as never, kpis: [null, 5] }, longgang)).not.toThrow();
    expect(indicator("公用经费控制率", { sanGongBudget: [1] }).computed).toBeNull();
  });
});

describe("explanations", () => {
  it("an unscored indicator names what it lacks and no rate worked out from the figures it has", () => {
    const r = scoreAll({ dailyPublicActual: 260, dailyPublicBudget: 120 });
    const s = r.indicators.find((i) => i.name === "公用经费控制率")!;
    expect(s.score).toBeNull();
    expect(s.explanation).toBe("缺少“‘三公’经费实际支出数”、“‘三公’经费预算安排数”，本项未计分。");
    expect(JSON.stringify(r)).not.toContain("216.67");
  });

  it("a scored indicator shows every part it rests on", () => {
    const r = scoreAll({
      dailyPublicActual: 100,
      dailyPublicBudget: 120,
      sanGongActual: 6.5,
      sanGongBudget: 10,
    });
    const s = r.indicators.find((i) => i.name === "公用经费控制率")!;
    expect(s.explanation).toMatch(/“三公”经费控制率为65(\.00)?%.*日常公用经费控制率为83\.33%/);
  });
});
