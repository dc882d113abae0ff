import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  getFramework,
  readFramework,
  renderFindings,
  unitReview,
  type Framework,
} from "../../../src/core";
import { summaryXlsx } from "../../../src/hosts/xlsx/summary";
import { loadWorkbook, scoreXlsx, withFramework } from "../../../src/hosts/xlsx/file";
import { setCellValues } from "../../../src/hosts/xlsx/patch";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { analyzeWorkbook, scoreWorkbook } from "../../../src/pipeline/analyze";
import { planScoreSheet } from "../../../src/pipeline/sheets/score-sheet";
import { repoFile } from "../../helpers";

/**
 * Text from a workbook a unit sent, from a bureau's framework or from a clerk's keyboard reaches sheets the
 * add-in writes; none of it may ever become part of a formula. Payloads are planted in every text field,
 * and every formula written is taken apart: it may call only the add-in's own functions, and whatever a
 * payload says stays inside a string literal.
 */
const PAYLOADS = [
  'z",WEBSERVICE("http://evil.example/x"),"',
  '=HYPERLINK("http://evil.example","点此")',
  "+WEBSERVICE(A1)",
  "@SUM(1)",
];

/** The functions the add-in's formulas call: nothing else may appear in a sheet it writes. */
const OURS = new Set([
  "AND",
  "COUNT",
  "IF",
  "IFNA",
  "_XLFN.IFNA",
  "ISBLANK",
  "ISERROR",
  "ISNUMBER",
  "MATCH",
  "MAX",
  "MIN",
  "NA",
  "OR",
  "PERF.EXPLAIN",
  "PERF.SCORE",
  "PERF.GRADE",
  "ROUND",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TRIM",
  "INT",
  "AVERAGE",
  // Frameworks with items left out (不适用) or a cap on the total: criteria and fallbacks of our own words.
  "COUNTIF",
  "IFERROR",
  "_XLFN.IFERROR",
]);

/** What a formula does, once its string literals are taken out: its functions, and any foreign text. */
function foreign(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const calls = [...bare.matchAll(/([A-Za-z_][A-Za-z0-9._]*)\(/g)].map((m) => m[1].toUpperCase());
  return [
    ...calls.filter((f) => !OURS.has(f)),
    ...(/WEBSERVICE|HYPERLINK|evil|http/i.test(bare) ? [bare] : []),
  ];
}

const SAMPLE = readFileSync(repoFile("examples", "longgang-2021.xlsx"));

/** The formulas of the sheets a copy has that the original had not: the ones the add-in wrote. */
async function writtenFormulas(original: Uint8Array, copy: Uint8Array): Promise<string[]> {
  const names = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    return [...book.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].map((m) => ({
      name: m[1],
      part: `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?xl\//, "")}`,
      zip,
    }));
  };
  const before = new Set((await names(original)).map((s) => s.name));
  const out: string[] = [];
  for (const s of (await names(copy)).filter((x) => !before.has(x.name))) {
    const xml = await s.zip.file(s.part)!.async("string");
    for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g))
      out.push(
        m[1]
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&")
      );
  }
  return out;
}

const json = (f: Framework) => JSON.parse(JSON.stringify(f)) as Record<string, never>;

/** Every place a framework's text is compared or shown in a formula, as a path and a setter. */
const DATA_FIELDS: [string, (f: ReturnType<typeof json>, p: string) => void][] = [
  ["indicator name", (f, p) => ((f as any).levels[0].children[0].indicators[0].name["zh-CN"] = p)],
  ["level name", (f, p) => ((f as any).levels[1].name["zh-CN"] = p)],
  ["grade", (f, p) => ((f as any).grades[0].grade["zh-CN"] = p)],
  [
    "choice answer",
    (f, p) => {
      const rule = (f as any).levels[1].children[0].indicators[2].rule.parts[0];
      rule.values = { ...rule.values, [p]: 1 };
    },
  ],
];

