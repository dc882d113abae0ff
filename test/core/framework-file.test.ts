import { readFileSync } from "node:fs";
import { evaluate, readFramework, type Framework } from "../../src/core";
import { repoFile } from "../helpers";

/**
 * A framework nobody compiled in: the test framework written from a Hunan city bureau's rules
 * (../shared/reference/frameworks-elsewhere.md) with other points, using every new rule shape. Each rule
 * is scored on both sides of its boundaries, by hand.
 */
const json = () =>
  JSON.parse(readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8"));

function load(data: unknown = json()): Framework {
  const read = readFramework(data);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return read.framework;
}

const framework = load();
const score = (id: string, inputs: Record<string, unknown>) =>
  evaluate({ inputs }, framework).indicators.find((i) => i.id === id)!.computed;

describe("a framework file with its own inputs and rules", () => {
  it("loads with its tree, total and grades, and knows its own inputs", () => {
    expect(framework.total).toBe(61);
    expect(framework.levels.map((l) => l.name["zh-CN"])).toEqual(["投入", "过程", "产出", "效果"]);
    const read = readFramework(json());
    expect(read.ok && read.notes).toEqual([]);
    const r = evaluate({ inputs: { specialFundsLate: 1 } }, framework);
    expect(r.indicators.find((i) => i.id === "payment")!.explanation).toBe(
      "未按时拨付的专项资金项数为1项，扣0.5分，得2.5分。"
    );
  });

  it.each([
    [{ staffOnPayroll: 45, staffAuthorized: 45 }, 5],
    [{ staffOnPayroll: 101, staffAuthorized: 100 }, 4.5],
    [{ staffOnPayroll: 110, staffAuthorized: 100 }, 0],
    [{ staffOnPayroll: 120, staffAuthorized: 100 }, 0],
  ])("财政供养人员控制率 (≤100% full, 0.5 per point above) %p → %p", (inputs, expected) =>
    expect(score("staffControl", inputs)).toBe(expected)
  );

  it.each([
    [{ sanGongBudget: 10, sanGongBudgetLastYear: 10 }, 5],
    [{ sanGongBudget: 9, sanGongBudgetLastYear: 10 }, 5],
    [{ sanGongBudget: 10.1, sanGongBudgetLastYear: 10 }, 4.5],
    [{ sanGongBudget: 20, sanGongBudgetLastYear: 10 }, 0],
    [{ sanGongBudget: 10, sanGongBudgetLastYear: 0 }, null],
  ])("“三公经费”变动率 ((now − last) / last, may fall; ≤0 full) %p → %p", (inputs, expected) =>
    expect(score("sanGongChange", inputs)).toBe(expected)
  );

  it.each([
    [90, 5],
    [89.99, 4],
    [80, 4],
    [79.99, 3],
    [60, 2],
    [59.99, 0],
    [101, null],
  ])("重点支出安排率 tiers with 含 at the lower end: %p of 100 → %p", (part, expected) =>
    expect(score("keySpending", { keyProjectSpending: part, projectSpendingTotal: 100 })).toBe(
      expected
    )
  );

  it.each([
    [0, 3],
    [10, 2],
    [10.01, 1],
    [20, 1],
    [30, 0.5],
    [30.01, 0],
  ])("预算调整率 tiers with 含 at the upper end: %p of 100 → %p", (adjusted, expected) =>
    expect(score("adjustment", { fundsAdjusted: adjusted, budgetScale: 100 })).toBe(expected)
  );

  it.each([
    [0, 3],
    [1, 2.5],
    [6, 0],
    [7, 0],
  ])("支付进度 (0.5 per late fund, down to 0): %p → %p", (late, expected) =>
    expect(score("payment", { specialFundsLate: late })).toBe(expected)
  );

  it.each([
    [0, 5, 3],
    [5, 5, 2],
    [5.01, 5, 0],
  ])("资金结余 (none / within last year's carry-over / above): %p vs %p → %p", (b, c, expected) =>
    expect(score("balance", { balanceAmount: b, carryOverLastYear: c })).toBe(expected)
  );

  it.each([
    [100, 6],
    [101, 5],
    [106, 0],
  ])("“三公经费”控制率 (1 per point above 100%): %p of 100 → %p", (actual, expected) =>
    expect(score("sanGongControl", { sanGongActual: actual, sanGongBudget: 100 })).toBe(expected)
  );

  it.each([
    [100, 5],
    [99.99, 3],
    [95, 3],
    [94.99, 1],
    [90, 1],
    [85, 0],
  ])("预算完成率 (each started 5% below 100% deducts 2): %p of 100 → %p", (done, expected) =>
    expect(score("completion", { budgetCompleted: done, budgetScale: 100 })).toBe(expected)
  );

  it.each([
    [0, 5],
    [10, 4],
    [10.01, 3],
    [30, 2],
    [30.01, 0],
  ])("预算控制率 (added / initial, (a, b] tiers): %p of 100 → %p", (added, expected) =>
    expect(score("control", { addedBudget: added, initialBudget: 100 })).toBe(expected)
  );

  it("checklist, choice, proportional, coefficient × points and a composite", () => {
    expect(
      score("rules", {
        rulesEstablished: "是",
        rulesEnforced: "是",
        performanceRulesEstablished: "否",
      })
    ).toBe(2);
    expect(score("disclosure", { budgetDisclosure: "部分" })).toBe(1);
    expect(score("procurement", { procurementActual: 50, procurementPlanned: 100 })).toBe(1);
    expect(score("procurement", { procurementActual: 101, procurementPlanned: 100 })).toBe(0);
    expect(score("output", { outputCoefficient: "85%" })).toBe(8.5);
    expect(score("output", { outputCoefficient: "120%" })).toBeNull();
    expect(
      score("expenseControl", {
        sanGongActual: 100,
        sanGongBudget: 100,
        dailyPublicActual: 101,
        dailyPublicBudget: 100,
      })
    ).toBe(2);
  });

  it("grades on its own thresholds and total", () => {
    const all = evaluate(
      {
        inputs: {
          staffOnPayroll: 45,
          staffAuthorized: 45,
          sanGongBudget: 10,
          sanGongBudgetLastYear: 10,
          keyProjectSpending: 90,
          projectSpendingTotal: 100,
          fundsAdjusted: 0,
          budgetScale: 100,
          specialFundsLate: 0,
          balanceAmount: 0,
          carryOverLastYear: 5,
          sanGongActual: 10,
          budgetCompleted: 100,
          addedBudget: 0,
          initialBudget: 100,
          rulesEstablished: "是",
          rulesEnforced: "是",
          performanceRulesEstablished: "是",
          budgetDisclosure: "完全",
          procurementActual: 100,
          procurementPlanned: 100,
          outputCoefficient: "100%",
          dailyPublicActual: 1,
          dailyPublicBudget: 1,
        },
      },
      framework
    );
    expect([all.total, all.max, all.grade, all.complete]).toEqual([61, 61, "好", true]);
  });
});

describe("quarterly execution and a KPI table with other points", () => {
  const fw = load({
    id: "other-points",
    title: "季度执行与个性化指标（测试）",
    total: 30,
    grades: [{ min: 0, grade: "—" }],
    levels: [
      {
        name: "绩效",
        points: 30,
        children: [
          {
            name: "效率与效果",
            points: 30,
            indicators: [
              {
                id: "execution",
                name: "预算执行率",
                points: 10,
                rule: {
                  kind: "quarterlyExecution",
                  quarterPoints: 2,
                  annualPoints: 2,
                  budget: "executionBudget",
                  spent: ["spentQ1", "spentQ2", "spentQ3", "spentQ4"],
                  rates: [
                    "executionRateQ1",
                    "executionRateQ2",
                    "executionRateQ3",
                    "executionRateQ4",
                  ],
                },
              },
              {
                id: "kpi",
                name: "履职效益",
                points: 20,
                rule: {
                  kind: "kpiTable",
                  fallback: "effectivenessScore",
                  minAspects: 1,
                  aspects: [{ "zh-CN": "社会效益" }, { "zh-CN": "经济效益" }],
                },
              },
            ],
          },
        ],
      },
    ],
  });
  const of = (id: string, file: Parameters<typeof evaluate>[0]) =>
    evaluate(file, fw).indicators.find((i) => i.id === id)!.computed;

  it("quarters worth 2 each and the year 2: on schedule 10, a slow fourth quarter 9.75", () => {
    const spent = (q4: number) => ({
      executionBudget: 100,
      spentQ1: 25,
      spentQ2: 50,
      spentQ3: 75,
      spentQ4: q4,
    });
    expect(of("execution", { inputs: spent(100) })).toBe(10);
    expect(of("execution", { inputs: spent(90) })).toBe(9.75);
  });

  it("a KPI table worth 20: half the target met is 10", () => {
    expect(of("kpi", { inputs: {}, kpis: [["社会效益", "读者人次", 10, 5, ">=", 1]] })).toBe(10);
  });
});

describe("a framework file with a mistake never scores, and says where", () => {
  const problems = (edit: (f: ReturnType<typeof json>) => void) => {
    const data = json();
    edit(data);
    const read = readFramework(data);
    if (read.ok) throw new Error("read a broken framework");
    return read.problems.map((p) => `${p.path}: ${p.message}`);
  };
  const first = (l1: number, l2: number, i: number) => (f: ReturnType<typeof json>) =>
    f.levels[l1].children[l2].indicators[i];

  it.each<[string, (f: ReturnType<typeof json>) => void, RegExp]>([
    [
      "an unknown rule kind",
      (f) => (first(0, 0, 0)(f).rule.kind = "bands"),
      /^levels\[0\]\.children\[0\]\.indicators\[0\]\.rule\.kind: 未知的计分方式“bands”，可用的有：分档计分（tiers）/,
    ],
    [
      "tiers out of order",
      (f) => first(0, 0, 2)(f).rule.tiers.reverse(),
      /indicators\[2\]: 三级指标“重点支出安排率”的分档“>=70%”永远不会用到：排在它前面的“>=60%”已包含它/,
    ],
    [
      "a negative score in a tier",
      (f) => (first(0, 0, 2)(f).rule.tiers[0].score = -5),
      /indicators\[2\]\.rule\.tiers\[0\]\.score: 得分不能为负数/,
    ],
    [
      "a tier worth more than the indicator",
      (f) => (first(0, 0, 2)(f).rule.tiers[0].score = 6),
      /重点支出安排率.*6/,
    ],
    ["points that do not add up to the total", (f) => (f.total = 60), /^total: .*61.*60/],
    [
      "an input without a label",
      (f) => delete f.inputs[0].label,
      /^inputs\[0\]\.label: 输入项“sanGongBudgetLastYear”没有中文名称/,
    ],
    [
      "a key used but not declared",
      (f) => (first(1, 0, 1)(f).rule.key = "lateFunds"),
      /^levels\[1\]\.children\[0\]\.indicators\[1\]\.rule\.key: 用到了输入项“lateFunds”，但它既不是通用输入项，也没有在本指标体系的输入项中声明/,
    ],
    [
      "a catalog key redefined",
      (f) => (f.inputs[0].key = "sanGongBudget"),
      /^inputs\[0\]\.key: “sanGongBudget”是通用输入项的键名，不能重新定义/,
    ],
    [
      "a bound that is not a number",
      (f) => (first(0, 0, 0)(f).rule.threshold = "一百"),
      /分档界限“一百”不是有效的数字/,
    ],
    ["no grades", (f) => (f.grades = []), /^grades: 至少要有一个评分等级/],
  ])("%s", (_, edit, message) => {
    expect(problems(edit).join("\n")).toMatch(message);
  });

  it("a template without points or rules is unfinished", () => {
    const data = json();
    delete first(0, 0, 0)(data).rule;
    delete first(0, 0, 0)(data).points;
    const read = readFramework(data);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.unfinished).toBe(true);
    expect(!read.ok && read.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(["还没有填写分值", expect.stringMatching(/^还没有填写计分方式/)])
    );
  });
});
