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

/** JSON as anyone may send it: bytes in another encoding, sizes and nesting no inputs file has, repeated keys. */
describe("inputs files from anywhere", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("refuses GBK and UTF-16 bytes instead of scoring mojibake, saying how to save as UTF-8", () => {
    // {"unit":"某区"} in GBK: 某 C4 B3, 区 C7 F8.
    const gbk = new Uint8Array([
      ...utf8('{"unit":"'),
      0xc4,
      0xb3,
      0xc7,
      0xf8,
      ...utf8('","inputs":{}}'),
    ]);
    const read = readInputsFile(gbk);
    expect(read.ok ? "" : read.error).toMatch(/^文件不是 UTF-8 编码（可能是 GBK 或 UTF-16）/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...utf8("{}")].flatMap((b) => [b, 0])]);
    expect(readInputsFile(utf16).ok).toBe(false);
    expect(readInputsFile(utf8('{"unit":"某区","inputs":{}}')).ok).toBe(true);
  });

  it("refuses a file larger or more deeply nested than any inputs file, and reads one just inside", () => {
    const big = readInputsFile(utf8(`{"inputs":{},"_note":"${"x".repeat(17 * 2 ** 20)}"}`));
    expect(big.ok ? "" : big.error).toMatch(/超过 JSON 文件的上限 16 MB/);
    const deep = (n: number) =>
      `{"inputs":{},"kpis":[{"aspect":"社会效益","name":${"[".repeat(n)}1${"]".repeat(n)},"target":1,"actual":1}]}`;
    const refused = readInputsFile(deep(80));
    expect(refused.ok ? "" : refused.error).toMatch(/嵌套超过 64 层/);
    const inside = readInputsFile(deep(50));
    expect(inside.ok).toBe(true);
    if (inside.ok)
      expect(
        evaluate(inside.file, inside.framework).indicators.find((i) => i.id === "effectiveness")!
          .errors.length
      ).toBeGreaterThan(0);
  });

  it("names every key given twice, since only the last counts", () => {
    const read = readInputsFile(
      '{"inputs":{"sanGongBudget":11,"sanGongActual":3,"sanGongBudget":12}}'
    );
    expect(read.ok && read.findings.map((f) => f.params.path)).toEqual(["inputs.sanGongBudget"]);
  });

  it("a million keys it does not know: named up to twenty, the rest counted, in seconds", () => {
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(",");
    const started = Date.now();
    const read = readInputsFile(`{"inputs":{${keys}}}`);
    if (!read.ok) throw new Error(read.error);
    const result = evaluate(read.file, read.framework);
    expect(Date.now() - started).toBeLessThan(20_000);
    const unknown = result.findings.filter((f) => /^unknownInput/.test(f.code));
    expect(unknown).toHaveLength(21);
    expect(unknown[20].params.count).toBe(999_980);
  });
});
