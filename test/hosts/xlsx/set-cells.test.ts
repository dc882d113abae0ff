import JSZip from "jszip";
import { loadWorkbook, templateXlsx } from "../../../src/hosts/xlsx/file";
import { setCellValues } from "../../../src/hosts/xlsx/patch";

/** Writing the cells a user filled in through the task pane (browser mode) into the workbook's own package. */
describe("setCellValues", () => {
  it("writes into existing cells keeping their style, into new cells and new rows, and leaves other parts as they were", async () => {
    const before = await templateXlsx();
    const original = await JSZip.loadAsync(before);
    const styleOf = async (bytes: Uint8Array, ref: string) =>
      (await loadWorkbook(bytes)).getWorksheet("绩效基础数据")!.getCell(ref).style;
    const after = await setCellValues(before, [
      { sheet: "绩效基础数据", row: 7, col: 5, value: "是" },
      { sheet: "绩效基础数据", row: 12, col: 5, value: 2 },
      { sheet: "绩效基础数据", row: 7, col: 9, value: "旁注" },
      { sheet: "绩效基础数据", row: 300, col: 2, value: "x & <y>" },
      { sheet: "绩效基础数据", row: 3, col: 3, value: null },
    ]);
    const ws = (await loadWorkbook(after)).getWorksheet("绩效基础数据")!;
    expect([
      ws.getCell("E7").value,
      ws.getCell("E12").value,
      ws.getCell("I7").value,
      ws.getCell("B300").value,
      ws.getCell("C3").value,
    ]).toEqual(["是", 2, "旁注", "x & <y>", null]);
    expect((await styleOf(after, "E7")).fill).toEqual((await styleOf(before, "E7")).fill);
    expect(ws.getCell("G7").value).toBe("budgetAlignedWithDuties");
    const copy = await JSZip.loadAsync(after);
    for (const name of Object.keys(original.files).filter(
      (n) => !original.files[n].dir && n !== "xl/worksheets/sheet1.xml"
    )) {
      expect([
        name,
        Buffer.from(await copy.file(name)!.async("uint8array")).equals(
          Buffer.from(await original.file(name)!.async("uint8array"))
        ),
      ]).toEqual([name, true]);
    }
  });

  it("refuses a sheet the workbook does not have", async () => {
    await expect(
      setCellValues(await templateXlsx(), [{ sheet: "没有这张表", row: 1, col: 1, value: 1 }])
    ).rejects.toThrow("no sheet 没有这张表");
  });
});
