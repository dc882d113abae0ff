import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { catalog } from "../../i18n";
import type { FileOutcome, ReviewRunner } from "./outcome";

/** A workbook that takes longer than this, or more memory, is given up as unreadable; the run goes on. */
export const FILE_SECONDS = 120;
const HEAP_MB = 1536;

/**
 * Scores the files on worker threads, one per core: each worker holds one workbook at a time, so memory
 * stays bounded however many files there are. A worker that dies or hangs on a file is replaced, and
 * the file is reported unreadable with the reason.
 */
export function threadRunner(workers = availableParallelism()): ReviewRunner {
  return (paths, options, events) =>
    new Promise((finish) => {
      const words = catalog(options.locale).review.cli;
      let next = 0;
      let finished = 0;
      const settle = (index: number, outcome: FileOutcome) => {
        events.done(index, outcome);
        if (++finished === paths.length) finish();
      };
      const spawn = () => {
        const worker = new Worker(join(__dirname, "worker.js"), {
          workerData: options,
          resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
        });
        let current: number | undefined;
        let timer: NodeJS.Timeout | undefined;
        const feed = () => {
          clearTimeout(timer);
          if (next >= paths.length) {
            current = undefined;
            void worker.terminate();
            return;
          }
          current = next++;
          events.started(current);
          worker.postMessage({ index: current, path: paths[current] });
          timer = setTimeout(() => {
            fail(words.timedOut(FILE_SECONDS));
            void worker.terminate();
          }, FILE_SECONDS * 1000);
        };
        const fail = (why: string) => {
          clearTimeout(timer);
          if (current === undefined) return;
          const index = current;
          current = undefined;
          settle(index, { status: "unreadable", why });
        };
        worker.on("message", (m: { index: number; outcome: FileOutcome }) => {
          current = undefined;
          settle(m.index, m.outcome);
          feed();
        });
        worker.on("error", (e: Error & { code?: string }) =>
          fail(
            e.code === "ERR_WORKER_OUT_OF_MEMORY" ? words.tooLarge : words.workerFailed(e.message)
          )
        );
        worker.on("exit", () => {
          fail(words.workerFailed("exit"));
          if (next < paths.length) spawn();
        });
        feed();
      };
      if (paths.length === 0) finish();
      for (let i = 0; i < Math.min(workers, paths.length); i++) spawn();
    });
}
