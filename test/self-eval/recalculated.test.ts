import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  getSelfEvalForm,
  scoreSelfEval,
  type SelfEvalResult,
  type SelfEvalTable,
  type TargetRow,
} from "../../src/core";
import { addSheetsToPackage, emptyPackage } from "../../src/hosts/xlsx/patch";
import { planSelfEvalSheet } from "../../src/pipeline/self-eval";
import { recalculate } from "../support/libreoffice";
import { seeded } from "../support/seeded";

/**
 * Generated forms on the rules' edges — targets of 0, actuals at and past 130 % and twice the target, ≤ rows,
 * qualitative rows, half-cent ties, execution under each cap — written by the add-in and recalculated by
 * LibreOffice: every row and total as the core scores them.
 */
const FORMS = ["national-2020-project", "yitihua-project", "hubei-2020-project"];

function table(seed: number): SelfEvalTable {
  const g = seeded(seed);
  const rows: TargetRow[] = Array.from({ length: 18 }, (_, i) => {
    const nature = g.pick(["≥", "≥", "≤", "=", "定性"]);
    const points = g.pick([5, 7.5, 10, 12.5, 3]);
    if (nature === "定性") {
      const band = g.pick(["完成", "基本完成", "未完成"]);
      const share = band === "完成" ? 0.9 : band === "基本完成" ? 0.7 : 0.3;
      return {
        level1: "产出指标",
        level2: "质量指标",
        name: `定性${i}`,
        target: "完成",
        actual: band,
        points,
        score: Math.round(points * share * 100) / 100,
      };
    }
    const target = g.pick([0, 8, 40, 95, 100, 3, 30]);
    const actual = g.pick([
      0,
      target,
      Math.round(target * 1.3),
      target * 2,
      Math.max(0, target - 1),
      g.int(0, 250),
      1.25,
      7,
    ]);
    const unit = g.pick(["%", "天", "人次"]);
    return {
      level1: "产出指标",
      level2: "数量指标",
      name: `指标${i}`,
      nature,
      target: `${nature}${target}${unit}`,
      actual: `${actual}${unit}`,
      points,
    };
  });
  const budget = 1000;
  const spent = g.pick([1000, 850, 750, 650, 550, 450, 1020]);
  return { form: "project", name: `项目${seed}`, funds: { budget, spent }, rows };
}

describe("the written 自评表, recalculated by LibreOffice", () => {
  const cases: { result: SelfEvalResult; sheet: string }[] = [];
  let sheets: ReturnType<typeof recalculate> extends Map<string, infer S> ? S : never;

  beforeAll(async () => {
    const names: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const result = scoreSelfEval(table(seed), getSelfEvalForm(FORMS[seed % FORMS.length])!);
      const { plan } = planSelfEvalSheet(result, names);
      names.push(plan.name);
      cases.push({ result, sheet: plan.name });
    }
    const dir = mkdtempSync(join(tmpdir(), "perf-forms-recalc-"));
    const file = join(dir, "forms.xlsx");
    writeFileSync(
      file,
      await addSheetsToPackage(
        await emptyPackage(),
        cases
          .map((c) => planSelfEvalSheet(c.result, [], "zh-CN").plan)
          .map((p, i) => ({ ...p, name: cases[i].sheet }))
      )
    );
    sheets = recalculate([file]).get(file)!;
  }, 300_000);

  it("covers the edges: caps, deviations, falling rows past twice their target, qualitative bands", () => {
    const all = cases.map((c) => c.result);
    expect(all.some((r) => r.uncapped)).toBe(true);
    expect(all.some((r) => r.rows.some((x) => x.nature === "<=" && x.score?.isZero()))).toBe(true);
    expect(
      all.some((r) => r.rows.some((x) => x.nature === "qualitative" && x.band === "部分达成"))
    ).toBe(true);
    expect(
      all.some(
        (r) =>
          r.form.id === "yitihua-project" &&
          r.rows.some((x) => x.text.some((t) => t.includes("偏离")))
      )
    ).toBe(true);
  });

  it("recalculates every row and total to the core's score", () => {
    for (const { result, sheet } of cases) {
      const rows = sheets.get(sheet)!;
      result.table.rows.forEach((row, i) => {
        const line = rows.find((r) => r[2] === row.name)!;
        const want = result.rows[i].score;
        expect([sheet, row.name, line[7] === "" ? null : Number(line[7])]).toEqual([
          sheet,
          row.name,
          want === null ? null : want.toNumber(),
        ]);
      });
      const total = rows.find((r) => r[0] === "总分")!;
      expect([sheet, Number(total[7]), total[8]]).toEqual([
        sheet,
        result.total!.toNumber(),
        result.grade,
      ]);
    }
  });
});
