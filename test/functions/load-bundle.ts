import { existsSync, readFileSync } from "node:fs";
import { repoFile } from "../helpers";

const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js") as {
  loadFunctionsBundle: (cf: unknown) => string[];
};

/** What Excel's CustomFunctions global offers the bundle, recorded. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
};

import type { FunctionsMetadata } from "../../src/functions/metadata";

export function distFile(name: string): string {
  const path = repoFile("dist", name);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, "utf8");
}

/** Runs the built functions (and the shared chunks they need) as Excel's runtime would; returns what they associated. */
export function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: ExcelError,
    ErrorCode: ERROR_CODES,
  };
  loadFunctionsBundle(CustomFunctions);
  return registered;
}

export const metadata = (name = "functions.json") =>
  JSON.parse(distFile(name)) as FunctionsMetadata;
