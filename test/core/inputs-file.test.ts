import { readdirSync, readFileSync } from "node:fs";
import { evaluate, readInputsFile } from "../../src/core";
import { repoFile } from "../helpers";

/** Golden files: each NAME.json beside NAME.expected.json, and each error.NAME.json beside the message it must give. */
const dir = repoFile("test", "fixtures", "inputs");
const files = readdirSync(dir);
const read = (name: string) => readFileSync(`${dir}/${name}`, "utf8");

describe("inputs files that score", () => {
  it.each(
    files.filter(
      (f) => f.endsWith(".json") && !f.startsWith("error.") && !f.endsWith(".expected.json")
    )
  )("%s", (name) => {
    const file = readInputsFile(read(name));
    if (!file.ok) throw new Error(file.error);
    const result = evaluate(file.file, file.framework);
    const expected = JSON.parse(read(name.replace(/\.json$/, ".expected.json")));
    expect({
      total: result.total,
      grade: result.grade,
      complete: result.complete,
      findings: result.findings.length,
    }).toEqual(expected);
  });
});

describe("inputs files that must be refused", () => {
  it.each(files.filter((f) => f.startsWith("error.") && f.endsWith(".json")))("%s", (name) => {
    const file = readInputsFile(read(name));
    expect(file.ok).toBe(false);
    const expected = read(name.replace(/\.json$/, ".txt")).trim();
    expect(file.ok ? "" : file.error).toContain(expected);
  });

  it("accepts a UTF-8 byte order mark (Notepad saves one)", () => {
    expect(readInputsFile('\uFEFF{"inputs": {}}').ok).toBe(true);
  });
});
