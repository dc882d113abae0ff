import JSZip from "jszip";
import { LIMITS, LimitExceeded } from "../../pipeline/limits";
import { UnreadableFile } from "./file-kind";

/**
 * Looks inside an .xlsx package before anything parses it: every part is inflated once with its bytes
 * counted as they come (a 3 MB file may inflate to gigabytes; the sizes its directory states are not
 * trusted), the cells of each sheet are counted on the way, and a zip that only carries workbooks is told
 * apart from a workbook (`zipOnly`: the file did not even look like one). Past a limit, reading stops and
 * LimitExceeded says which and where.
 */
export async function inspectPackage(bytes: Uint8Array, zipOnly = false): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UnreadableFile("damaged", (e as Error).message);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (!entries.some((f) => /^xl\/workbook\.xml$/i.test(f.name))) {
    const inner = entries.map((f) => f.name).filter((n) => /\.xls[xm]$/i.test(n));
    throw inner.length
      ? new UnreadableFile("zippedWorkbook", inner.slice(0, 3).join("、"))
      : new UnreadableFile(zipOnly ? "zip" : "damaged", "no xl/workbook.xml");
  }
  const count = { bytes: 0, cells: 0 };
  for (const entry of entries) await inflate(entry, count);
}

const CELL_OPEN = [0x3c, 0x63]; // "<c"

/** JSZip's stream of a part's inflated bytes (in its API, missing from its typings). */
interface StreamHelper {
  on(event: "data", f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", f: (e: Error) => void): StreamHelper;
  on(event: "end", f: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}
type Streamable = { internalStream(type: "uint8array"): StreamHelper };

async function inflate(entry: JSZip.JSZipObject, count: { bytes: number; cells: number }) {
  const strings = /^xl\/sharedStrings\.xml$/i.test(entry.name);
  const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
  const partLimit = strings ? LIMITS.sharedStringsBytes : LIMITS.partBytes;
  let size = 0;
  // The last bytes of a chunk, so that "<c " split across two chunks is still one cell.
  let tail: number[] = [];
  await new Promise<void>((resolve, reject) => {
    const stream = (entry as unknown as Streamable).internalStream("uint8array");
    const stop = (e: Error) => {
      stream.pause();
      reject(e);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        size += chunk.length;
        count.bytes += chunk.length;
        if (size > partLimit)
          return stop(
            new LimitExceeded(strings ? "sharedStringsBytes" : "partBytes", entry.name, size)
          );
        if (count.bytes > LIMITS.packageBytes)
          return stop(new LimitExceeded("packageBytes", entry.name, count.bytes));
        if (!sheet) return;
        const bytes = tail.length ? concat(tail, chunk) : chunk;
        count.cells += cellsIn(bytes);
        tail = Array.from(bytes.subarray(Math.max(0, bytes.length - 2)));
        if (count.cells > LIMITS.cells) stop(new LimitExceeded("cells", entry.name, count.cells));
      })
      .on("error", (e: Error) => reject(new UnreadableFile("damaged", e.message)))
      .on("end", () => resolve())
      .resume();
  });
}

/** Cells opened in a piece of sheet XML: "<c " or "<c>" (not "<col", not "<cfRule"). */
function cellsIn(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === CELL_OPEN[0] && bytes[i + 1] === CELL_OPEN[1]) {
      const next = bytes[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) n++;
    }
  return n;
}

function concat(head: number[], chunk: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + chunk.length);
  out.set(head);
  out.set(chunk, head.length);
  return out;
}
