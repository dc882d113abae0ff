import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { evaluate } from "../../../src/core";
import { sampleWorkbook } from "../../../src/cli/sample-workbook";
import { loadWorkbook, scoreXlsx } from "../../../src/hosts/xlsx/file";
import { cellValue } from "../../../src/hosts/xlsx/read";
import type { FormulaMode } from "../../../src/pipeline/sheets/score-sheet";
import { longgang, readSample, repoFile, texts } from "../../helpers";

const SAMPLE = readFileSync(repoFile("examples", "longgang-2021.xlsx"));

/** Everything a user sees in a sheet: each cell's value, formula and format, and the merges. */
function contents(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      cells[c.address] = {
        value: cellValue(c),
        formula: c.formula ?? null,
        numFmt: c.numFmt ?? null,
      };
    })
  );
  return {
    cells,
    merges: [
      ...((ws as unknown as { _merges: Record<string, unknown> })._merges
        ? Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)
        : []),
    ].sort(),
  };
}

async function scored(mode: FormulaMode) {
  const { output, generated } = await scoreXlsx(SAMPLE, { mode });
  const wb = await loadWorkbook(output);
  return { wb, ws: wb.getWorksheet("绩效自评评分表")!, generated, output };
}

describe("the sample workbook, scored to an .xlsx and opened again", () => {
  it("leaves every existing sheet as it was, cell for cell", async () => {
    const before = await loadWorkbook(SAMPLE);
    const { wb } = await scored("portable");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      "绩效自评评分表",
    ]);
    for (const ws of before.worksheets)
      expect([ws.name, contents(wb.getWorksheet(ws.name)!)]).toEqual([ws.name, contents(ws)]);
    expect(wb.definedNames.model).toEqual(expect.arrayContaining(before.definedNames.model));
  });

  it("holds the framework table as the report prints it, with the core’s scores cell by cell", async () => {
    const { ws, generated } = await scored("portable");
    const expected = evaluate(readSample(), longgang);
    expect(ws.getCell("A1").value).toBe("深圳市龙岗区图书馆2021年度部门整体支出绩效自评评分表");
    expect(
      ["A3", "C3", "E3", "G3", "H3", "I3", "J3", "K3", "A4", "B4"].map((a) => ws.getCell(a).value)
    ).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "指标说明",
      "参考评分标准",
      "得分情况",
      "扣分情况及整改情况说明",
      "数据计算得分",
      "名称",
      "分值",
    ]);
    expected.indicators.forEach((ind, i) => {
      const row = 5 + i;
      expect(ws.getCell(row, 5).value).toBe(ind.name);
      expect(ws.getCell(row, 6).value).toBe(ind.max);
      expect(cellValue(ws.getCell(row, 9))).toBe(ind.score ?? "—");
      expect(cellValue(ws.getCell(row, 11))).toBe(ind.computed ?? "—");
      expect(ws.getCell(row, 9).numFmt).toBe("0.00");
      expect(String(ws.getCell(row, 8).value)).toBe(
        longgang.levels
          .flatMap((l) => l.children.flatMap((c) => c.indicators))
          [i].criteria.join("\n")
      );
      expect(ws.getCell(row, 10).value).toBe(ind.explanation);
    });
    expect(ws.getCell("A5").value).toBe("部门决策");
    expect(ws.getCell("B19").value).toBe(55);
    expect(ws.getCell("A5").isMerged && ws.getCell("A14").isMerged).toBe(true);
    expect(cellValue(ws.getCell("I26"))).toBe(96);
    expect(cellValue(ws.getCell("I27"))).toBe("优");
    // The unit's findings, then apart the framework table's own inconsistencies, which the unit cannot act on.
    expect(ws.getCell("A28").value).toMatch(/^说明：“数据计算得分”是按“计分依据数据”/);
    expect(ws.getCell("A30").value).toBe("审计发现（6项）");
    expect(ws.getCell("A31").value).toBe(`1. ${texts(expected)[0]}`);
    expect(ws.getCell("A38").value).toBe("指标体系原表说明（3项，照原文保留，不影响单位得分）");
    expect(ws.getCell("A39").value).toBe(`1. ${texts(expected)[6]}`);
    expect(generated.plan.anchors?.["financialCompliance"]).toBe(10);
  });

  it("is print-ready: A4 landscape, one page wide, header rows repeated, frozen header, no gridlines", async () => {
    const { ws, output } = await scored("portable");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:4",
    });
    // The table alone: the data block beside it stays on screen.
    expect(ws.pageSetup.printArea).toBe("A1:K41");
    const JSZip = (await import("jszip")).default;
    const pkg = await JSZip.loadAsync(output);
    const book = await pkg.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/_xlnm.Print_Area[^>]*>'绩效自评评分表'!\$A\$1:\$K\$41</);
    // Pages start between indicators, never inside a merged level cell.
    const sheet = await pkg
      .file(/worksheets\/sheet\d+\.xml$/)
      .pop()!
      .async("string");
    expect(sheet).toContain(
      '<rowBreaks count="4" manualBreakCount="4"><brk id="9" max="16383" man="1"/><brk id="13" max="16383" man="1"/><brk id="19" max="16383" man="1"/><brk id="24" max="16383" man="1"/></rowBreaks>'
    );
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.getColumn(8).width).toBeGreaterThan(40);
    expect(ws.getCell("H5").alignment?.wrapText).toBe(true);
  });

  it("portable mode: native formulas only, over the data block that follows each source cell", async () => {
    const { ws } = await scored("portable");
    // As Excel saves IFNA (newer than Excel 2007): with the _xlfn. prefix.
    expect(ws.getCell("K19").formula).toMatch(/^_xlfn\.IFNA\(ROUND\(.*\),"—"\)$/);
    const formulas = collectFormulas(ws);
    expect(formulas.filter((f) => f.includes("PERF."))).toEqual([]);
    expect(ws.getCell("V5").value).toBe("budgetAlignedWithDuties");
    expect(ws.getColumn(22).hidden).toBe(true);
    expect(ws.getCell("M5").value).toBe("预算编制、分配符合本部门职责和区委区政府方针政策");
    const block = blockRow(ws, "sanGongBudget");
    const source =
      /^IF\(ISBLANK\('绩效基础数据'!E(\d+)\),"",IF\(ISNUMBER\(MATCH\(TRIM\('绩效基础数据'!E\1\)&"",\{"缺少","missing","—",[^}]*\},0\)\),"",'绩效基础数据'!E\1\)\)$/.exec(
        ws.getCell(block, 14).formula ?? ""
      );
    expect(source).not.toBeNull();
    expect(ws.getCell(block, 16).value).toBe(`基础数据表 绩效基础数据!E${source![1]}`);
    expect(cellValue(ws.getCell(block, 14))).toBe(11);
  });

  it("live mode is the add-in’s alone: a file written here would store PERF.SCORE where Excel stores _xldudf_PERF_SCORE", async () => {
    await expect(scoreXlsx(SAMPLE, { mode: "live" })).rejects.toThrow(
      "live formulas are written by the add-in inside Excel only"
    );
  });

  it("values mode: numbers and text only", async () => {
    const { ws } = await scored("values");
    expect(collectFormulas(ws)).toEqual([]);
    expect(ws.getCell("K19").value).toBe(5);
    expect(ws.getCell("I26").value).toBe(96);
  });

  it("names a second score sheet “绩效自评评分表 (2)” instead of replacing the first", async () => {
    const once = await scoreXlsx(SAMPLE, { mode: "values" });
    const twice = await scoreXlsx(once.output, { mode: "values" });
    const wb = await loadWorkbook(twice.output);
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual([
      "绩效自评评分表",
      "绩效自评评分表 (2)",
    ]);
  });
});

