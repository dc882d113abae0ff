/**
 * What a file handed to PerfScore turned out to be, when it is not a readable .xlsx workbook: the
 * catalog's `files` section says, for each, what the clerk should do.
 */
export type FileKind =
  | "xlsx"
  | "empty"
  | "ole"
  | "encrypted"
  | "xlsb"
  | "ods"
  | "document"
  | "zip"
  | "zippedWorkbook"
  | "pdf"
  | "text"
  | "damaged"
  | "unknown";

/** The reading limits a workbook may run into (their figures: pipeline/limits.ts). */
export type LimitName =
  | "packageBytes"
  | "partBytes"
  | "sharedStringsBytes"
  | "cells"
  | "sheetArea"
  | "formulaSteps"
  | "formulaDepth";
