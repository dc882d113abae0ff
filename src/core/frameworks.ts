import type { Framework } from "./framework";
import longgang2021 from "./data/longgang-2021.json";
import national2013 from "./data/national-2013.json";

/** Every framework the add-in knows, by id. A new version is one more data file listed here. */
export const FRAMEWORKS: Readonly<Record<string, Framework>> = {
  [longgang2021.id]: longgang2021 as Framework,
};

/**
 * Published trees without points or rules, for a bureau to complete: exported and checked (which
 * reports them unfinished), never scored.
 */
export const FRAMEWORK_TEMPLATES: Readonly<Record<string, unknown>> = {
  [national2013.id]: national2013,
};

export const DEFAULT_FRAMEWORK_ID = "longgang-2021";

export function getFramework(id: string = DEFAULT_FRAMEWORK_ID): Framework | undefined {
  return Object.prototype.hasOwnProperty.call(FRAMEWORKS, id) ? FRAMEWORKS[id] : undefined;
}