describe("examples/longgang-2021.xlsx", () => {
  it("is what src/cli/sample-workbook.ts writes (regenerate it with node build/cli/sample-workbook.js)", async () => {
    const committed = await loadWorkbook(SAMPLE);
    const fresh = await loadWorkbook(await sampleWorkbook());
    expect(fresh.worksheets.map((w) => w.name)).toEqual(committed.worksheets.map((w) => w.name));
    for (const ws of committed.worksheets)
      expect([ws.name, contents(fresh.getWorksheet(ws.name)!)]).toEqual([ws.name, contents(ws)]);
  });
});

function collectFormulas(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => c.formula && out.push(c.formula)));
  return out;
}

function blockRow(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = 5; r < 80; r++) if (ws.getCell(r, 22).value === key) return r;
  throw new Error(`no block row for ${key}`);
}

describe("the scored copy as a package", () => {
  it("keeps every part of the original byte for byte, and only extends the package lists", async () => {
    const JSZip = (await import("jszip")).default;
    const original = await JSZip.loadAsync(SAMPLE);
    const { output } = await scoreXlsx(SAMPLE, { mode: "portable" });
    const copy = await JSZip.loadAsync(output);
    const lists = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ];
    for (const name of Object.keys(original.files).filter(
      (n) => !original.files[n].dir && !lists.includes(n)
    )) {
      expect([
        name,
        Buffer.from(await copy.file(name)!.async("uint8array")).equals(
          Buffer.from(await original.file(name)!.async("uint8array"))
        ),
      ]).toEqual([name, true]);
    }
    const added = Object.keys(copy.files).filter((n) => !original.files[n]);
    expect(added).toEqual(["xl/worksheets/sheet10.xml"]);
    const [before, after] = await Promise.all(
      [original, copy].map((z) => z.file("xl/styles.xml")!.async("string"))
    );
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
  });

  it("keeps parts the add-in knows nothing of, such as a chart", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(SAMPLE);
    const chart =
      '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file("xl/charts/chart1.xml", chart);
    const withChart = await zip.generateAsync({ type: "uint8array" });
    const { output } = await scoreXlsx(withChart, { mode: "values" });
    expect(
      await (await JSZip.loadAsync(output)).file("xl/charts/chart1.xml")!.async("string")
    ).toBe(chart);
  });
});
