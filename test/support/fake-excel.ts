/**
 * A small stand-in for Excel's JavaScript API, strict where office-addin-mock is lenient: it counts
 * context.sync() calls, throws when a property is read before it was loaded and synced, and applies
 * writes only at sync, as Excel does. It covers what the add-in's Office.js adapter uses.
 */
import { address as addr, parseRangeRef } from '../../src/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/snapshot';
import type { ExcelFunctions } from './excel-functions';
import { BLANK, ErrorValue, FormulaEngine } from './formula-engine';

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  hidden?: Set<number>;
  merges: string[];
  formats: { target: string; path: string; value: unknown }[];
  calls: string[];
  frozenRows?: number;
}

export class FakeExcel {
  syncs = 0;
  sheets: FakeSheet[] = [];
  names: { name: string; type: string; formula: string; comment?: string }[] = [];
  /** What the user has selected, for getSelectedRange(). */
  selection = { sheet: 'Sheet1', address: 'A1' };
  /** How custom functions receive blank cells when the fake recalculates: desktop as 0, the web as null. */
  platform: 'desktop' | 'web' = 'web';
  /** Makes every formatting write fail at sync, as a write Excel refuses half way through a batch. */
  failFormats = false;
  /** What the add-in selected and activated, in order. */
  shown: string[] = [];
  private queue: (() => void)[] = [];
  readonly context: Excel.RequestContext;

  constructor() {
    const workbook = { worksheets: this.worksheets(), names: this.namesCollection(), getSelectedRange: () => this.selectedRange() };
    this.context = { workbook, sync: async () => this.sync() } as unknown as Excel.RequestContext;
  }

