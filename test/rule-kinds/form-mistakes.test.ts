import ExcelJS from "exceljs";
import { frameworkXlsx, readFrameworkFile } from "../../src/hosts/xlsx/framework-file";
import { shapesFramework } from "./cases";

/**
 * The new rule shapes in the clerk's Excel form: `framework check` names each mistake at its cell — the
 * example framework exported, one cell spoiled at a time, read back.
 */
const framework = shapesFramework();

async function spoiled(
  edit: (tree: ExcelJS.Worksheet, info: ExcelJS.Worksheet, row: (id: string) => number) => void
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await frameworkXlsx(framework)) as unknown as ArrayBuffer);
  const tree = wb.getWorksheet("指标体系")!;
  const row = (id: string) => {
    let found = 0;
    tree.eachRow((r, n) => {
      if (r.getCell(9).value === id) found = n;
    });
    return found;
  };
  edit(tree, wb.getWorksheet("基本信息")!, row);
  return readFrameworkFile("指标体系.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("mistakes in the new shapes, each at its cell", () => {
  it("the exported form reads back as it went out", async () => {
    const read = await spoiled(() => undefined);
    expect(read.ok ? [] : read.problems).toEqual([]);
  });

  it.each<[string, Parameters<typeof spoiled>[0], (row: (id: string) => number) => string, RegExp]>(
    [
      [
        "a falling indicator's target that is not declared",
        (t, _, row) => (t.getCell(row("cost"), 15).value = "costGoal"),
        (row) => `指标体系!O${row("cost")}`,
        /“costGoal”.*没有在本指标体系的输入项中声明/,
      ],
      [
        "a band whose range runs backwards",
        (t, _, row) =>
          (t.getCell(row("quality"), 16).value =
            "达成年度指标=100%-80%；部分达成年度指标并具有一定效果=60%-80%；未达成年度指标且效果较差=0-60%"),
        (row) => `指标体系!E${row("quality")}`,
        /区间100%至80%无效/,
      ],
      [
        "a not-applicable item that does not say what happens",
        (t, _, row) => (t.getCell(row("special"), 16).value = "不适用时=另议"),
        (row) => `指标体系!P${row("special")}`,
        /full（得满分）或 omit/,
      ],
      [
        "a modified rule not worth the indicator's points",
        (t, _, row) => (t.getCell(row("quantity") + 1, 11).value = 10),
        (row) => `指标体系!E${row("quantity")}`,
        /都应按本项分值20分计分，但有一部分为10分/,
      ],
      [
        "weights fewer than the fund sources",
        (t, _, row) => (t.getCell(row("execution"), 14).value = "fundFiscal"),
        (row) => `指标体系!N${row("execution")}`,
        /权重.*个数应与组成部分的个数相同/,
      ],
      [
        "a cap above the total",
        (_, info) => {
          info.eachRow((r) => {
            if (r.getCell(1).value === "总分上限") r.getCell(2).value = "低于80%=120";
          });
        },
        () => "基本信息!B",
        /总分上限不能超过总分/,
      ],
    ]
  )("%s", async (_, edit, where, message) => {
    let at = "";
    const read = await spoiled((t, info, row) => {
      edit(t, info, row);
      at = where(row);
    });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    const found = problems.find((p) => p.where.startsWith(at) && message.test(p.message));
    expect(found ? found.where : problems).toEqual(expect.stringMatching(new RegExp(`^${at}`)));
  });
});
