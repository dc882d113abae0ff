import { basename, dirname, extname, join, resolve } from "node:path";
import { LOCALES, type Locale } from "../../core";
import { catalog } from "../../i18n";

/** What the review needs of the file system. */
export interface Folders {
  /** What the path leads to, links followed: `other` is no regular file (a pipe, a device, a socket). */
  kind(path: string): "file" | "folder" | "missing" | "other";
  list(folder: string): string[];
  /** The path with every link resolved, to know a folder met twice; the path itself where not known. */
  realpath?(path: string): string;
  /** The file's size in bytes. */
  size?(path: string): number;
}

/** No unit's workbook is this large (a 200,000-row export is 12 MB): such a file is not opened. */
export const MAX_FILE_MB = 256;

/**
 * Spreadsheets are reviewed whatever their format: one saved as .xls or .et must show in the summary as
 * unreadable, with what to do, or the bureau would never hear of that unit.
 */
const SPREADSHEETS = new Set([".xlsx", ".xlsm", ".xls", ".et", ".ett", ".ods", ".xlsb", ".csv"]);

export interface Collected {
  /** In a stable order (by path), whatever order the file system lists them in. */
  files: string[];
  skipped: { file: string; why: string }[];
}

/**
 * The files a review reads: those named, and the spreadsheets in the folders named and their
 * subfolders. Passed by, each with its reason: other files, Excel's lock files, hidden files, the summary
 * being written and scored copies perf-score wrote beside a workbook that is itself in the review.
 */
export function collect(paths: string[], fs: Folders, output: string, locale: Locale): Collected {
  const w = catalog(locale).review.cli.skip;
  const files: string[] = [];
  const skipped: Collected["skipped"] = [];
  const real = (p: string) => {
    try {
      return fs.realpath?.(p) ?? resolve(p);
    } catch {
      return resolve(p);
    }
  };
  // Each folder once, by where it really is: a link back to a folder above is no endless walk.
  const walked = new Set<string>();
  const walk = (folder: string) => {
    walked.add(real(folder));
    let names: string[];
    try {
      names = fs.list(folder).sort();
    } catch (e) {
      skipped.push({
        file: folder,
        why: w.unlisted((e as NodeJS.ErrnoException).code ?? String(e)),
      });
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const kind = fs.kind(path);
      if (kind === "folder") {
        if (name.startsWith(".")) continue;
        if (walked.has(real(path))) skipped.push({ file: path, why: w.loop(real(path)) });
        else walk(path);
      } else if (kind === "other") skipped.push({ file: path, why: w.notRegular });
      else if (name.startsWith("~$")) skipped.push({ file: path, why: w.lockFile });
      else if (name.startsWith(".")) skipped.push({ file: path, why: w.hidden });
      else if (!SPREADSHEETS.has(extname(name).toLowerCase()))
        skipped.push({ file: path, why: w.notWorkbook });
      else if ((fs.size?.(path) ?? 0) > MAX_FILE_MB * 2 ** 20)
        skipped.push({ file: path, why: w.tooBig(MAX_FILE_MB) });
      else files.push(path);
    }
  };
  // A path that does not exist is reviewed all the same: it is reported as not found, in the summary.
  for (const p of paths)
    if (fs.kind(p) === "folder") walk(p);
    else if (fs.kind(p) === "other") skipped.push({ file: p, why: w.notRegular });
    else files.push(p);

  // Each file once, however often it was named or found.
  const seen = new Set<string>();
  const unique = files.filter((f) => !seen.has(resolve(f)) && seen.add(resolve(f)));
  const kept: string[] = [];
  for (const file of unique) {
    const original = scoredCopyOf(file, seen);
    if (resolve(file) === resolve(output)) skipped.push({ file, why: w.output });
    else if (original) skipped.push({ file, why: w.scoredCopy(original) });
    else kept.push(file);
  }
  // A file named on the command line is reviewed even when a folder walk passed it by.
  const named = new Set(kept.map((f) => resolve(f)));
  return {
    files: kept.sort(byPath),
    skipped: skipped
      .filter((s) => !named.has(resolve(s.file)))
      .sort((a, b) => byPath(a.file, b.file)),
  };
}

/** `X-评分表.xlsx` (or `X-scored.xlsx`) beside an `X.xlsx` of the same review: the workbook it copies. */
function scoredCopyOf(file: string, all: Set<string>): string | undefined {
  for (const locale of LOCALES) {
    for (const ext of [".xlsx", ".xlsm"]) {
      const suffix = catalog(locale).sheets.scoredFile("", ext);
      if (!basename(file).endsWith(suffix)) continue;
      const original = join(dirname(file), `${basename(file).slice(0, -suffix.length)}${ext}`);
      if (all.has(resolve(original))) return original;
    }
  }
  return undefined;
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
