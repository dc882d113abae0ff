import { catalog, type Locale } from "../../i18n";
import type { Validation } from "./plan";

type Rule = Omit<Validation, "error" | "prompt">;

/** A validation rule with Excel's refusal message and, when given, a note, in the sheet's language. */
export function validation(rule: Rule, locale: Locale, prompt?: string): Validation {
  const v = catalog(locale).sheets.validation;
  const message =
    rule.kind === "list"
      ? v.pick(rule.options ?? [])
      : rule.max !== undefined
        ? v.between(rule.min ?? 0, rule.max)
        : v.atLeast(rule.min ?? 0);
  return {
    ...rule,
    error: { title: v.errorTitle, message },
    ...(prompt && { prompt: { title: v.promptTitle, message: prompt } }),
  };
}
