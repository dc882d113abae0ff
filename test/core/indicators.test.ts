import { indicator } from "../helpers";

/** computed score of one indicator */
const score = (name: string, inputs: Record<string, unknown>, kpis?: unknown) =>
  indicator(name, inputs, kpis === undefined ? {} : { kpis }).computed;

const yes = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, "是"]));

describe("预算编制合理性 (5 judgement items, 1 point each)", () => {
  const all = yes(
    "budgetAlignedWithDuties",
    "budgetPrioritized",
    "specialFundsDetailed",
    "classificationAccurate",
    "allocationNotOssified"
  );
  it("all five met: 5", () => expect(score("预算编制合理性", all)).toBe(5));
  it("one not met: 4, and the explanation names it", () => {
    const r = indicator("预算编制合理性", { ...all, budgetPrioritized: "否" });
    expect(r.computed).toBe(4);
    expect(r.explanation).toBe("“预算资金根据年度工作重点合理分配”未达到，扣1分。");
  });
  it("partial credit (酌情扣分): 4.5", () =>
    expect(score("预算编制合理性", { ...all, budgetPrioritized: 0.5 })).toBe(4.5));
  it("one item blank: not scored, the item is listed as missing", () => {
    const r = indicator("预算编制合理性", {
      ...all,
      allocationNotOssified: "",
    });
    expect(r.computed).toBeNull();
    expect(r.missing).toEqual(["allocationNotOssified"]);
    expect(r.explanation).toContain("缺少“预算分配不固化，能根据实际情况合理调整”");
  });
  it("more than the item is worth is an error, not a score", () => {
    const r = indicator("预算编制合理性", { ...all, budgetPrioritized: 1.5 });
    expect(r.computed).toBeNull();
    expect(r.errors[0]).toContain("不能超过1");
  });
});

describe("预算编制规范性 (5 − 1 per non-compliant item, floor 0)", () => {
  it.each([
    [0, 5],
    [1, 4],
    [2, 3],
    [5, 0],
    [7, 0],
  ])("%i non-compliant items: %i", (n, expected) =>
    expect(score("预算编制规范性", { budgetNonCompliantItems: n })).toBe(expected)
  );
  it("a fractional count is an error", () =>
    expect(indicator("预算编制规范性", { budgetNonCompliantItems: "2.5" }).errors).toHaveLength(1));
  it("a negative count is an error", () => {
    const r = indicator("预算编制规范性", { budgetNonCompliantItems: -1 });
    expect(r.computed).toBeNull();
    expect(r.errors[0]).toBe("预算编制不符合财政部门要求的项数不能为负数（-1）");
  });
});

describe("绩效目标完整性 (3 − 1 per missing target)", () => {
  it.each([
    [0, 3],
    [1, 2],
    [3, 0],
    [4, 0],
  ])("%i missing targets: %i", (n, expected) =>
    expect(score("绩效目标完整性", { missingPerformanceTargets: n })).toBe(expected)
  );
});

describe("绩效指标明确性 (items worth 2, 2, 1, 1, 1)", () => {
  const all = yes(
    "indicatorsDecomposeTasks",
    "indicatorsIncludeBenefits",
    "indicatorsHaveValues",
    "indicatorsQuantified",
    "targetValuesJustified"
  );
  it("all met: 7", () => expect(score("绩效指标明确性", all)).toBe(7));
  it("no clear target values (the Longgang case): 6", () =>
    expect(score("绩效指标明确性", { ...all, indicatorsHaveValues: "否" })).toBe(6));
  it("tasks not decomposed costs 2: 5", () =>
    expect(score("绩效指标明确性", { ...all, indicatorsDecomposeTasks: false })).toBe(5));
  it("partial 1.5 of 2 on benefits: 6.5", () =>
    expect(score("绩效指标明确性", { ...all, indicatorsIncludeBenefits: 1.5 })).toBe(6.5));
});

