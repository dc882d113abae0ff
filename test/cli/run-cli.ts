import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { main, type Io } from "../../src/cli/main";
import { repoFile } from "../helpers";

export const SAMPLE = repoFile("examples", "longgang-2021.xlsx");

/** Runs the CLI in-process; text files come from `files`, binary writes are captured. */
export async function runCli(argv: string[], files: Record<string, string> = {}, stdin = "") {
  let out = "";
  let err = "";
  const written: Record<string, Uint8Array> = {};
  const read = (p: string) => {
    if (p in files) return files[p];
    if (p === "sample.json")
      return readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8");
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
  };
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readText: read,
    readBinary: (p) =>
      p in files || p === "sample.json"
        ? new TextEncoder().encode(read(p))
        : existsSync(p)
          ? readFileSync(p)
          : new TextEncoder().encode(read(p)),
    writeBinary: (p, data) => (written[p] = data),
    exists: (p) => p in files || p in written || existsSync(p),
    kind: (p) => (existsSync(p) ? (statSync(p).isDirectory() ? "folder" : "file") : "missing"),
    list: (p) => readdirSync(p),
    readStdin: () => stdin,
    cwd: "/work/out",
    sampleWorkbook: SAMPLE,
    version: "9.9.9",
  };
  const code = await main(argv, io);
  return { code, out, err, written };
}
