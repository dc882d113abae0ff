import { getFramework, type Framework, type Locale } from "../../core";
import type { WorkbookSnapshot } from "../../pipeline/snapshot";
import { address } from "../../pipeline/a1";
import {
  analyzeWorkbook,
  scoreWorkbook,
  type Analysis,
  type GenerateOptions,
  type Generated,
} from "../../pipeline/analyze";
import type { CellWrite, SheetPlan } from "../../pipeline/sheets/plan";
import {
  planFrameworkStore,
  storeState,
  storeWrites,
  STORE_SHEET,
} from "../../pipeline/sheets/framework-store";
import { planTemplateSheet } from "../../pipeline/sheets/template-sheet";
import {
  scoreSelfEvalWorkbook,
  type SelfEvalOptions,
  type SelfEvalRun,
} from "../../pipeline/self-eval";
import { readSnapshot } from "./read";
import { literal, queuePlannedSheet } from "./write";

/**
 * What the add-in does to the open workbook through Office.js. Each operation reads the workbook afresh
 * and costs a fixed number of context.sync() calls beyond the reading.
 */

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: Run = (batch) => Excel.run(batch);

/** Reads the workbook, scores it and adds the score sheet: the reading's round trips and one write. */
export async function generateScoreSheet(
  options: GenerateOptions,
  run: Run = excelRun
): Promise<Generated> {
  const generated = await run(async (context) =>
    scoreWorkbook(await readSnapshot(context), options)
  );
  if (!generated.noInputs) await addSheet(generated.plan, run);
  return generated;
}

/**
 * Reads the workbook and adds a 自评表 sheet for each of the unit's own (and a summary for several), all in
 * one batch: the reading's round trips and one write, however many projects.
 */
export async function generateSelfEvalSheets(
  options: SelfEvalOptions,
  run: Run = excelRun
): Promise<SelfEvalRun> {
  const made = await run(async (context) =>
    scoreSelfEvalWorkbook(await readSnapshot(context), options)
  );
  if (made.plans.length) await addSheets(made.plans, run);
  return made;
}

/** The workbook as the pipeline reads it. */
export function readWorkbook(run: Run = excelRun): Promise<WorkbookSnapshot> {
  return run((context) => readSnapshot(context));
}

/**
 * Keeps `framework` in the workbook (framework-store.ts): adds the very hidden store sheet, or rewrites
 * the add-in's own store; a sheet of that name that is not the add-in's is never written over.
 */
export async function storeFrameworkSheet(
  framework: Framework,
  run: Run = excelRun
): Promise<void> {
  const state = await run(async (context) => storeState(await readSnapshot(context)));
  if (state === "foreign") throw new StoreTaken(STORE_SHEET);
  if (state === "absent") return addSheet(planFrameworkStore(framework), run);
  await writeByAnalysis(() => ({ writes: storeWrites(framework, state.rows), result: {} }), run);
}

/** A sheet the user made has the store's name. */
export class StoreTaken extends Error {
  constructor(readonly sheet: string) {
    super(`a sheet named ${sheet} exists`);
    this.name = "StoreTaken";
  }
}

/** Adds an empty 绩效基础数据 sheet for `framework` (named uniquely, in the user's language): two round trips. */
export async function createTemplateSheet(
  locale: Locale = "zh-CN",
  run: Run = excelRun,
  framework: Framework = getFramework()!
): Promise<string> {
  const names = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  const plan = planTemplateSheet(framework, names, {}, locale);
  await addSheet(plan, run);
  return plan.name;
}

/**
 * Reads the workbook, lets `place` decide from that fresh reading which cells to write, and writes them
 * in the same batch: a value is never written where the pane remembered its cell to be.
 */
export async function writeByAnalysis<T>(
  place: (analysis: Analysis) => { writes: CellWrite[]; result: T },
  run: Run = excelRun
): Promise<T & { analysis: Analysis }> {
  return run(async (context) => {
    const analysis = analyzeWorkbook(await readSnapshot(context));
    const { writes, result } = place(analysis);
    if (writes.length) {
      for (const c of writes)
        context.workbook.worksheets.getItem(c.sheet).getRange(address(c.row, c.col)).values = [
          [c.value === null ? "" : literal(c.value)],
        ];
      await context.sync();
    }
    return { ...result, analysis };
  });
}

/**
 * Adds planned sheets in one round trip. Office.js applies a batch up to the operation that fails, so a
 * failed write would leave half-made sheets behind: they are removed again, and the error says what failed.
 */
async function addSheets(plans: SheetPlan[], run: Run): Promise<void> {
  try {
    await run(async (context) => {
      for (const plan of plans) queuePlannedSheet(context, plan);
      await context.sync();
    });
  } catch (e) {
    await run(async (context) => {
      const added = plans.map((p) => context.workbook.worksheets.getItemOrNullObject(p.name));
      await context.sync();
      for (const sheet of added) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    }).catch(() => undefined);
    throw new SheetWriteError(plans.map((p) => p.name).join("、"), e);
  }
}

const addSheet = (plan: SheetPlan, run: Run) => addSheets([plan], run);

/** Writing a sheet failed; nothing of it was left in the workbook. */
export class SheetWriteError extends Error {
  override readonly name = "SheetWriteError";
  constructor(
    readonly sheet: string,
    readonly cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Shows a cell, or a whole row, of a sheet. */
export async function selectCell(
  sheet: string,
  row: number,
  col: number | undefined,
  run: Run = excelRun
): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(col === undefined ? `${row}:${row}` : address(row, col)).select();
    await context.sync();
  });
}

/** Points the defined name at the selected cell (replacing an earlier one); returns that cell's address. */
export async function nameSelection(
  name: string,
  comment: string,
  run: Run = excelRun
): Promise<string> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    const existing = context.workbook.names.getItemOrNullObject(name);
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    context.workbook.names.add(name, range, comment);
    await context.sync();
    return range.address;
  });
}