describe("政府采购执行情况 (rate × 1, 0 if actual > planned; + policy 1)", () => {
  const s = (planned: unknown, actual: unknown, policy: unknown = "是") =>
    score("政府采购执行情况", {
      procurementPlanned: planned,
      procurementActual: actual,
      procurementPolicyImplemented: policy,
    });
  it("executed exactly as planned: 2", () => expect(s("1,869.71", "1,869.71")).toBe(2));
  it("90% executed: 0.9 + 1", () => expect(s(100, 90)).toBe(1.9));
  it("actual above planned by a cent: rate part 0", () => expect(s(100, 100.01)).toBe(1));
  it("policy partly implemented: 1.5", () => expect(s(100, 100, 0.5)).toBe(1.5));
  it("nothing planned is a zero denominator, an error", () => {
    const r = indicator("政府采购执行情况", {
      procurementPlanned: 0,
      procurementActual: 0,
      procurementPolicyImplemented: "是",
    });
    expect(r.computed).toBeNull();
    expect(r.errors).toEqual(["政府采购计划金额为0，无法计算政府采购执行率"]);
  });
  it("explains in the report style", () =>
    expect(
      indicator("政府采购执行情况", {
        procurementPlanned: 100,
        procurementActual: 101,
        procurementPolicyImplemented: "是",
      }).explanation
    ).toBe(
      "政府采购执行率为101.00%，实际金额大于计划金额，得0分；“政府采购政策功能执行落实到位”达到要求，得1分。"
    ));
});

describe("财务合规性 (spending 1 + adjustment 1, linear beyond 10% + accounting 1; serious violation → 0)", () => {
  const base = {
    spendingCompliant: "是",
    accountingCompliant: "是",
    seriousViolation: "否",
    budgetScale: 100,
  };
  const s = (adjusted: unknown, extra: Record<string, unknown> = {}) =>
    score("财务合规性", { ...base, fundsAdjusted: adjusted, ...extra });
  it("adjusted exactly 10% of the budget: full 3", () => expect(s(10)).toBe(3));
  it("10.01%: 0.999 for the item, 3.00 after rounding", () => expect(s("10.01")).toBe(3));
  it("15%: 1 − 0.5 → 2.5 (linear, not stepped)", () => expect(s(15)).toBe(2.5));
  it("15.5%: 1 − 0.55 → 2.45", () => expect(s("15.5")).toBe(2.45));
  it("10.15%: 2.985 rounds half up to 2.99", () => expect(s("10.15")).toBe(2.99));
  it("20% and beyond: the item is exhausted, 2", () => {
    expect(s(20)).toBe(2);
    expect(s(60)).toBe(2);
  });
  it("the Longgang budget cut from 4,931.80 to 3,525.77 (28.51%): 2, not 3", () => {
    const r = indicator("财务合规性", {
      ...base,
      fundsAdjusted: "1,406.03",
      budgetScale: "4,931.80",
    });
    expect(r.computed).toBe(2);
    expect(r.explanation).toContain(
      "资金调整、调剂比例为28.51%，超出10%共18.51个百分点，扣1分，得0分"
    );
  });
  it("a serious violation makes the whole indicator 0, even with other data missing", () => {
    expect(score("财务合规性", { seriousViolation: "是" })).toBe(0);
  });
  it("the violation question unanswered: not scored", () => {
    const r = indicator("财务合规性", {
      ...base,
      seriousViolation: "",
      fundsAdjusted: 0,
    });
    expect(r.computed).toBeNull();
    expect(r.missing).toContain("seriousViolation");
  });
});

describe("预决算信息公开 (完全 1.5 / 部分 1 / 未公开 0, twice; classified → 3)", () => {
  const s = (budget: unknown, final: unknown, classified?: unknown) =>
    score("预决算信息公开", {
      budgetDisclosure: budget,
      finalAccountsDisclosure: final,
      classifiedUnit: classified,
    });
  it("both fully disclosed: 3", () => expect(s("完全", "完全公开")).toBe(3));
  it("budget partly, final accounts not: 1", () => expect(s("部分", "未公开", "否")).toBe(1));
  it("a classified unit scores full without disclosure data", () =>
    expect(s(undefined, undefined, "是")).toBe(3));
  it("an unknown word is an error listing the accepted ones", () => {
    const r = indicator("预决算信息公开", {
      budgetDisclosure: "全部",
      finalAccountsDisclosure: "完全",
    });
    expect(r.errors).toEqual(["部门预算公开情况应为“完全”、“部分”、“未公开”之一（全部）"]);
  });
  it("short of full marks with the classified question blank: scored, with a hint", () => {
    const r = indicator("预决算信息公开", {
      budgetDisclosure: "完全",
      finalAccountsDisclosure: "未公开",
    });
    expect(r.computed).toBe(1.5);
    expect(r.warnings[0]).toContain("涉密单位");
  });
});

