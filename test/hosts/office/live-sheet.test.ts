import fc from "fast-check";
import { readFileSync } from "node:fs";
import { generateScoreSheet } from "../../../src/hosts/office/excel";
import { readFramework } from "../../../src/core";
import { loadWorkbook, withFramework } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { address } from "../../../src/pipeline/a1";
import type { Generated } from "../../../src/pipeline/analyze";
import { repoFile } from "../../helpers";
import { builtFunctions } from "../../support/excel-functions";
import { fakeOf, type FakeExcel } from "../../support/fake-excel";

/**
 * The live score sheet as Excel recalculates it, on desktop (blank cells reach custom functions as 0)
 * and on the web (as null), calling the built PERF functions with the argument shapes of functions.json.
 * Every PERF.SCORE cell must equal the core's score, and a gap must stay a gap on both platforms.
 */
const functions = builtFunctions();

async function sample(platform: "desktop" | "web"): Promise<FakeExcel> {
  const fake = fakeOf(
    snapshotOf(await loadWorkbook(readFileSync(repoFile("examples", "longgang-2021.xlsx"))))
  );
  fake.platform = platform;
  return fake;
}

function templateCell(fake: FakeExcel, key: string) {
  const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
  const [ref] = [...template.cells.entries()].find(([, c]) => c.value === key)!;
  const row = Number(/\d+/.exec(ref)![0]);
  return { template, at: address(row, 5) };
}

/** Generates the live sheet, recalculates the workbook, and reads back each indicator's score and note. */
async function liveScores(
  fake: FakeExcel
): Promise<{ generated: Generated; scores: unknown[]; notes: unknown[] }> {
  fake.recalculate(functions);
  const generated = await generateScoreSheet({ mode: "live" }, fake.run);
  fake.recalculate(functions);
  const sheet = fake.sheets.find((s) => s.name === generated.plan.name)!;
  const rows = generated.result.indicators.map((_, i) => 5 + i);
  return {
    generated,
    scores: rows.map((r) => sheet.cells.get(`K${r}`)?.value),
    notes: rows.map((r) => sheet.cells.get(`J${r}`)?.value),
  };
}

/**
 * Without data the cell shows the dash (IFNA); an input whose source shows an error keeps its #VALUE!, a
 * zero denominator its #DIV/0!. Never a number where the core gives none.
 */
