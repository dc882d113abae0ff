import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScoreResult } from "../../src/core";
import { generateScoreSheet } from "../../src/hosts/office/excel";
import { loadWorkbook, scoreXlsx, templateXlsx, withFramework } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import type { TemplateFill } from "../../src/pipeline/sheets/template-sheet";
import { runCli } from "../cli/run-cli";
import { repoFile } from "../helpers";
import { builtFunctions } from "../support/excel-functions";
import { fakeOf } from "../support/fake-excel";
import { recalculate } from "../support/libreoffice";
import { shapesFramework } from "./cases";
import { seeded as random } from "../support/seeded";

/**
 * The example framework of every new rule shape (examples/rule-shapes.framework.json) on generated
 * workbooks whose figures sit on the shapes' edges (130% of a target, twice a target, a target of 0, a
 * score on a band's bound, rates just under a cap's bounds, items left out): the command line, the
 * portable sheet as LibreOffice Calc recalculates it, and the live sheet's PERF.SCORE cells as Excel
 * recalculates them must give the core's score for every indicator, the total and the grade.
 */
const SETS = 40;
const framework = shapesFramework();
const FRAMEWORK_FILE = repoFile("examples", "rule-shapes.framework.json");
const N = 10;
const TOTAL_ROW = 5 + N;

const BANDS = ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"];

function inputSet(seed: number): TemplateFill {
  const r = random(seed);
  const cents = (x: number) => Math.round(x * 100) / 100;
  const fiscal = r.int(100, 2000);
  const other = r.pick([0, r.int(10, 500)]);
  const rate = () => r.pick([1, 0.8, 0.7999, 0.7, 0.6, 0.5, 0.4999, r.next()]);
  const target = r.int(10, 200);
  const days = r.pick([0, r.int(10, 90)]);
  const cost = r.pick([0, r.int(5, 60)]);
  const band = r.int(0, 2);
  const [low, high] = [
    [12, 15],
    [9, 12],
    [0, 9],
  ][band];
  const inputs: Record<string, string | number> = {
    fundFiscal: fiscal,
    fundOther: other,
    spentFiscal: cents(fiscal * rate()),
    spentOther: cents(other * rate()),
    outputTarget: target,
    outputActual: Math.round(target * r.pick([0.8, 1, 1.29, 1.3, 1.31, 1.6, 2])),
    qualityBand: BANDS[band],
    qualityScore: r.pick(
      [low, high, (low + high) / 2, high + 0.5, low - 0.5].filter((x) => x >= 0)
    ),
    daysTarget: days,
    daysActual: r.pick([0, days, days + 1, days * 2, r.int(1, 120)]),
    costTarget: cost,
    costActual: r.pick([0, cost, cost * 1.5, cost * 2, cost * 3, r.int(1, 90)]),
    safetyIncident: r.pick(["否", "否", "否", "是"]),
    rulesFollowed: r.pick(["是", "否", 2.5]),
    filesComplete: r.pick(["是", "否", 4]),
    noProcurement: r.pick(["是", "否", ""]),
    procurementPlanned: r.int(10, 500),
    noSpecialProject: r.pick(["是", "否", ""]),
    specialTaskDone: r.pick(["是", "否"]),
    balanceNow: r.int(0, 200),
    balanceBefore: r.int(1, 200),
    satisfaction: r.pick([0.95, 0.9, r.int(6000, 10000) / 10000]),
  };
  inputs.procurementActual = r.pick([
    inputs.procurementPlanned,
    (inputs.procurementPlanned as number) + 1,
    Math.round((inputs.procurementPlanned as number) / 2),
  ]);
  // 二者择其一: the rate, the amounts, both or neither.
  const balance = r.pick(["rate", "amounts", "both", "neither"]);
  if (balance === "rate" || balance === "both") inputs.balanceRate = r.pick([0.05, 0.1, 0.2]);
  if (balance === "rate" || balance === "neither")
    (delete inputs.balanceNow, delete inputs.balanceBefore);
  for (const key of Object.keys(inputs)) if (r.next() < 0.03) delete inputs[key];
  for (const key of Object.keys(inputs)) if (inputs[key] === "") delete inputs[key];
  return { unit: `示例单位${seed}`, year: 2025, inputs };
}

const number = (v: unknown) =>
  typeof v === "number"
    ? v
    : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
      ? Number(v)
      : null;

/** What a sheet cell should show for an indicator: its score, the word for an item left out, or no number. */
const shown = (i: ScoreResult["indicators"][number]) => i.computed ?? (i.omitted ? "不适用" : null);
const same = (got: unknown, want: number | string | null) =>
  typeof want === "string"
    ? got === want
    : want === null
      ? number(got) === null
      : number(got) !== null && Math.abs(number(got)! - want) < 1e-9;

