import { inputDef, REPORT_INPUTS } from "../../../src/core";
import { loadWorkbook, templateXlsx } from "../../../src/hosts/xlsx/file";
import { setCellValues } from "../../../src/hosts/xlsx/patch";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs } from "../../../src/pipeline/locate";
import { inputsFromWorkbook } from "../../../src/pipeline/normalize";
import { analyzeWorkbook } from "../../../src/pipeline/analyze";
import { planTemplateSheet } from "../../../src/pipeline/sheets/template-sheet";
import { sheet, workbook } from "../../support/snapshot-helpers";
import { longgang, plainInputs } from "../../helpers";
import { sheetOf } from "../../taskpane/memory-session";

const TEMPLATE_SHEET = "绩效基础数据";

/** The template as an .xlsx would hold it after a user filled it in. */
async function filledTemplate(fill: Parameters<typeof planTemplateSheet>[2]) {
  return snapshotOf(await loadWorkbook(await templateXlsx(fill)));
}

describe("the 绩效基础数据 template", () => {
  it("keeps the unit's functional classes in a table of their own, read back by class name or code", async () => {
    const snap = await filledTemplate({
      inputs: { fc207Initial: 4635.64, fc207Actual: 3421.16, fc221Adjusted: 81.08 },
    });
    const located = locateInputs(snap);
    const value = (key: string) => located.inputs.get(key)?.value;
    expect([value("fc207Initial"), value("fc207Actual"), value("fc221Adjusted")]).toEqual([
      4635.64, 3421.16, 81.08,
    ]);
    expect(value("fc207Adjusted") ?? null).toBeNull();
    const sheet = snap.sheets[0];
    const at = located.inputs.get("fc207Initial")!;
    expect(sheet.values[at.row - sheet.top][1 - sheet.left + 1]).toBe("文化旅游体育与传媒支出");

    // A row the user adds with the code and the name, below those written, is read as well.
    const row = located.inputs.get("fc221Adjusted")!.row + 1;
    const added = await setCellValues(await templateXlsx({ inputs: { fc221Adjusted: 81.08 } }), [
      { sheet: sheet.name, row, col: 2, value: "208 社会保障和就业支出" },
      { sheet: sheet.name, row, col: 3, value: 74.83 },
    ]);
    expect(
      locateInputs(snapshotOf(await loadWorkbook(added))).inputs.get("fc208Initial")?.value
    ).toBe(74.83);
  });

  it("lists every input of the framework once, then the report's figures, each readable back by its key", async () => {
    const snap = await filledTemplate({ inputs: {} });
    const located = locateInputs(snap);
    expect(located.inputs.size).toBe(59 + REPORT_INPUTS.length);
    expect(REPORT_INPUTS.every((d) => located.inputs.has(d.key))).toBe(true);
    expect(
      [...located.inputs.values()].every((l) => l.source === "template" && l.value === "缺少")
    ).toBe(true);
    expect(located.templateSheet).toBe(TEMPLATE_SHEET);
  });

  it("reads values, percentages stored as Excel fractions, unit, year, KPI rows and overrides", async () => {
    const snap = await filledTemplate({
      unit: "某区图书馆",
      year: 2024,
      inputs: {
        sanGongBudget: 11,
        sanGongActual: "3.98",
        satisfaction: 0.9395,
        budgetDisclosure: "完全",
      },
      kpis: [["社会效益", "接待读者人次", 200, 244.62, ">=", 1]],
      overrides: { 预算执行率: { score: 6, reason: "第四季度单位机构改革" } },
    });
    const located = locateInputs(snap);
    const file = inputsFromWorkbook(located, "longgang-2021");
    expect(file).toMatchObject({ unit: "某区图书馆", year: 2024 });
    const kpis = file.kpis as unknown[][];
    expect(kpis[0]).toEqual(["社会效益", "接待读者人次", 200, 244.62, ">=", 1]);
    expect(kpis.length).toBe(12);
    expect(kpis.slice(1).every((r) => r.every((v) => v === null))).toBe(true);
    // Each figure read once, in its input's terms: text "3.98" is 3.98 万元, a % cell's 0.9395 is 93.95 %.
    expect(plainInputs(file.inputs)).toMatchObject({
      sanGongBudget: 11,
      sanGongActual: 3.98,
      satisfaction: 93.95,
      budgetDisclosure: "完全",
    });
    expect(file.overrides).toEqual({
      预算执行率: { score: 6, reason: "第四季度单位机构改革" },
    });
    expect(located.inputs.get("satisfaction")).toMatchObject({
      sheet: TEMPLATE_SHEET,
      col: 5,
      percentIsFraction: true,
    });
  });

  it("finds rows by their key even when a user moved them about", () => {
    const snap = workbook([
      sheet(TEMPLATE_SHEET, {
        A1: "（自制）基础数据",
        F3: "数值",
        H3: "键名",
        H10: "satisfaction",
        F10: 96,
        H4: "keyTasksMissed",
        F4: 1,
        H7: "notAKey",
        F7: 5,
      }),
    ]);
    const located = locateInputs(snap);
    expect([...located.inputs.keys()].sort()).toEqual(["keyTasksMissed", "satisfaction"]);
    expect(located.inputs.get("satisfaction")).toMatchObject({
      value: 96,
      row: 10,
      col: 6,
    });
  });

  it("takes a copy named “绩效基础数据 (2)” when there is no original", () => {
    const snap = workbook([
      sheet(`${TEMPLATE_SHEET} (2)`, {
        A1: "数值",
        B1: "键名",
        A2: 3,
        B2: "keyTasksMissed",
      }),
    ]);
    expect(locateInputs(snap).inputs.get("keyTasksMissed")?.value).toBe(3);
  });
});

