import { locateByNames } from './names';
import { readTemplate } from './template';
import type { Located, LocatedInputs } from './located';
import type { WorkbookSnapshot } from '../snapshot';

export type { Located, LocatedInputs, SourceKind, KpiTable, OverrideFound } from './located';

/** A further source of inputs (labels in the unit's own sheets), tried after names and the template. */
export type Locator = (wb: WorkbookSnapshot) => Located[];

/**
 * Finds every input the workbook holds. Precedence: defined names, then the 绩效基础数据 template,
 * then any further locators in order. A lower source that disagrees is kept as a conflict.
 */
export function locateInputs(wb: WorkbookSnapshot, more: Locator[] = []): LocatedInputs {
  const template = readTemplate(wb);
  const located: LocatedInputs = {
    inputs: new Map(),
    overrides: template?.overrides ?? new Map(),
    ...(template?.kpis && { kpis: template.kpis }),
    ...(template?.unit !== undefined && { unit: String(template.unit) }),
    ...(template?.year !== undefined && { year: template.year }),
    ...(template && { templateSheet: template.sheet }),
  };
  const sources: Located[][] = [locateByNames(wb), (template?.inputs ?? []).filter(given), ...more.map((m) => m(wb))];
  for (const found of sources) {
    for (const l of found) {
      const held = located.inputs.get(l.key);
      if (!held) located.inputs.set(l.key, l);
      else if (!sameCell(held, l) && String(held.value) !== String(l.value)) held.conflicts = [...(held.conflicts ?? []), l];
    }
  }
  // A blank template row still marks where the value belongs: formulas follow it once it is filled.
  for (const l of template?.inputs ?? []) if (!located.inputs.has(l.key)) located.inputs.set(l.key, l);
  return located;
}

/** A blank template row is not a finding: a lower source may still hold the value. */
function given(l: Located): boolean {
  return !(l.value === null || l.value === '') || l.problem !== undefined;
}

function sameCell(a: Located, b: Located): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
