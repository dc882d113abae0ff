import { rmSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { catalog, type Locale } from "../i18n";
import type { Io } from "./io";

/** What one command may take: the heap of its worker, and the time for each workbook it reads. */
export const BOUNDS = { heapMb: 3072, secondsPerFile: 120 };

/**
 * Runs the command on a worker thread that holds to BOUNDS: past its memory or its time, the worker is
 * stopped, its temporary files are removed, and the run says why in one line and ends. Ctrl+C and a
 * termination signal end it the same way, leaving nothing behind.
 */
export function runBounded(
  argv: string[],
  files: number,
  locale: Locale,
  terminal?: Io["terminal"]
): Promise<number> {
  const w = catalog(locale).cli;
  const seconds = BOUNDS.secondsPerFile * Math.max(1, files);
  return new Promise((finish) => {
    const temps = new Set<string>();
    const worker = new Worker(join(__dirname, "worker-main.js"), {
      workerData: { argv, terminal },
      resourceLimits: { maxOldGenerationSizeMb: BOUNDS.heapMb },
    });
    let ended = false;
    const end = (code: number, why?: string) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      process.off("SIGINT", interrupted);
      process.off("SIGTERM", terminated);
      void worker.terminate().then(() => {
        for (const t of temps) rmSync(t, { force: true });
        if (why) process.stderr.write(`${w.prefix}${why}\n`);
        finish(code);
      });
    };
    const timer = setTimeout(() => end(1, w.timedOut(seconds)), seconds * 1000);
    const interrupted = () => end(130, w.interrupted);
    const terminated = () => end(143, w.interrupted);
    process.on("SIGINT", interrupted);
    process.on("SIGTERM", terminated);
    worker.on(
      "message",
      (m: { out?: string; err?: string; temp?: string; done?: boolean; exit?: number }) => {
        if (m.out !== undefined) process.stdout.write(m.out);
        if (m.err !== undefined) process.stderr.write(m.err);
        if (m.temp !== undefined) m.done ? temps.delete(m.temp) : temps.add(m.temp);
        if (m.exit !== undefined) end(m.exit);
      }
    );
    worker.on("error", (e: Error & { code?: string }) =>
      end(
        1,
        e.code === "ERR_WORKER_OUT_OF_MEMORY" ? w.outOfMemory(BOUNDS.heapMb) : w.failed(e.message)
      )
    );
    worker.on("exit", () => end(1, w.failed("exit")));
  });
}
