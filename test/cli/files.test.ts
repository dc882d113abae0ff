import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { fileKind } from "../../src/hosts/xlsx/file-kind";
import { repoFile } from "../helpers";
import { convert } from "../support/libreoffice";

/** The built command as a clerk runs it, on real files in a real folder. */
const BIN = repoFile("build", "cli", "perf-score.js");
const SAMPLE = repoFile("examples", "longgang-2021.xlsx");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "perf-files-"));
  const source = join(dir, "source");
  mkdirSync(source);
  copyFileSync(SAMPLE, join(source, "单位.xlsx"));
  // What LibreOffice saves in the formats clerks are sent, not bytes we made up.
  copyFileSync(convert(join(source, "单位.xlsx"), "xls", source), join(dir, "预算表.xls"));
  copyFileSync(join(dir, "预算表.xls"), join(dir, "预算表.et"));
  copyFileSync(join(dir, "预算表.xls"), join(dir, "改了扩展名.xlsx"));
  copyFileSync(convert(join(source, "单位.xlsx"), "ods", source), join(dir, "预算表.ods"));
  copyFileSync(convert(join(source, "单位.xlsx"), "csv", source), join(dir, "导出.csv"));
  copyFileSync(
    repoFile("test", "fixtures", "files", "password-protected.xlsx"),
    join(dir, "加密.xlsx")
  );
  writeFileSync(join(dir, "说明.txt"), "这是一段说明文字\n第二行\n");
  writeFileSync(join(dir, "空.xlsx"), "");
  const sample = readFileSync(SAMPLE);
  writeFileSync(join(dir, "半截.xlsx"), sample.subarray(0, Math.floor(sample.length / 2)));
  mkdirSync(join(dir, "文件夹.xlsx"));
}, 120_000);

describe("files that are not readable workbooks", () => {
  it.each([
    [
      "预算表.xls",
      "这是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开它，用“另存为”保存为“Excel 工作簿（*.xlsx）”",
    ],
    ["预算表.et", "这是 WPS 表格文件（.et），不是 .xlsx 工作簿。"],
    ["改了扩展名.xlsx", "这是旧版 Office 或 WPS 格式的文件（如 .xls、.et），不是 .xlsx 工作簿。"],
    ["预算表.ods", "这是 OpenDocument 表格（.ods）"],
    ["导出.csv", "这是 CSV 文本文件（.csv），不是 .xlsx 工作簿。"],
    ["说明.txt", "这是文本文件，不是 .xlsx 工作簿。"],
    ["加密.xlsx", "工作簿设有打开密码，无法读取。"],
    ["空.xlsx", "文件是空的（0 字节）"],
    ["半截.xlsx", "文件像是 .xlsx 工作簿，但已损坏或不完整"],
    ["文件夹.xlsx", "这是一个文件夹，请给出其中的 .xlsx 工作簿。"],
    ["没有这个.xlsx", "文件不存在，请检查路径和文件名。"],
  ])("%s: says what it is and what to do, in one line, writing nothing", (name, says) => {
    const before = readdirSync(dir).sort();
    const r = cli(["score", name], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      `perf-score：无法读取 ${name}：${r.err.slice(`perf-score：无法读取 ${name}：`.length)}`
    );
    expect(r.err).toContain(says);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/central directory|EISDIR|ENOENT|Error|at /);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("tells the kinds apart from their bytes", () => {
    const kinds = Object.fromEntries(
      ["预算表.xls", "预算表.ods", "导出.csv", "加密.xlsx", "空.xlsx", "source/单位.xlsx"].map(
        (f) => [f, fileKind(readFileSync(join(dir, f)))]
      )
    );
    expect(kinds).toEqual({
      "预算表.xls": "ole",
      "预算表.ods": "ods",
      "导出.csv": "text",
      "加密.xlsx": "encrypted",
      "空.xlsx": "empty",
      "source/单位.xlsx": "xlsx",
    });
  });

  it("names a zip archive and a Word document as such", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "x");
    writeFileSync(join(dir, "打包.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    const docx = new JSZip();
    docx.file("[Content_Types].xml", "<Types/>");
    docx.file("word/document.xml", "<w:document/>");
    writeFileSync(join(dir, "报告.docx"), await docx.generateAsync({ type: "uint8array" }));
    expect(cli(["score", "打包.xlsx"], dir).err).toContain("这是一个压缩包（.zip）");
    expect(cli(["score", "报告.docx"], dir).err).toContain("这是 Word、PowerPoint 等文档");
  });

  it("says it in English with --lang en-US", () => {
    expect(cli(["score", "预算表.xls", "--lang", "en-US"], dir).err).toBe(
      "perf-score: cannot read 预算表.xls: This is an Excel 97-2003 workbook (.xls), not an .xlsx workbook. Open it in Excel or WPS, use Save As → “Excel Workbook (*.xlsx)”, and choose the saved copy.\n"
    );
  });
});

describe("scoring never overwrites a file unless asked", () => {
  it("refuses an existing default output and an existing -o before writing anything", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-over-"));
    copyFileSync(SAMPLE, join(folder, "单位.xlsx"));
    expect(cli(["score", "单位.xlsx"], folder).code).toBe(0);
    // The clerk edits the scored copy, then runs the command again.
    writeFileSync(join(folder, "单位-评分表.xlsx"), "edited by the clerk");
    const again = cli(["score", "单位.xlsx"], folder);
    expect(again.code).toBe(2);
    expect(again.err).toBe("perf-score：单位-评分表.xlsx 已存在，如确要覆盖请加 --overwrite\n");
    expect(readFileSync(join(folder, "单位-评分表.xlsx"), "utf8")).toBe("edited by the clerk");

    writeFileSync(join(folder, "其他.xlsx"), "kept");
    expect(cli(["score", "单位.xlsx", "-o", "其他.xlsx"], folder).code).toBe(2);
    expect(readFileSync(join(folder, "其他.xlsx"), "utf8")).toBe("kept");

    const forced = cli(["score", "单位.xlsx", "--overwrite"], folder);
    expect(forced.code).toBe(0);
    expect(fileKind(readFileSync(join(folder, "单位-评分表.xlsx")))).toBe("xlsx");
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("in a batch, refuses all when one output exists, so no copy is half done", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-over-"));
    copyFileSync(SAMPLE, join(folder, "a.xlsx"));
    copyFileSync(SAMPLE, join(folder, "b.xlsx"));
    writeFileSync(join(folder, "b-评分表.xlsx"), "edited");
    const r = cli(["score", "a.xlsx", "b.xlsx"], folder);
    expect(r.code).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(["a.xlsx", "b-评分表.xlsx", "b.xlsx"]);
  });

  it("refuses an existing template file, and replaces it with --overwrite", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-over-"));
    writeFileSync(join(folder, "t.xlsx"), "mine");
    expect(cli(["template", "-o", "t.xlsx"], folder).code).toBe(2);
    expect(readFileSync(join(folder, "t.xlsx"), "utf8")).toBe("mine");
    expect(cli(["template", "-o", "t.xlsx", "--overwrite"], folder).code).toBe(0);
    expect(statSync(join(folder, "t.xlsx")).size).toBeGreaterThan(1000);
  });
});

