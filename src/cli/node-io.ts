import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Io } from "./io";
import { writeNew } from "./safe-write";

const root = join(__dirname, "..", "..");

/** The command line's surroundings in a Node process (the main thread, or the worker that does the work). */
export function nodeIo(
  overrides: Pick<Io, "out" | "err"> & {
    terminal?: Io["terminal"];
    onTemp?: (temp: string, done: boolean) => void;
  }
): Io {
  return {
    out: overrides.out,
    err: overrides.err,
    readText: (path) => readFileSync(path, "utf8"),
    readBinary: (path) => readFileSync(path),
    writeBinary: (path, data, replace) => writeNew(path, data, replace, overrides.onTemp),
    exists: (path) => existsSync(path),
    kind: (path) => {
      let stat;
      try {
        stat = statSync(path, { throwIfNoEntry: false });
      } catch {
        // A link that leads round in a loop, or nowhere it may go: nothing to read.
        return "other";
      }
      return !stat ? "missing" : stat.isDirectory() ? "folder" : stat.isFile() ? "file" : "other";
    },
    realpath: (path) => realpathSync(path),
    size: (path) => statSync(path).size,
    list: (folder) => readdirSync(folder),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    sampleWorkbook: join(root, "examples", "longgang-2021.xlsx"),
    ...(overrides.terminal && { terminal: overrides.terminal }),
    version: (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
      .version,
  };
}
