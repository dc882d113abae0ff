import ExcelJS from "exceljs";
import { isMissingValue, renderFindings } from "../../src/core";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { coreValue } from "../../src/pipeline/normalize";
import { readTemplate } from "../../src/pipeline/locate/template";
import { planTemplateSheet } from "../../src/pipeline/sheets/template-sheet";
import { draftReport } from "../../src/report/draft";
import { plainText, runsOf } from "../../src/report/model";
import {
  adopt,
  backToScan,
  initialForm,
  inputRows,
  previewScore,
  typed,
  validate,
  type JudgementForm,
} from "../../src/taskpane/model";
import { openFileSession } from "../../src/taskpane/session/file-session";
import type { WorkbookSession } from "../../src/taskpane/session/types";
import { longgang, plain } from "../helpers";
import { sheet, workbook } from "../support/snapshot-helpers";
import { MemorySession, sheetOf } from "./memory-session";

/**
 * One figure's trip through the pane: where it enters (typed, adopted, read from the unit's tables), how it is
 * saved into the 绩效基础数据 sheet, read back, scored and written into the report — against the figure a clerk
 * means. The pane's own functions and sessions, as the components call them.
 */

/** Saves a form, reads the workbook back, and returns the new analysis and the form it starts. */
async function saveAndReload(session: WorkbookSession, form: JudgementForm) {
  await session.save(form);
  const analysis = await session.analyze();
  return { analysis, form: initialForm(analysis) };
}

const figureOf = async (session: WorkbookSession, key: string) => {
  const l = (await session.analyze()).located.inputs.get(key);
  return l ? plain(coreValue(l)) : undefined;
};

const explanation = async (session: WorkbookSession, id: string) =>
  (await session.analyze()).result.indicators.find((i) => i.id === id)!.explanation;

const rowOf = async (session: WorkbookSession, key: string, form?: JudgementForm) => {
  const analysis = await session.analyze();
  const f = form ?? initialForm(analysis);
  const preview = previewScore(analysis, f, "zh-CN");
  return inputRows(analysis, f, initialForm(analysis), preview, "zh-CN")
    .flatMap((g) => g.rows)
    .find((r) => r.key === key)!;
};

