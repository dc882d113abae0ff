import { decide } from "../../../src/pipeline/locate/tables/decide";
import { findTables } from "../../../src/pipeline/locate/tables/frame";
import { Grid } from "../../../src/pipeline/locate/tables/grid";
import { locateByLabels } from "../../../src/pipeline/locate/tables";
import { doubts } from "../../../src/pipeline/locate/tables/plausible";
import type { Reading, Schedule } from "../../../src/pipeline/locate/tables/readings";
import { textReadings } from "../../../src/pipeline/locate/tables/text-figures";
import { SPECS } from "../../../src/pipeline/locate/tables/wording";
import { sheet, workbook } from "../../support/snapshot-helpers";

/** The table reader's parts, each on the smallest sheet that shows what it is for. */

const gridOf = (cells: Parameters<typeof sheet>[1], name = "表") => {
  const wb = workbook([sheet(name, cells)]);
  return new Grid(wb, wb.sheets[0]);
};

const valueOf = (cells: Parameters<typeof sheet>[1], key: string) => {
  const l = locateByLabels(workbook([sheet("表", cells)])).find((x) => x.key === key);
  return l && !l.ambiguous && !l.doubt ? l.value : undefined;
};

describe("frames: title rows, 单位 line, header rows, body and notes of each table", () => {
  it("keeps 编制单位 and 填报日期 lines out of the title and the headers, and stops at the notes", () => {
    const g = gridOf({
      A1: "2023年部门收支决算表",
      A2: "填报单位（盖章）：××区文化馆",
      C2: "单位：万元",
      A3: "项目",
      B3: "决算数",
      B4: "本年",
      A5: "支出总计",
      B5: 120,
      A6: "注：数据来自决算系统。",
    });
    const [t] = findTables(g);
    expect(t).toMatchObject({
      title: "2023年部门收支决算表",
      unit: "万元",
      headerRows: [3, 4],
      bodyRows: [5],
    });
  });

  it("splits two tables stacked without a blank row at the second one's header", () => {
    const g = gridOf({
      A1: "项目",
      B1: "预算数",
      A2: "“三公”经费",
      B2: 11,
      A3: "政府采购情况",
      A4: "项目",
      B4: "计划金额",
      A5: "合计",
      B5: 80,
    });
    const tables = findTables(g);
    expect(tables.map((t) => [t.title, t.headerRows, t.bodyRows])).toEqual([
      ["", [1], [2]],
      ["政府采购情况", [4], [5]],
    ]);
  });

  it("leaves a 栏次 row (1, 2, 3 …) out of the headers and the body", () => {
    const g = gridOf({
      A1: "“三公”经费支出决算表",
      A2: "预算数",
      B2: "决算数",
      C2: "备注",
      A3: 1,
      B3: 2,
      C3: 3,
      A4: 11,
      B4: 9.2,
    });
    expect(findTables(g)[0]).toMatchObject({ headerRows: [2], bodyRows: [4] });
  });
});

describe("figures inside sentences", () => {
  it("reads counts with their unit and the span read, and no figure in brackets after another", () => {
    const g = gridOf({
      A1: "本单位核定编制25名，实有在编人员23名（含工勤3名），另有编外聘用人员3人，主要承担公共文化服务职能。",
    });
    const found = textReadings(g, SPECS).map((r) => [r.key, r.value, r.label, r.span]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["staffAuthorized", "25", "核定编制25名", [3, 10]],
        ["staffOnPayroll", "23", "实有在编人员23名", [11, 20]],
        ["contractStaff", "3", "编外聘用人员3人", [30, 38]],
      ])
    );
    expect(found.filter(([, v]) => v === "3")).toHaveLength(1);
  });
});

