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
  /** Inputs whose sentences the draft left out for want of them: the clerk's list names them. */
  readonly omitted = new Set<string>();

  constructor(
    readonly result: ScoreResult,
    readonly file: InputsFile,
    readonly framework: Framework,
    readonly locale: Locale,
    /** The date the signature carries: the day the draft is made. */
    readonly date: Date
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

  /**
   * What an evaluator's reason says of the unit, for an overridden indicator that lacks these inputs
   * (第四季度单位机构改革): stated where the figures would be, rather than asked again. Clauses about the
   * score itself (自评报告填报3分) are no fact of the unit and are left out.
   */
  reasonFor(keys: string[]): string | undefined {
    const lacks = (i: IndicatorResult, k: string) =>
      i.missing.some((m) => m.split("|").includes(k));
    const i = this.result.indicators.find((x) => x.override && keys.every((k) => lacks(x, k)));
    if (!i?.override) return undefined;
    const facts = this.factsOf(i.override.reason, /[；;。，,]/);
    return facts.length ? facts.join("，") : undefined;
  }

  /** A sentence left out for want of these inputs (last year's figures): named in the clerk's list instead. */
  omit(keys: string[]): [] {
    for (const k of keys) if (this.amount(k) === undefined) this.omitted.add(k);
    return [];
  }

  /**
   * Why an indicator lost points, as problem statements: the data's shortfalls when the score is the
   * data's, else what the evaluator's reason says of the unit, else that full marks were not reached.
   */
  shortfallsOf(i: IndicatorResult): string[] {
    if (!i.override || i.computed === i.score) {
      if (i.shortfalls.length) return i.shortfalls;
    }
    const facts = i.override ? this.factsOf(i.override.reason, /[；;。]/) : [];
    return facts.length ? facts : [this.w.shortOf(this.nameOf(i))];
  }

  /** The clauses of an evaluator's reason that speak of the unit, not of the score (自评报告填报3分). */
  private factsOf(reason: string, clauses: RegExp): string[] {
    return reason
      .split(clauses)
      .map((x) => x.trim())
      .filter((x) => x && !this.w.scoringTalk.test(x));
  }

  /** A table cell's prompt: its row and its column say what it asks for. */
  cellAsk(): Run {
    return { prompt: this.w.cellPrompt };
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
