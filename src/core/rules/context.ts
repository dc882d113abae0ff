import { labelOf } from "../labels";
import { inputDef, specOf, type InputDef } from "../inputs";
import { catalog, text, type Locale, type Localized, type Messages } from "../../i18n";
import { parseValue, trimNumber, type Parsed, type ParseSpec } from "../parse";
import { Rational } from "../rational";
import { note, pushNote, renderNote, type Note, type NoteArg } from "./note";
import type { Outcome } from "./outcome";

/**
 * For callers that bind a rule to their own parameters (a cell function's "实际支出数"):
 * input definitions that take precedence over the catalog, and a label for the rule itself.
 */
export interface ContextOptions {
  defs?: Readonly<Record<string, InputDef>>;
  ruleLabel?: Localized;
}

/**
 * The inputs of one evaluation, read on demand: each key is parsed once per bound, and every
 * read records into the caller's outcome what was missing or wrong, in the caller's locale.
 */
export class RuleContext {
  readonly msg: Messages;
  private readonly cache = new Map<string, Parsed>();

  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    readonly kpis: unknown,
    readonly locale: Locale = "zh-CN",
    private readonly options: ContextOptions = {}
  ) {
    this.msg = catalog(locale).core;
  }

  /** The name of an input key in this locale; "a|b" reads as "A（或B）". */
  label(key: string): string {
    return labelOf(key, this.locale, (k) => this.nameOf(k));
  }

  /** A rule's own label as a note names it, in whichever language the note is read. */
  ruleLabelArg(rule: { label: Localized }): NoteArg {
    return { text: this.options.ruleLabel ?? rule.label };
  }

  /** A note in this locale, inputs named as this evaluation names them. */
  render(n: Note): string {
    return renderNote(n, this.locale, (k) => this.nameOf(k));
  }

  /** A rule's own label (“三公”经费控制率) in this locale. */
  ruleLabel(rule: { label: Localized }): string {
    return text(this.options.ruleLabel ?? rule.label, this.locale);
  }

  /** A choice's answer (完全) as this locale says it (full). */
  answer(key: string, value: string): string {
    const option = this.def(key)?.options?.find((o) => o["zh-CN"] === value);
    return option ? text(option, this.locale) : value;
  }

  /** The definition of a key: the caller's own first, then the catalog. */
  def(key: string): InputDef | undefined {
    return this.options.defs?.[key] ?? inputDef(key);
  }

  private nameOf(key: string): string {
    const def = this.def(key);
    return def ? text(def.label, this.locale) : key;
  }

  isGiven(key: string): boolean {
    return this.parse(key).kind !== "missing";
  }

  /** A number (amount, count, percent, judgement points or score); null when missing or wrong. */
  number(key: string, out: Outcome, max?: Rational): Rational | null {
    const p = this.parse(key, max);
    if (p.kind === "value") {
      if (p.warning) {
        pushNote(
          out.warnings,
          note(
            "percentLooksLikeFraction",
            { key },
            trimNumber(p.value, 6),
            trimNumber(p.value.mul(Rational.int(100)), 6)
          )
        );
      }
      return p.value;
    }
    this.record(key, p, out);
    return null;
  }

  flag(key: string, out: Outcome, optional = false): boolean | null {
    const p = this.parse(key);
    if (p.kind === "flag") return p.value;
    if (!(optional && p.kind === "missing")) this.record(key, p, out);
    return null;
  }

  choice(key: string, out: Outcome): string | null {
    const p = this.parse(key);
    if (p.kind === "choice") return p.value;
    this.record(key, p, out);
    return null;
  }

  private record(key: string, p: Parsed, out: Outcome): void {
    if (p.kind === "missing") {
      if (!out.missing.includes(key)) out.missing.push(key);
    } else if (p.kind === "problem") {
      pushNote(out.errors, note("problem", { key }, { problem: p.problem }));
    }
  }

  private parse(key: string, max?: Rational): Parsed {
    const cacheKey = max ? `${key}@${max.num}/${max.den}` : key;
    let p = this.cache.get(cacheKey);
    if (!p) {
      p = parseValue(this.raw[key], this.specFor(key, max));
      this.cache.set(cacheKey, p);
    }
    return p;
  }

  private specFor(key: string, max?: Rational): ParseSpec {
    const def = this.def(key);
    if (!def) throw new Error(`Unknown input key ${key}`);
    return specOf(def, max);
  }
}
