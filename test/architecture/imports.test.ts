import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { repoFile } from "../helpers";

/**
 * The folder tree is the architecture: a host-free core, a host-neutral pipeline, adapters for hosts,
 * thin user interfaces on top. This reads every import in src/ and keeps the layers and the absence of
 * cycles true as the code grows.
 */
const SRC = repoFile("src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Relative imports of each file (type-only imports included: they are dependencies of the design too). */
const graph = new Map<string, string[]>(
  files(SRC).map((file) => {
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
      (m) => m[1]
    );
    return [
      file,
      specs.map((s) => resolveImport(file, s)).filter((p): p is string => !!p && /\.tsx?$/.test(p)),
    ];
  })
);

const layer = (file: string) =>
  relative(SRC, file)
    .split("/")
    .slice(0, relative(SRC, file).startsWith("hosts/") ? 2 : 1)
    .join("/");

/** What each top-level part may import besides itself. */
const ALLOWED: Record<string, string[]> = {
  core: ["i18n"],
  i18n: ["core"],
  util: [],
  pipeline: ["core", "i18n", "util"],
  "hosts/xlsx": ["pipeline", "core", "i18n", "util"],
  "hosts/office": ["pipeline", "core", "i18n", "util"],
  report: ["core", "i18n"],
  functions: ["core", "i18n", "hosts/office"],
  taskpane: ["pipeline", "core", "i18n", "util", "hosts/office", "hosts/xlsx", "report"],
  commands: ["hosts/office", "pipeline", "core", "i18n", "taskpane"],
  cli: ["hosts/xlsx", "pipeline", "core", "i18n", "util", "report"],
};

describe("the architecture of src/", () => {
  it("each part imports only the parts beneath it", () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        const [from, to] = [layer(file), layer(dep)];
        if (from !== to && !(ALLOWED[from] ?? []).includes(to))
          wrong.push(`${relative(SRC, file)} → ${relative(SRC, dep)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === "open")
          cycles.push(
            [...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(SRC, f)).join(" → ")
          );
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
