/** What the CLI needs from its surroundings, so that tests run it in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  readBinary(path: string): Uint8Array;
  writeBinary(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
  readStdin(): string;
  cwd: string;
  /** The embedded sample workbook, scored when no file is named. */
  sampleWorkbook: string;
  version: string;
}