describe("defined names", () => {
  const units = sheet("三公经费", {
    B9: 11,
    C9: 3.98,
    D9: { v: 0.3618, fmt: "0.00%" },
  });
  const template = sheet(TEMPLATE_SHEET, {
    A1: "数值",
    B1: "键名",
    A2: 12,
    B2: "sanGongBudget",
    A3: null,
    B3: "sanGongActual",
  });

  it("PERF_<key> names point at the cells that hold inputs, any case", () => {
    const located = locateInputs(
      workbook([units], {
        PERF_sanGongBudget: "'三公经费'!$B$9",
        perf_SANGONGACTUAL: "三公经费!$C$9",
      })
    );
    expect(located.inputs.get("sanGongBudget")).toMatchObject({
      value: 11,
      source: "name",
      name: "PERF_sanGongBudget",
      sheet: "三公经费",
      row: 9,
      col: 2,
    });
    expect(located.inputs.get("sanGongActual")?.value).toBe(3.98);
  });

  it("take precedence over the template, and a disagreeing template value is kept as a conflict", () => {
    const located = locateInputs(
      workbook([units, template], { PERF_sanGongBudget: "'三公经费'!$B$9" })
    );
    const l = located.inputs.get("sanGongBudget")!;
    expect([l.source, l.value]).toEqual(["name", 11]);
    expect(l.conflicts?.map((c) => [c.source, c.value])).toEqual([["template", 12]]);
  });

  it("ignore names that are not PERF_ keys or do not point at one cell", () => {
    const located = locateInputs(
      workbook([units], {
        Print_Area: "x!A1:B2",
        PERF_unknownKey: "三公经费!$B$9",
        PERF_sanGongBudget: "三公经费!$B$9:$C$9",
      })
    );
    expect(located.inputs.size).toBe(0);
  });

  it("report a formula without a cached result as needing recalculation", () => {
    const located = locateInputs(
      workbook([sheet("表", { A1: { f: "B1*2" } })], {
        PERF_keyTasksMissed: "表!$A$1",
      })
    );
    expect(located.inputs.get("keyTasksMissed")?.problem).toBe("表!A1");
  });
});

describe("the template layout the README documents", () => {
  it("keeps keys in G7:G65 and values in E7:E65, as the PERF.SCORE example uses", async () => {
    const located = locateInputs(await filledTemplate({}));
    const scored = [...located.inputs.values()].filter((l) => !inputDef(l.key)!.report);
    const rows = scored.map((l) => l.row);
    expect([Math.min(...rows), Math.max(...rows)]).toEqual([7, 65]);
    const reportRows = REPORT_INPUTS.map((d) => located.inputs.get(d.key)!.row);
    expect(Math.min(...reportRows)).toBeGreaterThan(65 + 12);
    expect(new Set([...located.inputs.values()].map((l) => l.col))).toEqual(new Set([5]));
    const snap = await filledTemplate({});
    expect(snap.sheets[0].values[6 - snap.sheets[0].top][7 - snap.sheets[0].left]).toBe("键名");
  });
});

describe("a data sheet written in English", () => {
  it("is read as the Chinese one: values, answers, KPIs and the evaluator's own scores", () => {
    const plan = planTemplateSheet(
      longgang,
      [],
      {
        inputs: {
          sanGongBudget: 11,
          sanGongActual: 3.98,
          budgetDisclosure: "full",
          finalAccountsDisclosure: "not disclosed",
          budgetAlignedWithDuties: "yes",
        },
        kpis: [["Social benefit", "Visitors", 200, 180, ">=", null]],
        overrides: { 预算执行率: { score: 6, reason: "reorganised" } },
      },
      "en-US"
    );
    const analysis = analyzeWorkbook({ sheets: [sheetOf(plan)], names: [] }, { locale: "en-US" });
    expect(analysis.located.templateSheet).toBe("Performance data");
    const score = (id: string) => analysis.result.indicators.find((i) => i.id === id)!;
    expect(score("disclosure").computed).toBe(1.5);
    expect(score("effectiveness").computed).toBe(22.5);
    expect(score("budgetExecution")).toMatchObject({
      computed: null,
      score: 6,
      override: { score: 6, reason: "reorganised" },
    });
    expect(analysis.located.kpis?.rows.filter((r) => r.some((v) => v !== null))).toHaveLength(1);
  });
});
