import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INPUTS, readFramework, type ScoreResult } from "../../../src/core";
import { scoreXlsx, templateXlsx } from "../../../src/hosts/xlsx/file";
import type { TemplateFill } from "../../../src/pipeline/sheets/template-sheet";
import { LABEL_FIXTURES } from "../../fixtures/label-workbooks";
import { repoFile } from "../../helpers";
import { recalculate } from "../../support/libreoffice";
import { seeded as random } from "../../support/seeded";

/**
 * The portable score sheet, recalculated by LibreOffice Calc (an engine that is not ours), must give
 * the core's scores for every indicator, the total and the grade, over many generated input sets —
 * chosen to sit on tier boundaries, with blanks, partial judgements and KPI tables.
 */

const SETS = 100;

/** Amount pairs whose ratio sits exactly on, or a cent beside, the boundaries the rules use. */
function ratioPair(r: ReturnType<typeof random>, boundaries: number[]): [number, number] {
  const whole = r.int(1, 500) * 100;
  const ratio = r.pick([...boundaries, r.next() * 1.3]);
  const cents = Math.round(whole * ratio) + r.pick([0, 0, 0, -1, 1]);
  return [Math.max(0, cents) / 100, whole / 100];
}

function inputSet(seed: number): TemplateFill {
  const r = random(seed);
  const inputs: Record<string, string | number> = {};
  for (const def of INPUTS) {
    // Answers in either language: an English sheet writes yes/no and full/partial/not disclosed.
    if (def.type === "judgement") inputs[def.key] = r.pick(["是", "是", "yes", "否", "no", 0.5]);
    if (def.type === "flag") inputs[def.key] = r.pick(["否", "否", "no", "是"]);
    if (def.type === "choice")
      inputs[def.key] = r.pick(def.options!.flatMap((o) => Object.values(o) as string[]));
  }
  Object.assign(inputs, {
    budgetNonCompliantItems: r.int(0, 6),
    missingPerformanceTargets: r.int(0, 4),
    keyTasksMissed: r.pick([0, 0, 1, 2, 3]),
  });
  [inputs.procurementActual, inputs.procurementPlanned] = ratioPair(r, [1, 0.9]);
  [inputs.fundsAdjusted, inputs.budgetScale] = ratioPair(r, [0.1, 0.1015, 0.155, 0.2, 0.05]);
  [inputs.fixedAssetsInUse, inputs.fixedAssetsTotal] = ratioPair(r, [0.9, 0.75, 0.6, 1]);
  if ((inputs.fixedAssetsInUse as number) > (inputs.fixedAssetsTotal as number))
    inputs.fixedAssetsInUse = inputs.fixedAssetsTotal;
  [inputs.sanGongActual, inputs.sanGongBudget] = ratioPair(r, [0.9, 1, 0.3618]);
  [inputs.dailyPublicActual, inputs.dailyPublicBudget] = ratioPair(r, [0.9, 1]);
  const authorized = r.int(20, 200);
  inputs.staffAuthorized = authorized;
  inputs.staffOnPayroll = authorized + r.pick([-3, 0, 0, 1]);
  inputs.contractStaff = r.pick([
    0,
    Math.round((authorized * 5) / 95),
    Math.round(authorized / 9),
    r.int(0, 30),
  ]);
  const planned = r.int(1, 20);
  inputs.projectsPlanned = planned;
  inputs.projectsOnTime = r.int(0, planned);
  const received = r.pick([0, r.int(1, 30)]);
  inputs.petitionsReceived = received;
  inputs.petitionsReplied = Math.max(0, received - r.pick([0, 0, 1]));
  inputs.petitionsRepliedOnTime = Math.max(
    0,
    (inputs.petitionsReplied as number) - r.pick([0, 0, 1])
  );
  inputs.satisfaction = r.pick([
    0.95,
    0.9499,
    0.9,
    0.8999,
    0.8,
    0.7999,
    r.int(5000, 10000) / 10000,
  ]);
  const budget = r.int(100, 100000) * 100;
  inputs.executionBudget = budget / 100;
  for (let q = 1; q <= 4; q++) {
    if (r.next() < 0.3) inputs[`executionRateQ${q}`] = r.int(30, 200) / 100;
    else
      inputs[`spentQ${q}`] =
        Math.round(budget * q * r.pick([0.25, 0.2, 0.3, r.next() * 0.3])) / 100;
  }
  inputs.effectivenessScore = r.pick([25, 22.5, 20]);
  for (const key of Object.keys(inputs)) if (r.next() < 0.05) delete inputs[key];
  const kpis =
    r.next() < 0.6
      ? Array.from({ length: r.int(1, 5) }, (_, i) => [
          r.pick(["社会效益", "经济效益", "生态效益", "可持续影响"]),
          `指标${i + 1}`,
          r.int(0, 500),
          r.int(0, 600),
          r.pick([">=", "<="]),
          r.pick([1, 2, 0.5, null]),
        ])
      : [];
  return {
    unit: `测试单位${seed}`,
    year: 2024,
    inputs,
    kpis: kpis as TemplateFill["kpis"],
  };
}

