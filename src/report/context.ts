import {
  inputLabel,
  labelOf,
  placedIndicators,
  Rational,
  text,
  type Framework,
  type IndicatorResult,
  type InputsFile,
  type Locale,
  type ScoreResult,
} from "../core";
import { joinRuns, type Run } from "../i18n/runs";
import { reportWords, type ReportWords } from "../i18n/report-words";
import type { Block } from "./model";
import { figure, figuresOf, formatAmount, formatRatio, type Figures } from "./figures";

/** What every section of the draft reads from: the scored result, its inputs, and the words. */
export class DraftContext {
  readonly w: ReportWords;
  readonly f: Figures;
  readonly year: Run;
  readonly unit: Run;
  readonly frameworkName: Run;

  constructor(
    readonly result: ScoreResult,
    readonly file: InputsFile,
    readonly framework: Framework,
    readonly locale: Locale
  ) {
    this.w = reportWords(locale);
    this.f = figuresOf(file);
    const year = result.year ?? file.year;
    const unit = result.unit ?? file.unit;
    this.year =
      year !== undefined && String(year).trim() ? figure(String(year)) : this.ask(this.w.ask.year);
    this.unit = unit && String(unit).trim() ? { text: String(unit) } : this.ask(this.w.ask.unit);
    this.frameworkName = { text: text(framework.title, locale) };
  }

  /** An indicator's name (or its levels') in the reader's language: the result keeps the Chinese ones. */
  nameOf(i: IndicatorResult, level: "level1" | "level2" | "indicator" = "indicator"): string {
    const placed = placedIndicators(this.framework).find((pl) => pl.indicator.id === i.id);
    return placed
      ? text(placed[level].name, this.locale)
      : level === "indicator"
        ? i.name
        : i[level];
  }

  /** What an unscored indicator lacks, named as the reader knows the inputs (never their keys). */
  missingOf(i: IndicatorResult): string {
    return i.missing.map((k) => labelOf(k, this.locale)).join(this.w.listSeparator);
  }

  ask(what: string): Run {
    return { prompt: this.w.prompt(what) };
  }

  /** A prompt naming the inputs a sentence lacks, in the reader's language. */
  askFor(keys: string[]): Run {
    return this.ask(keys.map((k) => inputLabel(k, this.locale)).join(this.w.listSeparator));
  }

  amount(key: string): Rational | undefined {
    return this.f.amount(key);
  }

  /** The sum of several amounts, when every one is given. */
  sum(keys: string[]): Rational | undefined {
    const values = keys.map((k) => this.amount(k));
    return values.every((v) => v !== undefined)
      ? values.reduce((s, v) => s!.add(v!), Rational.ZERO)
      : undefined;
  }

  /**
   * A sentence that needs these amounts: built from them when all are given, otherwise a prompt naming
   * what is missing. Never a sentence with a 0 standing for a figure nobody gave.
   */
  needs(keys: string[], build: (v: Rational[]) => Run[]): Run[] {
    const values = keys.map((k) => this.amount(k));
    const missing = keys.filter((_, i) => values[i] === undefined);
    return missing.length ? [this.askFor(missing)] : build(values as Rational[]);
  }

  /**
   * Two sums set against each other (initial and adjusted, this year and last): built from them when every
   * amount is given, otherwise a prompt naming the missing ones.
   */
  compare(
    first: readonly string[],
    second: readonly string[],
    build: (a: Rational, b: Rational) => Run[]
  ): Run[] {
    const [a, b] = [this.sum([...first]), this.sum([...second])];
    return a && b
      ? build(a, b)
      : [this.askFor([...first, ...second].filter((k) => !this.amount(k)))];
  }

  money = (r: Rational): Run => figure(formatAmount(r));

  /** part ÷ whole as a percentage, or a prompt when the whole is 0 (no share of nothing). */
  ratio(part: Rational, whole: Rational, keys: string[]): Run {
    return whole.isZero() ? this.askFor(keys) : figure(formatRatio(part, whole));
  }

  join(parts: Run[][], separator = this.w.listSeparator): Run[] {
    return joinRuns(parts, separator);
  }
}

export const h = (level: 1 | 2 | 3, runs: Run[] | string): Block => ({
  kind: "heading",
  level,
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
});

export const p = (runs: Run[] | string): Block => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
});
