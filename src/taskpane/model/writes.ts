import { inputDef, KPI_COLUMNS, MISSING_WORD, readEntry, readYear, type Locale } from "../../core";
import { catalog } from "../../i18n";
import type { Analysis } from "../../pipeline/analyze";
import { cellText } from "../../pipeline/locate/where";
import { blockValue, coreValue } from "../../pipeline/normalize";
import type { CellWrite } from "../../pipeline/sheets/plan";
import { isAdoptedNote, KPI_ROWS, sourceNote } from "../../pipeline/sheets/template-sheet";
import { currentText, sameFigure } from "./figures";
import { editable, initialForm, type JudgementForm } from "./form";
import { pointsByKey } from "./judgements";

/**
 * The data sheet's cells to write for the form, found by key in `analysis` — which the session reads
 * afresh just before writing, so a row the user moved or deleted since the pane last looked is never
 * written over. Each figure is written as a person reads it in Excel (a % cell holding 0.223, an amount in
 * the sheet's 万元), so that reading the sheet back gives the same figure. Keys without a row in the data
 * sheet are returned as `unplaced`.
 */
export function templateWrites(
  analysis: Analysis,
  form: JudgementForm,
  locale: Locale
): { writes: CellWrite[]; unplaced: string[] } {
  const { located } = analysis;
  const sheet = located.templateSheet;
  if (!sheet) return { writes: [], unplaced: Object.keys(form.draft) };
  const writes: CellWrite[] = [];
  const unplaced: string[] = [];
  const words = catalog(locale).sheets.template;
  const put = (row: number, col: number, value: CellWrite["value"]) =>
    writes.push({ sheet, row, col, value });
  const points = pointsByKey(analysis.framework);

  for (const [key, value] of Object.entries(form.draft)) {
    const l = located.inputs.get(key);
    const adoption = form.adopted[key];
    // Only what the user changed is written: a figure the unit's own tables hold stays read from there.
    if (!editable(l) || (value.trim() === currentText(key, l) && !adoption)) continue;
    const row = located.inputCells?.get(key);
    if (!row) {
      unplaced.push(key);
      continue;
    }
    const entry = readEntry(inputDef(key)!, value, points.get(key));
    // validate() keeps a form with unclear or wrong entries from being saved.
    if (entry.kind === "ask" || entry.kind === "problem") continue;
    const scan = located.scanned?.get(key);
    const scanned = scan && coreValue(scan);
    // The tables' own figure typed again is no figure of the clerk's: the row defers to the tables.
    const deferred =
      entry.kind === "empty" || (!adoption && !!scanned && sameFigure(key, entry.figure, scanned));
    // A cleared value is marked missing, never left blank: desktop Excel passes blanks to functions as 0.
    const own = entry.kind === "figure" && !deferred && blockValue(key, entry.figure, locale);
    put(
      row.row,
      row.col,
      typeof own === "string" || typeof own === "number" ? own : MISSING_WORD[locale]
    );
    const note = row.noteCell;
    if (!note) continue;
    if (adoption) put(note.row, note.col, words.adoptedNote(cellText(adoption), adoption.unit));
    else if (isAdoptedNote(row.note)) put(note.row, note.col, sourceNote(inputDef(key)!, locale));
  }

  const unitWrite = (field: "unit" | "year") => {
    const at = field === "unit" ? located.unitCell : located.yearCell;
    const typed = form[field].trim();
    const own = located[field === "unit" ? "unitFrom" : "yearFrom"]?.kind === "template";
    const held = own ? String(located[field] ?? "").trim() : "";
    if (!at || typed === held) return;
    put(
      at.row,
      at.col,
      field === "year" && readYear(typed) !== undefined ? readYear(typed)! : typed || null
    );
  };
  unitWrite("unit");
  unitWrite("year");

  const held = initialForm(analysis);
  const area = located.kpis;
  if (area && area.sheet === sheet && JSON.stringify(form.kpis) !== JSON.stringify(held.kpis)) {
    for (let i = 0; i < Math.max(area.rows.length, KPI_ROWS); i++) {
      const k = form.kpis[i];
      KPI_COLUMNS.forEach((c, j) => {
        const v = k
          ? ["target", "actual", "weight"].includes(c)
            ? numberOrText(k[c])
            : k[c] || null
          : null;
        put(area.top + i, area.left + j, v);
      });
    }
  }
  for (const [id, o] of Object.entries(form.overrides)) {
    const at = located.overrideCells?.get(id);
    if (!at || JSON.stringify(o) === JSON.stringify(held.overrides[id])) continue;
    put(at.row, at.scoreCol, numberOrText(o.score));
    put(at.row, at.reasonCol, o.reason.trim() || null);
  }
  return { writes, unplaced };
}

/** A KPI value or an own score as the data sheet keeps it: a number where it is one, else the text. */
function numberOrText(s: string): string | number | null {
  const t = s.trim();
  if (t === "") return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : t;
}
