import { readFileSync } from "node:fs";
import { getFramework, readFramework } from "../../src/core";
import { ExcelSession } from "../../src/taskpane/session/excel-session";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { snapshotOf } from "../../src/hosts/xlsx/read";
import { address } from "../../src/pipeline/a1";
import { adopt, initialForm, typed } from "../../src/taskpane/model";
import { repoFile } from "../helpers";
import { fakeOf, type FakeExcel } from "../support/fake-excel";
import { sheet, workbook } from "../support/snapshot-helpers";

/** The task pane's Excel session against the strict fake context: what the pane does inside Excel. */
async function sampleInFake(): Promise<FakeExcel> {
  return fakeOf(
    snapshotOf(await loadWorkbook(readFileSync(repoFile("examples", "longgang-2021.xlsx"))))
  );
}

describe("the task pane inside Excel", () => {
  it("analyzes in three round trips and finds the sample’s inputs", async () => {
    const fake = await sampleInFake();
    const analysis = await new ExcelSession("示例.xlsx", "zh-CN", fake.run).analyze();
    expect(fake.syncs).toBe(3);
    expect(analysis.result.total).toBe(96);
    expect(analysis.located.inputs.get("sanGongBudget")?.source).toBe("template");
  });

  it("saves judgements into the template cells, reading the workbook first and writing in one round trip, and the next analysis reads them", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    const analysis = await session.analyze();
    const before = fake.syncs;
    expect(await session.save(typed(initialForm(analysis), "indicatorsHaveValues", "是"))).toEqual({
      unplaced: [],
    });
    expect(fake.syncs - before).toBe(4);
    const cell = analysis.located.inputs.get("indicatorsHaveValues")!;
    expect(
      fake.sheets.find((s) => s.name === "绩效基础数据")!.cells.get(address(cell.row, cell.col))
        ?.value
    ).toBe("是");
    expect((await session.analyze()).result.total).toBe(97);
  });

  it("shows a cell, binds an input to the selection, and generates with live formulas", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    await session.select("三公经费", 9, 2);
    expect(fake.shown).toEqual(["activate 三公经费", "select 三公经费!B9"]);
    fake.selection = { sheet: "三公经费", address: "C9" };
    expect(await session.bindSelection("sanGongActual")).toBe("三公经费!C9");
    expect(fake.names).toEqual([
      {
        name: "PERF_sanGongActual",
        type: "Range",
        formula: "='三公经费'!C9",
        comment: "绩效自评输入项",
      },
    ]);
    fake.selection = { sheet: "三公经费", address: "C8" };
    await session.bindSelection("sanGongActual");
    expect(fake.names.map((n) => n.formula)).toEqual(["='三公经费'!C8"]);
    const generated = await session.generate("live");
    const control = generated.result.indicators.find((i) => i.name === "公用经费控制率")!;
    expect(control.explanation).toContain("“三公”经费控制率为3.09%");
    expect(generated.located.inputs.get("sanGongActual")).toMatchObject({
      source: "name",
      name: "PERF_sanGongActual",
      value: 0.34,
    });
    expect(fake.sheets.at(-1)!.cells.get("K19")?.formula).toMatch(
      /^IFNA\(PERF\.SCORE\("公用经费控制率"/
    );
  });
});

describe("the workbook changed behind the pane", () => {
  it("a save places every value by key in the workbook as it is now: rows inserted since the pane looked move the cells", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    const analysis = await session.analyze();
    const was = analysis.located.inputs.get("indicatorsHaveValues")!;
    const old = address(was.row, was.col);
    fake.insertRows("绩效基础数据", 7, 2);
    const template = () => fake.sheets.find((s) => s.name === "绩效基础数据")!;
    const displaced = template().cells.get(old)?.value;
    await session.save(typed(initialForm(analysis), "indicatorsHaveValues", "是"));
    expect(template().cells.get(old)?.value).toBe(displaced);
    expect(template().cells.get(address(was.row + 2, was.col))?.value).toBe("是");
    expect((await session.analyze()).result.total).toBe(97);
  });

  it("a template deleted since the pane looked is made again and written to; no other sheet changes", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    const analysis = await session.analyze();
    fake.sheets = fake.sheets.filter((s) => s.name !== "绩效基础数据");
    const before = copyCells(fake);
    expect(await session.save(typed(initialForm(analysis), "indicatorsHaveValues", "是"))).toEqual({
      unplaced: [],
      createdTemplate: "绩效基础数据",
    });
    expect(copyCells(fake).filter(([name]) => name !== "绩效基础数据")).toEqual(before);
    const again = await session.analyze();
    expect(again.located.inputs.get("indicatorsHaveValues")).toMatchObject({
      source: "template",
      value: "是",
    });
  });

  it("shown again (the shared runtime outlives the pane), the pane is told to read the workbook again", async () => {
    let handler: ((args: { visibilityMode: string }) => void) | undefined;
    const removed = jest.fn(async () => undefined);
    const addin = {
      onVisibilityModeChanged: async (h: typeof handler) => ((handler = h), removed),
    };
    const session = new ExcelSession(
      "示例.xlsx",
      "zh-CN",
      (await sampleInFake()).run,
      addin as never
    );
    const stale = jest.fn();
    const stop = session.watch(stale);
    handler!({ visibilityMode: "Hidden" });
    expect(stale).not.toHaveBeenCalled();
    handler!({ visibilityMode: "Taskpane" });
    expect(stale).toHaveBeenCalledTimes(1);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(removed).toHaveBeenCalled();
  });
});

