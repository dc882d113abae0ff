import catalog from './data/inputs.json';
import type { ValueType } from './parse';
import type { Locale } from '../i18n';

/** One input key of the public contract (scoring-rules.md): its label, unit and how it is read. */
export interface InputDef {
  key: string;
  type: ValueType;
  zh: string;
  en: string;
  unit?: string;
  options?: string[];
  aliases?: Record<string, string>;
  /** Where the figure usually comes from, for the template sheet. */
  source?: string;
  /** The largest value that makes sense (100 for a satisfaction percentage). */
  max?: number;
  /** Needed only in some cases (a classified unit): absence is not a gap. */
  optional?: boolean;
}

export const INPUTS: readonly InputDef[] = catalog.inputs as InputDef[];

const byKey = new Map(INPUTS.map((d) => [d.key, d]));

export function inputDef(key: string): InputDef | undefined {
  return byKey.get(key);
}

export function inputLabel(key: string, locale: Locale): string {
  const def = byKey.get(key);
  if (!def) return key;
  return locale === 'en-US' ? def.en : def.zh;
}
