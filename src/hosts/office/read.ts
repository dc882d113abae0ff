import { address } from "../../pipeline/a1";
import { LIMITS, LimitExceeded } from "../../pipeline/limits";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../pipeline/snapshot";

/**
 * Reads the workbook for the pipeline: each sheet's cells that hold values (formatting alone does not count),
 * their number formats, which rows are hidden, and the defined names.
 *
 * Round trips: one for the sheet and name lists, one for the extent of each sheet's values, then one per
 * block of at most `cellsPerSync` cells — a count that grows with the data, never with the cells read.
 * Excel on the web refuses a response over 5 MB (and may answer null for a read over 5 million cells): a
 * block refused that way is split in half and read again, and the smaller size is kept for what follows.
 * Formulas are not read: inside Excel every formula cell holds its computed value.
 */
export interface ReadOptions {
  /** Cells asked for per round trip to start with; halved whenever Excel refuses the size. */
  cellsPerSync?: number;
}

export const DEFAULT_CELLS_PER_SYNC = 200_000;
const SIZE_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
]);

interface Extent {
  name: string;
  ws: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Block {
  sheet: Extent;
  /** First row (0-based within the sheet's extent) and number of rows. */
  from: number;
  count: number;
}

interface Loaded {
  block: Block;
  range: Excel.Range;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, name: ws.name, range };
  });
  await context.sync();

  const extents: Extent[] = used.map(({ ws, name, range }) =>
    range.isNullObject
      ? { ws, name, top: 1, left: 1, rows: 0, cols: 0 }
      : {
          ws,
          name,
          top: range.rowIndex + 1,
          left: range.columnIndex + 1,
          rows: range.rowCount,
          cols: range.columnCount,
        }
  );
  // A stray entry far away spans the sheet's used range over millions of blank cells: refused, never read.
  for (const e of extents)
    if (e.rows * e.cols > LIMITS.sheetArea)
      throw new LimitExceeded(
        "sheetArea",
        `${e.name}!${address(e.top + e.rows - 1, e.left + e.cols - 1)}`,
        e.rows * e.cols
      );
  const sheets = new Map(extents.map((e) => [e, emptySheet(e)]));
  let budget = Math.max(1, options.cellsPerSync ?? DEFAULT_CELLS_PER_SYNC);
  let pending = extents.flatMap((e) => blocksOf(e, budget));

  while (pending.length) {
    const batch = takeBatch(pending, budget);
    const loaded = batch.map(queueBlock);
    let refused = false;
    try {
      // One round trip per block of data: how many depends on the data, never on the cells read one by one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      refused = loaded.some((l) => l.range.values === null || l.range.values === undefined);
    } catch (e) {
      if (!SIZE_ERRORS.has((e as { code?: string }).code ?? "")) throw e;
      refused = true;
    }
    if (refused) {
      if (batch.every((b) => b.count === 1) && batch.length === 1)
        throw new Error(
          `Excel refused to return row ${batch[0].sheet.top + batch[0].from} of ${batch[0].sheet.name}: it is too large to read`
        );
      budget = Math.max(1, Math.floor(budget / 2));
      pending = [...batch.flatMap((b) => split(b, budget)), ...pending.slice(batch.length)];
      continue;
    }
    for (const l of loaded) fill(sheets.get(l.block.sheet)!, l);
    pending = pending.slice(batch.length);
  }

  const defined = names.items
    .filter((n) => String(n.type) === "Range")
    .map((n) => ({
      name: n.name,
      refersTo: String(n.formula).replace(/^=/, ""),
    }));
  return { sheets: [...sheets.values()], names: defined };
}

function emptySheet(e: Extent): SheetSnapshot {
  return {
    name: e.name,
    top: e.top,
    left: e.left,
    values: [],
    formulas: [],
    numberFormats: [],
    hiddenRows: [],
  };
}

/** A sheet's extent in blocks of whole rows, each within the budget. */
function blocksOf(sheet: Extent, budget: number): Block[] {
  if (!sheet.rows || !sheet.cols) return [];
  const per = Math.max(1, Math.floor(budget / sheet.cols));
  const blocks: Block[] = [];
  for (let from = 0; from < sheet.rows; from += per)
    blocks.push({ sheet, from, count: Math.min(per, sheet.rows - from) });
  return blocks;
}

function split(block: Block, budget: number): Block[] {
  const per = Math.max(
    1,
    Math.min(Math.ceil(block.count / 2), Math.floor(budget / block.sheet.cols))
  );
  const parts: Block[] = [];
  for (let from = 0; from < block.count; from += per)
    parts.push({
      sheet: block.sheet,
      from: block.from + from,
      count: Math.min(per, block.count - from),
    });
  return parts;
}

/** The blocks at the head of the queue that fit in one round trip (always at least one). */
function takeBatch(pending: Block[], budget: number): Block[] {
  const batch: Block[] = [];
  let cells = 0;
  for (const b of pending) {
    const size = b.count * b.sheet.cols;
    if (batch.length && cells + size > budget) break;
    batch.push(b);
    cells += size;
  }
  return batch;
}

function queueBlock(block: Block): Loaded {
  const { sheet } = block;
  const range = sheet.ws.getRangeByIndexes(
    sheet.top - 1 + block.from,
    sheet.left - 1,
    block.count,
    sheet.cols
  );
  range.load("values,numberFormat");
  // Row by row, so a hidden column (even column A) cannot make visible rows look hidden.
  const rows = range.getRowProperties({ rowHidden: true });
  return { block, range, rows };
}

function fill(sheet: SheetSnapshot, { block, range, rows }: Loaded): void {
  const first = block.sheet.top + block.from;
  range.values.forEach((row, i) => {
    sheet.values[block.from + i] = row.map(cellValue);
    sheet.numberFormats[block.from + i] = range.numberFormat[i].map((f) => String(f ?? "General"));
  });
  rows.value.forEach((p, i) => {
    if (p.rowHidden) sheet.hiddenRows!.push(first + i);
  });
}

/** Office returns "" for an empty cell; the pipeline calls that null. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v);
}
