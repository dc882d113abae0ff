import type { InputsFile } from "./evaluate";
import type { Framework } from "./framework";
import { DEFAULT_FRAMEWORK_ID, FRAMEWORKS, getFramework } from "./frameworks";
import { catalog, type Locale } from "../i18n";

export type InputsFileRead =
  { ok: true; file: InputsFile; framework: Framework } | { ok: false; error: string };

/** The fields of the contract; a typo such as "overide" must not silently drop the overrides. */
const FIELDS = ["framework", "unit", "year", "inputs", "kpis", "overrides"];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads the text of a JSON inputs file and checks its shape (not its values: a bad value only
 * empties the indicator that needs it). The error is one sentence for the user.
 */
export function readInputsFile(text: string, locale: Locale = "zh-CN"): InputsFileRead {
  const msg = catalog(locale).core;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const place = jsonErrorPlace(text, e);
    return { ok: false, error: msg.fileNotJson(place?.line, place?.column) };
  }
  if (!isObject(data)) return { ok: false, error: msg.fileNotObject() };
  const unknown = Object.keys(data).filter((k) => !FIELDS.includes(k) && !/^[_$]/.test(k));
  if (unknown.length) return { ok: false, error: msg.fileUnknownFields(unknown, FIELDS) };
  const shapes = msg.fieldShapes;
  const wrong = (field: keyof typeof shapes) => ({
    ok: false as const,
    error: msg.fileFieldType(field, shapes[field]),
  });

  if (data.framework !== undefined && typeof data.framework !== "string") return wrong("framework");
  if (data.inputs !== undefined && !isObject(data.inputs)) return wrong("inputs");
  if (data.kpis !== undefined && data.kpis !== null && !Array.isArray(data.kpis))
    return wrong("kpis");
  if (
    data.overrides !== undefined &&
    !(isObject(data.overrides) && Object.values(data.overrides).every(isObject))
  ) {
    return wrong("overrides");
  }
  if (data.unit !== undefined && typeof data.unit !== "string") return wrong("unit");
  if (data.year !== undefined && typeof data.year !== "number" && typeof data.year !== "string")
    return wrong("year");

  const id = (data.framework as string | undefined) ?? DEFAULT_FRAMEWORK_ID;
  const framework = getFramework(id);
  if (!framework)
    return {
      ok: false,
      error: msg.fileUnknownFramework(id, Object.keys(FRAMEWORKS)),
    };
  return { ok: true, file: data as InputsFile, framework };
}

/** Line and column from the position V8 reports, when it reports one. */
function jsonErrorPlace(text: string, e: unknown): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  return {
    line: before.split("\n").length,
    column: before.length - before.lastIndexOf("\n"),
  };
}