describe("what a table says a figure is", () => {
  it("takes a bare 总计 as the department's budget only in a table about the whole department", () => {
    const untitled = { A1: "项目", B1: "年初预算数", A2: "基本支出", B2: 800, A3: "总计", B3: 900 };
    expect(valueOf(untitled, "budgetScale")).toBeUndefined();
    expect(valueOf({ A1: "2023年部门收支预算总表", ...shift(untitled) }, "budgetScale")).toBe(900);
    expect(
      valueOf({ A1: "2023年基本支出预算表", ...shift(untitled) }, "budgetScale")
    ).toBeUndefined();
  });

  it("reads a checklist row by its own words, over the year's column, past its 计量单位", () => {
    const list = {
      A1: "2023年度自评基础数据表",
      A2: "基础数据项",
      B2: "计量单位",
      C2: "2023年",
      D2: "2022年",
      E2: "满分",
      A3: "“三公”经费预算数",
      B3: "万元",
      C3: 12,
      D3: 11,
      E3: 6,
      A4: "年末在编人数（含工勤）",
      B4: "人",
      C4: 45,
      D4: 46,
      E4: 1,
    };
    expect(valueOf(list, "sanGongBudget")).toBe(12);
    expect(valueOf(list, "sanGongActual")).toBeUndefined();
    expect(valueOf(list, "staffOnPayroll")).toBe(45);
  });

  it("takes a group's 小计 in a total row as the group's figure, and a part under it as no figure of its own", () => {
    const staff = {
      A1: "2023年末人员情况表",
      A2: "单位名称",
      B2: "核定编制数",
      C2: "编外人员",
      D2: "编外人员",
      B3: "小计",
      C3: "小计",
      D3: "劳务派遣",
      A4: "本级",
      B4: 86,
      C4: 14,
      D4: 5,
      A5: "合计",
      B5: 110,
      C5: 17,
      D5: 5,
    };
    expect(valueOf(staff, "staffAuthorized")).toBe(110);
    expect(valueOf(staff, "contractStaff")).toBe(17);
  });

  it("counts a month's row as the month's, and only the 合计 row as the year's", () => {
    const petitions = {
      A1: "2023年信访办理情况统计表",
      A2: "月份",
      B2: "受理件数",
      A3: "1月",
      B3: 2,
      A4: "2月",
      B4: 3,
      A5: "合计",
      B5: 5,
    };
    expect(valueOf(petitions, "petitionsReceived")).toBe(5);
  });

  it("reads no part from a row that joins it to another item (公务用车购置及运行费), and the part from its own row", () => {
    const sanGong = {
      A1: "2023年“三公”经费支出情况表",
      A2: "项目",
      B2: "预算数",
      C2: "决算数",
      A3: "2.公务用车购置及运行费",
      B3: 21.6,
      C3: 20.1,
      A4: "公务用车运行费",
      B4: 5.7,
      C4: 5.2,
    };
    expect(valueOf(sanGong, "sanGongVehiclePurchaseBudget")).toBeUndefined();
    expect(valueOf(sanGong, "sanGongVehicleRunningBudget")).toBe(5.7);
    expect(
      valueOf(
        { ...sanGong, A5: "其中：公务用车购置费", B5: 15.9, C5: 14.9 },
        "sanGongVehiclePurchaseBudget"
      )
    ).toBe(15.9);
  });
});

describe("deciding among readings", () => {
  const reading = (key: string, value: number, row: number, extra: Partial<Reading> = {}) =>
    ({
      key,
      sheet: "表",
      row,
      col: 2,
      value,
      numberFormat: "General",
      table: "",
      headers: [],
      route: "row",
      confidence: 0.9,
      ...extra,
    }) as Reading;

  it("asks when two readings disagree and no relation settles them", () => {
    const [l] = decide([reading("sanGongBudget", 11, 2), reading("sanGongBudget", 12, 5)]);
    expect(l.ambiguous?.map((a) => a.value)).toEqual([11, 12]);
  });

  it("keeps the one reading that a settled relation leaves standing, with the other ruled out", () => {
    const found = decide([
      reading("fixedAssetsTotal", 436.2, 2),
      reading("fixedAssetsInUse", 412.86, 3),
      reading("fixedAssetsInUse", 512.4, 7),
    ]);
    const inUse = found.find((l) => l.key === "fixedAssetsInUse")!;
    expect([inUse.value, inUse.ruledOut?.map((r) => r.value), inUse.ambiguous]).toEqual([
      412.86,
      [512.4],
      undefined,
    ]);
  });

  it("holds back both sides of a broken relation rather than choose", () => {
    const found = decide([reading("petitionsReceived", 5, 2), reading("petitionsReplied", 7, 3)]);
    expect(found.map((l) => [l.key, l.doubt?.code])).toEqual([
      ["petitionsReceived", "below"],
      ["petitionsReplied", "exceeds"],
    ]);
  });
});

describe("a quarter's 执行率 against its own row's 序时进度", () => {
  const at = (key: string, value: number, row: number) => ({
    key,
    value,
    source: "label" as const,
    sheet: "表1-4",
    row,
    col: 2,
    confidence: 0.9,
  });
  const schedule = (value: number, numberFormat = "General"): Schedule => ({
    sheet: "表1-4",
    row: 4,
    quarter: 1,
    value,
    numberFormat,
  });

  it("accepts Longgang's 184.77%: 2,149.82 spent against a 序时进度 of 1,163.50", () => {
    const found = new Map([
      ["spentQ1", at("spentQ1", 2149.82, 4)],
      ["executionRateQ1", at("executionRateQ1", 184.77, 4)],
    ]);
    expect(doubts(found, [schedule(1163.5)]).size).toBe(0);
  });

  it("doubts a rate its amounts do not give, and says what they give", () => {
    const found = new Map([
      ["spentQ1", at("spentQ1", 2149.82, 4)],
      ["executionRateQ1", at("executionRateQ1", 61.0, 4)],
    ]);
    expect(doubts(found, [schedule(1163.5)]).get("executionRateQ1")).toEqual({
      code: "routes",
      other: "spentQ1",
      otherValue: "184.77",
    });
  });

  it("divides by the budget's share when the 序时进度 is a percentage", () => {
    const found = new Map([
      ["executionBudget", at("executionBudget", 1000, 9)],
      ["spentQ1", at("spentQ1", 230, 4)],
      ["executionRateQ1", at("executionRateQ1", 92, 4)],
    ]);
    expect(doubts(found, [schedule(0.25, "0.00%")]).size).toBe(0);
  });
});

/** The same cells one row down, under a title in A1. */
function shift(cells: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(cells).map(([a, v]) => [a.replace(/\d+/, (n) => String(Number(n) + 1)), v])
  );
}
