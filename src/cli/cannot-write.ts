import { dirname } from "node:path";
import type { Locale } from "../core";
import { catalog } from "../i18n";
import type { Io } from "./io";

/** Why a file could not be written, in words that say what to do; `text` names the file. */
export function cannotWrite(
  path: string,
  e: unknown,
  locale: Locale
): { reason: string; text: string } {
  const w = catalog(locale);
  const words = w.files.write;
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "EEXIST"
      ? words.appeared
      : code === "ENOENT" || code === "ENOTDIR"
        ? words.noFolder(dirname(path))
        : code === "EISDIR"
          ? words.isFolder
          : code === "EACCES" || code === "EPERM" || code === "EBUSY"
            ? words.noAccess
            : code === "ENOSPC" || code === "EDQUOT"
              ? words.full
              : code === "EROFS"
                ? words.readOnly
                : String((e as Error).message);
  return { reason: why, text: w.cli.cannotWrite(path, why) };
}

/** Writes the file, or says in one line why not: a failed write is the user's to fix, never a stack trace. */
export function writeOrSay(
  io: Io,
  path: string,
  data: Uint8Array,
  locale: Locale,
  replace = false
): { reason: string; text: string } | undefined {
  try {
    io.writeBinary(path, data, replace);
    return undefined;
  } catch (e) {
    return cannotWrite(path, e, locale);
  }
}
