import type { WorkbookSnapshot } from "../../snapshot";
import type { Located } from "../located";
import { decide } from "./decide";
import { findTables } from "./frame";
import { Grid } from "./grid";
import { TableReader, type Reading, type Schedule } from "./readings";
import { textReadings } from "./text-figures";
import { SPECS, type Spec } from "./wording";

export { normalizeLabel, specsOf, type Spec } from "./wording";

/**
 * Finds inputs in the tables a unit already has. Each sheet is cut into its tables; each figure is
 * named by its own table's row label, header path and title; figures inside sentences are read by
 * the same wording. Readings that disagree are not ranked into a guess: the input is ambiguous.
 */
export function locateByLabels(
  wb: WorkbookSnapshot,
  extra: readonly [string, Spec][] = []
): Located[] {
  const specs = extra.length ? [...SPECS, ...extra] : SPECS;
  const readings: Reading[] = [];
  const schedules: Schedule[] = [];
  const sheets = wb.sheets.map((sheet) => {
    const grid = new Grid(wb, sheet);
    return { grid, tables: findTables(grid) };
  });
  const year = commonYear(sheets.flatMap((s) => s.tables.map((t) => t.title)));
  for (const { grid, tables } of sheets) {
    for (const table of tables) {
      const reader = new TableReader(grid, table, specs, year);
      readings.push(...reader.readings());
      schedules.push(...reader.schedules());
    }
    readings.push(...textReadings(grid, specs));
  }
  return decide(readings, schedules);
}

/** The year most titles name (“2021年部门预算…”): the year of a table whose own title names none. */
function commonYear(titles: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of titles) {
    const y = /(\d{4})年/.exec(t)?.[1];
    if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
