import { collect, type Folders } from "../../../src/cli/review/collect";

/** A folder tree as the review sees it: names listed in no particular order, as file systems do. */
function tree(paths: string[]): Folders {
  const files = new Set(paths);
  const folders = new Set(
    paths.flatMap((p) =>
      p
        .split("/")
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join("/"))
    )
  );
  return {
    kind: (p) => (files.has(p) ? "file" : folders.has(p) ? "folder" : "missing"),
    list: (folder) =>
      [
        ...new Set(
          [...files, ...folders]
            .filter((p) => p.startsWith(`${folder}/`))
            .map((p) => p.slice(folder.length + 1).split("/")[0])
        ),
      ].reverse(),
  };
}

describe("collect", () => {
  const fs = tree([
    "批次/乙区/b.xlsx",
    "批次/甲区/a.xlsx",
    "批次/甲区/a-评分表.xlsx",
    "批次/甲区/旧.XLS",
    "批次/甲区/报告.docx",
    "批次/甲区/~$a.xlsx",
    "批次/.git/x.xlsx",
    "批次/.DS_Store",
    "批次/孤.xlsx-评分表.xlsx",
    "批次/c-scored.xlsx",
    "批次/汇总.xlsx",
  ]);

  it("finds spreadsheets in subfolders in path order, and says why every other file is passed by", () => {
    const got = collect(["批次"], fs, "批次/汇总.xlsx", "zh-CN");
    expect(got.files).toEqual([
      "批次/c-scored.xlsx",
      "批次/乙区/b.xlsx",
      "批次/孤.xlsx-评分表.xlsx",
      "批次/甲区/a.xlsx",
      "批次/甲区/旧.XLS",
    ]);
    expect(got.skipped).toEqual([
      { file: "批次/.DS_Store", why: "隐藏文件" },
      { file: "批次/汇总.xlsx", why: "本次要写出的汇总表" },
      {
        file: "批次/甲区/a-评分表.xlsx",
        why: "perf-score 写出的评分表副本，原工作簿 批次/甲区/a.xlsx 已在本次复核中",
      },
      { file: "批次/甲区/~$a.xlsx", why: "Excel 打开工作簿时留下的临时文件" },
      { file: "批次/甲区/报告.docx", why: "不是电子表格" },
    ]);
  });

  it("reviews a file named on the command line whatever it is, once, and a missing one too (to report it)", () => {
    const got = collect(
      ["批次/甲区/报告.docx", "批次/甲区", "批次/甲区/a.xlsx", "没有.xlsx"],
      fs,
      "汇总.xlsx",
      "zh-CN"
    );
    expect(got.files).toEqual([
      "批次/甲区/a.xlsx",
      "批次/甲区/报告.docx",
      "批次/甲区/旧.XLS",
      "没有.xlsx",
    ]);
    expect(got.skipped.map((s) => s.file)).toEqual([
      "批次/甲区/a-评分表.xlsx",
      "批次/甲区/~$a.xlsx",
    ]);
  });
});