const expected = (g: Generated) =>
  g.result.indicators.map((i) => i.computed ?? expect.stringMatching(/^(—|#VALUE!|#DIV\/0!)$/));

describe.each(["desktop", "web"] as const)(
  "the live score sheet recalculated in Excel (%s)",
  (platform) => {
    it("every PERF.SCORE equals the core’s score, every PERF.EXPLAIN its note", async () => {
      const { generated, scores, notes } = await liveScores(await sample(platform));
      expect(scores).toEqual(expected(generated));
      expect(notes).toEqual(generated.result.indicators.map((i) => i.explanation));
      expect(generated.result.indicators.filter((i) => i.computed === null).length).toBeGreaterThan(
        2
      );
    });

    it("a workbook with only its own tables: inputs found nowhere stay missing — 重点工作完成情况 without data is not scored 8", async () => {
      const fake = await sample(platform);
      fake.sheets = fake.sheets.filter((s) => s.name !== "绩效基础数据");
      const { generated, scores } = await liveScores(fake);
      expect(generated.located.inputs.has("keyTasksMissed")).toBe(false);
      expect(
        scores[generated.result.indicators.findIndex((i) => i.name === "重点工作完成情况")]
      ).toBe("—");
      expect(scores).toEqual(expected(generated));
    });

    it("an input nobody filled in is missing, not 0: 重点工作完成情况 is not scored 8, an unanswered item does not count as 否", async () => {
      const fake = await sample(platform);
      const tasks = templateCell(fake, "keyTasksMissed");
      tasks.template.cells.delete(tasks.at);
      const clarity = templateCell(fake, "indicatorsHaveValues");
      clarity.template.cells.set(clarity.at, { value: "缺少" });
      const { generated, scores } = await liveScores(fake);
      const at = (name: string) => generated.result.indicators.findIndex((i) => i.name === name);
      expect(scores[at("重点工作完成情况")]).toBe("—");
      expect(scores[at("绩效指标明确性")]).toBe("—");
      expect(scores).toEqual(expected(generated));
    });

    it("a KPI of zero accidents (target 0, actual 0) scores as the core scores it; a KPI row with no figures is not scored", async () => {
      const fake = await sample(platform);
      const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
      const rows = [
        ["社会效益", "安全责任事故（起）", 0, 0, "<=", 1],
        ["社会效益", "接待读者人次（万）", 200, 244.62, ">=", 1],
      ];
      rows.forEach((row, i) =>
        row.forEach((v, j) => template.cells.set(address(69 + i, 1 + j), { value: v }))
      );
      const first = await liveScores(fake);
      const at = first.generated.result.indicators.findIndex((i) => i.id === "effectiveness");
      expect(first.generated.result.indicators[at].computed).toBe(25);
      expect(first.scores).toEqual(expected(first.generated));

      ["社会效益", "群众满意度调查次数"].forEach((v, j) =>
        template.cells.set(address(71, 1 + j), { value: v })
      );
      const second = await liveScores(fake);
      expect(second.generated.result.indicators[at].computed).toBeNull();
      expect(second.scores[at]).toBe("—");
    });

    it("a source cell showing #DIV/0! empties only the indicator that reads it, and its note names the cell", async () => {
      const fake = await sample(platform);
      fake.sheets
        .find((s) => s.name === "三公经费")!
        .cells.set("C9", { value: null, formula: "C4/0" });
      const { generated, scores, notes } = await liveScores(fake);
      const i = generated.result.indicators.findIndex((x) => x.name === "公用经费控制率");
      expect(scores[i]).toBe("#VALUE!");
      expect(String(notes[i])).toMatch(/来源单元格 绩效基础数据!E\d+ 显示错误值/);
      expect(scores.filter((s) => typeof s === "number").length).toBe(
        generated.result.indicators.filter((x) => x.computed !== null).length
      );
      expect(scores).toEqual(expected(generated));
    });
  }
);

describe("any input cell left blank, 0, empty text, a dash or an error, as desktop Excel passes them", () => {
  const kpiCell = fc.oneof(
    fc.constant(null),
    fc.constant(0),
    fc.constant("0"),
    fc.integer({ min: 1, max: 300 })
  );
  /** What a unit's cell may hold: blank (desktop passes 0), a real 0, "" from a formula, a dash, an error value. */
  const state = fc.constantFrom("blank", "zero", "emptyText", "dash", "error");
  const put = {
    blank: () => undefined,
    zero: () => ({ value: 0 }),
    emptyText: () => ({ value: null, formula: '""' }),
    dash: () => ({ value: "—" }),
    error: () => ({ value: null, formula: "1/0" }),
  };
  it("every live PERF.SCORE equals the core’s score: amounts, counts, quarterly spending and rates, judgements, KPI rows", async () => {
    const keyed = [
      ...(await sample("desktop")).sheets.find((s) => s.name === "绩效基础数据")!.cells,
    ]
      .filter(([ref, c]) => /^G\d+$/.test(ref) && /^[a-z][A-Za-z0-9]+$/.test(String(c.value)))
      .map(([ref, c]) => ({ row: Number(ref.slice(1)), key: String(c.value) }));
    expect(keyed.map((k) => k.key)).toEqual(
      expect.arrayContaining(["spentQ1", "executionRateQ4", "keyTasksMissed", "sanGongBudget"])
    );
    await fc.assert(
      fc.asyncProperty(
        fc
          .subarray(keyed)
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.array(state, { minLength: rows.length, maxLength: rows.length })
            )
          ),
        fc.array(fc.tuple(kpiCell, kpiCell), { minLength: 1, maxLength: 4 }),
        async ([rows, states], kpis) => {
          const fake = await sample("desktop");
          const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
          rows.forEach(({ row }, i) => {
            const cell = put[states[i]]();
            if (cell) template.cells.set(address(row, 5), cell);
            else template.cells.delete(address(row, 5));
          });
          kpis.forEach(([target, actual], i) => {
            const row = [`社会效益`, `指标${i + 1}`, target, actual, i % 2 ? "<=" : ">=", 1];
            row.forEach((v, j) => template.cells.set(address(69 + i, 1 + j), { value: v }));
          });
          const { generated, scores } = await liveScores(fake);
          expect(scores).toEqual(expected(generated));
        }
      ),
      { numRuns: 40 }
    );
    // Forty live sheets recalculated: seconds, more on a loaded two-core machine than jest's default allows.
  }, 60_000);
});

describe("formulas a user writes over blank cells", () => {
  it("desktop Excel passes a blank as 0, which a PERF function cannot tell from 0; the documented safe form keeps it missing", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const fake = await sample(platform);
      fake.addSheet("自算", {
        A2: { value: null, formula: "PERF.KEYWORKSCORE(A1)" },
        A3: {
          value: null,
          formula: 'PERF.KEYWORKSCORE(IF(ISBLANK(A1),"",A1))',
        },
      });
      fake.recalculate(functions);
      const cells = fake.sheets.find((s) => s.name === "自算")!.cells;
      expect([platform, cells.get("A2")!.value, cells.get("A3")!.value]).toEqual([
        platform,
        platform === "desktop" ? 8 : "#N/A",
        "#N/A",
      ]);
    }
  });

  it("a hand-written PERF.KPISCORE over a table with empty rows ignores them on desktop", async () => {
    const fake = await sample("desktop");
    fake.addSheet("指标", {
      A1: "社会效益",
      B1: "接待人次",
      C1: 200,
      D1: 180,
      E1: ">=",
      A4: { value: null, formula: "PERF.KPISCORE(A1:F3)" },
    });
    fake.recalculate(functions);
    expect(fake.sheets.find((s) => s.name === "指标")!.cells.get("A4")!.value).toBe(22.5);
  });

  it("a hand-written PERF.KPISCORE over a KPI row whose target and actual are blank is not full marks on desktop", async () => {
    for (const platform of ["desktop", "web"] as const) {
      const fake = await sample(platform);
      fake.addSheet("指标", {
        A1: "社会效益",
        B1: "接待人次",
        C1: 200,
        D1: 180,
        E1: ">=",
        A2: "社会效益",
        B2: "读者活动场次",
        E2: ">=",
        A4: { value: null, formula: "PERF.KPISCORE(A1:F3)" },
        A6: "社会效益",
        B6: "零事故",
        C6: "0",
        D6: "0",
        E6: "<=",
        A7: { value: null, formula: "PERF.KPISCORE(A6:F6)" },
      });
      fake.recalculate(functions);
      const cells = fake.sheets.find((s) => s.name === "指标")!.cells;
      expect([platform, cells.get("A4")!.value, cells.get("A7")!.value]).toEqual([
        platform,
        "#N/A",
        25,
      ]);
    }
  });
});