  addSheet(name: string, cells: Record<string, FakeCell | CellValue>): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), merges: [], formats: [], calls: [] };
    for (const [addr, c] of Object.entries(cells)) sheet.cells.set(addr, c !== null && typeof c === 'object' ? c : { value: c });
    this.sheets.push(sheet);
    return sheet;
  }

  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context);

  private async sync(): Promise<void> {
    this.syncs++;
    const work = this.queue;
    this.queue = [];
    for (const w of work) w();
  }

  /** Properties become readable only after load() and a sync. */
  private loadable<T extends object>(target: T, compute: Record<string, () => unknown>): T & { load(props?: string): T } {
    const loaded = new Map<string, unknown>();
    const self = this;
    return new Proxy(target, {
      get(obj, prop, receiver) {
        if (prop === 'load') {
          return (props = Object.keys(compute).join(',')) => {
            const wanted = [...new Set(String(props).split(',').map((p) => p.trim().split('/')[0]))].filter((p) => p in compute);
            self.queue.push(() => wanted.forEach((p) => loaded.set(p, compute[p]())));
            return receiver;
          };
        }
        if (typeof prop === 'string' && prop in compute) {
          if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: "${prop}" was read before load() and sync()`);
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
          if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
          const sheet: FakeSheet = { name, cells: new Map(), merges: [], formats: [], calls: [] };
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
          return fake.loadable({ delete: () => fake.queue.push(() => (fake.sheets = fake.sheets.filter((s) => s !== find()))) }, { isNullObject: () => !find() });
        },
      },
      { items: () => this.sheets.map((s) => this.worksheetLoaded(s)) },
    );
  }

  private namesCollection() {
    const fake = this;
    return this.loadable(
      {
        getItemOrNullObject(name: string) {
          return fake.loadable(
            { delete: () => fake.queue.push(() => (fake.names = fake.names.filter((n) => n.name !== name))) },
            { isNullObject: () => !fake.names.some((n) => n.name === name) },
          );
        },
        add(name: string, range: { target: { sheet: string; address: string } }, comment?: string) {
          fake.queue.push(() => fake.names.push({ name, type: 'Range', formula: `='${range.target.sheet}'!${range.target.address}`, comment }));
        },
      },
      { items: () => this.names.map((n) => ({ ...n })) },
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
      getUsedRangeOrNullObject: () => fake.usedRange(sheet),
      getUsedRange: () => fake.usedRange(sheet, true),
      getRange: (addr: string) => fake.range(sheet, addr),
      getRanges: (addrs: string) => ({ format: fake.formatRecorder(sheet, addrs) }),
      freezePanes: { freezeRows: (n: number) => fake.queue.push(() => (sheet.frozenRows = n)) },
      pageLayout: new Proxy(
        { setPrintTitleRows: (r: string) => record(`printTitles ${r}`), setPrintArea: (a: string) => record(`printArea ${a}`) },
        { set: (_o, prop, value) => (record(`pageLayout.${String(prop)}=${JSON.stringify(value)}`), true) },
      ),
      set showGridlines(v: boolean) {
        record(`showGridlines=${v}`);
      },
      activate: () => (record('activate'), fake.queue.push(() => fake.shown.push(`activate ${sheet.name}`))),
      isNew,
    };
  }

  /**
   * Recalculates every formula as Excel would on this fake's platform, calling the custom functions
   * given; each formula cell then holds its result (an error as its code, as Office.js reads it).
   * Returns the engine, whose `calls` list what the functions received.
   */
  recalculate(functions: ExcelFunctions): FormulaEngine {
    const byName = (name: string) => this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const engine = new FormulaEngine({
      platform: this.platform,
      allowErrorForDataTypeAny: functions.allowErrorForDataTypeAny,
      custom: functions.custom,
      cell: (sheet, row, col) => {
        const c = byName(sheet)?.cells.get(addr(row, col));
        return c && (c.formula ? { value: c.value, formula: c.formula } : c.value === null ? undefined : { value: c.value });
      },
      name: (name) => {
        const n = this.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
        const r = n && parseRangeRef(n.formula);
        return r?.sheet ? { sheet: r.sheet, top: r.top, left: r.left, bottom: r.bottom, right: r.right } : undefined;
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

  /** The used range; `orA1` is getUsedRange(), which gives A1 for a blank sheet where the OrNullObject form gives a null object. */
  private usedRange(sheet: FakeSheet, orA1 = false) {
    const bounds = () => {
      const refs = [...sheet.cells.keys()].map((a) => parseRangeRef(a)!);
      if (!refs.length) return orA1 ? { top: 1, left: 1, bottom: 1, right: 1 } : null;
      return {
        top: Math.min(...refs.map((r) => r.top)),
        left: Math.min(...refs.map((r) => r.left)),
        bottom: Math.max(...refs.map((r) => r.top)),
        right: Math.max(...refs.map((r) => r.left)),
      };
    };
    const grid = <T>(f: (c: FakeCell | undefined) => T) => () => {
      const b = bounds()!;
      return Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
        Array.from({ length: b.right - b.left + 1 }, (_, c) => f(sheet.cells.get(addr(b.top + r, b.left + c)))),
      );
    };
    const visibleView = () =>
      this.loadable(
        {},
        {
          cellAddresses: () => {
            const b = bounds()!;
            const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i).filter((r) => !sheet.hidden?.has(r));
            return rows.map((r) => [`${sheet.name}!${addr(r, b.left)}`]);
          },
        },
      );
    return this.loadable(
      { getColumn: () => ({ getVisibleView: visibleView }) },
      {
        isNullObject: () => bounds() === null,
        rowIndex: () => bounds()!.top - 1,
        columnIndex: () => bounds()!.left - 1,
        values: grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value)),
        formulas: grid((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ''))),
        numberFormat: grid((c) => c?.numberFormat ?? 'General'),
      },
    );
  }

  private range(sheet: FakeSheet, address: string) {
    const fake = this;
    const ref = parseRangeRef(address);
    const each = (matrix: unknown[][], f: (cell: FakeCell, v: unknown) => void) => {
      if (!ref) throw new Error(`InvalidArgument: ${address}`);
      fake.queue.push(() =>
        matrix.forEach((row, r) =>
          row.forEach((v, c) => {
            const key = addr(ref.top + r, ref.left + c);
            const cell = sheet.cells.get(key) ?? { value: null };
            f(cell, v);
            if (cell.value !== null || cell.formula || (cell.numberFormat && cell.numberFormat !== 'General')) sheet.cells.set(key, cell);
          }),
        ),
      );
    };
    return {
      set formulas(m: unknown[][]) {
        // Excel refuses a formula whose text constant is longer than 255 characters, and with it the whole assignment.
        fake.queue.push(() => {
          const long = m.flat().find((v) => typeof v === 'string' && v.startsWith('=') && [...v.matchAll(/"((?:[^"]|"")*)"/g)].some((q) => q[1].replace(/""/g, '"').length > 255));
          if (long !== undefined) throw new Error(`InvalidArgument: the argument is invalid or missing or has an incorrect format (a text value longer than 255 characters in a formula of ${address})`);
        });
        each(m, (cell, v) => {
          if (typeof v === 'string' && v.startsWith('=')) Object.assign(cell, { formula: v.slice(1), value: null });
          else cell.value = v === '' ? null : (v as CellValue);
        });
      },
      set numberFormat(m: string[][]) {
        each(m, (cell, v) => (cell.numberFormat = v as string));
      },
      merge: () => fake.queue.push(() => sheet.merges.push(address)),
      select: () => fake.queue.push(() => fake.shown.push(`select ${sheet.name}!${address}`)),
      set values(m: unknown[][]) {
        each(m, (cell, v) => Object.assign(cell, { value: v === '' ? null : (v as CellValue), formula: undefined }));
      },
      format: fake.formatRecorder(sheet, address),
      dataValidation: new Proxy({}, { set: (_o, prop, value) => (fake.queue.push(() => sheet.formats.push({ target: address, path: `dataValidation.${String(prop)}`, value })), true) }),
    };
  }

  /** Records every format write (format.font.bold = true …) against its target. */
  private formatRecorder(sheet: FakeSheet, target: string, path = 'format'): unknown {
    const fake = this;
    return new Proxy(
      { getItem: (edge: string) => fake.formatRecorder(sheet, target, `${path}.${edge}`) },
      {
        get: (obj, prop) => (prop === 'getItem' ? obj.getItem : fake.formatRecorder(sheet, target, `${path}.${String(prop)}`)),
        set: (_o, prop, value) => (
          fake.queue.push(() => {
            if (fake.failFormats) throw new Error(`InvalidOperation: ${path}.${String(prop)} of ${target}`);
            sheet.formats.push({ target, path: `${path}.${String(prop)}`, value });
          }),
          true
        ),
      },
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
        if (v !== null || formula || numberFormat !== 'General') cells[addr(s.top + r, s.left + c)] = { value: v, ...(formula && { formula }), ...(numberFormat !== 'General' && { numberFormat }) };
      }),
    );
    fake.addSheet(s.name, cells).hidden = new Set(s.hiddenRows ?? []);
  }
  fake.names = snapshot.names.map((n) => ({ name: n.name, type: 'Range', formula: `=${n.refersTo}` }));
  return fake;
}
