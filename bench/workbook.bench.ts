import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { generateScoreSheet } from "../src/hosts/office/excel";
import { readSnapshot } from "../src/hosts/office/read";
import { loadWorkbook, scoreXlsx } from "../src/hosts/xlsx/file";
import { addSheetToPackage } from "../src/hosts/xlsx/patch";
import { snapshotOf } from "../src/hosts/xlsx/read";
import { scoreWorkbook } from "../src/pipeline/analyze";
import { locateByLabels } from "../src/pipeline/locate/tables";
import { address } from "../src/pipeline/a1";
import { FakeExcel } from "../test/support/fake-excel";
import { repoFile } from "../test/helpers";

/** The sample workbook with 50 extra sheets of 100 × 50 figures each (250,000 cells). */
async function bigWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(repoFile("examples", "longgang-2021.xlsx")));
  for (let s = 0; s < 50; s++) {
    const ws = wb.addWorksheet(`明细${s + 1}`);
    for (let r = 1; r <= 100; r++)
      ws.addRow(
        Array.from({ length: 50 }, (_, c) => (r === 1 ? `列${c + 1}` : r * (c + 1) + s / 100))
      );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

it("prints syncs per generate and time per workbook", async () => {
  const lines = ["Workbook pipeline benchmark (median of runs)"];
  for (const [label, data, runs] of [
    [
      "sample (10 sheets)",
      new Uint8Array(readFileSync(repoFile("examples", "longgang-2021.xlsx"))),
      7,
    ],
    ["50 sheets × 5,000 cells", await bigWorkbook(), 3],
  ] as const) {
    const load = await median(runs, () => loadWorkbook(data));
    const whole = await median(runs, () => scoreXlsx(data, { mode: "portable" }));
    const wb = await loadWorkbook(data);
    const snapshot = snapshotOf(wb);
    const read = await median(runs, () => snapshotOf(wb));
    const score = await median(runs, () => scoreWorkbook(snapshot, { mode: "portable" }));
    const labels = await median(runs, () => locateByLabels(snapshot));
    const cells = snapshot.sheets.reduce(
      (n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0),
      0
    );
    const plan = scoreWorkbook(snapshot, { mode: "portable" }).plan;
    const write = await median(runs, () => addSheetToPackage(data, plan));
    lines.push(
      `  ${label}: ExcelJS load ${load.toFixed(0)} ms; load + score + write copy ${whole.toFixed(0)} ms (+${(((whole - load) / load) * 100).toFixed(0)}%)`,
      `    of which: snapshot ${read.toFixed(1)} ms, locate + score + plan ${score.toFixed(1)} ms, adding the sheet to the package ${write.toFixed(1)} ms`,
      `    label scan of all ${snapshot.sheets.length} sheets (${cells.toLocaleString("en-US")} cells): ${labels.toFixed(1)} ms`
    );

    const fake = new FakeExcel();
    for (const s of snapshot.sheets) {
      const cells: Record<string, { value: unknown; formula?: string }> = {};
      s.values.forEach((row, r) =>
        row.forEach(
          (v, c) =>
            (v !== null || s.formulas[r][c]) &&
            (cells[address(s.top + r, s.left + c)] = {
              value: v,
              ...(s.formulas[r][c] && { formula: s.formulas[r][c] }),
            })
        )
      );
      fake.addSheet(s.name, cells as never);
    }
    fake.names = snapshot.names.map((n) => ({
      name: n.name,
      type: "Range",
      formula: `=${n.refersTo}`,
    }));
    await generateScoreSheet({ mode: "live" }, fake.run);
    lines.push(`    Office.js adapter: ${fake.syncs} context.sync() round trips per generate`);
  }
  console.log(lines.join("\n"));
});

/** A system export: one sheet of 200,000 rows (date, code, item, budget, spent, progress). */
function exportSheet(fake: FakeExcel): void {
  const cells = new Map<string, { value: string | number; numberFormat?: string }>();
  cells.set("A1", { value: "日期" });
  ["科目编码", "项目", "预算指标", "累计支出", "支出进度"].forEach((h, i) =>
    cells.set(address(1, i + 2), { value: h })
  );
  for (let r = 2; r <= 200_001; r++) {
    cells.set(`A${r}`, { value: 44197 + (r % 365) });
    cells.set(`B${r}`, { value: `2080${r % 100}` });
    cells.set(`C${r}`, { value: `图书购置项目${r % 1000}` });
    cells.set(`D${r}`, { value: 1000 + (r % 97) });
    cells.set(`E${r}`, { value: 500 + (r % 89), numberFormat: "#,##0.00" });
    cells.set(`F${r}`, {
      value: ((r % 89) + 500) / (1000 + (r % 97)),
      numberFormat: "0.00%",
    });
  }
  fake.addSheet("预算执行导出", {}).cells = cells as never;
}

it("prints round trips and time to read large workbooks inside Excel (fake with Excel on the web’s limits)", async () => {
  const lines = [
    "Office.js reading (the fake holds Excel on the web’s 5 MB response limit; desktop has none)",
  ];
  const cases: [string, (fake: FakeExcel) => void][] = [
    [
      "50 sheets × 5,000 cells",
      (fake) => {
        for (let s = 0; s < 50; s++) {
          const cells: Record<string, number | string> = {};
          for (let r = 1; r <= 100; r++)
            for (let c = 1; c <= 50; c++)
              cells[address(r, c)] = r === 1 ? `列${c}` : r * c + s / 100;
          fake.addSheet(`明细${s + 1}`, cells);
        }
      },
    ],
    ["one sheet of 200,000 rows × 6 columns", exportSheet],
  ];
  for (const [label, build] of cases) {
    for (const platform of ["web", "desktop"] as const) {
      const fake = new FakeExcel();
      fake.platform = platform;
      build(fake);
      const t = performance.now();
      const snapshot = await fake.run((context) => readSnapshot(context));
      const ms = performance.now() - t;
      const cells = snapshot.sheets.reduce(
        (n, s) => n + s.values.reduce((m, r) => m + r.length, 0),
        0
      );
      lines.push(
        `  ${label}, ${platform}: ${fake.syncs} round trips, largest response ${(fake.largestResponse / 1048576).toFixed(1)} MB, ${cells.toLocaleString("en-US")} cells; the reader's own work ${(ms - fake.busyMs).toFixed(0)} ms (the fake Excel answering took ${fake.busyMs.toFixed(0)} ms)`
      );
    }
  }
  console.log(lines.join("\n"));
});
