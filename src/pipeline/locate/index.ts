import { isMissingValue } from "../../core";
import { locateByLabels } from "./tables";
import { locateByNames } from "./names";
import { readTemplate } from "./template";
import type { Located, LocatedInputs } from "./located";
import type { WorkbookSnapshot } from "../snapshot";
import { blockValue, coreValue } from "../normalize";
import { isOwnSheet } from "../sheets/names";

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
  const located: LocatedInputs = {
    inputs: new Map(),
    overrides: template?.overrides ?? new Map(),
    ...(template?.kpis && { kpis: template.kpis }),
    ...(template?.unit !== undefined && { unit: String(template.unit) }),
    ...(template?.year !== undefined && { year: template.year }),
    ...(template && {
      templateSheet: template.sheet,
      overrideCells: template.overrideCells,
      inputCells: new Map(template.inputs.map((l) => [l.key, { row: l.row, col: l.col }])),
    }),
  };
  const unitsOwn = {
    ...wb,
    sheets: wb.sheets.filter((s) => !isOwnSheet(s.name)),
  };
  const sources: Located[][] = [
    locateByNames(wb),
    (template?.inputs ?? []).filter(given),
    ...more.map((m) => m(unitsOwn)),
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

/** A blank template row is not a finding: a lower source may still hold the value. */
function given(l: Located): boolean {
  return !isMissingValue(l.value) || l.problem !== undefined;
}

/** Two findings of one input agree when the core would read the same value from both (0.9395 in a % cell is 93.95). */
function comparable(l: Located): string {
  return JSON.stringify(blockValue(l.key, coreValue(l)));
}

function sameCell(a: Located, b: Located): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
