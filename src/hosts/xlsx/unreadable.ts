import { catalog, type FileKind, type LimitName, type Locale } from "../../i18n";
import { LIMITS } from "../../pipeline/limits";

/**
 * Why a workbook could not be read or written, when the reason is the file itself (not a workbook, over a
 * limit, an unusual package), in words that say what to do; undefined for any other failure. Told by the
 * error's name and fields, so an error that crossed from a worker (a copy, not the class) reads the same.
 */
export function unreadableText(e: unknown, name: string, locale: Locale): string | undefined {
  const w = catalog(locale).files;
  const error = (e ?? {}) as {
    name?: string;
    kind?: FileKind;
    detail?: string;
    limit?: LimitName;
    where?: string;
    found?: number;
  };
  if (error.name === "UnreadableFile" && error.kind)
    return w.unreadable(error.kind, name, error.detail);
  if (error.name === "LimitExceeded" && error.limit && error.limit in LIMITS)
    return w.tooLarge(error.limit, LIMITS[error.limit], error.where ?? "", error.found);
  if (error.name === "PatchUnsupported") return w.unusual;
  return undefined;
}
