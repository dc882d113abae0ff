/** The languages the add-in speaks: Chinese first, English second. */
export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** Text given in several languages: Chinese always, English where the source has it. */
export type Localized = { "zh-CN": string } & Partial<Record<Locale, string>>;

/** The text in `locale`, else the Chinese it was written in. */
export function text(value: Localized, locale: Locale): string {
  return value[locale] ?? value["zh-CN"];
}

/** Office's display language or the browser's ("en-GB", "zh-Hans-CN") as one of ours. */
export function localeOf(language: string | null | undefined): Locale {
  return language?.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}
