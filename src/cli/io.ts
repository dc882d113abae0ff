import type { ReviewRunner } from "./review/outcome";

/** What the CLI needs from its surroundings, so that tests run it in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  readBinary(path: string): Uint8Array;
  /**
   * Writes a new file; a file of that name, even one that appeared a moment ago, is never written over
   * unless `replace` (--overwrite): the write fails with EEXIST instead.
   */
  writeBinary(path: string, data: Uint8Array, replace: boolean): void;
  exists(path: string): boolean;
  kind(path: string): "file" | "folder" | "missing" | "other";
  /** The names in a folder. */
  list(folder: string): string[];
  /** The path with its links resolved, and a file's size: for walking folders safely. */
  realpath?(path: string): string;
  size?(path: string): number;
  /** Standard input, as bytes where they can be had (so that their encoding is checked). */
  readStdin(): string | Uint8Array;
  cwd: string;
  /** The embedded sample workbook, scored when no file is named. */
  sampleWorkbook: string;
  version: string;
  /** Set when standard output is a terminal: its width, for the progress bar. */
  terminal?: { columns: number };
  /** Where a review scores its workbooks: worker threads in the CLI, this thread when not given. */
  reviewRunner?: ReviewRunner;
}
