import type { Located, LocatedInputs } from "./located";
import { cellsText, cellText } from "./where";

/**
 * Where each input came from, as data for `--json`: the cell, how it was found, the table's title and
 * the header path above the figure, and — for an input not used — every candidate or the relation it broke.
 */
export interface Provenance {
  status: "used" | "ambiguous" | "doubtful" | "needsRecalc";
  source: Located["source"];
  cell: string;
  value: unknown;
  unit?: string;
  table?: string;
  headers?: string[];
  labels?: string[];
  confidence: number;
  span?: [number, number];
  candidates?: { cell: string; value: unknown; table?: string; headers?: string[] }[];
  doubt?: Located["doubt"];
}

export function provenance(located: LocatedInputs): Record<string, Provenance> {
  const out: Record<string, Provenance> = {};
  for (const [key, l] of located.inputs) {
    out[key] = {
      status: l.problem ? "needsRecalc" : l.ambiguous ? "ambiguous" : l.doubt ? "doubtful" : "used",
      source: l.source,
      cell: cellsText(l),
      value: l.value,
      ...(l.unit && { unit: l.unit }),
      ...(l.table && { table: l.table }),
      ...(l.headers && { headers: l.headers }),
      ...(l.labels && { labels: l.labels }),
      confidence: l.confidence,
      ...(l.span && { span: l.span }),
      ...(l.ambiguous && {
        candidates: l.ambiguous.map((a) => ({
          cell: cellText(a),
          value: a.value,
          ...(a.table && { table: a.table }),
          ...(a.headers && { headers: a.headers }),
        })),
      }),
      ...(l.doubt && { doubt: l.doubt }),
    };
  }
  return out;
}
