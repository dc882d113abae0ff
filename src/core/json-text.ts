import { decodeUtf8 } from "./utf8";

/**
 * A JSON file as a bureau may receive it: read only when it is UTF-8, of a sane size and nesting, and
 * with every key it repeats named (JSON.parse silently keeps the last, so a second "sanGongBudget"
 * would quietly replace the first).
 */
export const JSON_LIMITS = {
  /** Bytes of one JSON file: an inputs file is a few kilobytes, a framework a few hundred. */
  bytes: 16 * 2 ** 20,
  /** Objects and lists inside one another. */
  depth: 64,
} as const;

export type JsonProblem =
  | { code: "notUtf8" }
  | { code: "tooLarge"; bytes: number }
  | { code: "tooDeep" }
  | { code: "notJson"; line?: number; column?: number };

export type JsonRead =
  { ok: true; data: unknown; duplicates: string[] } | { ok: false; problem: JsonProblem };

export function readJson(input: string | Uint8Array): JsonRead {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    if (input.length > JSON_LIMITS.bytes)
      return { ok: false, problem: { code: "tooLarge", bytes: input.length } };
    // UTF-16 (a BOM of FF FE or FE FF) or GBK bytes would read as mojibake: refused, never guessed.
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))
      return { ok: false, problem: { code: "notUtf8" } };
    const decoded = decodeUtf8(input);
    if (decoded === undefined) return { ok: false, problem: { code: "notUtf8" } };
    text = decoded;
  }
  if (text.length > JSON_LIMITS.bytes)
    return { ok: false, problem: { code: "tooLarge", bytes: text.length } };
  text = text.replace(/^\uFEFF/, "");
  const shape = scan(text);
  if (shape === "tooDeep") return { ok: false, problem: { code: "tooDeep" } };
  try {
    return { ok: true, data: JSON.parse(text), duplicates: shape };
  } catch (e) {
    return { ok: false, problem: { code: "notJson", ...placeOf(text, e) } };
  }
}

/**
 * One pass over the text's structure: how deep it nests, and the keys an object gives twice (as paths,
 * `inputs.sanGongBudget`). Text that is not JSON passes through, for JSON.parse to say where.
 */
function scan(text: string): string[] | "tooDeep" {
  const stack: {
    keys: Set<string>;
    path: string;
    key?: string;
    index: number;
    isObject: boolean;
  }[] = [];
  const duplicates: string[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.isObject && expectKey) {
        let key = text.slice(i + 1, j);
        try {
          key = JSON.parse(`"${key}"`) as string;
        } catch {
          // Not a valid string: JSON.parse of the whole says where.
        }
        if (top.keys.has(key)) duplicates.push(join(top.path, key));
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (ch === "{" || ch === "[") {
      const top = stack[stack.length - 1];
      const path = !top
        ? ""
        : top.isObject
          ? join(top.path, top.key ?? "")
          : `${top.path}[${top.index}]`;
      if (stack.length >= JSON_LIMITS.depth) return "tooDeep";
      stack.push({ keys: new Set(), path, index: 0, isObject: ch === "{" });
      expectKey = ch === "{";
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      expectKey = false;
    } else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (top) {
        top.index++;
        expectKey = top.isObject;
      }
    }
  }
  return duplicates;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Line and column from the position V8 reports, when it reports one. */
function placeOf(text: string, e: unknown): { line?: number; column?: number } {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return {};
  const before = text.slice(0, Number(m[1]));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}
