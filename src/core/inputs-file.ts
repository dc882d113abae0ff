import type { InputsFile } from "./evaluate";
import type { Framework } from "./framework";
import { DEFAULT_FRAMEWORK_ID, FRAMEWORKS, getFramework } from "./frameworks";
import { catalog, type Locale } from "../i18n";
import type { Finding } from "./findings";
import { readJson } from "./json-text";

export type InputsFileRead =
  | { ok: true; file: InputsFile; framework: Framework; findings: Finding[] }
  | { ok: false; error: string };

/** The fields of the contract; a typo such as "overide" must not silently drop the overrides. */
const FIELDS = ["framework", "unit", "year", "inputs", "kpis", "overrides"];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a JSON inputs file (its bytes, or its text) and checks its shape (not its values: a bad value
 * only empties the indicator that needs it). The error is one sentence for the user; a key given twice
 * is a finding, since only the last of them counts.
 */
export function readInputsFile(
  content: string | Uint8Array,
  locale: Locale = "zh-CN",
  /** A framework the caller chose (`--framework`): the file may name it by its id. */
  chosen?: Framework
): InputsFileRead {
  const msg = catalog(locale).core;
  const json = readJson(content);
  if (!json.ok)
    return {
      ok: false,
      error:
        json.problem.code === "notJson"
          ? msg.fileNotJson(json.problem.line, json.problem.column)
          : msg.jsonProblem(json.problem),
    };
  const data = json.data;
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

  const id = (data.framework as string | undefined) ?? chosen?.id ?? DEFAULT_FRAMEWORK_ID;
  const framework = id === chosen?.id ? chosen : getFramework(id);
  if (!framework)
    return {
      ok: false,
      error: msg.fileUnknownFramework(id, [
        ...(chosen ? [chosen.id] : []),
        ...Object.keys(FRAMEWORKS),
      ]),
    };
  const findings: Finding[] = json.duplicates.map((path) => ({
    code: "duplicateKey",
    kind: "input",
    params: { path },
  }));
  return { ok: true, file: data as InputsFile, framework, findings };
}
