import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSelfEvalForm, scoreSelfEval, type SelfEvalTable } from "../../src/core";
import { loadWorkbook, selfEvalXlsx } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { readSelfEvalTables } from "../../src/pipeline/self-eval";
import { runCli } from "../cli/run-cli";
import { repoFile } from "../helpers";
import { recalculate } from "../support/libreoffice";
import { addSelfEvalSheet, workbookBytes } from "../support/self-eval-workbook";

/**
 * Published, filled-in 项目支出绩效自评表 (addresses in each fixture's `source`), transcribed as printed,
 * scored by the national rules: where the printed score is right it is reproduced, where it is not the
 * finding names the row.
 */
const DIR = repoFile("test", "fixtures", "self-eval", "published");
const published = (file: string): SelfEvalTable & { total: { score: string } } => {
  const t = JSON.parse(readFileSync(join(DIR, file), "utf8"));
  return { ...t, name: t.title };
};
const PUTUO = published("sh-putuo-sports-2022-settlement.json");
const YONGDE = published("yn-yongde-minglang-2022-nutrition.json");

describe("published 自评表 scored by the national rules", () => {
  it("reproduces the Putuo form's printed scores (执行率 86.19% → 8.62, total 98.62)", () => {
    const r = scoreSelfEval(PUTUO, defaultSelfEvalForm("project"));
    expect(r.execution.score!.toFixed(2)).toBe("8.62");
    expect(r.rows.map((x) => x.score!.toNumber())).toEqual([10, 20, 20, 30, 10]);
    expect(r.total!.toFixed(2)).toBe(PUTUO.total.score);
    expect(r.grade).toBe("优");
    expect(r.findings).toEqual([]);
  });

  it("says where the Yongde form's printed scores are wrong: a met target given 7, 98% of 10 given 9", () => {
    const r = scoreSelfEval(YONGDE, defaultSelfEvalForm("project"));
    // The printed total is 96; by the rules 10 + 90 − 0.2.
    expect(r.total!.toFixed(2)).toBe("99.80");
    expect(
      r.findings.map((f) => [f.code, f.row === undefined ? null : r.table.rows[f.row].name])
    ).toEqual([
      ["printedDiffers", "资金到位及时率"],
      ["missingReason", "政策知晓率"],
      ["printedDiffers", "政策知晓率"],
    ]);
    expect(r.findings[0].message).toBe("“资金到位及时率”填报得分 7，按评分规则应为 10");
    // The printed look-alike signs (≧, ═) read as ≥ and =; the blank 生态效益 row is no indicator.
    expect(r.rows.map((x) => x.nature)).toEqual([
      ">=",
      ">=",
      ">=",
      "=",
      "qualitative",
      "=",
      ">=",
      ">=",
      ">=",
    ]);
  });

  it("reads both forms back from a workbook in the unit's layout (merged levels, percentage cells) with the same scores", async () => {
    const wb = new ExcelJS.Workbook();
    addSelfEvalSheet(wb, "项目自评", [PUTUO, YONGDE], { natureColumn: true, percentCells: true });
    const tables = readSelfEvalTables(snapshotOf(await loadWorkbook(await workbookBytes(wb))));
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      [PUTUO.name, 5],
      [YONGDE.name, 9],
    ]);
    expect(tables[0].goals).toEqual({ expected: "完成年度任务", actual: "已完成" });
    for (const [i, t] of tables.entries()) {
      const fromJson = scoreSelfEval([PUTUO, YONGDE][i], defaultSelfEvalForm("project"));
      const fromSheet = scoreSelfEval(t, defaultSelfEvalForm("project"));
      expect(fromSheet.rows.map((x) => x.score?.toNumber())).toEqual(
        fromJson.rows.map((x) => x.score?.toNumber())
      );
      expect(fromSheet.total!.toNumber()).toBe(fromJson.total!.toNumber());
      expect(fromSheet.findings.map((f) => f.message)).toEqual(
        fromJson.findings.map((f) => f.message)
      );
    }
  });
});

