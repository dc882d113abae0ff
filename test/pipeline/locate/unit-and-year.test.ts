import { unitOf, yearOf } from "../../../src/pipeline/locate/unit-and-year";
import { sheet, workbook } from "../../support/snapshot-helpers";

const unitName = (wb: Parameters<typeof unitOf>[0]) => unitOf(wb)?.value;

/**
 * The unit's name as published tables carry it (../shared/reference/public-table-layouts.md): a
 * “编制单位：” or “部门：” line under the title, often with the money unit in the same row or cell; or
 * a title that starts with the unit. Never a money unit, a table's own name or a column header.
 */
describe("unitName", () => {
  it("reads the 编制单位 line of a 决算 table, cut before the money unit in the same cell", () => {
    const wb = workbook([
      sheet("公开01表", {
        A1: "收入支出决算总表",
        A2: "编制单位：深圳市龙岗区文化广电旅游体育局      金额单位：元",
        A3: "项目",
      }),
    ]);
    expect(unitName(wb)).toBe("深圳市龙岗区文化广电旅游体育局");
  });

  it("reads 部门： with the name in the next cell, and never takes 单位：万元 for a unit", () => {
    const wb = workbook([
      sheet("表9", {
        A1: "“三公”经费和机关运行经费预算表",
        A2: "部门：",
        B2: "某区图书馆",
        F2: "单位：万元",
      }),
    ]);
    expect(unitName(wb)).toBe("某区图书馆");
  });

  it("takes the unit from a title that starts with it, and nothing from titles that do not", () => {
    expect(unitName(workbook([sheet("决算", { A1: "深圳市龙岗区图书馆2021年度部门决算" })]))).toBe(
      "深圳市龙岗区图书馆"
    );
    expect(unitName(workbook([sheet("报告", { A1: "某区文化馆部门整体支出绩效自评表" })]))).toBe(
      "某区文化馆"
    );
    expect(
      unitName(
        workbook([
          sheet("表1", { A1: "2021年度收入支出决算总表" }),
          sheet("表1-1", { A1: "表1-1 部门整体支出预算资金来源与调整情况" }),
          sheet("执行", { A1: "2023年度预算执行情况", E2: "单位：万元" }),
        ])
      )
    ).toBeUndefined();
  });

  it("goes with the name most tables give, a labelled line counting more than a title", () => {
    const wb = workbook([
      sheet("表1", { A1: "甲单位2021年度部门决算", A2: "编制单位：乙单位" }),
      sheet("表2", { A1: "收入决算表", A2: "编制单位：乙单位" }),
      sheet("表3", { A1: "甲单位2021年度部门预算" }),
    ]);
    expect(unitName(wb)).toBe("乙单位");
  });

  it("does not read a 单位名称 below the head of a sheet, where it is data", () => {
    const wb = workbook([sheet("名单", { A1: "下属单位名单", A8: "单位名称：某下属中心" })]);
    expect(unitName(wb)).toBeUndefined();
  });
});

describe("unitOf: where the name was read", () => {
  it("names the cell of the 编制单位 line, or the cell beside a bare label", () => {
    expect(
      unitOf(workbook([sheet("财决01", { A1: "收入支出决算总表", A2: "编制单位：某区实验小学" })]))
    ).toEqual({ value: "某区实验小学", cell: "财决01!A2" });
    expect(
      unitOf(workbook([sheet("表", { A1: "基本情况", A2: "填报单位", C2: "某区文化馆" })]))
    ).toEqual({ value: "某区文化馆", cell: "表!C2" });
  });
});

/**
 * The year evaluated, as the unit's own titles state it: a 决算 or 执行 title counts more than a budget's
 * (a workbook of 2024's accounts may carry 2025's budget); a month-end or year-end date is no year of a
 * title; a tie is no answer.
 */
describe("yearOf", () => {
  it("reads the year of the accounts' titles and of the 编制单位 line", () => {
    const wb = workbook([
      sheet("财决01", { A1: "2024年度部门决算", A2: "编制单位：某区实验小学 2024年度" }),
      sheet("预算", { A1: "2025年部门预算表" }),
    ]);
    expect(yearOf(wb)).toEqual({ value: 2024, cell: "财决01!A1" });
  });

  it("takes a title's year over a budget's, and gives no year on a tie or for dates", () => {
    expect(
      yearOf(
        workbook([
          sheet("执行", { A1: "2023年预算执行情况表" }),
          sheet("预算", { A1: "2024年部门预算" }),
        ])
      )?.value
    ).toBe(2023);
    expect(
      yearOf(
        workbook([sheet("甲", { A1: "2022年部门预算" }), sheet("乙", { A1: "2023年部门预算" })])
      )
    ).toBeUndefined();
    expect(
      yearOf(workbook([sheet("资产", { A1: "固定资产情况", A2: "截至2024年12月31日" })]))
    ).toBeUndefined();
    expect(yearOf(workbook([sheet("人员", { A1: "人员情况", B3: "2023年末" })]))).toBeUndefined();
  });
});
