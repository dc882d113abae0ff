import type { CustomFunction } from "./formula-engine";
import { ExcelError, loadBundle, metadata } from "../functions/load-bundle";

/**
 * The built PERF.* functions as Excel's runtime sees them: the bundle's associated functions, the
 * parameter shapes and the top-level settings of dist/functions.json.
 */
export interface ExcelFunctions {
  custom(name: string): CustomFunction | undefined;
  allowErrorForDataTypeAny: boolean;
}

export function builtFunctions(namespace = "PERF"): ExcelFunctions {
  const registered = loadBundle();
  const meta = metadata() as ReturnType<typeof metadata> & {
    allowErrorForDataTypeAny?: boolean;
  };
  const byName = new Map<string, CustomFunction>();
  for (const f of meta.functions) {
    const fn = registered.get(f.id);
    if (!fn) continue;
    byName.set(`${namespace}.${f.name}`.toUpperCase(), {
      fn,
      params: f.parameters.map((p) => ({
        matrix: (p as { dimensionality?: string }).dimensionality === "matrix",
        any: p.type === "any",
      })),
      errorOf: (e) => (e instanceof ExcelError ? e.code : undefined),
      makeError: (code) => new ExcelError(code),
    });
  }
  return {
    custom: (name) => byName.get(name.toUpperCase()),
    allowErrorForDataTypeAny: meta.allowErrorForDataTypeAny === true,
  };
}