describe("formula injection: text is data, in every sheet the add-in writes", () => {
  it("framework check refuses quotes and formula starts where a name, an answer or a grade goes, naming the place", () => {
    for (const [what, plant] of DATA_FIELDS)
      for (const payload of PAYLOADS) {
        const f = json(getFramework()!);
        plant(f, payload);
        const read = readFramework({ ...f, id: "planted" });
        expect([what, payload, read.ok]).toEqual([what, payload, false]);
        if (!read.ok)
          expect(read.problems.map((p) => p.message).join(" ")).toMatch(/英文双引号|Excel 会把/);
      }
  });

  it("descriptions and criteria carry any text into cells, never into formulas; a quote in a name goes in as a literal", async () => {
    const f = json(getFramework()!);
    for (const l1 of (f as any).levels)
      for (const l2 of l1.children)
        for (const ind of l2.indicators) {
          ind.description = PAYLOADS;
          ind.criteria = PAYLOADS;
        }
    const read = readFramework({ ...f, id: "planted-text" });
    expect(read.ok).toBe(true);
    const framework = (read as { framework: Framework }).framework;
    for (const mode of ["portable", "values"] as const) {
      const { output } = await scoreXlsx(SAMPLE, { mode, framework });
      const formulas = await writtenFormulas(SAMPLE, output);
      expect(formulas.length).toBeGreaterThanOrEqual(mode === "portable" ? 50 : 0);
      expect(formulas.flatMap(foreign)).toEqual([]);
    }
  });

  it("a unit's own cells, the data sheet, the unit's name, KPI names and reasons: the score sheet's formulas stay the add-in's", async () => {
    const snapshot = snapshotOf(await loadWorkbook(SAMPLE));
    const template = analyzeWorkbook(snapshot).located;
    const writes = [
      { sheet: "绩效基础数据", row: template.unitCell!.row, col: template.unitCell!.col },
      ...[...template.overrideCells!.values()].map((c) => ({
        sheet: "绩效基础数据",
        row: c.row,
        col: c.reasonCol,
      })),
      { sheet: "绩效基础数据", row: template.kpis!.top, col: template.kpis!.left + 1 },
      ...["budgetDisclosure", "staffOnPayroll", "petitionChannel"].map((k) => {
        const c = template.inputCells!.get(k)!;
        return { sheet: "绩效基础数据", row: c.row, col: c.col };
      }),
    ].map((w, i) => ({ ...w, value: PAYLOADS[i % PAYLOADS.length] }));
    const planted = await setCellValues(SAMPLE, writes);
    for (const mode of ["portable", "values"] as const) {
      const { output } = await scoreXlsx(planted, { mode });
      expect((await writtenFormulas(planted, output)).flatMap(foreign)).toEqual([]);
    }
    // Inside Excel the live sheet is planned the same way: its formulas too.
    const live = scoreWorkbook(snapshotOf(await loadWorkbook(planted)), { mode: "live" });
    const formulas = live.plan.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.flatMap(foreign)).toEqual([]);
  });

  it("a framework kept in a workbook from elsewhere is checked like a file: one with formula text is refused, said so, and not used", async () => {
    const f = json(getFramework()!);
    DATA_FIELDS[0][1](f, PAYLOADS[0]);
    const stored = await withFramework(SAMPLE, { ...(f as unknown as Framework), id: "planted" });
    const { generated, output } = await scoreXlsx(stored, { mode: "portable" });
    expect(generated.framework.id).toBe("longgang-2021");
    expect(renderFindings(generated.result.findings, generated.framework, "zh-CN")).toContainEqual(
      expect.stringMatching(
        /^工作簿中保存的指标体系有问题，没有使用，已按内置的指标体系计分：levels\[0\]/
      )
    );
    expect((await writtenFormulas(stored, output)).flatMap(foreign)).toEqual([]);
    // A sound one is used, and the findings say where it came from.
    const hunan = readFramework(
      JSON.parse(
        readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
      )
    ) as { framework: Framework };
    const sound = await withFramework(SAMPLE, hunan.framework);
    const again = await scoreXlsx(sound, { mode: "values" });
    expect(
      renderFindings(again.generated.result.findings, again.generated.framework, "zh-CN")
    ).toContainEqual(expect.stringMatching(/^按工作簿中保存的指标体系“.+”（hunan-test）计分/));
  });

  it("even a framework given as an object, never checked, cannot put its answers into a formula", () => {
    const f = json(getFramework()!);
    DATA_FIELDS[3][1](f, PAYLOADS[0]);
    DATA_FIELDS[2][1](f, PAYLOADS[0]);
    const framework = f as unknown as Framework;
    for (const mode of ["portable", "live"] as const) {
      const { plan } = scoreWorkbook({ sheets: [], names: [] }, { mode, framework });
      const formulas = plan.cells.flatMap((c) => (c.formula ? [c.formula] : []));
      expect(formulas.some((x) => x.includes('"z"",WEBSERVICE('))).toBe(true);
      expect(formulas.flatMap(foreign)).toEqual([]);
    }
  });

  it("the review's summary counts a grade exactly, however its label reads as a COUNTIF criterion", async () => {
    const f = json(getFramework()!);
    (f as any).grades = [
      { min: 90, grade: { "zh-CN": "优*" } },
      { min: 0, grade: { "zh-CN": ">=0" } },
    ];
    const framework = (readFramework({ ...f, id: "criteria" }) as { framework: Framework })
      .framework;
    const result = analyzeWorkbook({ sheets: [], names: [] }, { framework }).result;
    const graded = (grade: string) => ({
      ...unitReview(result, framework),
      dataGrade: grade,
      claimedGrade: grade,
    });
    const files = ["优*", "优X", ">=0"].map((grade, i) => ({
      file: `${i}.xlsx`,
      link: `${i}.xlsx`,
      unit: `单位${i}`,
      status: "scored" as const,
      framework,
      review: graded(grade),
    }));
    const bytes = await summaryXlsx(
      { files, skipped: 0, locale: "zh-CN", made: new Date(2026, 0, 1) },
      framework
    );
    const wb = await loadWorkbook(bytes);
    const charts = wb.getWorksheet("图表")!;
    const counts = [3, 4].map((r) => [charts.getCell(r, 1).value, charts.getCell(r, 2).value]);
    for (const [, v] of counts) expect(foreign((v as { formula: string }).formula)).toEqual([]);
    expect(counts.map(([label, v]) => [label, (v as { result: number }).result])).toEqual([
      ["优*", 1],
      [">=0", 1],
    ]);
  });

  it("the score sheet's grade formula compares a grade as text, whatever characters it has", () => {
    const f = json(getFramework()!);
    (f as any).grades[0].grade["zh-CN"] = "优*（>90）";
    const read = readFramework({ ...f, id: "stars" });
    expect(read.ok).toBe(true);
    const framework = (read as { framework: Framework }).framework;
    const analysis = analyzeWorkbook({ sheets: [], names: [] }, { framework });
    const plan = planScoreSheet({
      framework,
      result: analysis.result,
      located: analysis.located,
      mode: "portable",
      existingSheets: [],
    });
    const grade = plan.cells.find((c) => c.formula?.includes("优*"))!;
    expect(grade.formula).toContain('"优*（>90）"');
    expect(foreign(grade.formula!)).toEqual([]);
  });

  it("a 10 MB unit name with control characters: printed cut, written within a cell's 32,767 characters, the file sound", async () => {
    const snapshot = snapshotOf(await loadWorkbook(SAMPLE));
    const unit = analyzeWorkbook(snapshot).located.unitCell!;
    const name = `某单位\u0001\u0007${"很长".repeat(5 * 2 ** 20)}`;
    const planted = await setCellValues(SAMPLE, [
      { sheet: "绩效基础数据", row: unit.row, col: unit.col, value: name },
    ]);
    const { generated, output } = await scoreXlsx(planted, { mode: "portable" });
    expect(generated.result.unit!.length).toBe(100);
    expect(generated.result.unit!.endsWith("…")).toBe(true);
    const wb = await loadWorkbook(output);
    const title = String(wb.getWorksheet("绩效自评评分表")!.getCell("A1").value);
    expect(title.length).toBeLessThanOrEqual(32_767);
    expect([...title].some((c) => c === "\u0001" || c === "\u0007")).toBe(false);
  });

  it("a framework's wording that looks like a regular expression is matched as the words it is, at once", () => {
    const hunan = JSON.parse(
      readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
    );
    const own = hunan.inputs.find((d: { labels?: unknown }) => d.labels);
    own.labels = { rows: ["x**?", `${"a*".repeat(40)}b`, "(上年]结转"] };
    const read = readFramework({ ...hunan, id: "regex" });
    expect(read.ok).toBe(true);
    const framework = (read as { framework: Framework }).framework;
    const wb = snapshotOf(new ExcelJS.Workbook());
    wb.sheets.push({
      name: "说明",
      top: 1,
      left: 1,
      values: [[`本单位本年${"a".repeat(60)}，另有x**?共计12万元，说明情况。`]],
      formulas: [[""]],
      numberFormats: [["General"]],
    });
    const started = Date.now();
    analyzeWorkbook(wb, { framework });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
