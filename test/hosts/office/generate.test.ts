import { readFileSync } from "node:fs";
import { createTemplateSheet, generateScoreSheet } from "../../../src/hosts/office/excel";
import { readSnapshot } from "../../../src/hosts/office/read";
import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { address } from "../../../src/pipeline/a1";
import type { WorkbookSnapshot } from "../../../src/pipeline/snapshot";
import { repoFile } from "../../helpers";
import { fakeOf, FakeExcel } from "../../support/fake-excel";

const sample = async () =>
  snapshotOf(await loadWorkbook(readFileSync(repoFile("examples", "longgang-2021.xlsx"))));
const copyOf = (fake: FakeExcel) =>
  fake.sheets.map((s) => ({
    name: s.name,
    cells: new Map([...s.cells].map(([k, v]) => [k, { ...v }])),
  }));

describe("the fake Excel context", () => {
  it("refuses a property read before load() and sync(), as Excel does", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", { A1: 1 });
    const sheets = fake.context.workbook.worksheets;
    expect(() => sheets.items).toThrow("PropertyNotLoaded");
    sheets.load("items/name");
    expect(() => sheets.items).toThrow("PropertyNotLoaded");
    await fake.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.syncs).toBe(1);
  });
});

describe("generating the score sheet inside Excel", () => {
  it("reads the workbook in three round trips and writes the sheet in one, with the same scores as the file path", async () => {
    const snapshot = await sample();
    const fake = fakeOf(snapshot);
    const before = copyOf(fake);
    const generated = await generateScoreSheet({ mode: "live" }, fake.run);
    expect(fake.syncs).toBe(4);
    expect(generated.result.total).toBe(96);
    const added = fake.sheets[fake.sheets.length - 1];
    expect(added.name).toBe("绩效自评评分表");
    expect(added.cells.get("K19")).toMatchObject({
      formula: 'IFNA(PERF.SCORE("公用经费控制率",$V$5:$V$63,$N$5:$N$63),"—")',
      numberFormat: "0.00",
    });
    expect(added.cells.get("J19")?.formula).toBe(
      'PERF.EXPLAIN("公用经费控制率",$V$5:$V$63,$N$5:$N$63)'
    );
    expect(added.cells.get("J10")?.formula).toMatch(
      /^"评价人确定得"&\$N\$\d+&"分（理由："&\$O\$\d+&"）。按数据计算："&PERF\.EXPLAIN\("财务合规性"/
    );
    expect(added.cells.get("K23")?.formula).toMatch(
      /^IFNA\(PERF\.SCORE\("社会、经济、生态效益及可持续影响等",\$V\$5:\$V\$63,\$N\$5:\$N\$63,\$M\$67:\$R\$78\),"—"\)$/
    );
    expect(added.cells.get("E5")?.value).toBe("预算编制合理性");
    // Level cells end at each page break and start again, named again, on the next page.
    expect(added.merges).toEqual(expect.arrayContaining(["A5:A8", "A10:A13", "B20:B24"]));
    expect(added.cells.get("A10")?.value).toBe("部门管理\n（续）");
    expect(added.frozenRows).toBe(4);
    expect(added.calls).toEqual(
      expect.arrayContaining([
        "printTitles $3:$4",
        "printArea A1:K41",
        "pageBreak A10",
        "pageBreak A14",
        "pageBreak A20",
        "pageBreak A25",
        'footer.centerFooter="第 &P 页，共 &N 页"',
        "activate",
        "showGridlines=false",
        'pageLayout.orientation="Landscape"',
      ])
    );
    expect(
      added.formats.some(
        (f) => f.target.includes("I10") && f.path === "format.fill.color" && f.value === "#FDE7E9"
      )
    ).toBe(true);
    for (const s of before)
      expect([s.name, fake.sheets.find((x) => x.name === s.name)!.cells]).toEqual([
        s.name,
        s.cells,
      ]);
  });

  it("reads a workbook of 50 sheets × 5,000 cells in round trips counted by its data, not by its cells or sheets", async () => {
    const snapshot = await sample();
    const fake = fakeOf(snapshot);
    for (let s = 0; s < 50; s++) {
      const cells: Record<string, number | string> = {};
      for (let r = 1; r <= 100; r++)
        for (let c = 1; c <= 50; c++) cells[address(r, c)] = r === 1 ? `列${c}` : r * c + s / 100;
      fake.addSheet(`明细${s + 1}`, cells);
    }
    const generated = await generateScoreSheet({ mode: "portable" }, fake.run);
    // Two for the sheet list and extents, two blocks of at most 200,000 cells, one write.
    expect(fake.syncs).toBe(5);
    expect(generated.result.total).toBe(96);
    expect(fake.sheets).toHaveLength(9 + 50 + 1);
  });

  it("adds nothing and says why when the workbook holds no inputs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("收支总表", { A1: "项目", B1: "金额" });
    const generated = await generateScoreSheet({ mode: "live" }, fake.run);
    expect(generated.noInputs?.summary).toContain("工作簿中没有找到计分数据");
    expect(fake.sheets.map((s) => s.name)).toEqual(["收支总表"]);
    expect(fake.syncs).toBe(3);
  });

  it("creates the template under a free name in two round trips", async () => {
    const fake = new FakeExcel();
    fake.addSheet("绩效基础数据", { A1: "旧表" });
    expect(await createTemplateSheet("zh-CN", fake.run)).toBe("绩效基础数据 (2)");
    expect(fake.syncs).toBe(2);
    expect(fake.sheets[0].cells.get("A1")?.value).toBe("旧表");
    const snapshot = await readSnapshotOf(fake);
    expect(snapshot.sheets[1].name).toBe("绩效基础数据 (2)");
  });

  it("reads values (formulas computed, as Excel holds them), number formats and names as the file adapter does", async () => {
    const snapshot = await sample();
    const viaExcel = await readSnapshotOf(fakeOf(snapshot));
    for (const file of snapshot.sheets) {
      const excel = viaExcel.sheets.find((x) => x.name === file.name)!;
      for (let r = 0; r < file.values.length; r++) {
        for (let c = 0; c < file.values[r].length; c++) {
          if (file.values[r][c] === null || file.values[r][c] === "") continue;
          const [row, col] = [file.top + r, file.left + c];
          const at = (s: WorkbookSnapshot["sheets"][number]) => [
            s.values[row - s.top][col - s.left],
            s.numberFormats[row - s.top][col - s.left],
          ];
          expect([file.name, row, col, ...at(excel)]).toEqual([file.name, row, col, ...at(file)]);
        }
      }
    }
    expect(viaExcel.names).toEqual(snapshot.names);
  });
});

async function readSnapshotOf(fake: FakeExcel): Promise<WorkbookSnapshot> {
  return fake.run((context) => readSnapshot(context));
}

describe("hidden rows inside Excel", () => {
  it("are read in the same round trips, so labels in them are skipped as in files", async () => {
    const fake = new FakeExcel();
    fake.addSheet("三公", {
      A1: "单位：万元",
      A2: "项目",
      B2: "预算数",
      A3: "“三公”经费合计",
      B3: 11,
      A4: "“三公”经费合计",
      B4: 99,
    }).hidden = new Set([4]);
    const snapshot = await readSnapshotOf(fake);
    expect(snapshot.sheets[0].hiddenRows).toEqual([4]);
    expect(fake.syncs).toBe(3);
    const generated = await generateScoreSheet({ mode: "values" }, fake.run);
    expect(generated.located.inputs.get("sanGongBudget")).toMatchObject({
      value: 11,
      row: 3,
    });
  });

  it("a blank sheet reads as empty", async () => {
    const fake = new FakeExcel();
    fake.addSheet("空表", {});
    const snapshot = await readSnapshotOf(fake);
    expect(snapshot.sheets[0].values).toEqual([]);
  });
});
