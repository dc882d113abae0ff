import { catalog, type Locale } from "../i18n";

/** A failure as the user reads it: a sheet write that was undone says so, anything else says what failed. */
export function errorText(e: unknown, locale: Locale): string {
  const t = catalog(locale).pane;
  const error = e as
    { name?: string; message?: string; sheet?: string; seconds?: number } | undefined;
  if (error?.name === "SheetWriteError")
    return t.sheetWriteFailed(error.sheet ?? "", error.message ?? "");
  if (error?.name === "TimedOut") return t.timedOut(error.seconds ?? 0);
  return t.failed(error?.message ?? String(e));
}