describe("an error value inside a range a PERF function reads", () => {
  const cells = {
    A1: "sanGongBudget",
    B1: 11,
    A2: "sanGongActual",
    B2: 3.98,
    A3: "dailyPublicBudget",
    B3: 247.82,
    A4: "dailyPublicActual",
    B4: 247.82,
    A5: "satisfaction",
    B5: { value: null, formula: "B1/0" },
    D1: { value: null, formula: 'PERF.SCORE("公用经费控制率",A1:A5,B1:B5)' },
    D2: {
      value: null,
      formula: 'PERF.SCORE("公众或服务对象满意度",A1:A5,B1:B5)',
    },
  };

  it("reaches the function (errors allowed for `any` parameters), which blames only the input in that cell", async () => {
    expect(functions.allowErrorForDataTypeAny).toBe(true);
    const fake = await sample("desktop");
    fake.addSheet("手算", cells);
    fake.recalculate(functions);
    const sheet = fake.sheets.find((s) => s.name === "手算")!.cells;
    expect([sheet.get("D1")!.value, sheet.get("D2")!.value]).toEqual([5, "#VALUE!"]);
    const score = functions.custom("PERF.SCORE")!;
    expect(() =>
      score.fn("公众或服务对象满意度", [["satisfaction"]], [[score.makeError("#DIV/0!")]])
    ).toThrow("公众或服务对象满意度的单元格显示错误值 #DIV/0!，请检查该单元格");
  });

  it("without that setting Excel would not call the function at all, and every score over the range shows the error", async () => {
    const fake = await sample("desktop");
    fake.addSheet("手算", cells);
    fake.recalculate({ ...functions, allowErrorForDataTypeAny: false });
    const sheet = fake.sheets.find((s) => s.name === "手算")!.cells;
    expect([sheet.get("D1")!.value, sheet.get("D2")!.value]).toEqual(["#DIV/0!", "#DIV/0!"]);
  });
});

describe.each(["desktop", "web"] as const)(
  "a workbook keeping a framework nobody compiled in (%s)",
  (platform) => {
    it("live formulas read the stored framework: every PERF.SCORE equals the core on it", async () => {
      const hunan = readFileSync(
        repoFile("test", "fixtures", "frameworks", "hunan-test.json"),
        "utf8"
      );
      const read = readFramework(JSON.parse(hunan));
      if (!read.ok) throw new Error("fixture");
      const bytes = await withFramework(
        readFileSync(repoFile("examples", "longgang-2021.xlsx")),
        read.framework
      );
      const fake = fakeOf(snapshotOf(await loadWorkbook(bytes)));
      fake.platform = platform;
      const { generated, scores, notes } = await liveScores(fake);
      expect(generated.framework.id).toBe("hunan-test");
      expect(scores).toHaveLength(14);
      expect(scores).toEqual(expected(generated));
      expect(notes).toEqual(generated.result.indicators.map((i) => i.explanation));
      const sheet = fake.sheets.find((s) => s.name === generated.plan.name)!;
      expect(sheet.cells.get("K5")?.formula).toMatch(
        /^IFNA\(PERF\.SCORE\("财政供养人员控制率",\$V\$5:\$V\$\d+,\$N\$5:\$N\$\d+,"",'PerfScore指标体系'!\$A\$2:\$A\$2\),"—"\)$/
      );
    });
  }
);
