import type { Locale } from "../core";
import { officeLocale } from "../hosts/office/runtime";
import { FUNCTIONS } from "./definitions";
import type { CellResult } from "./cell-values";

/**
 * The PERF.* custom functions' entry: registers every definition under its id. Each call is synchronous;
 * the work is in the definitions' evaluations and the core. functions.json is made from the same table.
 */

// Opened as a plain web page there is no Excel and no CustomFunctions; registering into a stand-in keeps
// that page free of errors.
(globalThis as { CustomFunctions?: unknown }).CustomFunctions ??= {
  associate: () => undefined,
};

const locale: () => Locale = officeLocale;

const ERROR_CODES = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  na: () => CustomFunctions.ErrorCode.notAvailable,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
};

/** A value for the cell, or the Excel error value with its message (Excel takes messages for #VALUE! and #N/A only). */
function toCell(result: CellResult): number | string {
  if (result.ok) return result.value;
  const code = ERROR_CODES[result.code]();
  const withMessage = result.code === "value" || result.code === "na";
  throw withMessage
    ? new CustomFunctions.Error(code, result.message)
    : new CustomFunctions.Error(code);
}

for (const fn of FUNCTIONS) {
  const call = (...args: unknown[]) => toCell(fn.evaluate(args, locale()));
  // Excel passes one argument per declared parameter; the arity says so to anyone inspecting the function.
  Object.defineProperty(call, "length", { value: fn.params.length });
  CustomFunctions.associate(fn.id, call);
}