describe("the new rule shapes through the command line, the portable sheet and PERF.SCORE", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-shapes-"));
  const cases: { seed: number; template: Uint8Array; file: string; result: ScoreResult }[] = [];
  let sheets: ReturnType<typeof recalculate>;

  beforeAll(async () => {
    for (let seed = 1; seed <= SETS; seed++) {
      const template = await templateXlsx(inputSet(seed), undefined, "zh-CN", framework);
      const { output, generated } = await scoreXlsx(template, { mode: "portable", framework });
      const file = join(dir, `shapes${seed}.xlsx`);
      writeFileSync(file, output);
      cases.push({ seed, template, file, result: generated.result });
    }
    sheets = recalculate(cases.map((c) => c.file));
  }, 300_000);

  it("covers every shape's edges: items left out, capped totals, vetoes, both alternatives, unscored rows", () => {
    const all = cases.map((c) => c.result);
    expect(all.some((r) => r.indicators.some((i) => i.omitted))).toBe(true);
    expect(all.some((r) => r.adjustments?.some((a) => a.includes("总分最高")))).toBe(true);
    expect(all.some((r) => r.indicators.some((i) => i.explanation.includes("一票否决")))).toBe(
      true
    );
    expect(all.some((r) => r.indicators.some((i) => i.explanation.includes("偏离扣")))).toBe(true);
    expect(
      all.some((r) => r.indicators.some((i) => i.errors.some((e) => e.includes("不在"))))
    ).toBe(true);
    expect(all.some((r) => r.complete && r.grade)).toBe(true);
  });

  it("LibreOffice recalculates the portable sheet to the core's scores, total and grade", () => {
    const mismatches: string[] = [];
    for (const { file, result, seed } of cases) {
      const grid = sheets.get(file)!.get("绩效自评评分表")!;
      result.indicators.forEach((ind, i) => {
        const got = grid[4 + i]?.[10];
        if (!same(got, shown(ind)))
          mismatches.push(`set ${seed} ${ind.name}: ${got} ≠ ${shown(ind)}`);
      });
      const total = number(grid[TOTAL_ROW - 1]?.[8]);
      if (total === null || Math.abs(total - result.total) > 1e-9)
        mismatches.push(`set ${seed} total: ${total} ≠ ${result.total}`);
      const grade = grid[TOTAL_ROW]?.[8];
      if (grade !== (result.grade ?? "暂不评级"))
        mismatches.push(`set ${seed} grade: ${grade} ≠ ${result.grade}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("Excel's PERF.SCORE cells of the live sheet give the same, with the framework kept in the workbook", async () => {
    const functions = builtFunctions();
    const mismatches: string[] = [];
    for (const { template, result, seed } of cases.slice(0, 15)) {
      const fake = fakeOf(snapshotOf(await loadWorkbook(await withFramework(template, framework))));
      fake.recalculate(functions);
      const generated = await generateScoreSheet({ mode: "live" }, fake.run);
      fake.recalculate(functions);
      const sheet = fake.sheets.find((s) => s.name === generated.plan.name)!;
      result.indicators.forEach((ind, i) => {
        const got = sheet.cells.get(`K${5 + i}`)?.value;
        const want = shown(ind);
        const blank = want === null && /^(—|#VALUE!|#DIV\/0!)$/.test(String(got));
        if (!blank && !same(got, want))
          mismatches.push(`set ${seed} ${ind.name}: ${got} ≠ ${want}`);
      });
      const total = number(sheet.cells.get(`I${TOTAL_ROW}`)?.value);
      if (total === null || Math.abs(total - result.total) > 1e-9)
        mismatches.push(`set ${seed} total: ${total} ≠ ${result.total}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("the command line scores each workbook with the framework file to the same result", async () => {
    const mismatches: string[] = [];
    for (const { file, result, seed } of cases.slice(0, 15)) {
      const { code, out } = await runCli(["score", file, "--framework", FRAMEWORK_FILE, "--json"]);
      expect(code).toBe(0);
      const json = JSON.parse(out) as ScoreResult;
      if (json.total !== result.total || json.grade !== result.grade)
        mismatches.push(
          `set ${seed}: ${json.total} ${json.grade} ≠ ${result.total} ${result.grade}`
        );
      json.indicators.forEach((ind, i) => {
        if (
          ind.computed !== result.indicators[i].computed ||
          !!ind.omitted !== !!result.indicators[i].omitted
        )
          mismatches.push(
            `set ${seed} ${ind.name}: ${ind.computed} ≠ ${result.indicators[i].computed}`
          );
      });
    }
    expect(mismatches).toEqual([]);
  });
});
