import { readYear } from "../../core";
import { address } from "../a1";
import type { WorkbookSnapshot } from "../snapshot";

/** What the unit's own tables say of it, and the cell that says it first. */
export interface Stated<T> {
  value: T;
  cell: string;
}

/**
 * The unit a workbook belongs to, as its own sheets name it: the “编制单位：X” / “部门：X” line
 * published tables carry under their title, else a title that starts with the unit
 * (“X2021年度部门决算”, “X部门整体支出绩效自评表”). The name given most often wins — a workbook
 * that gathers several units' tables is named by the one it is mostly about.
 */
export function unitOf(wb: WorkbookSnapshot): Stated<string> | undefined {
  const votes = new Votes<string>();
  eachHeadCell(wb, (line, at, r, row, c, cellOf) => {
    const labelled = LABEL.exec(line) ?? BARE_LABEL.exec(line);
    if (labelled) {
      const after = (labelled[2] ?? "").trim();
      const nextAt = row.findIndex((v, i) => i > c && typeof v === "string" && v.trim() !== "");
      const name = after || (nextAt >= 0 ? String(row[nextAt]) : "");
      votes.add(tidy(name), 2, after ? at : cellOf(nextAt));
    } else if (r < TITLE_ROWS) votes.add(tidy(titleUnit(line) ?? ""), 1, at);
  });
  return votes.best((name) => plausible(name));
}

/**
 * The year evaluated, as the unit's titles state it (“2024年度部门决算”, “编制单位：某区实验小学 2024年度”):
 * the year most titles name, a title of accounts or execution (决算, 执行, 自评) counting more than a
 * budget's — a workbook of 2024's accounts may carry 2025's budget. A tie is no answer.
 */
export function yearOf(wb: WorkbookSnapshot): Stated<number> | undefined {
  const votes = new Votes<number>();
  eachHeadCell(wb, (line, at) => {
    for (const m of line.matchAll(/((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|末|初|底)/g)) {
      const year = readYear(m[1]);
      if (year !== undefined) votes.add(year, /决算|执行|自评|绩效|完成/.test(line) ? 2 : 1, at);
    }
  });
  return votes.best(() => true, true);
}

/** A published table's title, its unit line and the header sit in the first rows. */
const HEAD_ROWS = 4;
const TITLE_ROWS = 2;

/** A text cell of a sheet's head rows: its text, its cell, its row (index and values), its column, and any cell of its row. */
type Visit = (
  line: string,
  at: string,
  r: number,
  row: unknown[],
  c: number,
  cellOf: (c: number) => string
) => void;

function eachHeadCell(wb: WorkbookSnapshot, visit: Visit): void {
  for (const sheet of wb.sheets)
    sheet.values.slice(0, HEAD_ROWS).forEach((row, r) => {
      const cellOf = (c: number) => `${sheet.name}!${address(sheet.top + r, sheet.left + c)}`;
      row.forEach((cell, c) => {
        if (typeof cell === "string" && cell.trim())
          visit(cell.trim(), cellOf(c), r, row, c, cellOf);
      });
    });
}

class Votes<T> {
  private readonly counts = new Map<T, { n: number; cell: string }>();

  add(value: T, weight: number, cell: string): void {
    if (value === "" || value === undefined) return;
    const v = this.counts.get(value);
    this.counts.set(value, { n: (v?.n ?? 0) + weight, cell: v?.cell ?? cell });
  }

  best(ok: (value: T) => boolean, refuseTies = false): Stated<T> | undefined {
    let best: [T, { n: number; cell: string }] | undefined;
    let tied = false;
    for (const entry of this.counts) {
      if (!ok(entry[0])) continue;
      if (!best || entry[1].n > best[1].n) [best, tied] = [entry, false];
      else if (entry[1].n === best[1].n) tied = true;
    }
    return best && !(refuseTies && tied) ? { value: best[0], cell: best[1].cell } : undefined;
  }
}

const LABEL = /^(编制单位|编制部门|填报单位|预算单位|单位名称|部门名称|部门|单位)\s*[:：]\s*(.*)$/;
/** A label alone in its cell, the name in the next: only words that cannot be a column header. */
const BARE_LABEL = /^(编制单位|填报单位|单位名称|部门名称)$/;

/** The unit before the year or the document's name in a title; nothing when the title starts with either. */
function titleUnit(title: string): string | undefined {
  const m =
    /^(.{2,40}?)(?:(?:19|20)\d{2}\s*年|部门整体支出|部门决算|部门预算|单位决算|单位预算)/.exec(
      title.replace(/\s+/g, "")
    );
  return m?.[1];
}

/** A unit line often goes on with the year or the money unit in the same cell. */
function tidy(name: string): string {
  return name
    .split(/\s{2,}|\t|(?:金额)?单位[:：]|(?:19|20)\d{2}\s*年/)[0]
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*公章[^）)]*[）)]$/, "")
    .trim();
}

const MONEY_OR_COUNT = /^(元|万元|千元|亿元|人|个|%|项|件|分)$/;
const NOT_A_UNIT = /表$|^(合计|总计|项目|科目|说明|注|表\s*\d|公开\d|附表|附件)/;

function plausible(name: string): boolean {
  return name.length >= 2 && !MONEY_OR_COUNT.test(name) && !NOT_A_UNIT.test(name);
}
