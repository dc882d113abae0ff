import { registerInputs, type Framework, type Locale } from "../../core";
import type { Analysis, Generated } from "../../pipeline/analyze";
import type { FormulaMode } from "../../pipeline/sheets/score-sheet";
import type { JudgementForm } from "../model";
import { createFileWorker } from "./file-worker-factory";
import type { Saved, SelfEvalWritten, WorkbookSession } from "./types";

/** How long one operation on a workbook may take in the browser before its worker is stopped. */
export const WORKER_SECONDS = 120;

/** An operation the worker did not finish in time: the workbook is put down, the page stays usable. */
export class TimedOut extends Error {
  override name = "TimedOut";
  constructor(readonly seconds: number) {
    super(`not done within ${seconds} seconds`);
  }
}

/**
 * A workbook opened in the browser, worked on by a worker thread (file-worker.ts) that the page stops
 * when an operation takes longer than WORKER_SECONDS: a crafted file can slow the worker, never the pane.
 * Errors come back as their name and fields, which the pane's messages read.
 */
export async function openWorkerSession(
  name: string,
  bytes: Uint8Array,
  locale: Locale
): Promise<WorkbookSession> {
  const worker = createFileWorker();
  let next = 0;
  let dead: Error | undefined;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = ({ data }: MessageEvent<{ id: number; result?: unknown; error?: object }>) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.error) call?.reject(Object.assign(new Error(), data.error));
    else call?.resolve(data.result);
  };
  const call = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = next++;
      const timer = setTimeout(() => {
        dead = new TimedOut(WORKER_SECONDS);
        worker.terminate();
        for (const p of pending.values()) p.reject(dead);
        pending.clear();
      }, WORKER_SECONDS * 1000);
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      worker.postMessage({ id, op, args });
    });

  await call("open", name, bytes, locale);
  let scored: { name: string; bytes: Uint8Array } | undefined;
  // A framework's own inputs are known by key here too, as they are where it was read.
  const known = <T extends Analysis>(a: T): T => (registerInputs(a.framework.inputs ?? []), a);
  const changed = <T>(p: Promise<T>) => p.finally(() => (scored = undefined));
  const session: WorkbookSession = {
    kind: "file",
    title: name,
    locale,
    analyze: async () => known(await call<Analysis>("analyze")),
    createTemplate: () => changed(call<string>("createTemplate")),
    setFramework: (framework: Framework) => changed(call<void>("setFramework", framework)),
    save: (form: JudgementForm) => changed(call<Saved>("save", form)),
    generate: async (mode: FormulaMode) => {
      const r = await call<{ generated: Generated; file?: typeof scored }>("generate", mode);
      scored = r.file;
      return known(r.generated);
    },
    generateSelfEval: async () => {
      const r = await call<{ written: SelfEvalWritten; file?: typeof scored }>("generateSelfEval");
      // Only a run that added sheets changes the workbook; nothing to download otherwise.
      if (r.file && r.written.sheets.length) scored = r.file;
      return r.written;
    },
    scoredFile: () => scored,
  };
  return session;
}
