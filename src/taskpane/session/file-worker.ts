import { FileSession, openFileSession } from "./file-session";

/**
 * The workbook opened in the browser, on a worker thread: reading, scoring and writing it never hold the
 * page, and a workbook that takes too long is stopped with the worker (worker-session.ts). Each message
 * calls one operation of the FileSession; its result, or its error's name and fields, go back.
 */
interface Call {
  id: number;
  op:
    | "open"
    | "analyze"
    | "createTemplate"
    | "setFramework"
    | "save"
    | "generate"
    | "generateSelfEval";
  args: unknown[];
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Call>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

let session: FileSession | undefined;

scope.onmessage = async ({ data: { id, op, args } }) => {
  try {
    let result: unknown;
    if (op === "open") {
      const [name, bytes, locale] = args as Parameters<typeof openFileSession>;
      session = await openFileSession(name, bytes, locale);
    } else if (op === "generate") {
      const generated = await session!.generate(args[0] as Parameters<FileSession["generate"]>[0]);
      result = { generated, file: session!.scoredFile() };
    } else if (op === "generateSelfEval") {
      const written = await session!.generateSelfEval();
      result = { written, file: session!.scoredFile() };
    } else result = await (session![op] as (...a: unknown[]) => Promise<unknown>)(...args);
    scope.postMessage({ id, result });
  } catch (e) {
    const error = e as Record<string, unknown>;
    scope.postMessage({
      id,
      error: {
        name: error?.name,
        message: error?.message ?? String(e),
        ...Object.fromEntries(
          ["kind", "detail", "limit", "where", "found", "sheet"]
            .filter((k) => error?.[k] !== undefined)
            .map((k) => [k, error[k]])
        ),
      },
    });
  }
};
