import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { generateScoreSheet } from '../src/hosts/office/excel';
import { loadWorkbook, scoreXlsx } from '../src/hosts/xlsx/file';
import { addSheetToPackage } from '../src/hosts/xlsx/patch';
import { snapshotOf } from '../src/hosts/xlsx/read';
import { scoreWorkbook } from '../src/workbook/pipeline';
import { locateByLabels } from '../src/workbook/locate/labels';
import { address } from '../src/workbook/a1';
import { FakeExcel } from '../test/support/fake-excel';
import { repoFile } from '../test/helpers';

/** The sample workbook with 50 extra sheets of 100 × 50 figures each (250,000 cells). */
async function bigWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(repoFile('examples', 'longgang-2021.xlsx')));
  for (let s = 0; s < 50; s++) {
    const ws = wb.addWorksheet(`明细${s + 1}`);
    for (let r = 1; r <= 100; r++) ws.addRow(Array.from({ length: 50 }, (_, c) => (r === 1 ? `列${c + 1}` : r * (c + 1) + s / 100)));
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

it('prints syncs per generate and time per workbook', async () => {
  const lines = ['Workbook pipeline benchmark (median of runs)'];
  for (const [label, data, runs] of [
    ['sample (10 sheets)', new Uint8Array(readFileSync(repoFile('examples', 'longgang-2021.xlsx'))), 7],
    ['50 sheets × 5,000 cells', await bigWorkbook(), 3],
  ] as const) {
    const load = await median(runs, () => loadWorkbook(data));
    const whole = await median(runs, () => scoreXlsx(data, { mode: 'portable' }));
    const wb = await loadWorkbook(data);
    const snapshot = snapshotOf(wb);
    const read = await median(runs, () => snapshotOf(wb));
    const score = await median(runs, () => scoreWorkbook(snapshot, { mode: 'portable' }));
    const labels = await median(runs, () => locateByLabels(snapshot));
    const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0);
    const plan = scoreWorkbook(snapshot, { mode: 'portable' }).plan;
    const write = await median(runs, () => addSheetToPackage(data, plan));
    lines.push(
      `  ${label}: ExcelJS load ${load.toFixed(0)} ms; load + score + write copy ${whole.toFixed(0)} ms (+${(((whole - load) / load) * 100).toFixed(0)}%)`,
      `    of which: snapshot ${read.toFixed(1)} ms, locate + score + plan ${score.toFixed(1)} ms, adding the sheet to the package ${write.toFixed(1)} ms`,
      `    label scan of all ${snapshot.sheets.length} sheets (${cells.toLocaleString('en-US')} cells): ${labels.toFixed(1)} ms`,
    );

    const fake = new FakeExcel();
    for (const s of snapshot.sheets) {
      const cells: Record<string, { value: unknown; formula?: string }> = {};
      s.values.forEach((row, r) => row.forEach((v, c) => (v !== null || s.formulas[r][c]) && (cells[address(s.top + r, s.left + c)] = { value: v, ...(s.formulas[r][c] && { formula: s.formulas[r][c] }) })));
      fake.addSheet(s.name, cells as never);
    }
    fake.names = snapshot.names.map((n) => ({ name: n.name, type: 'Range', formula: `=${n.refersTo}` }));
    await generateScoreSheet({ mode: 'live' }, fake.run);
    lines.push(`    Office.js adapter: ${fake.syncs} context.sync() round trips per generate`);
  }
  console.log(lines.join('\n'));
});
