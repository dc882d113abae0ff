import { readFileSync } from "node:fs";
import {
  placedIndicators,
  renderFindings,
  ruleInputKeys,
  validateFramework,
  type Framework,
} from "../../src/core";
import { longgang, repoFile } from "../helpers";

const report = readFileSync(repoFile("test", "fixtures", "longgang-2021-report.txt"), "utf8");
/** The report as one string without HTML tags or white space: PDF extraction scattered spaces and line breaks. */
const TAGS = /<\/?(?:p|ol|ul|li|br)\b[^>]*>/g;
const flat = report.replace(TAGS, "").replace(/\s+/g, "");
const squash = (s: string) => s.replace(/\s+/g, "");

describe("the longgang-2021 framework data", () => {
  const placed = placedIndicators(longgang);

  it("has the 21 third-level indicators worth 100 in all", () => {
    expect(placed).toHaveLength(21);
    expect(placed.reduce((s, p) => s + p.indicator.points, 0)).toBe(100);
    expect(new Set(placed.map((p) => p.indicator.id)).size).toBe(21);
  });

  it.each(placedIndicators(longgang).map((p) => [p.indicator.name, p]))(
    "%s: description and criteria are verbatim from the report",
    (_, p) => {
      const { indicator } = p as (typeof placed)[number];
      const notInReport = [...indicator.description, ...indicator.criteria].filter(
        (line) => !flat.includes(squash(line))
      );
      expect(notInReport).toEqual([]);
      expect(indicator.criteria.length).toBeGreaterThan(0);
    }
  );

  it("prints every level with the name and points of the report’s table", () => {
    const rows = report.replace(TAGS, "");
    const printed = (name: string, points: number) =>
      new RegExp(`${name}\\s+${points}\\s`).test(rows);
    const notPrinted = placed
      .flatMap(({ level1, level2, indicator }) => [level1, level2, indicator])
      .filter((level) => !printed(level.name["zh-CN"], level.points))
      .map((level) => level.name["zh-CN"]);
    expect(notPrinted).toEqual([]);
  });

  it("reports the source’s own inconsistencies without failing, and has no data mistakes", () => {
    const issues = validateFramework(longgang);
    expect(issues.filter((i) => i.severity === "data")).toEqual([]);
    expect(renderFindings(issues, longgang, "zh-CN")).toEqual([
      "三级指标“绩效目标完整性”分值为3分，但其评分标准写有“（8分）”。",
      "一级指标“部门绩效”标注55分，但其下级指标合计60分（按合计计算）。",
      "三级指标“群众信访办理情况”在原表中没有单独的指标说明。",
    ]);
    expect(renderFindings(issues, longgang, "en-US")[1]).toBe(
      "Level-1 indicator “Performance” is printed as 55 points, but its parts add up to 60 (the sum is used)."
    );
  });
});

describe("the structural validator on broken framework data", () => {
  const broken = (edit: (fw: Framework) => void) => {
    const fw = JSON.parse(JSON.stringify(longgang)) as Framework;
    edit(fw);
    return renderFindings(
      validateFramework(fw).filter((i) => i.severity === "data"),
      fw,
      "zh-CN"
    );
  };
  const ind = (fw: Framework, name: string) =>
    placedIndicators(fw).find((p) => p.indicator.name["zh-CN"] === name)!.indicator;

  it("catches checklist items that do not add up to the indicator", () => {
    expect(
      broken(
        (fw) =>
          ((ind(fw, "绩效指标明确性").rule as { items: { points: number }[] }).items[0].points = 3)
      )
    ).toEqual(["三级指标“绩效指标明确性”分值为7分，但其计分规则各部分合计8分。"]);
  });
  it("catches an unknown input key", () => {
    expect(
      broken((fw) => ((ind(fw, "重点工作完成情况").rule as { key: string }).key = "keyTaskMissed"))
    ).toEqual(["三级指标“重点工作完成情况”的计分规则引用了未知的输入项“keyTaskMissed”。"]);
  });
  it("catches a tier worth more than the indicator and an unreadable bound", () => {
    const msgs = broken((fw) => {
      const rule = ind(fw, "公众或服务对象满意度").rule as {
        tiers: { bound: string; score: number }[];
      };
      rule.tiers[0].score = 7;
      rule.tiers[1].bound = "九成";
    });
    expect(msgs).toEqual([
      "三级指标“公众或服务对象满意度”的某一档得分7分超过其分值6分。",
      "三级指标“公众或服务对象满意度”的分档界限“九成”不是有效的数字。",
    ]);
  });
  it("catches a choice option without points", () => {
    expect(
      broken(
        (fw) =>
          delete (
            ind(fw, "预决算信息公开").rule as {
              parts: { values: Record<string, number> }[];
            }
          ).parts[1].values["部分"]
      )
    ).toEqual(["三级指标“预决算信息公开”的计分规则没有为选项“部分”给出分值。"]);
  });
  it("catches a duplicated name and a total that is not 100", () => {
    const msgs = broken((fw) => {
      ind(fw, "项目监管").name = { "zh-CN": "项目实施程序" };
      ind(fw, "项目实施程序").points = 3;
    });
    expect(msgs).toContain("三级指标名称“项目实施程序”重复。");
    expect(msgs).toContain("三级指标分值合计101分，与总分100分不符。");
  });
});

describe("ruleInputKeys", () => {
  it("names each input of an indicator once, even when two measures share it", () => {
    const keysOf = (name: string) =>
      ruleInputKeys(
        placedIndicators(longgang).find((p) => p.indicator.name["zh-CN"] === name)!.indicator.rule
      );
    expect(keysOf("编外人员控制率")).toEqual(["contractStaff", "staffOnPayroll"]);
    expect(keysOf("群众信访办理情况")).toEqual([
      "petitionChannel",
      "petitionsReplied",
      "petitionsReceived",
      "petitionsRepliedOnTime",
    ]);
    expect(
      new Set(placedIndicators(longgang).flatMap((p) => ruleInputKeys(p.indicator.rule))).size
    ).toBe(59);
  });
});
