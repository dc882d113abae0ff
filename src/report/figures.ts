import {
  inputDef,
  parseValue,
  Rational,
  specOf,
  statedIn,
  trimNumber,
  type InputsFile,
} from "../core";
import type { Run } from "../i18n/runs";

/**
 * The figures a report sentence may state, read from the same inputs the score was computed from,
 * with the core's parser: exact, and absent (never 0) when the data does not give them.
 */
export interface Figures {
  amount(key: string): Rational | undefined;
  /** A percentage input (184.77%) as its number of percent. */
  percent(key: string): Rational | undefined;
  /** A yes/no answer: true, false, a share of the item (partial credit), or undefined. */
  answer(key: string): boolean | "partly" | undefined;
  choice(key: string): string | undefined;
  /** The second unit a figure was stated in (满意度 93.95分), when it was. */
  statedIn(key: string): string | undefined;
}

const HUNDRED = Rational.int(100);

export function figuresOf(file: InputsFile): Figures {
  const raw = file.inputs ?? {};
  const parsed = (key: string, max?: Rational) => {
    const def = inputDef(key);
    return def ? parseValue(raw[key], specOf(def, max)) : undefined;
  };
  return {
    amount(key) {
      const p = parsed(key);
      return p?.kind === "value" ? p.value : undefined;
    },
    percent(key) {
      const p = parsed(key);
      return p?.kind === "value" ? p.value : undefined;
    },
    answer(key) {
      const p = parsed(key, Rational.ONE);
      if (p?.kind === "flag") return p.value;
      if (p?.kind !== "value") return undefined;
      return p.value.isZero() ? false : p.value.eq(Rational.ONE) ? true : "partly";
    },
    choice(key) {
      const p = parsed(key);
      return p?.kind === "choice" ? p.value : undefined;
    },
    statedIn(key) {
      return parsed(key)?.kind === "value" ? statedIn(inputDef(key), raw[key]) : undefined;
    },
  };
}

/** 4931.8 → "4,931.80": two decimals, thousands grouped, as budget tables print 万元. */
export function formatAmount(r: Rational): string {
  const [whole, cents] = r.toFixed(2).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** A share or rate as a percentage with two decimals, rounded half up: 3.98 / 11 → "36.18%". */
export function formatRatio(part: Rational, whole: Rational): string {
  return part.div(whole).mul(HUNDRED).toFixed(2) + "%";
}

/** A count or a KPI value as written: 9, 244.62. */
export const formatQuantity = (r: Rational): string => trimNumber(r, 4);

export const figure = (text: string): Run => ({ figure: text });

/** A rate (1.8477) as the figure 184.77%. */
export const rateRun = (rate: Rational): Run => figure(formatRatio(rate, Rational.ONE));

/** A count or a KPI value as a figure: 9, 244.62. */
export const countRun = (r: Rational): Run => figure(formatQuantity(r));