describe.each([
  ["项目实施程序", ["projectApprovalCompliant", "projectExecutionCompliant"]],
  ["项目监管", ["fundMonitoringEffective", "supervisorInspectionEffective"]],
  ["资产管理安全性", ["assetsSafeguarded", "assetDisposalCompliant"]],
])("%s (2 judgement items, 1 each)", (name, keys) => {
  it("both met: 2", () => expect(score(name, yes(...keys))).toBe(2));
  it("one not met: 1", () => expect(score(name, { ...yes(...keys), [keys[1]]: "否" })).toBe(1));
  it("neither: 0", () => expect(score(name, { [keys[0]]: false, [keys[1]]: false })).toBe(0));
});

describe("固定资产利用率 (≥90% → 1, ≥75% → 0.7, ≥60% → 0.4, else 0)", () => {
  const s = (inUse: unknown, total: unknown) =>
    score("固定资产利用率", {
      fixedAssetsInUse: inUse,
      fixedAssetsTotal: total,
    });
  it.each([
    ["100", "100", 1],
    ["8.10", "9.00", 1],
    ["0.99", "1.10", 1],
    ["89.99", "100", 0.7],
    ["75", "100", 0.7],
    ["74.99", "100", 0.4],
    ["60", "100", 0.4],
    ["59.99", "100", 0],
    ["0", "100", 0],
  ])("%s / %s: %d", (inUse, total, expected) => expect(s(inUse, total)).toBe(expected));
  it("more in use than owned is an input error", () => {
    const r = indicator("固定资产利用率", {
      fixedAssetsInUse: 101,
      fixedAssetsTotal: 100,
    });
    expect(r.computed).toBeNull();
    expect(r.errors).toEqual(["实际在用固定资产总额（101）不能大于固定资产总额（100）"]);
  });
});

describe("财政供养人员控制率 (≤100% → 1, else 0)", () => {
  const s = (onPayroll: unknown, authorized: unknown) =>
    score("财政供养人员控制率", {
      staffOnPayroll: onPayroll,
      staffAuthorized: authorized,
    });
  it("at the authorized number: 1", () => expect(s(100, 100)).toBe(1));
  it("one over: 0", () => expect(s(101, 100)).toBe(0));
  it("below: 1", () => expect(s("45人", 50)).toBe(1));
  it("no authorized positions: an error", () =>
    expect(
      indicator("财政供养人员控制率", { staffOnPayroll: 3, staffAuthorized: 0 }).errors
    ).toHaveLength(1));
});

describe("编外人员控制率 (contract / (payroll + contract): <5% → 1, 5–10% → 0.5, >10% → 0)", () => {
  const s = (contract: number, payroll: number) =>
    score("编外人员控制率", {
      contractStaff: contract,
      staffOnPayroll: payroll,
    });
  it("4.99%: 1", () => expect(s(499, 9501)).toBe(1));
  it("exactly 5%: 0.5", () => expect(s(5, 95)).toBe(0.5));
  it("exactly 10%: 0.5", () => expect(s(10, 90)).toBe(0.5));
  it("10.01%: 0", () => expect(s(1001, 8999)).toBe(0));
  it("no contract staff: 1", () => expect(s(0, 40)).toBe(1));
  it("nobody at all: a zero denominator error", () =>
    expect(
      indicator("编外人员控制率", { contractStaff: 0, staffOnPayroll: 0 }).computed
    ).toBeNull());
});

describe("管理制度健全性 (0.5 + 1.5 + 1)", () => {
  const all = yes("rulesEstablished", "rulesEnforced", "performanceRulesEstablished");
  it("all met: 3", () => expect(score("管理制度健全性", all)).toBe(3));
  it("rules not enforced: 1.5", () =>
    expect(score("管理制度健全性", { ...all, rulesEnforced: "否" })).toBe(1.5));
  it("only the performance rules missing: 2", () =>
    expect(score("管理制度健全性", { ...all, performanceRulesEstablished: "否" })).toBe(2));
});