describe("the written 自评表: one per project, a summary, live formulas LibreOffice recalculates", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-self-eval-"));
  let output: Uint8Array;
  let totals: number[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addSelfEvalSheet(wb, "项目自评", [PUTUO, YONGDE], { natureColumn: true });
    const scored = await selfEvalXlsx(await workbookBytes(wb));
    output = scored.output;
    totals = scored.run.results.map((r) => r.total!.toNumber());
  });

  it("adds the forms and the summary, leaving the unit's sheet as it was, and reads back to the same scores", async () => {
    const back = await loadWorkbook(output);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "项目自评",
      `自评表-${PUTUO.name}`,
      `自评表-${YONGDE.name}`,
      "自评汇总",
    ]);
    const again = readSelfEvalTables(snapshotOf(back)).filter((t) =>
      t.where!.startsWith("自评表-")
    );
    expect(
      again.map((t) => scoreSelfEval(t, defaultSelfEvalForm(t.form)).total!.toNumber())
    ).toEqual(totals);
    expect(again[0].goals).toEqual({ expected: "完成年度任务", actual: "已完成" });
    // Scoring the scored copy again adds nothing of its own twice: the written forms are not the unit's.
    const twice = await selfEvalXlsx(output);
    expect(twice.run.results.map((r) => r.table.where)).toEqual(["项目自评!A8", "项目自评!A24"]);
  });

  it("recalculates in LibreOffice to the core's totals, rows and summary", () => {
    const file = join(dir, "scored.xlsx");
    writeFileSync(file, output);
    const sheets = recalculate([file]).get(file)!;
    const form = sheets.get(`自评表-${YONGDE.name}`)!;
    const totalRow = form.find((row) => row[0] === "总分")!;
    expect(Number(totalRow[7])).toBeCloseTo(totals[1], 9);
    expect(totalRow[8]).toBe("优");
    const rowScores = form
      .filter((row) => ["学生受资助人数", "政策知晓率"].includes(row[2]))
      .map((row) => Number(row[7]));
    expect(rowScores).toEqual([10, 9.8]);
    const summary = sheets.get("自评汇总")!;
    expect(summary.slice(2, 4).map((row) => Number(row[5]))).toEqual(totals);
    expect(readdirSync(dir)).toContain("scored.xlsx");
  });
});

describe("perf-score score --projects", () => {
  it("writes the scored copy and prints each project's score, or JSON", async () => {
    const wb = new ExcelJS.Workbook();
    addSelfEvalSheet(wb, "项目自评", [PUTUO, YONGDE], {});
    const dir = mkdtempSync(join(tmpdir(), "perf-projects-"));
    const file = join(dir, "项目.xlsx");
    writeFileSync(file, await workbookBytes(wb));
    const text = await runCli(["score", "--projects", file]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/普陀体育中心与委托运营方结算费用\s+86\.18%\s+98\.62\s+优\s+0/);
    expect(text.out).toContain("“资金到位及时率”填报得分 7，按评分规则应为 10");
    // A copy already there is the clerk's: it is not replaced without --overwrite.
    writeFileSync(join(dir, "项目-评分表.xlsx"), "");
    const again = await runCli(["score", "--projects", file]);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining("已存在")]);
    const json = await runCli(["score", "--projects", file, "--json", "--overwrite"]);
    const parsed = JSON.parse(json.out);
    expect(
      parsed.projects.map((p: { total: number; grade: string }) => [p.total, p.grade])
    ).toEqual([
      [98.62, "优"],
      [99.8, "优"],
    ]);
    expect(parsed.projects[1].rows[2]).toMatchObject({
      name: "资金到位及时率",
      score: 10,
      printed: 7,
    });
    const strict = JSON.parse(
      (
        await runCli([
          "score",
          "--projects",
          file,
          "--json",
          "--overwrite",
          "--framework",
          "yitihua-project",
        ])
      ).out
    );
    // 执行率 86.18% < 90%: no cap below 80%, so the same total; the rules' id is reported.
    expect(strict.projects[0]).toMatchObject({ form: "yitihua-project", total: 98.62 });
    const none = await runCli([
      "score",
      "--projects",
      repoFile("examples", "longgang-2021.xlsx"),
      "-o",
      join(dir, "x.xlsx"),
    ]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("没有找到绩效自评表");
  });
});
