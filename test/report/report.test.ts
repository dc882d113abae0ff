import fc from "fast-check";
import { readFileSync } from "node:fs";
import { evaluate, readInputsFile, REPORT_INPUTS, type InputsFile } from "../../src/core";
import { draftReport } from "../../src/report/draft";
import { reportDocx } from "../../src/report/docx";
import { longgang, repoFile } from "../helpers";
import { paragraphText, readDocx, readDocxRows } from "./read-docx";
import { figures, oracle, prompts } from "../support/report-oracle";

/**
 * The draft read back from the .docx a user opens: its sentences, its figures (runs styled Figure) and its
 * prompts (styled Prompt). The figures are checked against an oracle written here, from the inputs alone.
 */

const seed = (() => {
  const read = readInputsFile(
    readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
  );
  if (!read.ok) throw new Error(read.error);
  return read.file;
})();

async function docxOf(file: InputsFile, locale: "zh-CN" | "en-US" = "zh-CN") {
  const result = evaluate(file, longgang, locale);
  const draft = draftReport(result, file, longgang, locale);
  const bytes = await reportDocx(draft);
  const paragraphs = await readDocx(bytes);
  return {
    result,
    draft,
    paragraphs,
    text: paragraphs.map(paragraphText),
    rows: await readDocxRows(bytes),
  };
}

describe("the report draft of the Longgang 2021 figures, read back from its .docx", () => {
  let text: string[];
  let rows: string[][];
  let all: string;
  beforeAll(async () => {
    ({ text, rows } = await docxOf(seed));
    all = text.join("\n");
  });

  it("writes the report's own sentences from the data, with the rounding the data gives", () => {
    for (const sentence of [
      "2021年度，本单位年初预算收入4,931.80万元，其中一般公共预算财政拨款收入4,931.80万元（占比100.00%）。",
      "年初预算支出4,931.80万元，其中：人员经费1,080.66万元（占比21.91%）、日常公用经费500.14万元（占比10.14%）、项目支出3,351.00万元（占比67.95%）。",
      "年度调整预算数为3,525.77万元，其中一般公共预算财政拨款收入调整预算数为3,525.12万元、年初结转和结余调整预算数为0.65万元，其中：基本支出预算调整为1,008.41万元（占比28.60%）；项目支出预算调整为2,517.35万元（占比71.40%）。",
      "部门整体支出预算调整后，按照支出用途，调减了基本支出572.39万元、调减了项目支出833.65万元。",
      "2021年“三公”经费预算11.00万元，当年度实际支出3.98万元，“三公”经费控制率为36.18%。",
      "公务用车运行维护费预算数8.00万元，当年度实际支出3.64万元，占预算数的45.50%；公务接待费预算数3.00万元，当年度实际支出0.34万元，占预算数的11.33%。",
      "同时，当年度日常公用经费支出决算247.82万元，日常公用经费调整预算数为247.82万元，日常公用经费控制率为100.00%。",
      "政府采购计划金额1,869.71万元，实际采购金额1,869.71万元，政府采购执行率为100.00%。",
      "固定资产净值8,922.30万元，无形资产净值216.23万元。",
      "经自评，本单位2021年度部门整体支出绩效自评得分为96分，评分等级为“优”。",
    ])
      expect(all).toContain(sentence);
  });

  it("does not repeat the published report's own contradictions", () => {
    // The report printed 36.19% (3.98/11 is 36.18%) and 2,517.36 against its table's 2,517.35.
    expect(all).not.toContain("36.19%");
    expect(all).not.toContain("2,517.36");
    // It gave two different 预算资金总额; the draft has one.
    const totals = [...all.matchAll(/预算资金总额（?[^为]*为([\d,.]+)万元/g)].map((m) => m[1]);
    expect(totals.length).toBeGreaterThanOrEqual(2);
    expect(new Set(totals)).toEqual(new Set(["3,525.77"]));
  });

  it("seeds a problem from every deduction and asks the unit for its measures", () => {
    expect(all).toContain(
      "存在的问题：绩效指标明确性得6分，扣1分（“绩效指标具有清晰、可衡量的指标值”未达到，扣1分）。"
    );
    expect(all).toContain("改进措施：【请填写：针对“绩效指标明确性”扣分的改进措施】。");
  });

  it("prints the annex tables from the inputs: parts the totals already account for are “—”", () => {
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row("一、一般公共预算财政拨款收入")).toEqual([
      "一、一般公共预算财政拨款收入",
      "4,931.80",
      "3,525.12",
    ]);
    expect(row("二、政府性基金预算财政拨款收入")).toEqual([
      "二、政府性基金预算财政拨款收入",
      "—",
      "—",
    ]);
    expect(row("年初结转和结余")).toEqual(["年初结转和结余", "—", "0.65"]);
    expect(row("本年收入合计")).toEqual(["本年收入合计", "4,931.80", "3,525.12"]);
    expect(row("一、基本支出")).toEqual(["一、基本支出", "1,580.80", "1,008.41"]);
    expect(row("文化旅游体育与传媒支出")).toEqual([
      "文化旅游体育与传媒支出",
      "4,635.64",
      "3,419.91",
      "3,421.16",
    ]);
    expect(rows.filter((r) => r.length === 4 && /支出$/.test(r[0])).map((r) => r[0])).toEqual([
      "文化旅游体育与传媒支出",
      "社会保障和就业支出",
      "卫生健康支出",
      "住房保障支出",
    ]);
    // 760.59 + 247.82 + 2,517.35 is 3,525.76 against a total of 3,525.77: the table's own rounding.
    expect(row("三、上缴上级支出")).toEqual(["三、上缴上级支出", "—", "—"]);
    // The rate is the one the unit's 表1-4 gives; the spending is its 部门预算支出进度 column.
    expect(row("第一季度")).toEqual(["第一季度", "2,149.82", "25.00%", "184.77%"]);
    expect(row("第四季度")).toEqual([
      "第四季度",
      "【请填写：第四季度末累计支出】",
      "100.00%",
      "【请填写：第四季度预算执行率】",
    ]);
  });
});

