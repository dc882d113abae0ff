/**
 * A small stand-in for Excel's JavaScript API, strict where office-addin-mock is lenient: it counts
 * context.sync() calls, throws when a property is read before it was loaded and synced, and applies
 * writes only at sync, as Excel does. It covers what the add-in's Office.js adapter uses.
 */
import { address as addr, columnNumber, parseRangeRef } from "../../src/pipeline/a1";
import type { CellValue, WorkbookSnapshot } from "../../src/pipeline/snapshot";
import type { ExcelFunctions } from "./excel-functions";
import { BLANK, ErrorValue, FormulaEngine } from "./formula-engine";

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  hidden?: Set<number>;
  /** Hidden columns: they hide cells from a visible view, never a row. */
  hiddenColumns?: Set<number>;
  merges: string[];
  formats: { target: string; path: string; value: unknown }[];
  calls: string[];
  frozenRows?: number;
}

/** Excel on the web: at most 5 MB in a response, 5 million cells in one range read (learn.microsoft.com, resource limits). */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeExcel {
  syncs = 0;
  sheets: FakeSheet[] = [];
  names: { name: string; type: string; formula: string; comment?: string }[] = [];
  /** What the user has selected, for getSelectedRange(). */
  selection = { sheet: "Sheet1", address: "A1" };
  /** How custom functions receive blank cells when the fake recalculates: desktop as 0, the web as null. */
  platform: "desktop" | "web" = "web";
  /** Makes every formatting write fail at sync, as a write Excel refuses half way through a batch. */
  failFormats = false;
  /** What the add-in selected and activated, in order. */
  shown: string[] = [];
  /** Excel's limits, lowered by tests that cannot afford 5 million cells. */
  readCellLimit = READ_CELL_LIMIT;
  responseLimit = RESPONSE_LIMIT;
  /** Time the fake itself spent answering round trips, to tell the reader's own work from it. */
  busyMs = 0;
  /** The largest response a successful round trip has carried, in bytes of JSON. */
  largestResponse = 0;
  private queue: (() => void)[] = [];
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  readonly context: Excel.RequestContext;

  constructor() {
    const workbook = {
      worksheets: this.worksheets(),
      names: this.namesCollection(),
      getSelectedRange: () => this.selectedRange(),
    };
    this.context = {
      workbook,
      sync: async () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  addSheet(name: string, cells: Record<string, FakeCell | CellValue>): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      merges: [],
      formats: [],
      calls: [],
    };
    for (const [addr, c] of Object.entries(cells))
      sheet.cells.set(addr, c !== null && typeof c === "object" ? c : { value: c });
    this.sheets.push(sheet);
    return sheet;
  }

  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context);

  /**
   * Runs the queued operations. Loaded values become readable only when the whole round trip succeeds;
   * on the web a response over 5 MB fails the round trip, as Excel on the web does.
   */
  private async sync(): Promise<void> {
    const started = performance.now();
    try {
      await this.runQueue();
    } finally {
      this.busyMs += performance.now() - started;
    }
  }

  private async runQueue(): Promise<void> {
    this.syncs++;
    const work = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    for (const w of work) w();
    if (this.platform === "web" && this.responseBytes > this.responseLimit) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    this.largestResponse = Math.max(this.largestResponse, this.responseBytes);
    for (const commit of this.staged) commit();
  }

  /**
   * Properties become readable only after load() and a sync — except isNullObject, which Excel fills in at
   * the next sync without being asked (learn.microsoft.com: “*OrNullObject methods and properties”).
   */
  private loadable<T extends object>(
    target: T,
    compute: Record<string, () => unknown>
  ): T & { load(props?: string): T } {
    const loaded = new Map<string, unknown>();
    const self = this;
    if ("isNullObject" in compute)
      self.queue.push(() =>
        self.staged.push(() => loaded.set("isNullObject", compute.isNullObject()))
      );
    return new Proxy(target, {
      get(obj, prop, receiver) {
        if (prop === "load") {
          return (props = Object.keys(compute).join(",")) => {
            const wanted = [
              ...new Set(
                String(props)
                  .split(",")
                  .map((p) => p.trim().split("/")[0])
              ),
            ].filter((p) => p in compute);
            self.queue.push(() =>
              wanted.forEach((p) => {
                const v = compute[p]();
                self.responseBytes += JSON.stringify(v)?.length ?? 0;
                self.staged.push(() => loaded.set(p, v));
              })
            );
            return receiver;
          };
        }
        if (typeof prop === "string" && prop in compute) {
          if (!loaded.has(prop))
            throw new Error(`PropertyNotLoaded: "${prop}" was read before load() and sync()`);
          return loaded.get(prop);
        }
        return Reflect.get(obj, prop, receiver);
      },
    }) as T & { load(props?: string): T };
  }

  private worksheets() {
    const fake = this;
    return this.loadable(
      {
        add(name: string) {
          if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new Error(`ItemAlreadyExists: ${name}`);
          const sheet: FakeSheet = {
            name,
            cells: new Map(),
            merges: [],
            formats: [],
            calls: [],
          };
          fake.queue.push(() => fake.sheets.push(sheet));
          return fake.worksheet(sheet, true);
        },
        getItem(name: string) {
          const sheet = fake.sheets.find((s) => s.name === name);
          if (!sheet) throw new Error(`ItemNotFound: ${name}`);
          return fake.worksheet(sheet, false);
        },
        getItemOrNullObject(name: string) {
          const find = () => fake.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
          return fake.loadable(
            {
              delete: () =>
                fake.queue.push(() => (fake.sheets = fake.sheets.filter((s) => s !== find()))),
            },
            { isNullObject: () => !find() }
          );
        },
      },
      { items: () => this.sheets.map((s) => this.worksheetLoaded(s)) }
    );
  }

  private namesCollection() {
    const fake = this;
    return this.loadable(
      {
        getItemOrNullObject(name: string) {
          return fake.loadable(
            {
              delete: () =>
                fake.queue.push(() => (fake.names = fake.names.filter((n) => n.name !== name))),
            },
            { isNullObject: () => !fake.names.some((n) => n.name === name) }
          );
        },
        add(
          name: string,
          reference: string | { target: { sheet: string; address: string } },
          comment?: string
        ) {
          fake.queue.push(() =>
            fake.names.push({
              name,
              type: "Range",
              formula:
                typeof reference === "string"
                  ? reference
                  : `='${reference.target.sheet}'!${reference.target.address}`,
              comment,
            })
          );
        },
      },
      { items: () => this.names.map((n) => ({ ...n })) }
    );
  }

  private selectedRange() {
    const target = { ...this.selection };
    return this.loadable({ target }, { address: () => `${target.sheet}!${target.address}` });
  }

  private worksheetLoaded(sheet: FakeSheet) {
    return Object.assign(this.worksheet(sheet, false), { name: sheet.name });
  }

  private worksheet(sheet: FakeSheet, isNew: boolean) {
    const fake = this;
    const record = (call: string) => fake.queue.push(() => sheet.calls.push(call));
    return {
      getUsedRangeOrNullObject: (valuesOnly = false) => fake.usedRange(sheet, valuesOnly, true),
      getUsedRange: (valuesOnly = false) => fake.usedRange(sheet, valuesOnly, false),
      getRange: (address: string) => fake.range(sheet, address),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        fake.range(sheet, () => ({
          top: row + 1,
          left: col + 1,
          bottom: row + rows,
          right: col + cols,
        })),
      getRanges: (addrs: string) => ({
        format: fake.formatRecorder(sheet, addrs),
      }),
      freezePanes: {
        freezeRows: (n: number) => fake.queue.push(() => (sheet.frozenRows = n)),
      },
      pageLayout: new Proxy(
        {
          setPrintTitleRows: (r: string) => record(`printTitles ${r}`),
          setPrintArea: (a: string) => record(`printArea ${a}`),
          headersFooters: {
            defaultForAllPages: new Proxy(
              {},
              {
                set: (_o, prop, value) => (
                  record(`footer.${String(prop)}=${JSON.stringify(value)}`),
                  true
                ),
              }
            ),
          },
        },
        {
          set: (_o, prop, value) => (
            record(`pageLayout.${String(prop)}=${JSON.stringify(value)}`),
            true
          ),
        }
      ),
      horizontalPageBreaks: { add: (cell: string) => record(`pageBreak ${cell}`) },
      set visibility(v: string) {
        record(`visibility=${JSON.stringify(v)}`);
      },
      set showGridlines(v: boolean) {
        record(`showGridlines=${v}`);
      },
      activate: () => (
        record("activate"),
        fake.queue.push(() => fake.shown.push(`activate ${sheet.name}`))
      ),
      isNew,
    };
  }

  /**
   * Recalculates every formula as Excel would on this fake's platform, calling the custom functions
   * given; each formula cell then holds its result (an error as its code, as Office.js reads it).
   * Returns the engine, whose `calls` list what the functions received.
   */
  recalculate(functions: ExcelFunctions): FormulaEngine {
    const byName = (name: string) =>
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const engine = new FormulaEngine({
      platform: this.platform,
      allowErrorForDataTypeAny: functions.allowErrorForDataTypeAny,
      custom: functions.custom,
      cell: (sheet, row, col) => {
        const c = byName(sheet)?.cells.get(addr(row, col));
        return (
          c &&
          (c.formula
            ? { value: c.value, formula: c.formula }
            : c.value === null
              ? undefined
              : { value: c.value })
        );
      },
      name: (name) => {
        const n = this.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
        const r = n && parseRangeRef(n.formula);
        return r?.sheet
          ? {
              sheet: r.sheet,
              top: r.top,
              left: r.left,
              bottom: r.bottom,
              right: r.right,
            }
          : undefined;
      },
    });
    const results: [FakeCell, CellValue][] = [];
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (!cell.formula) continue;
        const ref = parseRangeRef(key)!;
        const v = engine.value(sheet.name, ref.top, ref.left);
        results.push([cell, v instanceof ErrorValue ? v.code : v === BLANK ? null : v]);
      }
    }
    for (const [cell, v] of results) cell.value = v;
    return engine;
  }

  /** Inserts `count` empty rows above `row`, as a user inserting rows does: cells below move down. */
  insertRows(sheetName: string, row: number, count: number): void {
    const sheet = this.sheets.find((s) => s.name === sheetName)!;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const ref = parseRangeRef(key)!;
      moved.set(ref.top >= row ? addr(ref.top + count, ref.left) : key, cell);
    }
    sheet.cells = moved;
  }

  /** Where a sheet's cells are: those with values (valuesOnly), or also merely formatted ones, as getUsedRange() counts them. */
  private extent(sheet: FakeSheet, valuesOnly: boolean): Bounds | null {
    const refs = [...sheet.cells.entries()]
      .filter(([, c]) => !valuesOnly || c.value !== null || c.formula)
      .map(([a]) => parseRangeRef(a)!);
    if (!refs.length) return null;
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    for (const r of refs)
      [top, left, bottom, right] = [
        Math.min(top, r.top),
        Math.min(left, r.left),
        Math.max(bottom, r.top),
        Math.max(right, r.left),
      ];
    return { top, left, bottom, right };
  }

  /** getUsedRange() is A1 on a blank sheet; the OrNullObject form is a null object there. */
  private usedRange(sheet: FakeSheet, valuesOnly: boolean, orNull: boolean) {
    let at = -1;
    let known: Bounds | null = null;
    const bounds = () => {
      if (at !== this.syncs)
        [at, known] = [
          this.syncs,
          this.extent(sheet, valuesOnly) ??
            (orNull ? null : { top: 1, left: 1, bottom: 1, right: 1 }),
        ];
      return known;
    };
    return this.range(sheet, bounds);
  }

  /** A range, by address or by bounds worked out at sync: writes as setters, reads through load() and a sync. */
  private range(sheet: FakeSheet, at: string | (() => Bounds | null)) {
    const fake = this;
    const bounds = typeof at === "string" ? () => parseRangeRef(at) : at;
    const address = typeof at === "string" ? at : "(used range)";
    const ref = typeof at === "string" ? parseRangeRef(at) : null;
    const each = (matrix: unknown[][], f: (cell: FakeCell, v: unknown) => void) => {
      if (!ref) throw new Error(`InvalidArgument: ${address}`);
      fake.queue.push(() =>
        matrix.forEach((row, r) =>
          row.forEach((v, c) => {
            const key = addr(ref.top + r, ref.left + c);
            const cell = sheet.cells.get(key) ?? { value: null };
            f(cell, v);
            if (
              cell.value !== null ||
              cell.formula ||
              (cell.numberFormat && cell.numberFormat !== "General")
            )
              sheet.cells.set(key, cell);
          })
        )
      );
    };
    const b = () => bounds()!;
    const cells = () => (b().bottom - b().top + 1) * (b().right - b().left + 1);
    const grid =
      <T>(f: (c: FakeCell | undefined) => T) =>
      () =>
        Array.from({ length: b().bottom - b().top + 1 }, (_, r) =>
          Array.from({ length: b().right - b().left + 1 }, (_, c) =>
            f(sheet.cells.get(addr(b().top + r, b().left + c)))
          )
        );
    // A null object loads without failing the round trip; its other properties are then undefined.
    const orUndefined = (f: () => unknown) => () => (bounds() === null ? undefined : f());
    const reads = {
      isNullObject: () => bounds() === null,
      rowIndex: orUndefined(() => b().top - 1),
      columnIndex: orUndefined(() => b().left - 1),
      rowCount: orUndefined(() => b().bottom - b().top + 1),
      columnCount: orUndefined(() => b().right - b().left + 1),
      // Excel refuses a read of more than 5 million cells (observed: it answers null).
      values: () =>
        cells() > fake.readCellLimit
          ? null
          : grid((c) => (c?.value === null || c?.value === undefined ? "" : c.value))(),
      formulas: () =>
        cells() > fake.readCellLimit
          ? null
          : grid((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? "")))(),
      numberFormat: () =>
        cells() > fake.readCellLimit ? null : grid((c) => c?.numberFormat ?? "General")(),
      address: () => `${sheet.name}!${addr(b().top, b().left)}:${addr(b().bottom, b().right)}`,
    };
    const target = {
      getColumn: (i: number) =>
        fake.range(sheet, () => ({
          ...b(),
          left: b().left + i,
          right: b().left + i,
        })),
      /** The visible cells: rows and columns both filter, so a view of a hidden column has no cells. */
      getVisibleView: () =>
        fake.loadable(
          {},
          {
            cellAddresses: () => {
              const rows = Array.from(
                { length: b().bottom - b().top + 1 },
                (_, i) => b().top + i
              ).filter((r) => !sheet.hidden?.has(r));
              const cols = Array.from(
                { length: b().right - b().left + 1 },
                (_, i) => b().left + i
              ).filter((c) => !sheet.hiddenColumns?.has(c));
              return cols.length
                ? rows.map((r) => cols.map((c) => `${sheet.name}!${addr(r, c)}`))
                : [];
            },
          }
        ),
      getRowProperties: () => {
        const result = { value: undefined as unknown };
        fake.queue.push(() => {
          const rows = Array.from({ length: b().bottom - b().top + 1 }, (_, i) => ({
            rowHidden: !!sheet.hidden?.has(b().top + i),
          }));
          fake.responseBytes += JSON.stringify(rows).length;
          fake.staged.push(() => (result.value = rows));
        });
        return result;
      },
      set formulas(m: unknown[][]) {
        // Excel refuses a formula whose text constant is longer than 255 characters, and with it the whole assignment.
        fake.queue.push(() => {
          const long = m
            .flat()
            .find(
              (v) =>
                typeof v === "string" &&
                v.startsWith("=") &&
                [...v.matchAll(/"((?:[^"]|"")*)"/g)].some(
                  (q) => q[1].replace(/""/g, '"').length > 255
                )
            );
          if (long !== undefined)
            throw new Error(
              `InvalidArgument: the argument is invalid or missing or has an incorrect format (a text value longer than 255 characters in a formula of ${address})`
            );
        });
        each(m, (cell, v) => typed(cell, v));
      },
      set numberFormat(m: string[][]) {
        each(m, (cell, v) => (cell.numberFormat = v as string));
      },
      merge: () => fake.queue.push(() => sheet.merges.push(address)),
      set columnHidden(v: boolean) {
        fake.queue.push(() => {
          sheet.hiddenColumns ??= new Set();
          const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
          const [left, right] = columns
            ? [columnNumber(columns[1]), columnNumber(columns[2])]
            : [b().left, b().right];
          for (let c = left; c <= right; c++)
            if (v) sheet.hiddenColumns.add(c);
            else sheet.hiddenColumns.delete(c);
        });
      },
      select: () => fake.queue.push(() => fake.shown.push(`select ${sheet.name}!${address}`)),
      // Excel reads a value that starts with =, + or - as a formula (Range.values, @types/office-js).
      set values(m: unknown[][]) {
        each(m, (cell, v) => typed(cell, v));
      },
      format: fake.formatRecorder(sheet, address),
      dataValidation: new Proxy(
        {},
        {
          set: (_o, prop, value) => (
            fake.queue.push(() =>
              sheet.formats.push({
                target: address,
                path: `dataValidation.${String(prop)}`,
                value,
              })
            ),
            true
          ),
        }
      ),
    };
    return this.loadable(target, reads);
  }

  /** Records every format write (format.font.bold = true …) against its target. */
  private formatRecorder(sheet: FakeSheet, target: string, path = "format"): unknown {
    const fake = this;
    return new Proxy(
      {
        getItem: (edge: string) => fake.formatRecorder(sheet, target, `${path}.${edge}`),
      },
      {
        get: (obj, prop) =>
          prop === "getItem"
            ? obj.getItem
            : fake.formatRecorder(sheet, target, `${path}.${String(prop)}`),
        set: (_o, prop, value) => (
          fake.queue.push(() => {
            if (fake.failFormats)
              throw new Error(`InvalidOperation: ${path}.${String(prop)} of ${target}`);
            sheet.formats.push({
              target,
              path: `${path}.${String(prop)}`,
              value,
            });
          }),
          true
        ),
      }
    );
  }
}

