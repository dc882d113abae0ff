#!/usr/bin/env node
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { main } from "./main";
import { threadRunner } from "./review/pool";

const root = join(__dirname, "..", "..");

/** Written beside the target and renamed over it, so an interrupted run never leaves half a workbook. */
function writeBinary(path: string, data: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, "utf8"),
  readBinary: (path) => readFileSync(path),
  writeBinary,
  exists: (path) => existsSync(path),
  kind: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return !stat ? "missing" : stat.isDirectory() ? "folder" : "file";
  },
  list: (folder) => readdirSync(folder),
  readStdin: () => readFileSync(0, "utf8"),
  cwd: process.cwd(),
  sampleWorkbook: join(root, "examples", "longgang-2021.xlsx"),
  ...(process.stdout.isTTY && { terminal: { columns: process.stdout.columns || 80 } }),
  reviewRunner: threadRunner(),
  version: (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      version: string;
    }
  ).version,
}).then((code) => {
  process.exitCode = code;
});
