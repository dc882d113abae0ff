import source from "../../../build/offline/file-worker.source.txt";

/**
 * The offline page's worker: its code is inside the page and starts from a blob, because a page opened
 * from a shared folder or a USB drive (file://) may not start a worker from a file.
 */
export const createFileWorker = (): Worker =>
  new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
