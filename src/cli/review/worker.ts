import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { registerInputs } from "../../core";
import { reviewFile, type ReviewOptions } from "./outcome";

/** A worker thread of the review pool (pool.ts): scores the files it is sent, one at a time. */
const options = workerData as ReviewOptions;
// The framework arrives as data: its own inputs are known by key only once registered in this thread too.
registerInputs(options.framework?.inputs ?? []);
parentPort!.on("message", (job: { index: number; path: string }) => {
  void reviewFile(job.path, (p) => readFileSync(p), options).then((outcome) =>
    parentPort!.postMessage({ index: job.index, outcome })
  );
});
