import { catalog as sections, LOCALES, type Locale } from "../../src/i18n";
import { reportWords } from "../../src/i18n/report-words";

/** Every sentence of a language: the catalog's sections and the report draft's words. */
const catalog = (locale: Locale) => ({ ...sections(locale), report: reportWords(locale) });

/**
 * One catalog per language for every sentence a user reads. TypeScript keeps the two catalogs the same
 * shape; this keeps the English one English: every text and every sentence it builds, whatever it is given.
 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** A placeholder figure for any parameter: reads as "x", is a list of one "x", and has every field. */
const ANY: unknown = new Proxy(["x"], {
  get: (target, p) => (typeof p === "symbol" || p in target ? Reflect.get(target, p) : ANY),
});

/** Every text of a catalog section, sentences built from placeholder figures (an array reads as "x"). */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function")
    return texts(
      (value as (...a: unknown[]) => unknown)(ANY, ANY, ANY, ANY, ANY, ANY),
      `${path}()`
    );
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    // Unit words are keyed by the Chinese unit a table is written in; the keys are data, the values are words.
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  }
  return [];
}

const PROBLEMS = [
  "notNumber",
  "negative",
  "notInteger",
  "percentNotAllowed",
  "wrongUnit",
  "magnitude",
  "notYesNo",
  "notChoice",
  "aboveMax",
  "notScalar",
  "cellError",
] as const;

describe("the message catalogs", () => {
  it.each(LOCALES)("%s says every kind of input problem", (locale) => {
    for (const code of PROBLEMS) {
      for (const extra of [{}, { max: "1", unit: "万元", cell: "Sheet1!A1", options: ["x"] }]) {
        const said = catalog(locale).core.problem("x", { code, raw: "x", ...extra });
        expect([code, typeof said, locale === "en-US" ? CJK.test(said) : !CJK.test(said)]).toEqual([
          code,
          "string",
          false,
        ]);
      }
    }
  });

  it("the English catalog has no Chinese in any text or sentence", () => {
    // The language switch names the other language in itself: 中文 in the English pane.
    const chinese = texts(catalog("en-US"), "en-US").filter(
      ([path, t]) => CJK.test(t) && path !== "en-US.pane.switchLanguage"
    );
    expect(chinese).toEqual([]);
    expect(catalog("en-US").pane.switchLanguage).toBe("中文");
  });

  it("the Chinese catalog says every sentence in Chinese", () => {
    // A sentence of letters only (a key, a unit like %) is fine; a sentence with no Chinese at all is a missing translation.
    const english = texts(catalog("zh-CN"), "zh-CN").filter(
      ([, t]) => /[a-z]{3,}\s+[a-z]{3,}/i.test(t) && !CJK.test(t)
    );
    expect(english).toEqual([]);
  });

  it("both catalogs have the same sentences", () => {
    const shape = (v: unknown): unknown =>
      typeof v === "function"
        ? "fn"
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, shape((v as Record<string, unknown>)[k])])
            )
          : typeof v;
    const [zh, en] = LOCALES.map((l) => shape(catalog(l)));
    expect(en).toEqual(zh);
  });
});