describe("every figure of the draft", () => {
  it("is one the inputs and the score justify, and every gap is a prompt the count includes", async () => {
    const { result, draft, paragraphs } = await docxOf(seed);
    const allowed = oracle(seed, result);
    expect(figures(paragraphs).filter((f) => !allowed.has(f))).toEqual([]);
    expect(prompts(paragraphs)).toHaveLength(draft.prompts);
    expect(prompts(paragraphs).every((p) => /^【请填写：.+】$/.test(p))).toBe(true);
  });

  it("for any subset of the report's figures, never states one the inputs do not give", async () => {
    const amounts = REPORT_INPUTS.map((d) => d.key).concat([
      "budgetScale",
      "executionBudget",
      "dailyPublicBudget",
      "dailyPublicActual",
      "sanGongBudget",
      "sanGongActual",
      "procurementPlanned",
      "procurementActual",
      "fixedAssetsTotal",
      "fixedAssetsInUse",
    ]);
    const amount = fc.integer({ min: 1, max: 900_000 }).map((c) => (c / 100).toFixed(2));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...amounts), amount, { maxKeys: 30 }),
        async (inputs) => {
          const file: InputsFile = { unit: "某区文化馆", year: 2024, inputs };
          const { result, draft, paragraphs } = await docxOf(file);
          const allowed = oracle(file, result);
          expect(figures(paragraphs).filter((f) => !allowed.has(f))).toEqual([]);
          expect(prompts(paragraphs)).toHaveLength(draft.prompts);
        }
      ),
      { numRuns: 15 }
    );
  });
});

describe("this year against last year", () => {
  it("states each change with its direction and its share of last year's figure", async () => {
    const file: InputsFile = {
      unit: "某区文化馆",
      year: 2024,
      inputs: {
        spendingActual: "3,527.02",
        spendingLastYear: 3000,
        personnelActual: 800,
        dailyPublicActual: 200,
        personnelLastYear: 812.12,
        dailyPublicLastYear: 200,
        projectActual: 2527.02,
        projectLastYear: 2527.02,
      },
    };
    const { text } = await docxOf(file);
    expect(text.join("\n")).toContain(
      "本年支出决算3,527.02万元，比上年决算数增加527.02万元，增长17.57%；基本支出1,000.00万元，比上年决算数减少12.12万元，下降1.20%；项目支出2,527.02万元，与上年决算数持平。主要变动原因：【请填写：支出较上年变动的主要原因】。"
    );
  });
});

describe("a unit with almost no data", () => {
  it("gets prompts where figures would be, never a 0", async () => {
    const file: InputsFile = {
      unit: "某街道办事处",
      year: 2024,
      inputs: { sanGongBudget: 20, sanGongActual: 12.5 },
    };
    const { paragraphs, text, draft } = await docxOf(file);
    const all = text.join("\n");
    expect(figures(paragraphs).filter((f) => /^0(\.0+)?%?$/.test(f))).toEqual([]);
    expect(all).toContain("“三公”经费控制率为62.50%");
    expect(all).toContain("【请填写：部门预算总规模】");
    expect(all).toContain("按已有数据计算的得分合计为");
    expect(draft.prompts).toBeGreaterThan(60);
  });

  it("with no data at all, asks for the total instead of stating 0 points", async () => {
    const { text } = await docxOf({ unit: "某单位", year: 2024, inputs: {} });
    const all = text.join("\n");
    expect(all).toContain("【请填写：自评得分（各项指标均缺少数据）】");
    expect(all).not.toMatch(/得分合计为0分/);
  });
});

describe("the English draft", () => {
  it("has the same figures, in English sentences", async () => {
    const zh = await docxOf(seed);
    const en = await docxOf(seed, "en-US");
    expect(figures(en.paragraphs).sort()).toEqual(figures(zh.paragraphs).sort());
    expect(en.text.join("\n")).toContain(
      "the “three public” expenses budget was 11.00 ten-thousand yuan and actual spending 3.98: a control rate of 36.18%"
    );
    expect(prompts(en.paragraphs).every((p) => /^\[To fill in: .+\]$/.test(p))).toBe(true);
  });
});
