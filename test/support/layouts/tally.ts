import { loadWorkbook } from "../../../src/hosts/xlsx/file";
import { snapshotOf } from "../../../src/hosts/xlsx/read";
import { locateInputs, type LocatedInputs } from "../../../src/pipeline/locate";
import { blockValue, coreValue } from "../../../src/pipeline/normalize";
import { drawWorkbook, toOfficeSnapshot, toXlsx, type DrawnWorkbook } from ".";

/** Reading a drawn workbook as each host hands it over, and counting right, missed and wrong per shape. */

export interface Count {
  right: number;
  missed: number;
  wrong: number;
}

export interface Reading {
  drawn: DrawnWorkbook;
  located: LocatedInputs;
  host: "xlsx" | "office";
}

/** Even seeds go through a real .xlsx file, odd ones through the Office host's view of merged cells. */
export async function readDrawn(seed: number): Promise<Reading> {
  const drawn = drawWorkbook(seed);
  if (seed % 2 === 0) {
    const snapshot = snapshotOf(await loadWorkbook(await toXlsx(drawn.sheets)));
    return { drawn, located: locateInputs(snapshot), host: "xlsx" };
  }
  return { drawn, located: locateInputs(toOfficeSnapshot(drawn.sheets)), host: "office" };
}

export interface Outcome {
  key: string;
  shape: string;
  maker: string;
  expected: number;
  got?: string | number | boolean | null;
  verdict: keyof Count;
}

export function judge({ drawn, located }: Reading): Outcome[] {
  return Object.entries(drawn.expected).map(([key, expected]) => {
    const l = located.inputs.get(key);
    const got = l && !l.ambiguous && !l.problem ? blockValue(key, coreValue(l)) : undefined;
    const shape = drawn.shapeOf[key];
    const maker = drawn.makerOf[key];
    if (got === undefined || got === null)
      return { key, shape, maker, expected, verdict: "missed" };
    const verdict = got === blockValue(key, expected) ? "right" : "wrong";
    return { key, shape, maker, expected, got, verdict };
  });
}

export function add(tally: Map<string, Count>, name: string, verdict: keyof Count): void {
  const t = tally.get(name) ?? { right: 0, missed: 0, wrong: 0 };
  t[verdict]++;
  tally.set(name, t);
}

export function recall(t: Count): number {
  return t.right / (t.right + t.missed + t.wrong);
}
