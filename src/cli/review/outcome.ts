import type { Framework, Locale } from "../../core";
import { reviewXlsx, type WorkbookReview } from "../../hosts/xlsx/review";
import { cannotRead } from "../cannot-read";

/** What became of one file of a review; plain data, as it crosses from a worker thread. */
export type FileOutcome = WorkbookReview | { status: "unreadable"; why: string };

export interface ReviewOptions {
  framework?: Framework;
  locale: Locale;
}

/** Reads and scores one file; whatever is wrong with it becomes its outcome, never an exception. */
export async function reviewFile(
  path: string,
  read: (path: string) => Uint8Array,
  options: ReviewOptions
): Promise<FileOutcome> {
  try {
    return await reviewXlsx(read(path), options);
  } catch (e) {
    return { status: "unreadable", why: cannotRead(path, e, options.locale).reason };
  }
}

/** Where the review's work is done: each file's outcome is reported as it is known. */
export type ReviewRunner = (
  paths: string[],
  options: ReviewOptions,
  events: { started(index: number): void; done(index: number, outcome: FileOutcome): void }
) => Promise<void>;

/** One file after another in this thread: for tests, and where worker threads are not wanted. */
export function inlineRunner(read: (path: string) => Uint8Array): ReviewRunner {
  return async (paths, options, events) => {
    for (const [i, path] of paths.entries()) {
      events.started(i);
      events.done(i, await reviewFile(path, read, options));
    }
  };
}