/** A fake Excel holding what a snapshot holds: values, formulas (with their cached results), formats and names. */
export function fakeOf(snapshot: WorkbookSnapshot): FakeExcel {
  const fake = new FakeExcel();
  for (const s of snapshot.sheets) {
    const cells: Record<string, FakeCell> = {};
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = s.formulas[r][c];
        const numberFormat = s.numberFormats[r][c];
        if (v !== null || formula || numberFormat !== "General")
          cells[addr(s.top + r, s.left + c)] = {
            value: v,
            ...(formula && { formula }),
            ...(numberFormat !== "General" && { numberFormat }),
          };
      })
    );
    fake.addSheet(s.name, cells).hidden = new Set(s.hiddenRows ?? []);
  }
  fake.names = snapshot.names.map((n) => ({
    name: n.name,
    type: "Range",
    formula: `=${n.refersTo}`,
  }));
  return fake;
}

/**
 * A value or formula entered as Excel enters it: text starting with =, + or - becomes a formula (Range.values
 * and Range.formulas alike, per @types/office-js), a leading apostrophe marks text and is not kept.
 */
function typed(cell: { value?: CellValue; formula?: string }, v: unknown): void {
  if (typeof v === "string" && v.startsWith("'"))
    Object.assign(cell, { value: v.slice(1), formula: undefined });
  else if (typeof v === "string" && /^[=+-]/.test(v) && v.length > 1)
    Object.assign(cell, { formula: v.startsWith("=") ? v.slice(1) : v, value: null });
  else Object.assign(cell, { value: v === "" ? null : (v as CellValue), formula: undefined });
}