const number = (text: string | undefined) =>
  text !== undefined && text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : null;

describe("portable formulas recalculated by LibreOffice Calc", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-portable-"));
  const cases: { file: string; result: ScoreResult; seed: number }[] = [];
  let sheets: ReturnType<typeof recalculate>;

  beforeAll(async () => {
    for (let seed = 1; seed <= SETS; seed++) {
      const { output, generated } = await scoreXlsx(await templateXlsx(inputSet(seed)), {
        mode: "portable",
      });
      const file = join(dir, `set${seed}.xlsx`);
      writeFileSync(file, output);
      cases.push({ file, result: generated.result, seed });
    }
    sheets = recalculate(cases.map((c) => c.file));
  }, 600_000);

  it(`equal the core on every indicator, total and grade of ${SETS} generated input sets`, () => {
    const mismatches: string[] = [];
    let scoredCells = 0;
    for (const { file, result, seed } of cases) {
      const grid = sheets.get(file)?.get("绩效自评评分表");
      if (!grid) throw new Error(`LibreOffice gave no score sheet for set ${seed}`);
      result.indicators.forEach((ind, i) => {
        const cell = grid[4 + i]?.[10];
        const got = number(cell);
        if (
          ind.computed === null ? got !== null : got === null || Math.abs(got - ind.computed) > 1e-9
        ) {
          mismatches.push(`set ${seed} ${ind.name}: core ${ind.computed}, LibreOffice ${cell}`);
        }
        if (ind.computed !== null) scoredCells++;
      });
      const total = number(grid[4 + result.indicators.length]?.[8]);
      if (total === null || Math.abs(total - result.total) > 1e-9)
        mismatches.push(`set ${seed} total: core ${result.total}, LibreOffice ${total}`);
      const grade = grid[5 + result.indicators.length]?.[8];
      if (grade !== (result.grade ?? "暂不评级"))
        mismatches.push(`set ${seed} grade: core ${result.grade}, LibreOffice ${grade}`);
    }
    expect(mismatches).toEqual([]);
    expect(scoredCells).toBeGreaterThan(SETS * 12);
  });
});

/** Inputs of the test framework (the Hunan rules): every new rule shape, on and beside its boundaries. */
function hunanSet(seed: number): TemplateFill {
  const r = random(seed * 7919);
  const inputs: Record<string, string | number> = {};
  const scale = r.int(100, 5000) * 100;
  const part = (ratios: number[]) =>
    (Math.round(scale * r.pick([...ratios, r.next() * 1.4])) + r.pick([0, 0, -1, 1])) / 100;
  inputs.budgetScale = scale / 100;
  inputs.fundsAdjusted = Math.max(0, part([0, 0.1, 0.2, 0.3]));
  inputs.budgetCompleted = part([1, 0.95, 0.9, 0.85, 0.8]);
  const authorized = r.int(20, 200);
  [inputs.staffAuthorized, inputs.staffOnPayroll] = [
    authorized,
    authorized + r.pick([-2, 0, 1, 5]),
  ];
  const last = r.int(10, 500);
  [inputs.sanGongBudgetLastYear, inputs.sanGongBudget] = [
    last,
    last + r.pick([0, -1, 1, 0.05 * last]),
  ];
  [inputs.sanGongActual] = [
    Math.round((inputs.sanGongBudget as number) * r.pick([1, 1.01, 1.06, 0.9]) * 100) / 100,
  ];
  const total = r.int(10, 900);
  [inputs.projectSpendingTotal, inputs.keyProjectSpending] = [
    total,
    Math.min(total, Math.round(total * r.pick([0.9, 0.8, 0.7, 0.6, 0.59, r.next()]) * 100) / 100),
  ];
  inputs.specialFundsLate = r.int(0, 7);
  const carry = r.int(0, 50);
  [inputs.carryOverLastYear, inputs.balanceAmount] = [
    carry,
    r.pick([0, carry, carry + 0.01, r.int(0, 60)]),
  ];
  const initial = r.int(100, 900);
  [inputs.initialBudget, inputs.addedBudget] = [
    initial,
    Math.round(initial * r.pick([0, 0.1, 0.2, 0.3, 0.31, r.next() * 0.5]) * 100) / 100,
  ];
  for (const key of ["rulesEstablished", "rulesEnforced", "performanceRulesEstablished"])
    inputs[key] = r.pick(["是", "否", 0.5]);
  inputs.budgetDisclosure = r.pick(["完全", "部分", "未公开"]);
  const planned = r.int(10, 900);
  [inputs.procurementPlanned, inputs.procurementActual] = [
    planned,
    r.pick([planned, planned / 2, planned + 1]),
  ];
  inputs.outputCoefficient = r.pick([1, 0.85, 0.6, 0]);
  const daily = r.int(10, 900);
  [inputs.dailyPublicBudget, inputs.dailyPublicActual] = [
    daily,
    r.pick([daily, daily + 1, daily - 1]),
  ];
  for (const key of Object.keys(inputs)) if (r.next() < 0.04) delete inputs[key];
  return { unit: `测试单位${seed}`, year: 2024, inputs };
}

