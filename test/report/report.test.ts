import fc from "fast-check";
import { readFileSync } from "node:fs";
import { evaluate, readInputsFile, REPORT_INPUTS, type InputsFile } from "../../src/core";
import { draftReport } from "../../src/report/draft";
import { reportDocx } from "../../src/report/docx";
import { longgang, repoFile } from "../helpers";
import { paragraphText, readDocx, readDocxBody, readDocxRows } from "./read-docx";
import { figures, oracle, prompts } from "../support/report-oracle";

/**
 * The draft read back from the .docx a user opens: its sentences, its figures (runs styled Figure) and its
 * prompts (styled Prompt). The figures are checked against an oracle written here, from the inputs alone.
 */

const DRAFTED = new Date(2022, 2, 31);

const seed = (() => {
  const read = readInputsFile(
    readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
  );
  if (!read.ok) throw new Error(read.error);
  return read.file;
})();

async function docxOf(file: InputsFile, locale: "zh-CN" | "en-US" = "zh-CN") {
  const result = evaluate(file, longgang, locale);
  const draft = draftReport(result, file, longgang, locale, DRAFTED);
  const bytes = await reportDocx(draft);
  const paragraphs = await readDocx(bytes);
  return {
    result,
    draft,
    paragraphs,
    text: paragraphs.map(paragraphText),
    rows: await readDocxRows(bytes),
    body: (await readDocxBody(bytes)).map(paragraphText),
  };
}

