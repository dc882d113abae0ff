import { readFileSync } from "node:fs";
import { downloadName, openFileSession } from "../../src/taskpane/session/file-session";
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