describe("batch scoring", () => {
  it("prints one row per workbook with its status, and totals, with nothing on stderr", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-batch-"));
    copyFileSync(SAMPLE, join(folder, "图书馆.xlsx"));
    copyFileSync(join(dir, "预算表.xls"), join(folder, "旧表.xls"));
    copyFileSync(join(dir, "说明.txt"), join(folder, "说明.txt"));
    const r = cli(["score", "图书馆.xlsx", "旧表.xls", "说明.txt", "没有.xlsx"], folder);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toMatch(/^工作簿\s+单位\s+总得分\s+评分等级\s+审计发现\s+状态$/);
    expect(lines[1]).toMatch(/^图书馆\.xlsx\s+深圳市龙岗区图书馆\s+96\s+优\s+\d+\s+已计分$/);
    expect(lines[2]).toMatch(
      /^旧表\.xls\s+—\s+—\s+—\s+无法读取：这是旧版 Excel 97-2003 工作簿（\.xls）/
    );
    expect(lines[3]).toMatch(/^说明\.txt\s+—\s+—\s+—\s+无法读取：这是文本文件/);
    expect(lines[4]).toMatch(/^没有\.xlsx\s+—\s+—\s+—\s+无法读取：文件不存在/);
    expect(r.out).toContain("共 4 个工作簿：已计分 1 个，未计分 0 个，无法读取 3 个。");
    expect(r.out).toContain(`已写入评分表：图书馆-评分表.xlsx`);
  });

  it("lists failures in the --json array with their status", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-batch-"));
    copyFileSync(SAMPLE, join(folder, "a.xlsx"));
    writeFileSync(join(folder, "b.xlsx"), "");
    const rows = JSON.parse(cli(["score", "a.xlsx", "b.xlsx", "--json"], folder).out);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(["scored", "unreadable"]);
    expect(rows[0]).toMatchObject({ file: "a.xlsx", total: 96 });
    expect(rows[1].error).toContain("文件是空的");
  });
});

describe("a scored copy that cannot be written", () => {
  it("says in one line that the folder is missing, exits 1 and leaves nothing behind", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-write-"));
    copyFileSync(SAMPLE, join(folder, "单位.xlsx"));
    const r = cli(["score", "单位.xlsx", "-o", "没有的文件夹/评分表.xlsx"], folder);
    expect([r.code, r.err]).toEqual([
      1,
      "perf-score：无法写入 没有的文件夹/评分表.xlsx：文件夹 没有的文件夹 不存在，请先建立它或换一个输出位置。\n",
    ]);
    expect(readdirSync(folder)).toEqual(["单位.xlsx"]);
  });

  it("says so when the output is a folder, and removes its temporary file", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-write-"));
    copyFileSync(SAMPLE, join(folder, "单位.xlsx"));
    mkdirSync(join(folder, "输出"));
    const r = cli(["score", "单位.xlsx", "-o", "输出", "--overwrite"], folder);
    expect([r.code, r.err]).toEqual([
      1,
      "perf-score：无法写入 输出：这是一个文件夹，请在其后写出文件名（如 文件夹/评分表.xlsx）。\n",
    ]);
    expect(readdirSync(folder).sort()).toEqual(["单位.xlsx", "输出"]);
  });

  it("writes the template and the framework form with the same care", () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-write-"));
    for (const argv of [
      ["template", "-o", "缺/模板.xlsx"],
      ["framework", "export", "longgang-2021", "-o", "缺/体系.xlsx"],
    ]) {
      const r = cli(argv, folder);
      expect([r.code, r.err.split("\n").length, r.err]).toEqual([
        1,
        2,
        expect.stringMatching(/^perf-score：无法写入 缺\/.*：文件夹 缺 不存在/),
      ]);
    }
  });
});
