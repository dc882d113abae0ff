import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import { getFramework, type Framework } from "../../core";
import { summaryXlsx, type ReviewedFile } from "../../hosts/xlsx/summary";
import { statusText } from "../../hosts/xlsx/summary/overview-sheet";
import { catalog } from "../../i18n";
import type { Args } from "../args";
import { writeOrSay } from "../cannot-write";
import type { Io } from "../io";
import { collect } from "./collect";
import { inlineRunner, type FileOutcome } from "./outcome";
import { Progress } from "./progress";

export const REVIEW_EXIT = { ok: 0, someUnreadable: 1, usage: 2 } as const;

/**
 * `perf-score review FOLDER|FILE… -o 汇总.xlsx`: every unit's workbook scored (in parallel), one summary
 * workbook written. Each workbook is scored with `chosen`, else with the framework it keeps, as `score`
 * would. A file that cannot be read is a row of the summary, never the end of the run: exit 1
 * says some were unreadable, with the summary written all the same.
 */
export async function reviewCommand(args: Args, io: Io, chosen?: Framework): Promise<number> {
  const { locale } = args;
  const w = catalog(locale).review.cli;
  const complain = (message: string) => io.err(`${catalog(locale).cli.prefix}${message}\n`);
  const output = args.output!;
  if (io.exists(output) && !args.overwrite) {
    complain(catalog(locale).cli.exists(output));
    return REVIEW_EXIT.usage;
  }
  if (io.kind(dirname(resolve(io.cwd, output))) !== "folder") {
    complain(w.outputFolder(dirname(output)));
    return REVIEW_EXIT.usage;
  }

  const clock = () => performance.now();
  const t0 = clock();
  const { files, skipped } = collect(args.files, io, output, locale);
  if (skipped.length) {
    io.out(`${w.skippedTitle(skipped.length)}\n`);
    for (const s of skipped) io.out(`  ${s.file}  ${s.why}\n`);
  }
  if (!files.length) {
    complain(w.noWorkbooks);
    return REVIEW_EXIT.someUnreadable;
  }

  const t1 = clock();
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const progress = new Progress(files.length, io.out, locale, io.terminal?.columns);
  const runner = io.reviewRunner ?? inlineRunner((p) => io.readBinary(p));
  await runner(
    files,
    { ...(chosen && { framework: chosen }), locale },
    {
      started: (i) => progress.reading(files[i]),
      done: (i, outcome) => {
        outcomes[i] = outcome;
        progress.finished(files[i], lineStatus(outcome, args), outcome.status !== "scored");
      },
    }
  );
  progress.end();

  const t2 = clock();
  const folder = dirname(resolve(io.cwd, output));
  const reviewed: ReviewedFile[] = files.flatMap((file, i): ReviewedFile[] => {
    const o = outcomes[i];
    if (o.status === "summary") return [];
    const about = {
      file,
      link: relative(folder, resolve(io.cwd, file)).split(sep).join("/"),
      unit: ("unit" in o && o.unit) || basename(file, extname(file)),
      ...("selfEval" in o && o.selfEval && { selfEval: o.selfEval }),
    };
    return o.status === "unreadable"
      ? [{ ...about, status: "unreadable", why: o.why }]
      : o.status === "notScored"
        ? [{ ...about, status: "notScored", framework: o.framework, ...(o.why && { why: o.why }) }]
        : [{ ...about, status: "scored", framework: o.framework, review: o.review }];
  });
  const passed = files.length - reviewed.length + skipped.length;
  const unwritten = writeOrSay(
    io,
    output,
    await summaryXlsx(
      { files: reviewed, skipped: passed, locale, made: new Date() },
      chosen ?? getFramework()!
    ),
    locale,
    args.overwrite
  );
  if (unwritten) {
    complain(unwritten.text);
    return REVIEW_EXIT.someUnreadable;
  }
  const t3 = clock();

  const count = (s: ReviewedFile["status"]) => reviewed.filter((f) => f.status === s).length;
  const secs = (ms: number) => (ms / 1000).toFixed(2);
  io.out(
    [
      catalog(locale).review.counts(
        count("scored"),
        count("notScored"),
        count("unreadable"),
        passed
      ),
      w.timings(secs(t3 - t0), secs(t1 - t0), secs(t2 - t1), secs(t3 - t2)),
      w.written(output),
    ].join("\n") + "\n"
  );
  return count("unreadable") ? REVIEW_EXIT.someUnreadable : REVIEW_EXIT.ok;
}

function lineStatus(o: FileOutcome, args: Args): string {
  const w = catalog(args.locale).review.cli;
  if (o.status === "summary") return w.skipped(w.skip.summary);
  if (o.status === "scored") return w.scored(o.review.dataTotal, o.review.claimedTotal);
  return statusText(o.status, o.why, args.locale);
}
