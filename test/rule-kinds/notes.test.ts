import { evaluate, getFramework, renderFinding } from "../../src/core";
import { shapesFramework } from "./cases";

/**
 * A rule's errors and warnings stay data (a sentence's code and what it says) until someone reads them:
 * a result scored in Chinese, shown in English, reads English throughout — and the other way round.
 */
const han = /\p{Script=Han}/u;

describe("problems as data until read", () => {
  const longgang = getFramework("longgang-2021")!;
  const inputs = {
    budgetNonCompliantItems: -1,
    satisfaction: 0.9,
    sanGongActual: 5,
    sanGongBudget: 0,
    petitionsReceived: 3,
    petitionsReplied: 5,
  };

  it("a Chinese result's findings read English in English: input problems, zero denominators, parts above wholes, warnings", () => {
    const result = evaluate({ inputs }, longgang, "zh-CN");
    const codes = result.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["indicatorErrors", "indicatorNote"]));
    const english = result.findings
      .filter((f) => f.code === "indicatorErrors" || f.code === "indicatorNote")
      .map((f) => renderFinding(f, longgang, "en-US"));
    expect(english.length).toBeGreaterThanOrEqual(3);
    for (const line of english) expect(line).not.toMatch(han);
    expect(english.join("\n")).toMatch(/Budget compliance.*negative/i);
    // Read in Chinese, the same findings are the sentences the result itself carries.
    const chinese = result.findings
      .filter((f) => f.code === "indicatorErrors")
      .map((f) => renderFinding(f, longgang, "zh-CN"));
    expect(chinese.join("\n")).toContain("不能为负数（-1）");
  });

  it("an English result's findings read Chinese in Chinese, the new shapes' problems too", () => {
    const framework = shapesFramework();
    const result = evaluate(
      {
        inputs: {
          qualityBand: "达成年度指标",
          qualityScore: 3,
          fundFiscal: 0,
          fundOther: 0,
          spentFiscal: 0,
          spentOther: 0,
        },
      },
      framework,
      "en-US"
    );
    const lines = result.findings
      .filter((f) => f.code === "indicatorErrors")
      .map((f) => renderFinding(f, framework, "zh-CN"));
    expect(lines.join("\n")).toContain("自评得分3不在“达成年度指标”对应的12至15分之间");
    expect(lines.join("\n")).toContain("财政拨款全年预算数+其他资金全年预算数合计为0");
    for (const line of lines) expect(line).not.toMatch(/\b(the|is|of)\b/);
  });
});
