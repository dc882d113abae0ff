import { getFramework } from '../../core';
import { scoreWorkbook, type GenerateOptions, type Generated } from '../../workbook/pipeline';
import { planTemplateSheet } from '../../workbook/template-sheet';
import { readSnapshot } from './read';
import { queuePlannedSheet } from './write';

/** What the task pane calls inside Excel. Each operation costs a fixed number of context.sync() calls. */

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: Run = (batch) => Excel.run(batch);

/** Reads the workbook, scores it and adds the score sheet: three round trips (two reads, one write). */
export async function generateScoreSheet(options: GenerateOptions, run: Run = excelRun): Promise<Generated> {
  return run(async (context) => {
    const generated = scoreWorkbook(await readSnapshot(context), options);
    if (generated.noInputs) return generated;
    queuePlannedSheet(context, generated.plan);
    await context.sync();
    return generated;
  });
}

/** Adds an empty 绩效基础数据 sheet (named uniquely): two round trips. */
export async function createTemplateSheet(run: Run = excelRun): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const plan = planTemplateSheet(getFramework()!, sheets.items.map((s) => s.name));
    queuePlannedSheet(context, plan);
    await context.sync();
    return plan.name;
  });
}