describe("公用经费控制率 (三公 and 日常公用: <90% → 3, 90–100% → 2, >100% → 0)", () => {
  const s = (sgActual: unknown, sgBudget: unknown, dActual: unknown = 50, dBudget: unknown = 100) =>
    score("公用经费控制率", {
      sanGongActual: sgActual,
      sanGongBudget: sgBudget,
      dailyPublicActual: dActual,
      dailyPublicBudget: dBudget,
    });
  it.each([
    ["8.99", "10", 6],
    ["9", "10", 5],
    ["0.99", "1.10", 5],
    ["9.90", "11.00", 5],
    ["10", "10", 5],
    ["10.01", "10", 3],
  ])("三公 %s / %s (日常 50%%): %d", (a, b, expected) => expect(s(a, b)).toBe(expected));
  it("日常公用 at exactly 100% and 三公 at 36.18%: 5, in the words of the report", () => {
    const r = indicator("公用经费控制率", {
      sanGongActual: 3.98,
      sanGongBudget: 11.0,
      dailyPublicActual: 247.82,
      dailyPublicBudget: 247.82,
    });
    expect(r.computed).toBe(5);
    expect(r.explanation).toBe(
      "“三公”经费控制率为36.18%，得3分；日常公用经费控制率为100.00%，得2分。"
    );
  });
  it("日常公用 over budget: 0 for that part", () => expect(s(5, 10, 101, 100)).toBe(3));
  it("no 三公 budget: an error that says why, not a score", () => {
    const r = indicator("公用经费控制率", {
      sanGongActual: 0,
      sanGongBudget: 0,
      dailyPublicActual: 1,
      dailyPublicBudget: 2,
    });
    expect(r.computed).toBeNull();
    expect(r.errors).toEqual(["“三公”经费预算安排数为0，无法计算“三公”经费控制率"]);
  });
});

describe("预算执行率 (quarters min(1, progress / (25% × k)); year min(2, 2 × mean))", () => {
  const spent = (budget: unknown, q: unknown[]) =>
    score("预算执行率", {
      executionBudget: budget,
      spentQ1: q[0],
      spentQ2: q[1],
      spentQ3: q[2],
      spentQ4: q[3],
    });
  it("spending exactly on schedule: 6", () => expect(spent(100, [25, 50, 75, 100])).toBe(6));
  it("20/40/60/100 of 100: 0.8 × 3 + 1 + 2 × 0.85 = 5.1", () =>
    expect(spent(100, [20, 40, 60, 100])).toBe(5.1));
  it("ahead of schedule earns no more than 6", () =>
    expect(spent(100, [50, 80, 100, 100])).toBe(6));
  it("nothing spent: 0", () => expect(spent(100, [0, 0, 0, 0])).toBe(0));
  it("the average uses uncapped rates: 1 + 1 + 0.9995 + 1 + 2 = 6.00 for 184.77% / 140.22% / 99.95% / 100%", () => {
    expect(
      score("预算执行率", {
        executionRateQ1: "184.77%",
        executionRateQ2: "140.22%",
        executionRateQ3: "99.95%",
        executionRateQ4: 100,
      })
    ).toBe(6);
  });
  it("rates and amounts can be mixed, a given rate wins", () => {
    expect(
      score("预算执行率", {
        executionBudget: 100,
        executionRateQ1: 80,
        spentQ1: 999,
        spentQ2: 40,
        spentQ3: 60,
        spentQ4: 100,
      })
    ).toBe(5.1);
  });
  it("Q4 missing: not scored, and the gap names both ways to fill it", () => {
    const r = indicator("预算执行率", {
      executionRateQ1: 100,
      executionRateQ2: 100,
      executionRateQ3: 100,
    });
    expect(r.computed).toBeNull();
    expect(r.missing).toEqual(["spentQ4|executionRateQ4"]);
    expect(r.explanation).toContain("缺少“第四季度末累计支出（或第四季度预算执行率）”");
  });
  it("amounts without the annual budget: the budget is missing", () => {
    expect(
      indicator("预算执行率", {
        spentQ1: 1,
        spentQ2: 2,
        spentQ3: 3,
        spentQ4: 4,
      }).missing
    ).toEqual(["executionBudget"]);
  });
  it("a zero budget is an error", () =>
    expect(
      indicator("预算执行率", {
        executionBudget: 0,
        spentQ1: 0,
        spentQ2: 0,
        spentQ3: 0,
        spentQ4: 0,
      }).errors
    ).toHaveLength(1));
});

