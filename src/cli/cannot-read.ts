import type { Locale } from "../core";
import { unreadableText } from "../hosts/xlsx/unreadable";
import { catalog } from "../i18n";

/** Why a file could not be read, in words that say what to do; `text` names the file. */
export function cannotRead(
  path: string,
  e: unknown,
  locale: Locale
): { reason: string; text: string } {
  const w = catalog(locale);
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    unreadableText(e, path, locale) ??
    (code === "ENOENT"
      ? w.files.notFound
      : code === "EISDIR"
        ? w.files.folder
        : code === "EACCES" || code === "EPERM" || code === "EBUSY"
          ? w.files.noAccess
          : String((e as Error).message));
  return { reason: why, text: w.cli.cannotRead(path, why) };
}