/** A workbook as a file a clerk uploads: ExcelJS writes it, the browser session reads and saves it. */
async function fileSession(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return openFileSession("单位.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()), "zh-CN");
}

describe("1. a percentage typed into a % field is the percentage the clerk sees", () => {
  it.each([
    ["22.3", 22.3],
    ["22.3%", 22.3],
    ["２２．３％", 22.3],
    ["99.99", 99.99],
  ])("“%s” in 第一季度预算执行率 is saved, read back and scored as %s%", async (entry, pct) => {
    const session = MemorySession.withTemplate();
    // The other quarters too: an indicator left unscored shows no rate at all.
    const others = (f: JudgementForm) =>
      typed(
        typed(typed(f, "executionRateQ2", "60"), "executionRateQ3", "80"),
        "executionRateQ4",
        "100"
      );
    const form = others(typed(initialForm(await session.analyze()), "executionRateQ1", entry));
    expect(validate(form, longgang, "zh-CN")).toEqual({});
    const row = await rowOf(session, "executionRateQ1", form);
    expect(row.value).toBe(`${pct}%`);
    await session.save(form);
    expect(await figureOf(session, "executionRateQ1")).toBe(pct);
    expect(await explanation(session, "budgetExecution")).toContain(
      `第一季度预算执行率为${pct.toFixed(2)}%`
    );
    // What the pane showed before saving is what it shows after.
    expect((await rowOf(session, "executionRateQ1")).value).toBe(row.value);
  });

  it("in a real .xlsx the data sheet keeps 0.223 in a % cell, which reads back as 22.3 %", async () => {
    const session = await fileSession((wb) => wb.addWorksheet("说明").addRow(["预算执行情况"]));
    await session.save(typed(initialForm(await session.analyze()), "executionRateQ1", "22.3"));
    await session.generate("portable");
    const copy = snapshotOf(await loadWorkbook(session.scoredFile()!.bytes));
    const template = readTemplate(copy)!;
    const cell = template.inputs.find((l) => l.key === "executionRateQ1")!;
    expect([cell.value, cell.percentIsFraction]).toEqual([0.223, true]);
    expect(plain(coreValue(cell))).toBe(22.3);
  });

  it("an entry that can mean two figures is asked about, with both as answers, and never saved as a guess", async () => {
    const session = MemorySession.withTemplate();
    const form = typed(initialForm(await session.analyze()), "satisfaction", "0.9");
    expect(validate(form, longgang, "zh-CN").satisfaction).toBe(
      "“0.9”是指 0.9% 还是 90%？请选择，或在数字后写上 %。"
    );
    expect(await rowOf(session, "satisfaction", form)).toMatchObject({ status: "entered" });
    expect(previewScore(await session.analyze(), form, "zh-CN").file.inputs!.satisfaction).toBe(
      null
    );
    // An entry inside the usual range is taken as typed; a % sign is never questioned.
    expect(validate(typed(form, "satisfaction", "93.95"), longgang, "zh-CN")).toEqual({});
    expect(validate(typed(form, "satisfaction", "0.9%"), longgang, "zh-CN")).toEqual({});
  });
});

/** Two 三公 tables that disagree: one kept in 元, one in 万元. */
const twoSanGongTables = (wb: ExcelJS.Workbook) => {
  const inYuan = wb.addWorksheet("财决09");
  inYuan.addRow(["财政拨款“三公”经费支出决算表"]);
  inYuan.addRow(["编制单位：某区实验小学", null, "单位：元"]);
  inYuan.addRow(["项目", "预算数", "决算数"]);
  inYuan.addRow(["“三公”经费合计", 110000, 39800]);
  const inWan = wb.addWorksheet("三公预算");
  inWan.addRow(["“三公”经费预算表"]);
  inWan.addRow(["单位：万元"]);
  inWan.addRow(["项目", "预算数"]);
  inWan.addRow(["“三公”经费合计", 12.5]);
};

describe("2. a candidate adopted from a table kept in 元 is its figure in 万元", () => {
  it("saves 11 万元 for 110,000 元, with the cell and the conversion beside it; the score and the report say 11.00", async () => {
    const session = await fileSession(twoSanGongTables);
    const analysis = await session.analyze();
    const candidates = (await rowOf(session, "sanGongBudget")).candidates;
    const inYuan = candidates.find((c) => c.sheet === "财决09")!;
    expect(inYuan.unit).toBe("元");
    // With the 日常公用经费 part too: an indicator left unscored shows no rate at all.
    const form = typed(
      typed(adopt(initialForm(analysis), "sanGongBudget", inYuan), "dailyPublicBudget", "100"),
      "dailyPublicActual",
      "90"
    );
    expect(form.draft.sanGongBudget).toBe("11");
    const { analysis: after } = await saveAndReload(session, form);
    const l = after.located.inputs.get("sanGongBudget")!;
    expect([l.source, plain(coreValue(l)), l.note]).toEqual([
      "template",
      11,
      "采用：财决09!B4（原单位元，已换算为万元）",
    ]);
    expect(
      after.result.indicators.find((i) => i.id === "publicExpenseControl")!.explanation
    ).toContain("“三公”经费控制率为36.18%");
    const { result, file } = previewScore(after, initialForm(after), "zh-CN");
    const report = draftReport(result, file, after.framework, "zh-CN")
      .blocks.flatMap((b) => runsOf(b).map((r) => plainText([r])))
      .join("");
    expect(report).toContain("“三公”经费预算11.00万元，当年度实际支出3.98万元");
  });

  it("a cell bound by name (绑定到所选单元格) is read as the scan reads it: in 万元, the number of its sentence", async () => {
    const session = new MemorySession(
      workbook(
        [
          sheet("财决09", {
            A1: "财政拨款“三公”经费支出决算表",
            C2: "单位：元",
            A3: "项目",
            B3: "预算数",
            A4: "“三公”经费合计",
            B4: 110000,
          }),
          sheet("基本情况", {
            A1: "单位基本情况",
            A2: "本单位为公益一类事业单位，核定编制40名，实有在编人员35人，主要承担全区图书借阅服务。",
          }),
        ],
        { PERF_sanGongBudget: "财决09!$B$4", PERF_staffOnPayroll: "基本情况!$A$2" }
      )
    );
    expect(await figureOf(session, "sanGongBudget")).toBe(11);
    expect(await figureOf(session, "staffOnPayroll")).toBe(35);
  });

  it("a typed amount in 元 is converted once, as the field says", async () => {
    const session = MemorySession.withTemplate();
    const form = typed(initialForm(await session.analyze()), "spendingActual", "46,332,000元");
    expect((await rowOf(session, "spendingActual", form)).value).toBe("4633.2 万元");
    await session.save(form);
    expect(await figureOf(session, "spendingActual")).toBe(4633.2);
  });
});

/** A paragraph that states the staff, and a table that disagrees with it. */
const staffInWordsAndTable = () =>
  new MemorySession(
    workbook([
      sheet("基本情况", {
        A1: "单位基本情况",
        A2: "本单位为公益一类事业单位，核定编制40名，实有在编人员35人，编外聘用人员3人，主要承担全区图书借阅服务。",
      }),
      sheet("人员", {
        A1: "人员情况表",
        A2: "项目",
        B2: "人数",
        A3: "实有在编人数",
        B3: 36,
        A4: "核定编制数",
        B4: 40,
      }),
    ])
  );

describe("3. a candidate read in a sentence is the number read, never the sentence; any adoption can be undone", () => {
  it("adopts 35 from 在编35人, scores with it, and goes back to the scan's candidates", async () => {
    const session = staffInWordsAndTable();
    const row = await rowOf(session, "staffOnPayroll");
    expect(row.status).toBe("ambiguous");
    const sentence = row.candidates.find((c) => c.sheet === "基本情况")!;
    const analysis = await session.analyze();
    const { analysis: after, form } = await saveAndReload(
      session,
      adopt(initialForm(analysis), "staffOnPayroll", sentence)
    );
    expect(plain(coreValue(after.located.inputs.get("staffOnPayroll")!))).toBe(35);
    expect(
      after.result.indicators.find((i) => i.id === "payrollStaffControl")!.explanation
    ).toContain("财政供养人员控制率为87.50%");
    expect((await rowOf(session, "staffOnPayroll")).restorable).toBe(true);
    // Back to what the scan found: the two disagreeing cells, nothing adopted.
    await session.save(backToScan(form, after, "staffOnPayroll"));
    const again = await rowOf(session, "staffOnPayroll");
    expect([again.status, again.candidates.length, again.adoption]).toEqual([
      "ambiguous",
      2,
      undefined,
    ]);
  });
});

describe("4. the unit's name and year come from its own tables and stay through a save", () => {
  it("reads 编制单位 and the year, saves them into the data sheet, and titles the score sheet with them", async () => {
    const session = new MemorySession(
      workbook([
        sheet("财决01", {
          A1: "2024年度收入支出决算总表",
          A2: "编制单位：某区实验小学",
          C2: "单位：万元",
        }),
      ])
    );
    const analysis = await session.analyze();
    const form = initialForm(analysis);
    expect([form.unit, form.year]).toEqual(["某区实验小学", "2024"]);
    expect(analysis.located.unitFrom).toEqual({ kind: "tables", cell: "财决01!A2" });
    const { analysis: after } = await saveAndReload(session, typed(form, "keyTasksMissed", "0"));
    expect([after.located.unit, after.located.year, after.located.unitFrom]).toEqual([
      "某区实验小学",
      2024,
      { kind: "template" },
    ]);
    const generated = await session.generate("values");
    expect(generated.plan.cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe(
      "某区实验小学2024年度部门整体支出绩效自评评分表"
    );
  });

  it("an empty unit cell of the data sheet is no unit: never the label beside it", () => {
    const template = readTemplate(
      workbook([sheetOf(planTemplateSheet(longgang, [], {}, "zh-CN"))])
    )!;
    expect([template.unit, template.year]).toEqual([undefined, undefined]);
  });

  it("a unit and year typed in the pane are what the sheet and the report are titled with", async () => {
    const session = MemorySession.withTemplate();
    const form = { ...initialForm(await session.analyze()), unit: "某区文化馆", year: "2023" };
    const { result, file } = previewScore(await session.analyze(), form, "zh-CN");
    expect(draftReport(result, file, longgang, "zh-CN").title).toBe(
      "某区文化馆2023年度部门整体支出绩效自评报告"
    );
    const { analysis } = await saveAndReload(session, form);
    expect([analysis.result.unit, analysis.result.year]).toEqual(["某区文化馆", 2023]);
    expect(validate({ ...form, year: "二〇二三" }, longgang, "zh-CN").year).toBe(
      "“二〇二三”不是年份，请填写四位数的年份，如 2024"
    );
  });
});

/** A quarterly table whose cumulative spending runs past the budget found beside it. */
const quarters = () =>
  new MemorySession(
    workbook([
      sheet("预算执行", {
        A1: "2024年预算执行情况表",
        A2: "单位：万元",
        A3: "项目",
        B3: "全年预算",
        C3: "累计支出",
        A4: "第一季度",
        B4: 1000,
        C4: 460,
        A5: "第二季度",
        B5: 1000,
        C5: 1840,
        A6: "第三季度",
        B6: 1000,
        C6: 2100,
        A7: "第四季度",
        B7: 1000,
        C7: 2400,
      }),
    ])
  );

describe("5. a figure held back says why, and typing it again is no disagreement", () => {
  it("shows the reason a reading was not used, offers it, and takes the same figure typed without a finding", async () => {
    const session = quarters();
    const row = await rowOf(session, "spentQ2");
    expect(row.status).toBe("doubt");
    expect(row.why).toMatch(/^超过部门预算总额/);
    expect(row.candidates.map((c) => c.value)).toEqual([1840]);
    const analysis = await session.analyze();
    const { analysis: after } = await saveAndReload(
      session,
      typed(initialForm(analysis), "spentQ2", "1840")
    );
    const about = after.result.findings.filter((f) => f.inputKey === "spentQ2");
    expect(renderFindings(about, after.framework, "zh-CN")).toEqual([]);
    expect(plain(coreValue(after.located.inputs.get("spentQ2")!))).toBe(1840);
  });
});

describe("6. an input its indicator does not need is not missing", () => {
  it("the four quarterly rates are not asked for where cumulative spending scores the indicator", async () => {
    const session = MemorySession.withTemplate({
      inputs: { executionBudget: 4000, spentQ1: 900, spentQ2: 1900, spentQ3: 2900, spentQ4: 3900 },
    });
    for (const q of [1, 2, 3, 4])
      expect((await rowOf(session, `executionRateQ${q}`)).status).toBe("notNeeded");
    // Without the spending, the rates are one of two ways to the score: asked for with the spending.
    const empty = MemorySession.withTemplate();
    expect((await rowOf(empty, "executionRateQ1")).status).toBe("missing");
    expect((await rowOf(empty, "executionBudget")).status).toBe("missing");
    expect((await rowOf(empty, "classifiedUnit")).status).toBe("notNeeded");
  });
});

describe("the data sheet read back is the form saved", () => {
  it("every kind of entry survives save → read back unchanged, and saving again writes nothing", async () => {
    const session = MemorySession.withTemplate();
    let form = initialForm(await session.analyze());
    const entries: Record<string, string> = {
      sanGongBudget: "1,234.5",
      staffOnPayroll: "３５",
      satisfaction: "93.95%",
      executionRateQ2: "140.22",
      budgetDisclosure: "完全",
      indicatorsHaveValues: "是",
      budgetAlignedWithDuties: "0.5",
      classifiedUnit: "否",
      spendingActual: "46332000元",
    };
    for (const [key, value] of Object.entries(entries)) form = typed(form, key, value);
    const { analysis, form: back } = await saveAndReload(session, form);
    expect(Object.fromEntries(Object.keys(entries).map((k) => [k, back.draft[k]]))).toEqual({
      sanGongBudget: "1234.5",
      staffOnPayroll: "35",
      satisfaction: "93.95%",
      executionRateQ2: "140.22%",
      budgetDisclosure: "完全",
      indicatorsHaveValues: "是",
      budgetAlignedWithDuties: "0.5",
      classifiedUnit: "否",
      spendingActual: "4633.2",
    });
    const writes = session.writes.length;
    await session.save(back);
    expect(session.writes.length).toBe(writes);
    expect((await session.analyze()).result).toEqual(analysis.result);
    expect(
      Object.keys(entries).every((k) => !isMissingValue(coreValue(analysis.located.inputs.get(k)!)))
    ).toBe(true);
  });
});
