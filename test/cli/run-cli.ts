import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute } from "node:path";
import { main, type Io } from "../../src/cli/main";
import { repoFile } from "../helpers";

export const SAMPLE = repoFile("examples", "longgang-2021.xlsx");

/** The CLI's working folder here: virtual, so nothing a user left in the repository's folder is seen. */
const CWD = "/work/out";

/** A real file the test names by its full path (the sample, fixtures); never one in the working folder. */
const onDisk = (p: string) => isAbsolute(p) && !p.startsWith(CWD) && existsSync(p);

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
        : onDisk(p)
          ? readFileSync(p)
          : new TextEncoder().encode(read(p)),
    writeBinary: (p, data) => (written[p] = data),
    exists: (p) => p in files || p in written || onDisk(p),
    kind: (p) => (onDisk(p) ? (statSync(p).isDirectory() ? "folder" : "file") : "missing"),
    list: (p) => readdirSync(p),
    readStdin: () => stdin,
    cwd: CWD,
    sampleWorkbook: SAMPLE,
    version: "9.9.9",
  };
  const code = await main(argv, io);
  return { code, out, err, written };
}
