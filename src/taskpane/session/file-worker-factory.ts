/** The worker that reads and writes the chosen workbook, from its own bundle file beside the page. */
export const createFileWorker = (): Worker =>
  new Worker(new URL("./file-worker.ts", import.meta.url));
