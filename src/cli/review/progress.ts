import type { Locale } from "../../core";
import { catalog } from "../../i18n";
import { displayWidth } from "../../util/text-width";

/**
 * How far a review has got. On a terminal, one line redrawn in place — a bar, done/total, the time left
 * and the file being read — with problems printed above it as they come; elsewhere (a log file, a
 * pipe), one plain line per finished file.
 */
export class Progress {
  private done = 0;
  private current = "";
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly out: (text: string) => void,
    private readonly locale: Locale,
    /** The terminal's width; absent when output is not a terminal. */
    private readonly columns: number | undefined,
    private readonly now: () => number = () => performance.now()
  ) {
    this.started = now();
  }

  reading(file: string): void {
    this.current = file;
    if (this.columns) this.draw();
  }

  finished(file: string, status: string, problem: boolean): void {
    this.done++;
    const line = catalog(this.locale).review.cli.line(this.done, this.total, status, file);
    if (!this.columns) this.out(`${line}\n`);
    else {
      if (problem) this.out(`\r\x1b[K${line}\n`);
      this.draw();
    }
  }

  /** Clears the bar, so what follows starts on a clean line. */
  end(): void {
    if (this.columns) this.out("\r\x1b[K");
  }

  private draw(): void {
    const w = catalog(this.locale).review.cli;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const parts = [
      `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`,
      w.progress(this.done, this.total),
    ];
    const elapsed = (this.now() - this.started) / 1000;
    if (this.done > 0 && this.done < this.total)
      parts.push(w.left(this.duration((elapsed / this.done) * (this.total - this.done))));
    if (this.done < this.total && this.current) parts.push(w.reading(this.current));
    this.out(`\r\x1b[K${fit(parts.join("  "), this.columns! - 1)}`);
  }

  private duration(seconds: number): string {
    const w = catalog(this.locale).review.cli;
    const s = Math.max(1, Math.ceil(seconds));
    return s < 60 ? w.seconds(s) : w.minutes(Math.floor(s / 60), s % 60);
  }
}

/** Cut to the terminal's width, so that the line never wraps (a wrapped line cannot be redrawn). */
function fit(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}
