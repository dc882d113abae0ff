import type { Cell, Drawn } from "./grid";
import { chance, pick, type Rng } from "./truth";

/**
 * Lays a table out row by row as ../shared/reference/public-table-layouts.md describes published tables:
 * a title (often merged across), a 编制单位 / 单位 line, header rows (merged groups), an optional 栏次 row,
 * the body and notes. It records merges and hidden rows; what the table holds is the caller's.
 */
export class TableBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: Drawn["merges"] = [];
  readonly hidden: number[] = [];
  readonly holds: Record<string, number> = {};
  readonly derived: Record<string, number> = {};

  constructor(
    private readonly rng: Rng,
    readonly width: number
  ) {}

  get next(): number {
    return this.rows.length;
  }

  row(cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** The title, merged across the table or not, sometimes with the year in front. */
  title(text: string, year: number): void {
    const t = chance(this.rng, 0.5) ? `${year}年${text}` : text;
    const r = this.row([t]);
    if (this.width > 1 && chance(this.rng, 0.7)) this.merges.push([r, 0, r, this.width - 1]);
  }

  /** 编制单位 on the left and/or the unit line on the right, in one row or on their own. */
  unitLine(unitText: string | undefined, unitName: string): void {
    const who = chance(this.rng, 0.5) ? `编制单位：${unitName}` : null;
    if (!unitText && !who) return;
    const cells: Cell[] = Array(this.width).fill(null);
    if (who) cells[0] = who;
    if (unitText) cells[this.width - 1 > 0 ? this.width - 1 : 0] = unitText;
    this.row(cells);
  }

  /** Two header rows where a group spans several columns: the group merged across, leaves merged down. */
  header(groups: { text: string; children?: string[] }[], leftLabels: string[] = []): void {
    const twoRows = groups.some((g) => g.children?.length);
    const top: Cell[] = [...leftLabels];
    const bottom: Cell[] = leftLabels.map(() => null);
    const r = this.next;
    leftLabels.forEach((_, c) => twoRows && this.merges.push([r, c, r + 1, c]));
    for (const g of groups) {
      const c = top.length;
      if (g.children?.length) {
        top.push(g.text, ...g.children.slice(1).map(() => null));
        bottom.push(...g.children);
        if (g.children.length > 1) this.merges.push([r, c, r, c + g.children.length - 1]);
      } else {
        top.push(g.text);
        bottom.push(null);
        if (twoRows) this.merges.push([r, c, r + 1, c]);
      }
    }
    this.row(top);
    if (twoRows) this.row(bottom);
  }

  /** A 栏次 row (1, 2, 3 … under the headers), as the accounts software prints it. */
  columnNumbers(from: number, count: number, label?: string): void {
    const cells: Cell[] = Array(from).fill(null);
    if (label && from > 0) cells[0] = label;
    for (let i = 1; i <= count; i++) cells.push(i);
    this.row(cells);
  }

  /** A note under the table, sometimes with figures of its own that are no input. */
  note(texts: readonly string[]): void {
    if (chance(this.rng, 0.5)) this.row([pick(this.rng, texts)]);
  }

  done(shape: string): Drawn {
    return {
      shape,
      rows: this.rows,
      merges: this.merges,
      hidden: this.hidden,
      holds: this.holds,
      derived: this.derived,
    };
  }
}