describe("重点工作完成情况 (8 − 4 per missed task)", () => {
  it.each([
    [0, 8],
    [1, 4],
    [2, 0],
    [3, 0],
  ])("%i missed: %i", (n, expected) =>
    expect(score("重点工作完成情况", { keyTasksMissed: n })).toBe(expected)
  );
});

describe("项目完成及时性 (6 × on time / planned)", () => {
  const s = (planned: unknown, onTime: unknown) =>
    score("项目完成及时性", {
      projectsPlanned: planned,
      projectsOnTime: onTime,
    });
  it("all on time: 6", () => expect(s(9, 9)).toBe(6));
  it("7 of 9: 4.67", () => expect(s(9, 7)).toBe(4.67));
  it("7 of 8: 5.25", () => expect(s(8, 7)).toBe(5.25));
  it("none on time: 0", () => expect(s(5, 0)).toBe(0));
  it("more on time than planned is an error", () =>
    expect(
      indicator("项目完成及时性", { projectsPlanned: 3, projectsOnTime: 4 }).errors
    ).toHaveLength(1));
  it("no projects planned is an error", () =>
    expect(
      indicator("项目完成及时性", { projectsPlanned: 0, projectsOnTime: 0 }).computed
    ).toBeNull());
});

describe("社会、经济、生态效益及可持续影响等 (KPI table, or the evaluator’s score)", () => {
  const name = "社会、经济、生态效益及可持续影响等";
  const kpis = [
    {
      aspect: "社会效益",
      name: "接待读者人次（万）",
      target: 200,
      actual: 244.62,
      direction: ">=",
      weight: 1,
    },
    {
      aspect: "经济效益",
      name: "文献外借量（万册次）",
      target: 400,
      actual: 345.02,
      direction: ">=",
      weight: 1,
    },
    {
      aspect: "可持续影响",
      name: "读者投诉（件）",
      target: 10,
      actual: 20,
      direction: "<=",
      weight: 2,
    },
  ];
  it("weighted completion: 25 × (1 + 0.86255 + 2 × 0.5) / 4 = 17.89", () => {
    const r = indicator(name, {}, { kpis });
    expect(r.computed).toBe(17.89);
    expect(r.explanation).toBe(
      "个性化绩效指标3项，加权完成率为71.56%，得17.89分；“文献外借量（万册次）”完成率为86.26%；“读者投诉（件）”完成率为50.00%。"
    );
    expect(r.warnings).toEqual([]);
  });
  it("rows given as sheet rows (arrays), blank rows skipped, weight defaults to 1", () => {
    const rows = [
      ["社会效益", "A", 10, 10, "≥", ""],
      ["", "", "", "", "", ""],
      ["经济效益", "B", 10, 5, "越大越好", null],
      ["生态效益", "C", 2, 4, "≤"],
    ];
    expect(score(name, {}, rows)).toBe(16.67);
  });
  it("fewer than three aspects: scored, with a warning", () => {
    const r = indicator(name, {}, { kpis: kpis.slice(0, 1) });
    expect(r.computed).toBe(25);
    expect(r.warnings[0]).toBe("个性化绩效指标只覆盖1个方面（社会效益），框架要求至少选择3个方面");
  });
  it("a zero target (≥) or a zero actual (≤) is fully met", () => {
    expect(score(name, {}, [{ name: "x", target: 0, actual: 0, direction: ">=" }])).toBe(25);
    expect(score(name, {}, [{ name: "y", target: 5, actual: 0, direction: "<=" }])).toBe(25);
  });
  it("a blank actual value: not scored, the cell is named", () => {
    const r = indicator(
      name,
      {},
      { kpis: [{ aspect: "社会效益", name: "A", target: 1, actual: "—" }] }
    );
    expect(r.computed).toBeNull();
    expect(r.explanation).toContain("缺少“个性化绩效指标第1行的实际值”");
  });
  it("a bad direction or name is an error for that row", () => {
    const r = indicator(
      name,
      {},
      { kpis: [{ name: "", target: 1, actual: 1, direction: "差不多" }] }
    );
    expect(r.errors).toEqual([
      "个性化绩效指标第1行：缺少指标名称",
      "个性化绩效指标第1行：方向应为“>=”（越大越好）或“<=”（越小越好），而不是“差不多”",
    ]);
  });
  it("without a table the evaluator’s score is used", () =>
    expect(score(name, { effectivenessScore: 22.5 })).toBe(22.5));
  it("an evaluator’s score above 25 is an error", () =>
    expect(indicator(name, { effectivenessScore: 26 }).errors).toHaveLength(1));
  it("with both, the table wins and says so", () => {
    const r = indicator(name, { effectivenessScore: 25 }, { kpis: kpis.slice(0, 1) });
    expect(r.warnings).toContain(
      "已提供个性化绩效指标表，按指标表计分，填写的效果性评价得分未采用"
    );
  });
  it("neither: not scored", () =>
    expect(indicator(name, {}).missing).toEqual(["effectivenessScore"]));
  it("a table that is not a list is an error", () =>
    expect(indicator(name, {}, { kpis: "many" }).errors).toHaveLength(1));
});

