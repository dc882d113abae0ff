import { unitName } from "../../../src/pipeline/locate/unit-name";
import { sheet, workbook } from "../../support/snapshot-helpers";

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