describe("a long reason and a failed write", () => {
  it("an evaluator’s reason of any length stays in a cell: the live sheet is written, with no long text inside a formula", async () => {
    const fake = await sampleInFake();
    const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
    const reasonCell = [...template.cells.entries()].find(
      ([, c]) => c.value === "自评报告填报3分"
    )![0];
    template.cells.set(reasonCell, {
      value: "单位于第四季度进行机构改革，".repeat(30),
    });
    const generated = await new ExcelSession("示例.xlsx", "zh-CN", fake.run).generate("live");
    const sheet = fake.sheets.find((s) => s.name === generated.plan.name)!;
    const notes = [...sheet.cells.values()].filter((c) => c.formula?.includes("PERF.EXPLAIN"));
    expect(notes.length).toBe(21);
    expect(
      notes.some((c) => /"评价人确定得"&\$N\$\d+&"分（理由："&\$O\$\d+&/.test(c.formula!))
    ).toBe(true);
  });

  it("a write that fails half way leaves no half-written sheet behind, and says so", async () => {
    const fake = await sampleInFake();
    const before = fake.sheets.map((s) => s.name);
    fake.failFormats = true;
    await expect(
      new ExcelSession("示例.xlsx", "zh-CN", fake.run).generate("portable")
    ).rejects.toMatchObject({
      name: "SheetWriteError",
      sheet: "绩效自评评分表",
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(before);
  });
});

function copyCells(fake: FakeExcel) {
  return fake.sheets.map((s) => [s.name, new Map([...s.cells].map(([k, v]) => [k, { ...v }]))]);
}

describe("the framework kept in the workbook", () => {
  const hunan = () => {
    const read = readFramework(
      JSON.parse(
        readFileSync(repoFile("test", "fixtures", "frameworks", "hunan-test.json"), "utf8")
      )
    );
    if (!read.ok) throw new Error("fixture");
    return read.framework;
  };

  it("is added as a very hidden sheet, read back by the next analysis, and rewritten on a change", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    await session.setFramework(hunan());
    const store = fake.sheets.find((s) => s.name === "PerfScore指标体系")!;
    expect(store.calls).toContain('visibility="VeryHidden"');
    expect((await session.analyze()).framework.id).toBe("hunan-test");
    await session.setFramework(getFramework()!);
    expect(fake.sheets.filter((s) => s.name.startsWith("PerfScore指标体系"))).toHaveLength(1);
    expect((await session.analyze()).framework.id).toBe("longgang-2021");
    // The data sheet the pane creates lists the kept framework's inputs.
    await session.setFramework(hunan());
    fake.sheets = fake.sheets.filter((s) => s.name !== "绩效基础数据");
    await session.createTemplate();
    const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
    expect([...template.cells.values()].some((c) => c.value === "上年度“三公”经费预算数")).toBe(
      true
    );
  });

  it("never writes over a sheet of the user's that has the store's name", async () => {
    const fake = await sampleInFake();
    fake.sheets.push({ ...fake.sheets[0], name: "PerfScore指标体系", cells: new Map(), calls: [] });
    await expect(
      new ExcelSession("示例.xlsx", "zh-CN", fake.run).setFramework(hunan())
    ).rejects.toMatchObject({ name: "StoreTaken" });
  });
});

describe("a candidate adopted inside Excel", () => {
  it("is written into the data sheet in 万元, with the cell it came from beside it", async () => {
    const fake = fakeOf(
      workbook([
        sheet("财决09", {
          A1: "财政拨款“三公”经费支出决算表",
          C2: "单位：元",
          A3: "项目",
          B3: "预算数",
          A4: "“三公”经费合计",
          B4: 110000,
        }),
        sheet("三公预算", {
          A1: "“三公”经费预算表",
          A2: "单位：万元",
          A3: "项目",
          B3: "预算数",
          A4: "“三公”经费合计",
          B4: 12.5,
        }),
      ])
    );
    const session = new ExcelSession("单位.xlsx", "zh-CN", fake.run);
    const analysis = await session.analyze();
    const inYuan = analysis.located.inputs
      .get("sanGongBudget")!
      .ambiguous!.find((c) => c.sheet === "财决09")!;
    expect(await session.save(adopt(initialForm(analysis), "sanGongBudget", inYuan))).toEqual({
      unplaced: [],
      createdTemplate: "绩效基础数据",
    });
    const l = (await session.analyze()).located.inputs.get("sanGongBudget")!;
    expect([l.source, l.value, l.note]).toEqual([
      "template",
      11,
      "采用：财决09!B4（原单位元，已换算为万元）",
    ]);
  });
});

describe("text the clerk types, written inside Excel", () => {
  it("stays text even when it starts like a formula (Excel reads =, + and - in Range.values as one)", async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession("示例.xlsx", "zh-CN", fake.run);
    const analysis = await session.analyze();
    const form = typed(
      { ...initialForm(analysis), unit: '=HYPERLINK("http://evil.example","点此")' },
      "budgetDisclosure",
      "完全"
    );
    form.overrides.budgetExecution = { score: "6", reason: "+WEBSERVICE(A1)" };
    await session.save(form);
    const template = fake.sheets.find((s) => s.name === "绩效基础数据")!;
    const written = [...template.cells.values()].filter((c) =>
      /HYPERLINK|WEBSERVICE/.test(String(c.value ?? c.formula ?? ""))
    );
    expect(written.map((c) => [c.value, c.formula])).toEqual([
      ['=HYPERLINK("http://evil.example","点此")', undefined],
      ["+WEBSERVICE(A1)", undefined],
    ]);
    expect((await session.analyze()).located.unit).toBe('=HYPERLINK("http://evil.example","点此")');
  });
});
