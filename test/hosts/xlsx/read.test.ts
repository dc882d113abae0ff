import ExcelJS from "exceljs";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";

/**
 * Reading cached formula results: Excel stores `<f>B2-B3</f><v>0</v>` for a difference that is 0, and
 * ExcelJS's `cell.value` drops a falsy result — a unit whose 三公 spending is 0 by formula would read
 * as missing data.
 */
describe("snapshotOf", () => {
  it("reads a formula's cached 0, FALSE and empty text as they are, and no result as missing", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = { formula: "B1-B2", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = {
      formula: "B1>B2",
      result: false,
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { formula: "B1", result: 3.98 } as ExcelJS.CellFormulaValue;
    ws.getCell("A4").value = { formula: "B3" } as ExcelJS.CellFormulaValue;
    ws.getCell("A5").value = {
      formula: "B1/0",
      result: { error: "#DIV/0!" },
    } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = snapshotOf(await loadWorkbook(bytes));
    expect(snapshot.sheets[0].values.map((r) => r[0])).toEqual([0, false, 3.98, null, "#DIV/0!"]);
    expect(snapshot.sheets[0].formulas[0][0]).toBe("B1-B2");
  });
});