describe("群众信访办理情况 (channel 1 + reply rate 100% 1 + on-time rate 100% 1)", () => {
  const s = (received: unknown, replied: unknown, onTime: unknown, channel: unknown = "是") =>
    score("群众信访办理情况", {
      petitionChannel: channel,
      petitionsReceived: received,
      petitionsReplied: replied,
      petitionsRepliedOnTime: onTime,
    });
  it("all replied on time: 3", () => expect(s(12, 12, 12)).toBe(3));
  it("one reply late: 2", () => expect(s(12, 12, 11)).toBe(2));
  it("one not replied (and so not on time): 1", () => expect(s(12, 11, 11)).toBe(1));
  it("no petitions received: both rates count as met", () => {
    const r = indicator("群众信访办理情况", {
      petitionChannel: "是",
      petitionsReceived: 0,
      petitionsReplied: 0,
      petitionsRepliedOnTime: 0,
    });
    expect(r.computed).toBe(3);
    expect(r.explanation).toContain("当年度未收到群众信访，群众信访办理回复率视为达标，得1分");
  });
  it("no channel: 2 at most", () => expect(s(1, 1, 1, "否")).toBe(2));
  it("more replies than petitions is an error", () =>
    expect(
      indicator("群众信访办理情况", {
        petitionChannel: "是",
        petitionsReceived: 1,
        petitionsReplied: 2,
        petitionsRepliedOnTime: 1,
      }).computed
    ).toBeNull());
});

describe("公众或服务对象满意度 (≥95% → 6, ≥90% → 4, ≥80% → 2, else 1)", () => {
  it.each([
    [100, 6],
    [95, 6],
    ["94.99", 4],
    ["93.95%", 4],
    [90, 4],
    ["89.99", 2],
    [80, 2],
    ["79.99", 1],
    [0, 1],
  ])("%p: %i", (v, expected) =>
    expect(score("公众或服务对象满意度", { satisfaction: v })).toBe(expected)
  );
  it("above 100% is an error", () =>
    expect(indicator("公众或服务对象满意度", { satisfaction: 101 }).errors).toEqual([
      "公众或服务对象满意度：不能超过100（填写的是101）",
    ]));
  it("0.9395 is read as 0.9395% with a warning that it may mean 93.95%", () => {
    const r = indicator("公众或服务对象满意度", { satisfaction: 0.9395 });
    expect(r.computed).toBe(1);
    expect(r.warnings).toEqual([
      "公众或服务对象满意度按0.9395%计算；如原意为93.95%，请填写93.95或“93.95%”",
    ]);
  });
  it("text is an error naming the input", () => {
    const r = indicator("公众或服务对象满意度", { satisfaction: "很满意" });
    expect(r.computed).toBeNull();
    expect(r.errors).toEqual(["公众或服务对象满意度“很满意”不是有效的数字"]);
  });
});
