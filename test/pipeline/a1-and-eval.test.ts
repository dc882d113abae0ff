import {
  address,
  columnName,
  columnNumber,
  parseCellRef,
  parseRangeRef,
  quoteSheet,
  sheetAddress,
} from "../../src/pipeline/a1";
import { evaluateCell, staleCells } from "../../src/pipeline/formula-eval";
import { sheet, workbook } from "../support/snapshot-helpers";

describe("A1 addresses", () => {
  it("converts columns both ways", () => {
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(["A", "Z", "AA", "AZ", "AAA", "xfd"].map(columnNumber)).toEqual([
      1, 26, 27, 52, 703, 16384,
    ]);
    expect(address(7, 3)).toBe("C7");
    expect(address(7, 3, true)).toBe("$C$7");
  });

  it("quotes sheet names as Excel needs", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("表1-3 支出")).toBe("'表1-3 支出'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheet("AB12")).toBe("'AB12'");
    expect(sheetAddress("绩效基础数据", 12, 5, true)).toBe("'绩效基础数据'!$E$12");
  });

  it("reads cell and range references with or without a sheet", () => {
    expect(parseCellRef("'表1-3 支出'!$C$7")).toEqual({
      sheet: "表1-3 支出",
      row: 7,
      col: 3,
    });
    expect(parseCellRef("='O''Brien'!B2")).toEqual({
      sheet: "O'Brien",
      row: 2,
      col: 2,
    });
    expect(parseCellRef("C7")).toEqual({ sheet: undefined, row: 7, col: 3 });
    expect(parseRangeRef("Sheet1!B5:A2")).toEqual({
      sheet: "Sheet1",
      top: 2,
      left: 1,
      bottom: 5,
      right: 2,
    });
    expect(parseCellRef("A1:B2")).toBeNull();
    expect(parseCellRef("SUM(A1)")).toBeNull();
  });
});

describe("working out formulas a file did not cache", () => {
  const wb = workbook([
    sheet("表1-3 支出", {
      B4: 1580.8,
      B5: 1080.66,
      B6: 500.14,
      B9: { f: "SUM(B4:B6)" },
      C4: { f: "'表1-3 支出'!B6" },
    }),
    sheet("绩效基础数据", {
      E1: { f: "'表1-3 支出'!B6" },
      E2: { f: "'表1-3 支出'!B9" },
      E3: { f: "SUM('表1-3 支出'!B4,'表1-3 支出'!B5,100)" },
      E4: { f: "'表1-3 支出'!B6*2" },
      E5: { f: "E1", v: 7 },
      E6: { f: "'表1-3 支出'!Z99" },
      E7: { f: "E8" },
      E8: { f: "E7" },
    }),
  ]);
  const at = (row: number) => evaluateCell(wb, "绩效基础数据", row, 5);

  it("follows plain references and SUM over cells and ranges, across sheets", () => {
    expect(at(1)).toEqual({ ok: true, value: 500.14 });
    expect(at(2)).toEqual({ ok: true, value: 1580.8 + 1080.66 + 500.14 });
    expect(at(3)).toEqual({ ok: true, value: 1580.8 + 1080.66 + 100 });
  });
  it("works out a saved result that its formula does not give (a file saved without recalculating)", () => {
    expect(at(5)).toEqual({ ok: true, value: 500.14 });
    expect(staleCells(wb).stale).toEqual([{ cell: "绩效基础数据!E5", cached: 7, worked: 500.14 }]);
  });
  it("keeps Excel's saved result where the formula agrees with it", () => {
    const agreeing = workbook([
      sheet("表", {
        A1: 0.1,
        A2: 0.2,
        A3: { f: "SUM(A1:A2)", v: 0.3 },
        A4: { f: "ROUND(A3,1)", v: 0.3 },
      }),
    ]);
    expect(evaluateCell(agreeing, "表", 3, 1)).toEqual({ ok: true, value: 0.3 });
    expect(evaluateCell(agreeing, "表", 4, 1)).toEqual({ ok: true, value: 0.3 });
    expect(staleCells(agreeing)).toEqual({ stale: [], unchecked: ["表!A4"], limited: false });
  });
  it("does not trust a formula it cannot work out in a workbook whose saved results are stale", () => {
    const stale = workbook([
      sheet("表", { A1: 5, A2: { f: "A1", v: 4 }, A3: { f: "ROUND(A1,0)", v: 5 } }),
    ]);
    expect(evaluateCell(stale, "表", 3, 1)).toEqual({ ok: false, needsRecalc: "表!A3" });
  });
  it("reads 'A'!B1-'A'!C1 as a formula, not as a sheet named A'!B1-'A", () =>
    expect(parseRangeRef("'表1-1 收入'!B14-'表1-1 收入'!C14")).toBeNull());
  it("reads a reference to an empty cell as 0, as Excel does", () =>
    expect(at(6)).toEqual({ ok: true, value: 0 }));
  it("names the cell that needs recalculating for anything else, and for cycles", () => {
    expect(at(4)).toEqual({ ok: false, needsRecalc: "绩效基础数据!E4" });
    expect(at(7).ok).toBe(false);
  });
});
