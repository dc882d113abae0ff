#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "./main";

const root = join(__dirname, "..", "..");

void main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, "utf8"),
  readBinary: (path) => readFileSync(path),
  writeBinary: (path, data) => writeFileSync(path, data),
  exists: (path) => existsSync(path),
  readStdin: () => readFileSync(0, "utf8"),
  cwd: process.cwd(),
  sampleWorkbook: join(root, "examples", "longgang-2021.xlsx"),
  version: (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      version: string;
    }
  ).version,
}).then((code) => {
  process.exitCode = code;
});
