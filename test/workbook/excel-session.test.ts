import { readFileSync } from 'node:fs';
import { ExcelSession } from '../../src/taskpane/session/excel-session';
import { loadWorkbook } from '../../src/hosts/xlsx/file';
import { snapshotOf } from '../../src/hosts/xlsx/read';
import { address } from '../../src/workbook/a1';
import { templateWrites, initialDraft, initialKpis, initialOverrides } from '../../src/taskpane/model';
import { repoFile } from '../helpers';
import { fakeOf, type FakeExcel } from '../support/fake-excel';

/** The task pane's Excel session against the strict fake context: what the pane does inside Excel. */
async function sampleInFake(): Promise<FakeExcel> {
  return fakeOf(snapshotOf(await loadWorkbook(readFileSync(repoFile('examples', 'longgang-2021.xlsx')))));
}

describe('the task pane inside Excel', () => {
  it('analyzes in two round trips and finds the sample’s inputs', async () => {
    const fake = await sampleInFake();
    const analysis = await new ExcelSession('示例.xlsx', 'zh-CN', fake.run).analyze();
    expect(fake.syncs).toBe(2);
    expect(analysis.result.total).toBe(96);
    expect(analysis.located.inputs.get('sanGongBudget')?.source).toBe('template');
  });

  it('saves judgements into the template cells in one round trip, and the next analysis reads them', async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession('示例.xlsx', 'zh-CN', fake.run);
    const analysis = await session.analyze();
    const draft = { ...initialDraft(analysis), indicatorsHaveValues: '是' };
    const before = fake.syncs;
    await session.write(templateWrites(analysis, draft, initialOverrides(analysis), initialKpis(analysis)));
    expect(fake.syncs - before).toBe(1);
    const cell = analysis.located.inputs.get('indicatorsHaveValues')!;
    expect(fake.sheets.find((s) => s.name === '绩效基础数据')!.cells.get(address(cell.row, cell.col))?.value).toBe('是');
    expect((await session.analyze()).result.total).toBe(97);
  });

  it('shows a cell, binds an input to the selection, and generates with live formulas', async () => {
    const fake = await sampleInFake();
    const session = new ExcelSession('示例.xlsx', 'zh-CN', fake.run);
    await session.select('三公经费', 9, 2);
    expect(fake.shown).toEqual(['activate 三公经费', 'select 三公经费!B9']);
    fake.selection = { sheet: '三公经费', address: 'C9' };
    expect(await session.bindSelection('sanGongActual')).toBe('三公经费!C9');
    expect(fake.names).toEqual([{ name: 'PERF_sanGongActual', type: 'Range', formula: "='三公经费'!C9", comment: '绩效自评输入项' }]);
    fake.selection = { sheet: '三公经费', address: 'C8' };
    await session.bindSelection('sanGongActual');
    expect(fake.names.map((n) => n.formula)).toEqual(["='三公经费'!C8"]);
    const generated = await session.generate('live');
    const control = generated.result.indicators.find((i) => i.name === '公用经费控制率')!;
    expect(control.explanation).toContain('“三公”经费控制率为3.09%');
    expect(generated.located.inputs.get('sanGongActual')).toMatchObject({ source: 'name', name: 'PERF_sanGongActual', value: 0.34 });
    expect(fake.sheets.at(-1)!.cells.get('K19')?.formula).toMatch(/^PERF\.SCORE\("公用经费控制率"/);
  });
});
