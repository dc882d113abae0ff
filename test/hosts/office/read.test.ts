import { readSnapshot } from "../../../src/hosts/office/read";
import { address } from "../../../src/pipeline/a1";
import { analyzeWorkbook } from "../../../src/pipeline/analyze";
import { FakeExcel, RESPONSE_LIMIT } from "../../support/fake-excel";

/**
 * Reading large and odd workbooks inside Excel, against a fake that holds Excel's own limits: getUsedRange()
 * counts merely formatted cells, Excel on the web refuses a response over 5 MB and answers null for a read
 * over 5 million cells, and a hidden column hides no row.
 */
const read = (fake: FakeExcel, cellsPerSync?: number) =>
  fake.run((context) => readSnapshot(context, { cellsPerSync }));

function table(
  rows: number,
  cols: number,
  cell: (r: number, c: number) => string | number
): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) cells[address(r, c)] = cell(r, c);
  return cells;
}

describe("reading a workbook inside Excel", () => {
  it("a sheet formatted down to its last row reads only the cells that hold values", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("表1", {
      A1: "项目",
      B1: "金额",
      A2: "公务接待费",
      B2: 3,
    });
    sheet.cells.set("XFD1048576", { value: null, numberFormat: "#,##0.00" });
    const snapshot = await read(fake);
    expect(snapshot.sheets[0].values).toEqual([
      ["项目", "金额"],
      ["公务接待费", 3],
    ]);
    expect(fake.syncs).toBe(3);
    expect(fake.largestResponse).toBeLessThan(2_000);
  });

  it("on the web, a response over 5 MB is refused: the reader halves its blocks until each fits, reading every cell once", async () => {
    const fake = new FakeExcel();
    const text = "三公经费支出明细".repeat(10);
    fake.addSheet(
      "明细",
      table(3_000, 20, (r, c) => `${text}${r}-${c}`)
    );
    const snapshot = await read(fake);
    expect(fake.largestResponse).toBeLessThanOrEqual(RESPONSE_LIMIT);
    expect(snapshot.sheets[0].values.length).toBe(3_000);
    expect(snapshot.sheets[0].values[2_999][19]).toBe(`${text}3000-20`);
    const web = fake.syncs;
    const desktop = new FakeExcel();
    desktop.platform = "desktop";
    desktop.addSheet(
      "明细",
      table(3_000, 20, (r, c) => `${text}${r}-${c}`)
    );
    await read(desktop);
    expect([web > 3, desktop.syncs]).toEqual([true, 3]);
  });

  it("a read Excel answers with null (over 5 million cells) is split and read again", async () => {
    const fake = new FakeExcel();
    fake.readCellLimit = 50;
    fake.addSheet(
      "明细",
      table(40, 5, (r, c) => r * c)
    );
    const snapshot = await read(fake, 1_000);
    expect(snapshot.sheets[0].values[39]).toEqual([40, 80, 120, 160, 200]);
  });

  it("small blocks give the same snapshot as one large read, hidden rows included", async () => {
    const build = () => {
      const fake = new FakeExcel();
      fake.addSheet(
        "执行",
        table(30, 4, (r, c) => (c === 1 ? `第${r}行` : r + c / 10))
      ).hidden = new Set([3, 17, 30]);
      fake.addSheet("空表", {});
      fake.addSheet("人员", { B2: "核定编制数", C2: 42 });
      return fake;
    };
    const whole = await read(build());
    const pieces = build();
    const chunked = await read(pieces, 7);
    expect(chunked).toEqual(whole);
    expect(whole.sheets[0].hiddenRows).toEqual([3, 17, 30]);
    expect(whole.sheets[2]).toMatchObject({
      top: 2,
      left: 2,
      values: [["核定编制数", 42]],
    });
    // Blocks of one 4-cell row each; the 2-cell 人员 row shares the last one's round trip.
    expect(pieces.syncs).toBe(2 + 30);
  });

  it("a hidden column A hides no row: the labels in column B are still read", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("三公", {
      A1: "序号",
      B1: "项目",
      C1: "预算数",
      A2: 1,
      B2: "“三公”经费合计",
      C2: 11,
      A3: 2,
      B3: "“三公”经费合计",
      C3: 99,
    });
    sheet.hiddenColumns = new Set([1]);
    sheet.hidden = new Set([3]);
    const analysis = analyzeWorkbook(await read(fake));
    expect(analysis.located.inputs.get("sanGongBudget")).toMatchObject({
      value: 11,
      row: 2,
    });
  });
});