describe("portable formulas of a framework nobody compiled in, recalculated by LibreOffice Calc", () => {
  const HUNAN_SETS = 40;
  const dir = mkdtempSync(join(tmpdir(), "perf-portable-hunan-"));
  const cases: { file: string; result: ScoreResult; seed: number }[] = [];
  let sheets: ReturnType<typeof recalculate>;
  const hunan = (() => {
    const read = readFramework(
      JSON.parse(
        readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
      )
    );
    if (!read.ok) throw new Error("fixture");
    return read.framework;
  })();

  beforeAll(async () => {
    for (let seed = 1; seed <= HUNAN_SETS; seed++) {
      const { output, generated } = await scoreXlsx(
        await templateXlsx(hunanSet(seed), undefined, "zh-CN", hunan),
        { mode: "portable", framework: hunan }
      );
      const file = join(dir, `hunan${seed}.xlsx`);
      writeFileSync(file, output);
      cases.push({ file, result: generated.result, seed });
    }
    sheets = recalculate(cases.map((c) => c.file));
  }, 600_000);

  it(`equal the core on every indicator and total of ${HUNAN_SETS} input sets`, () => {
    const mismatches: string[] = [];
    let scored = 0;
    for (const { file, result, seed } of cases) {
      const grid = sheets.get(file)!.get("绩效自评评分表")!;
      result.indicators.forEach((ind, i) => {
        const got = number(grid[4 + i]?.[10]);
        if (
          ind.computed === null ? got !== null : got === null || Math.abs(got - ind.computed) > 1e-9
        )
          mismatches.push(
            `set ${seed} ${ind.name}: core ${ind.computed}, LibreOffice ${grid[4 + i]?.[10]}`
          );
        if (ind.computed !== null) scored++;
      });
      const total = number(grid[4 + result.indicators.length]?.[8]);
      if (total === null || Math.abs(total - result.total) > 1e-9)
        mismatches.push(`set ${seed} total: core ${result.total}, LibreOffice ${total}`);
    }
    expect(mismatches).toEqual([]);
    expect(scored).toBeGreaterThan(HUNAN_SETS * 10);
  });
});

/**
 * Workbooks scored from the labels of their own tables alone: the data block follows (or copies) what the
 * scan found, and LibreOffice must arrive at the core's scores — a block cell following the wrong cell
 * (one of the two a difference is worked out from) would not.
 */
describe("portable sheets of workbooks read from their own tables, recalculated by LibreOffice Calc", () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-portable-labels-"));
  const cases: { file: string; result: ScoreResult; name: string }[] = [];
  let sheets: ReturnType<typeof recalculate>;

  beforeAll(async () => {
    for (const [n, fixture] of LABEL_FIXTURES.entries()) {
      // The evaluator's answers in a data sheet, so that indicators resting on found figures are scored.
      const answers = {
        spendingCompliant: "是",
        accountingCompliant: "是",
        seriousViolation: "否",
      };
      const bytes = await templateXlsx({ inputs: answers }, await fixture.build());
      const { output, generated } = await scoreXlsx(bytes, { mode: "portable" });
      if (generated.noInputs) continue;
      const file = join(dir, `labels${n}.xlsx`);
      writeFileSync(file, output);
      cases.push({ file, result: generated.result, name: fixture.name });
    }
    sheets = recalculate(cases.map((c) => c.file));
  }, 300_000);

  it("equal the core on every indicator", () => {
    const mismatches: string[] = [];
    for (const { file, result, name } of cases) {
      const grid = sheets.get(file)!.get("绩效自评评分表")!;
      result.indicators.forEach((ind, i) => {
        const got = number(grid[4 + i]?.[10]);
        if (
          ind.computed === null ? got !== null : got === null || Math.abs(got - ind.computed) > 1e-9
        )
          mismatches.push(
            `${name} ${ind.name}: core ${ind.computed}, LibreOffice ${grid[4 + i]?.[10]}`
          );
      });
    }
    expect(mismatches).toEqual([]);
    expect(cases.length).toBeGreaterThan(3);
  });
});