describe("the report draft of the Longgang 2021 figures, read back from its .docx", () => {
  let text: string[];
  let rows: string[][];
  let body: string[];
  let all: string;
  beforeAll(async () => {
    ({ text, rows, body } = await docxOf(seed));
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
      // The survey gave a 百分制 score: the report says so, and what it was scored as.
      "公众或服务对象满意度调查得分为93.95分（百分制，按93.95%计分）。",
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

  it("has the sections the published reports have, signed and dated, with its attachments named", () => {
    const headings = [
      "（三）绩效目标完成情况",
      "3. 预算编制和绩效目标管理情况",
      "三、自评工作开展情况",
      "（五）自评结果应用和公开",
      "五、部门整体支出绩效评价指标评分情况",
    ];
    for (const heading of headings) expect(text).toContain(heading);
    // 部门决策's answers as a paragraph, the one 否 among them said as it is.
    expect(all).toContain(
      "部门预算编制、分配符合本部门职责和党委政府方针政策、工作要求；预算资金根据年度工作重点在不同项目、不同用途之间合理分配；"
    );
    expect(all).toContain("；部分绩效指标缺乏清晰、可衡量的指标值；");
    expect(all).toContain(
      "其中15项指标按评分标准由本单位预算、决算、资产、人员等基础数据计算得分。财务合规性、预决算信息公开、财政供养人员控制率、编外人员控制率、预算执行率、群众信访办理情况6项指标由评价人结合实际情况确定得分并说明理由。"
    );
    // 附件说明, then the signature: the unit and the date, as GB/T 9704 orders them.
    const at = text.indexOf("附件：1. 部门整体支出绩效评价指标评分表");
    expect(text.slice(at, at + 4)).toEqual([
      "附件：1. 部门整体支出绩效评价指标评分表",
      "\u3000\u3000\u30002. 部门整体支出预算及执行情况附表",
      "深圳市龙岗区图书馆",
      "2022年3月31日",
    ]);
    expect(text.filter((t) => /^附件[12]$/.test(t))).toEqual(["附件1", "附件2"]);
  });

  it("states each problem as what falls short, grouped by area, with a measure to write: no scoring log", () => {
    const problems = text.filter((t) => /^\d\. .+方面：/.test(t));
    expect(problems).toEqual([
      "1. 目标设置方面：未做到“绩效指标具有清晰、可衡量的指标值”。",
      "2. 经济性方面：日常公用经费控制率为100.00%，未达到满分标准（日常公用经费控制率<90%）。",
      "3. 公平性方面：满意度为93.95%，未达到满分标准（满意度≥95%）。",
    ]);
    expect(all).toContain("改进措施：【请填写：目标设置方面的改进措施】。");
    expect(all).toContain(
      "21项三级指标中，18项得满分，绩效指标明确性、公用经费控制率、公众或服务对象满意度3项有扣分"
    );
    // Points are the score table's: no paragraph says 得N分 or 扣N分.
    expect(body.filter((t) => /[得扣]\d+(\.\d+)?分/.test(t))).toEqual([]);
    // What an evaluator's score differs from is the clerk's list, never the document's.
    expect(all).not.toMatch(/评价人确定得|按数据计算|自评理由|自评报告填报/);
  });

  it("writes the score table as published: 扣分情况及整改情况说明, blank for full marks, the shortfall where points were lost", () => {
    const header = rows.find((r) => r[0] === "一级指标")!;
    expect(header.at(-1)).toBe("扣分情况及整改情况说明");
    const row = (name: string) => rows.find((r) => r.includes(name))!;
    expect(row("预算编制规范性").at(-1)).toBe("");
    expect(row("财务合规性").slice(-2)).toEqual(["3", ""]);
    expect(row("公用经费控制率").at(-1)).toBe(
      "扣分情况：日常公用经费控制率为100.00%，未达到满分标准（日常公用经费控制率<90%）。整改情况：见正文“部门整体支出绩效存在问题及改进措施”。"
    );
  });

  it("asks for a deviation's reason where the data shows one, and says where an evaluator's reason gives the fact", () => {
    expect(all).toContain("调整原因：【请填写：预算调减1,406.03万元（28.51%）的原因】。");
    expect(all).toContain(
      "支出决算超出调整预算数1.25万元，超出部分的资金来源为【请填写：超出部分的资金来源（如其他收入、年初结转和结余）】。"
    );
    expect(all).toContain("其中，【请填写：第一季度、第二季度支出进度快于序时进度的原因】。");
    // 第四季度单位机构改革 and 因机构改革… are the evaluator's reasons: stated, not asked again.
    expect(all).toContain("第四季度未计算（第四季度单位机构改革）");
    expect(all).toContain("因机构改革，所有人员编入新单位。");
    // 未公开 is the statement; no prompt asks what it already says.
    expect(all).toContain("部门决算尚未公开。");
  });

  it("needs at most 15 prompts, each something only the unit can write, none twice, none beside another", async () => {
    const { paragraphs, draft } = await docxOf(seed);
    const asked = prompts(paragraphs);
    expect(asked.length).toBe(draft.prompts);
    expect(asked.length).toBeLessThanOrEqual(15);
    expect(new Set(asked).size).toBe(asked.length);
    for (const p of asked)
      expect([
        p,
        /主要职能|重点工作任务|的原因|资金来源|履职目标|履职情况|绩效目标中|信访|满意度调查的方式|经验|改进措施|后续工作计划/.test(
          p
        ),
      ]).toEqual([p, true]);
    expect(paragraphs.filter((p) => p.filter((r) => r.style === "Prompt").length > 1)).toEqual([]);
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
    // The rate is the one the unit's 表1-4 gives, over the schedule amount it implies (Longgang's 1,163.50).
    expect(row("第一季度")).toEqual(["第一季度", "2,149.82", "1,163.51", "25.00%", "184.77%"]);
    expect(row("第四季度")).toEqual(["第四季度", "第四季度单位机构改革", "", "100.00%", ""]);
    expect(all).toContain(
      "注：执行率 = 季度末累计支出 ÷ 序时进度支出额。执行率为单位填报数，序时进度支出额据此推算。"
    );
    // 3,421.16 + 19.33 + 5.44 + 81.08 is 3,527.01 against 3,527.02: the note says why.
    expect(all).toContain(
      "注：表中金额按万元保留两位小数，分项之和与合计之间的尾差系四舍五入所致。"
    );
    // 其中：基本建设类项目 is not in the data: the row is left out, not asked.
    expect(rows.some((r) => r[0] === "其中：基本建设类项目")).toBe(false);
  });

  it("puts each quarter's rate over the amount it was computed on", async () => {
    const file: InputsFile = {
      unit: "某区文化馆",
      year: 2024,
      inputs: { executionBudget: 1000, spentQ1: 200, spentQ2: 510, spentQ3: 740, spentQ4: 1000 },
    };
    const { rows: quarterRows, text: words } = await docxOf(file);
    const q = quarterRows.filter((r) => /^第.季度$/.test(r[0]));
    for (const [, spent, base, , rate] of q) {
      const n = (x: string) => Number(x.replace(/[,%]/g, ""));
      expect(Math.abs((n(spent) / n(base)) * 100 - n(rate))).toBeLessThan(0.01);
    }
    expect(q[0]).toEqual(["第一季度", "200.00", "250.00", "25.00%", "80.00%"]);
    expect(words).toContain(
      "注：执行率 = 季度末累计支出 ÷ 序时进度支出额，序时进度支出额 = 调整预算数1,000.00万元 × 序时进度。"
    );
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

describe("the unit's own targets", () => {
  it("are the 绩效目标完成情况 table, with a 偏差原因 to write for each row below 100 % or above 130 %", async () => {
    const file: InputsFile = {
      unit: "某区文化馆",
      year: 2024,
      inputs: {},
      kpis: [
        ["产出", "举办公益讲座场次", "120场", "118场", ">=", 1],
        ["效益", "群众参与人次", "50000人次", "70000人次", ">=", 1],
        ["满意度", "服务对象满意度", "90%", "95%", ">=", 1],
      ],
    };
    const { rows, text } = await docxOf(file);
    const kpi = (name: string) => rows.find((r) => r[1] === name);
    expect(rows.find((r) => r[0] === "方面")).toEqual([
      "方面",
      "指标",
      "年度指标值",
      "实际完成值",
      "完成率",
      "偏差原因",
    ]);
    expect(kpi("举办公益讲座场次")).toEqual([
      "产出",
      "举办公益讲座场次",
      "120场",
      "118场",
      "98.33%",
      "【请填写：“举办公益讲座场次”偏差原因】",
    ]);
    expect(kpi("群众参与人次")!.slice(4)).toEqual([
      "140.00%",
      "【请填写：“群众参与人次”偏差原因】",
    ]);
    expect(kpi("服务对象满意度")!.slice(4)).toEqual(["105.56%", ""]);
    expect(text).toContain(
      "本年度共设置个性化绩效指标3项（见下表），其中完成率低于100%的1项、完成率高于130%的1项，偏差原因在表中逐项说明。"
    );
  });
});

describe("a draft that cannot say everything", () => {
  it("asks once for a table the data does not break down, and leaves out what only last year's figures could say", async () => {
    const file: InputsFile = {
      unit: "某区文化馆",
      year: 2024,
      inputs: { budgetScale: 1000, executionBudget: 1000, spendingActual: 990 },
    };
    const { rows, text, draft } = await docxOf(file);
    const sources = rows.slice(
      rows.findIndex((r) => r[0] === "支出预算资金来源"),
      rows.findIndex((r) => r[0] === "总计") + 1
    );
    expect(sources).toEqual([
      ["支出预算资金来源", "年初预算数", "调整预算数"],
      ["【请填写：年初预算收入按资金来源的构成】", "", ""],
      ["总计", "1,000.00", "1,000.00"],
    ]);
    expect(text.join("\n")).not.toMatch(/上年/);
    expect(draft.beforeDrafting.at(-1)).toMatch(/^报告用数据缺少.*上年支出决算数.*：补齐后/);
    // An unscored indicator's 得分 cell asks in a word (its row names the indicator), not a sentence
    // printed one character per line; the column says why.
    const row = rows.find((r) => r[2] === "公众或服务对象满意度")!;
    expect(row.slice(6)).toEqual(["【请填写】", "缺少数据：公众或服务对象满意度"]);
  });

  it("lists what to settle first: self-scores the data does not bear out, indicators without data", async () => {
    const { draft } = await docxOf(seed);
    expect(draft.beforeDrafting.slice(0, 2)).toEqual([
      "财务合规性：自评得3分，但按单位数据计算应得2分（自评理由：自评报告填报3分）。",
      "预决算信息公开：自评得3分，但按单位数据计算应得1.5分（自评理由：自评报告填报3分；报告称2021年部门决算尚未批复，待市财政通知后公开）。",
    ]);
    expect(
      draft.beforeDrafting.some((x) => x.startsWith("预算执行率：自评得6分，无法由单位数据核实"))
    ).toBe(true);
  });
});

describe("the title", () => {
  it("breaks between the unit and year and what the report is, never inside 部门整体支出绩效自评报告", async () => {
    const { draft } = await docxOf(seed);
    const title = draft.blocks[0];
    expect(
      title.kind === "title" &&
        title.lines.map((l) =>
          l.map((r) => ("text" in r ? r.text : "figure" in r ? r.figure : "")).join("")
        )
    ).toEqual(["深圳市龙岗区图书馆2021年度", "部门整体支出绩效自评报告"]);
    const short = await docxOf({ ...seed, unit: "某局" });
    const one = short.draft.blocks[0];
    expect(one.kind === "title" && one.lines.length).toBe(1);
  });
});
