import { isMissingValue } from "../../core";
import { locateByLabels } from "./tables";
import { locateByNames } from "./names";
import { readTemplate } from "./template";
import type { Located, LocatedInputs } from "./located";
import type { WorkbookSnapshot } from "../snapshot";
import { blockValue, readingFigure } from "../normalize";
import { isOwnSheet } from "../sheets/names";
import { unitOf, yearOf } from "./unit-and-year";

export type { Located, LocatedInputs, SourceKind, KpiTable, OverrideFound } from "./located";

/** A source of inputs tried after names and the template; by default, labels in the unit's own sheets. */
export type Locator = (wb: WorkbookSnapshot) => Located[];

const DEFAULT_LOCATORS: readonly Locator[] = [locateByLabels];

/**
 * Finds every input the workbook holds. Precedence: defined names, then the 绩效基础数据 template,
 * then any further locators in order. A lower source that disagrees is kept as a conflict.
 */
export function locateInputs(
  wb: WorkbookSnapshot,
  more: readonly Locator[] = DEFAULT_LOCATORS
): LocatedInputs {
  const template = readTemplate(wb);
  const unitsOwn = {
    ...wb,
    sheets: wb.sheets.filter((s) => !isOwnSheet(s.name)),
  };
  // The data sheet's name and year where it gives them; else what the unit's own tables state.
  const unit = template?.unit !== undefined ? undefined : unitOf(unitsOwn);
  const year = template?.year !== undefined ? undefined : yearOf(unitsOwn);
  const located: LocatedInputs = {
    inputs: new Map(),
    overrides: template?.overrides ?? new Map(),
    ...(template?.kpis && { kpis: template.kpis }),
    ...(template?.unit !== undefined && { unit: template.unit, unitFrom: { kind: "template" } }),
    ...(unit && { unit: unit.value, unitFrom: { kind: "tables", cell: unit.cell } }),
    ...(template?.year !== undefined && { year: template.year, yearFrom: { kind: "template" } }),
    ...(year && { year: year.value, yearFrom: { kind: "tables", cell: year.cell } }),
    ...(template && {
      templateSheet: template.sheet,
      overrideCells: template.overrideCells,
      inputCells: new Map(template.inputs.map((l) => [l.key, l])),
      unitCell: template.unitCell,
      yearCell: template.yearCell,
    }),
  };
  const scans = more.map((m) => m(unitsOwn));
  located.scanned = new Map();
  for (const l of scans.flat()) if (!located.scanned.has(l.key)) located.scanned.set(l.key, l);
  const sources: Located[][] = [
    locateByNames(wb).map((l) => asScanned(l, scans.flat())),
    (template?.inputs ?? []).filter(given),
    ...scans,
  ];
  for (const found of sources) {
    for (const l of found) {
      const held = located.inputs.get(l.key);
      if (!held) located.inputs.set(l.key, l);
      else if (
        !sameCell(held, l) &&
        !held.ambiguous &&
        !l.ambiguous &&
        comparable(held) !== comparable(l)
      )
        held.conflicts = [...(held.conflicts ?? []), l];
    }
  }
  // A blank template row still marks where the value belongs: formulas follow it once it is filled.
  for (const l of template?.inputs ?? [])
    if (!located.inputs.has(l.key)) located.inputs.set(l.key, l);
  return located;
}

/**
 * A named cell the scan also read: it is read as the scan reads it — in its table's unit (元 converted to
 * 万元), the number in its sentence rather than the sentence — and stays the name's.
 */
function asScanned(named: Located, scanned: Located[]): Located {
  const all = scanned.flatMap((l) => [l, ...(l.ambiguous ?? []), ...(l.ruledOut ?? [])]);
  const same = all.find((l) => l.key === named.key && sameCell(l, named) && !l.derivedFrom);
  if (!same || named.problem) return named;
  const { value, unit, scale, percentIsFraction, span, table, headers } = same;
  return { ...named, value, unit, scale, percentIsFraction, span, table, headers };
}

/** A blank template row is not a finding: a lower source may still hold the value. */
function given(l: Located): boolean {
  return !isMissingValue(l.value) || l.problem !== undefined;
}

/**
 * Two findings of one input agree when they give the same figure (0.9395 in a % cell is 93.95 %), even
 * where one of them was held back: the clerk who types the sheet's own figure does not disagree with it.
 */
function comparable(l: Located): string {
  return JSON.stringify(blockValue(l.key, readingFigure(l)));
}

function sameCell(a: Located, b: Located): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
