import { evaluate } from "../../src/core";
import { longgang, readSample, texts } from "../helpers";

/** The report's own 得分情况 column (附件 table), total 96. */
const REPORTED: Record<string, number> = {
  预算编制合理性: 5,
  预算编制规范性: 5,
  绩效目标完整性: 3,
  绩效指标明确性: 6,
  政府采购执行情况: 2,
  财务合规性: 3,
  预决算信息公开: 3,
  项目实施程序: 2,
  项目监管: 2,
  资产管理安全性: 2,
  固定资产利用率: 1,
  财政供养人员控制率: 1,
  编外人员控制率: 1,
  管理制度健全性: 3,
  公用经费控制率: 5,
  预算执行率: 6,
  重点工作完成情况: 8,
  项目完成及时性: 6,
  "社会、经济、生态效益及可持续影响等": 25,
  群众信访办理情况: 3,
  公众或服务对象满意度: 4,
};

describe("Longgang District Library 2021, scored from its own report", () => {
  const sample = readSample();
  const result = evaluate(sample, longgang);
  const byName = Object.fromEntries(result.indicators.map((i) => [i.name, i]));

  it("reproduces every sub-score the report’s data supports", () => {
    const supported = result.indicators.filter(
      (i) => i.computed !== null && !["财务合规性", "预决算信息公开"].includes(i.name)
    );
    expect(supported.map((i) => i.name)).toHaveLength(15);
    for (const i of supported) expect([i.name, i.computed]).toEqual([i.name, REPORTED[i.name]]);
    expect(byName["公用经费控制率"].computed).toBe(5);
    expect(byName["公众或服务对象满意度"].computed).toBe(4);
    expect(byName["政府采购执行情况"].computed).toBe(2);
  });

  it("finds what the report missed: a 28.5% budget adjustment makes 财务合规性 2, not 3", () => {
    expect(byName["财务合规性"].computed).toBe(2);
    expect(byName["财务合规性"].score).toBe(3);
    expect(texts(result)).toContain(
      "财务合规性：自评得3分，但按单位数据计算应得2分（自评理由：自评报告填报3分）。"
    );
  });

  it("finds that the final accounts were not yet disclosed: 1.5, not 3", () => {
    expect(byName["预决算信息公开"].computed).toBe(1.5);
  });

  it("cannot score 预算执行率 without Q4, so the report’s 6 stands only as an override with its reason", () => {
    const r = byName["预算执行率"];
    expect(r.computed).toBeNull();
    expect(r.score).toBe(6);
    expect(r.override).toEqual({ score: 6, reason: "第四季度单位机构改革" });
    // Unscored, the rule's own text names only what it lacks: the three quarters' rates count for nothing.
    expect(r.explanation).toBe(
      "评价人确定得6分（理由：第四季度单位机构改革）。按数据计算：缺少“第四季度末累计支出（或第四季度预算执行率）”，本项未计分。"
    );
    expect(texts(result)).toContain(
      "预算执行率：自评得6分，无法由单位数据核实（缺少“第四季度末累计支出（或第四季度预算执行率）”；自评理由：第四季度单位机构改革）。"
    );
  });

  it("with the report’s claims as overrides the total is the reported 96, 优, complete", () => {
    expect(result.indicators.map((i) => [i.name, i.score])).toEqual(Object.entries(REPORTED));
    expect(result).toMatchObject({
      framework: "longgang-2021",
      unit: "深圳市龙岗区图书馆",
      year: 2021,
      total: 96,
      grade: "优",
      complete: true,
    });
  });

  it("without the overrides the data alone gives 82.5 and leaves four indicators unscored", () => {
    const bare = evaluate({ ...sample, overrides: {} }, longgang);
    expect(bare.total).toBe(82.5);
    expect(bare.complete).toBe(false);
    expect(bare.grade).toBeNull();
    expect(bare.indicators.filter((i) => i.score === null).map((i) => i.name)).toEqual([
      "财政供养人员控制率",
      "编外人员控制率",
      "预算执行率",
      "群众信访办理情况",
    ]);
  });

  it("lists six override findings, then the source table’s own inconsistencies", () => {
    expect(result.findings).toHaveLength(9);
    expect(result.findings.slice(6).map((f) => f.kind)).toEqual([
      "framework",
      "framework",
      "framework",
    ]);
    expect(texts(result).slice(6)).toEqual([
      "三级指标“绩效目标完整性”分值为3分，但其评分标准写有“（8分）”。",
      "一级指标“部门绩效”标注55分，但其下级指标合计60分（按合计计算）。",
      "三级指标“群众信访办理情况”在原表中没有单独的指标说明。",
    ]);
  });
});
