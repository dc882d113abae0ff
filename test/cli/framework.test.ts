import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { displayWidth } from "../../src/util/text-width";
import { repoFile } from "../helpers";

/** `perf-score framework …` and `--framework` as a bureau and its units run them, on real files. */
const BIN = repoFile("build", "cli", "perf-score.js");
const SAMPLE = repoFile("examples", "longgang-2021.xlsx");
const HUNAN = repoFile("test", "fixtures", "frameworks", "hunan-test.json");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-fw-"));
  copyFileSync(HUNAN, join(dir, "某市.json"));
  return dir;
};

describe("perf-score framework", () => {
  it("lists the built-in frameworks and templates", () => {
    const r = cli(["framework", "list"], folder());
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toMatch(/^编号\s+名称\s+三级指标\s+总分\s+类别$/);
    const lines = r.out.trimEnd().split("\n");
    // A long name runs on to the next lines in its column: the listing reads whole in 100 columns.
    expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
    expect(lines[1]).toMatch(
      /^longgang-2021\s+部门整体支出绩效评价共性指标体\s+21\s+100\s+内置，可直接计分$/
    );
    expect(lines[2]).toMatch(/^\s+系框架（2021年修订）$/);
    expect(r.out).toMatch(/national-2013\s+.*\s+27\s+—\s+模板：须由财政部门补充分值和计分规则/);
    // The 自评表 rules apart, whose rows are the unit's own: the ids score --projects --framework takes.
    const forms = r.out.slice(
      r.out.indexOf("绩效自评表的评分规则（score --projects --framework 编号）：")
    );
    for (const id of [
      "national-2020-project",
      "national-2020-department",
      "sichuan-2023-project",
      "hubei-2020-project",
      "yitihua-project",
    ])
      expect(forms).toMatch(new RegExp(`^${id}\\s+\\S`, "m"));
  });

  it("exports a built-in or a file as .xlsx or .json, which check finds sound", () => {
    const dir = folder();
    expect(cli(["framework", "export", "longgang-2021", "-o", "龙岗.xlsx"], dir).out).toBe(
      "已导出 longgang-2021 → 龙岗.xlsx\n"
    );
    const checked = cli(["framework", "check", "龙岗.xlsx"], dir);
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(
      /^龙岗\.xlsx：没有发现问题。《部门整体支出绩效评价共性指标体系框架（2021年修订）》，21项三级指标，总分100分。\n/
    );
    expect(checked.out).toContain("一级指标“部门绩效”标注55分，但其下级指标合计60分");
    expect(cli(["framework", "export", "某市.json", "-o", "某市.xlsx"], dir).code).toBe(0);
    expect(cli(["framework", "export", "某市.xlsx", "-o", "往返.json"], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "往返.json"), "utf8")).levels).toHaveLength(4);
    expect(cli(["framework", "check", "往返.json"], dir).code).toBe(0);
  });

  it("never overwrites an export without --overwrite", () => {
    const dir = folder();
    writeFileSync(join(dir, "已有.xlsx"), "mine");
    const r = cli(["framework", "export", "longgang-2021", "-o", "已有.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "已有.xlsx"), "utf8")).toBe("mine");
  });

  it("check lists every problem of a form at its sheet!cell and exits 1", async () => {
    const dir = folder();
    cli(["framework", "export", "某市.json", "-o", "某市.xlsx"], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "某市.xlsx"));
    const tree = wb.getWorksheet("指标体系")!;
    tree.getCell("J4").value = "扣分法";
    tree.getCell("P7").value = "≥90%=5；≥80%=4";
    await wb.xlsx.writeFile(join(dir, "有错.xlsx"));
    const r = cli(["framework", "check", "有错.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("perf-score：有错.xlsx 有 2 处问题，不能用于计分：\n");
    expect(r.err).toContain("  指标体系!J4：未知的计分方式“扣分法”，请从下拉列表选择\n");
    expect(r.err).toContain("  指标体系!P7：分档没有覆盖全部情况：最后请写“其他=分数”\n");
  });

  it("reports a template as unfinished, with each missing point and rule", () => {
    const dir = folder();
    const r = cli(["framework", "check", "national-2013"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/national-2013 是尚未完成的指标体系/);
    expect(r.err).toMatch(/levels\[0\]\.children\[0\]\.indicators\[0\]\.rule：还没有填写计分方式/);
    cli(["framework", "export", "national-2013", "-o", "国家.xlsx"], dir);
    expect(cli(["framework", "check", "国家.xlsx"], dir).err).toContain(
      "指标体系!J4：还没有填写计分方式"
    );
  });
});

describe("--framework", () => {
  it("scores a workbook on a framework nobody compiled in, the same from its Excel and JSON forms", () => {
    const dir = folder();
    copyFileSync(SAMPLE, join(dir, "单位.xlsx"));
    cli(["framework", "export", "某市.json", "-o", "某市.xlsx"], dir);
    const json = JSON.parse(
      cli(["score", "单位.xlsx", "--framework", "某市.json", "--json", "-o", "a.xlsx"], dir).out
    );
    const xlsx = JSON.parse(
      cli(["score", "单位.xlsx", "-f", "某市.xlsx", "--json", "-o", "b.xlsx"], dir).out
    );
    expect(json.framework).toBe("hunan-test");
    expect(json.indicators).toHaveLength(14);
    expect([json.total, json.max]).toEqual([18.5, 61]);
    expect(xlsx.indicators).toEqual(json.indicators);
  });

  it("refuses a template, a broken file and an unknown name, scoring nothing", () => {
    const dir = folder();
    copyFileSync(SAMPLE, join(dir, "单位.xlsx"));
    const template = cli(["score", "单位.xlsx", "--framework", "national-2013"], dir);
    expect([template.code, template.err]).toEqual([
      1,
      "perf-score：“national-2013”是指标体系模板，还没有分值和计分规则，不能用于计分。请先导出（perf-score framework export national-2013 -o 指标体系.xlsx），由财政部门补全后再用 --framework 指定该文件。\n",
    ]);
    expect(cli(["score", "单位.xlsx", "--framework", "hunan-2099"], dir).err).toMatch(
      /找不到指标体系“hunan-2099”/
    );
    writeFileSync(join(dir, "坏.json"), "{ not json");
    expect(cli(["score", "单位.xlsx", "--framework", "坏.json"], dir).err).toContain(
      "不是有效的 JSON"
    );
    expect(existsSync(join(dir, "单位-评分表.xlsx"))).toBe(false);
  });

  it("writes the data sheet of the framework's inputs, its own included", async () => {
    const dir = folder();
    expect(cli(["template", "-o", "模板.xlsx", "--framework", "某市.json"], dir).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "模板.xlsx"));
    const labels: string[] = [];
    wb.getWorksheet("绩效基础数据")!.eachRow((row) =>
      labels.push(String(row.getCell(3).value ?? ""))
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        "上年度“三公”经费预算数",
        "未按时拨付的专项资金项数",
        "本年度在编人数（含工勤人员）",
      ])
    );
    expect(labels).not.toContain("第一季度末累计支出");
  });
});

describe("the framework travels with the scored copy", () => {
  it("a copy scored with --framework is scored with it again, by anyone, without naming it", () => {
    const dir = folder();
    copyFileSync(SAMPLE, join(dir, "单位.xlsx"));
    expect(
      cli(["score", "单位.xlsx", "--framework", "某市.json", "-o", "副本.xlsx"], dir).code
    ).toBe(0);
    const again = JSON.parse(cli(["score", "副本.xlsx", "--json", "-o", "再评.xlsx"], dir).out);
    expect([again.framework, again.total, again.max]).toEqual(["hunan-test", 18.5, 61]);
  });
});
