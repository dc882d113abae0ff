import { parentPort, workerData } from "node:worker_threads";
import { main } from "./main";
import { nodeIo } from "./node-io";
import type { Io } from "./io";

/**
 * The command's work, on a worker thread with a memory limit and a timeout (run-bounded.ts): what it says
 * goes to the main thread in order, and so do the temporary files it creates, for removal if stopped.
 */
const { argv, terminal } = workerData as { argv: string[]; terminal?: Io["terminal"] };
const post = (m: unknown) => parentPort!.postMessage(m);
void main(
  argv,
  nodeIo({
    out: (text) => post({ out: text }),
    err: (text) => post({ err: text }),
    terminal,
    onTemp: (temp, done) => post({ temp, done }),
  })
).then((code) => post({ exit: code }));
