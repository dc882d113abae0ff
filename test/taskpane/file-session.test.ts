import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { scoreXlsx } from "../../src/hosts/xlsx/file";
import { downloadName, openFileSession } from "../../src/taskpane/session/file-session";
import { adopt, initialForm } from "../../src/taskpane/model";
import { repoFile } from "../helpers";

describe("a workbook opened in the browser", () => {
  it("is refused when it is not a workbook, saying what it is", async () => {
    await expect(
      openFileSession(
        "加密.xlsx",
        readFileSync(repoFile("test", "fixtures", "files", "password-protected.xlsx")),
        "zh-CN"
      )
    ).rejects.toMatchObject({ name: "UnreadableFile", kind: "encrypted" });
    await expect(
      openFileSession("说明.xlsx", new TextEncoder().encode("预算说明"), "zh-CN")
    ).rejects.toMatchObject({ name: "UnreadableFile", kind: "text" });
  });

  it("scores the workbook it read and names the download after it", async () => {
    const session = await openFileSession(
      "单位.xlsx",
      readFileSync(repoFile("examples", "longgang-2021.xlsx")),
      "zh-CN"
    );
    const analysis = await session.analyze();
    expect(analysis.located.templateSheet).toBe("绩效基础数据");
    const generated = await session.generate("portable");
    expect(generated.result.total).toBe(96);
    expect(session.scoredFile()!.name).toBe("单位-评分表.xlsx");
  });

  it("is handed back under a name that is never the uploaded file's", () => {
    expect(downloadName("单位.xlsx", "zh-CN")).toBe("单位-评分表.xlsx");
    expect(downloadName("单位-评分表.xlsx", "zh-CN")).toBe("单位-评分表 (2).xlsx");
    expect(downloadName("单位-评分表 (2).xlsx", "zh-CN")).toBe("单位-评分表 (3).xlsx");
    expect(downloadName("预算 (2).XLSX", "zh-CN")).toBe("预算 (2)-评分表.xlsx");
    expect(downloadName("unit-scored.xlsx", "en-US")).toBe("unit-scored (2).xlsx");
  });
});

describe("a candidate adopted in the browser", () => {
  it("is saved into the data sheet with the cell it came from, which the command line reads first", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, value] of [
      ["三公经费", 11],
      ["三公预算", 12.5],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.getCell("A1").value = "“三公”经费情况";
      ws.getCell("A2").value = "项目";
      ws.getCell("B2").value = "预算数";
      ws.getCell("A3").value = "“三公”经费合计";
      ws.getCell("B3").value = value;
    }
    const session = await openFileSession(
      "单位.xlsx",
      new Uint8Array(await wb.xlsx.writeBuffer()),
      "zh-CN"
    );
    const analysis = await session.analyze();
    const found = analysis.located.inputs.get("sanGongBudget")!;
    expect(found.ambiguous).toHaveLength(2);
    const chosen = found.ambiguous!.find((c) => c.sheet === "三公预算")!;
    await session.save(adopt(initialForm(analysis), "sanGongBudget", chosen));
    await session.generate("portable");
    const { generated } = await scoreXlsx(session.scoredFile()!.bytes, { mode: "values" });
    expect(generated.located.inputs.get("sanGongBudget")).toMatchObject({
      source: "template",
      value: 12.5,
      note: "采用：三公预算!B3",
    });
  });
});
