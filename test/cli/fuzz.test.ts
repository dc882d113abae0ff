import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { repoFile } from "../helpers";
import { runCli } from "./run-cli";

/**
 * Whatever bytes arrive — a workbook's XML parts cut, repeated, filled with odd values and far cells; JSON
 * of any shape — the command line ends in time, in the reader's language, with no stack trace, writing
 * nothing but the output asked for and leaving the original as it was.
 */
jest.setTimeout(300_000);

let dir: string;
let parts: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "perf-fuzz-"));
  const zip = await JSZip.loadAsync(readFileSync(repoFile("examples", "longgang-2021.xlsx")));
  parts = {};
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts[name] = await zip.file(name)!.async("string");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CJK = /[\u4e00-\u9fff]/;
const TRACE = /\n\s+at |TypeError|RangeError|ReferenceError|SyntaxError/;

/**
 * Ways a part can be wrong: odd values in its cells, cells and rows added where rows go (far away, with
 * formulas over whole sheets), rows repeated thousands of times, or the part cut short.
 */
const ODD_VALUES = ["NaN", "INF", "-1", "1e308", "", "1,5", "2e", "99999999999999999999", "0x1F"];
const FRAGMENTS = [
  '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
  '<row r="60000"><c r="A60000"><f>SUM(A:A)</f></c></row>',
  '<row r="60001"><c r="B60001" t="s"><v>999999</v></c></row>',
  '<row r="60002"><c r="C60002" t="inlineStr"><is><t>“三公”经费合计</t></is></c><c r="D60002"><v>NaN</v></c></row>',
  '<row r="60003"><c r="A60003"><f>A60003</f></c></row>',
];
const mutation = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("value" as const),
      n: fc.nat(),
      to: fc.constantFrom(...ODD_VALUES),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      n: fc.nat(),
      text: fc.constantFrom(...FRAGMENTS),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("repeat" as const),
      n: fc.nat(),
      times: fc.integer({ min: 2, max: 3000 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("cut" as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    weight: 1,
  }
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** The n-th match (wrapping round) of a pattern in the text, or none. */
function nth(xml: string, re: RegExp, n: number): RegExpExecArray | undefined {
  const all = [...xml.matchAll(re)];
  return all.length ? (all[n % all.length] as RegExpExecArray) : undefined;
}

function mutate(xml: string, m: Mutation): string {
  switch (m.kind) {
    case "cut":
      return xml.slice(0, Math.floor(m.at * xml.length));
    case "value": {
      const v = nth(xml, /<v>[^<]*<\/v>/g, m.n);
      return v ? xml.slice(0, v.index) + `<v>${m.to}</v>` + xml.slice(v.index + v[0].length) : xml;
    }
    case "add": {
      const at = xml.lastIndexOf("</sheetData>");
      return at < 0 ? xml : xml.slice(0, at) + m.text + xml.slice(at);
    }
    default: {
      const row = nth(xml, /<row\b[^>]*>[\s\S]*?<\/row>/g, m.n);
      return row
        ? xml.slice(0, row.index) + row[0].repeat(m.times) + xml.slice(row.index + row[0].length)
        : xml;
    }
  }
}

/** How the runs ended, to show the fuzzing reached scoring and not only the first refusal. */
const ended = { scored: 0, refused: 0 };

async function check(name: string, bytes: Uint8Array, argv: string[]) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const started = Date.now();
  const out = join(dir, "out.xlsx");
  const r = await runCli(argv.map((a) => (a === "FILE" ? file : a === "OUT" ? out : a)));
  ended[r.code === 0 ? "scored" : "refused"]++;
  const seconds = (Date.now() - started) / 1000;
  expect(seconds).toBeLessThan(20);
  expect(r.err).not.toMatch(TRACE);
  // In the reader's language: Chinese, with no English sentence from inside a library.
  if (r.code !== 0) expect(r.err).toMatch(CJK);
  // The product's own commands (perf-score template) are named as typed, and the file's own words (an unknown
  // field “AAA AAA”) are quoted as they are: neither is an English sentence from inside a library.
  expect(
    r.err
      .replace(dir, "")
      .replace(/perf-score [a-z]+/g, "")
      .replace(/“[^”]*”/g, "")
  ).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
  expect(Object.keys(r.written).every((p) => p === out)).toBe(true);
  expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
  expect(process.memoryUsage().heapUsed).toBeLessThan(3 * 2 ** 30);
}

describe("fuzzed input never crashes, hangs or writes elsewhere", () => {
  it("workbooks whose XML parts are cut, cut into and repeated", async () => {
    const names = Object.keys(parts);
    await fc.assert(
      fc.asyncProperty(
        // The sheets most of the time: their cells are what a reader works through.
        fc.oneof(
          {
            arbitrary: fc.constantFrom(...names.filter((n) => n.includes("worksheets/"))),
            weight: 4,
          },
          { arbitrary: fc.constantFrom(...names), weight: 1 }
        ),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (part, ms) => {
          const zip = await JSZip.loadAsync(
            readFileSync(repoFile("examples", "longgang-2021.xlsx"))
          );
          zip.file(part, ms.reduce(mutate, parts[part]));
          await check("fuzz.xlsx", await zip.generateAsync({ type: "uint8array" }), [
            "score",
            "FILE",
            "-o",
            "OUT",
            "--overwrite",
          ]);
        }
      ),
      { numRuns: 60 }
    );
    expect(ended.scored).toBeGreaterThan(10);
  });

  it("JSON inputs files of any shape", async () => {
    Object.assign(ended, { scored: 0, refused: 0 });
    const value = fc.jsonValue({ maxDepth: 6 });
    // Mostly files of the right shape with values of any kind, so that scoring is reached; some of any shape.
    const inputsFile = fc.oneof(
      { arbitrary: value, weight: 1 },
      {
        arbitrary: fc.record(
          {
            inputs: fc.dictionary(
              fc.oneof(
                fc.constantFrom("sanGongBudget", "satisfaction", "staffOnPayroll", "spentQ1"),
                fc.string()
              ),
              value
            ),
            kpis: fc.array(
              fc.dictionary(fc.constantFrom("name", "target", "actual", "aspect"), value)
            ),
            overrides: fc.dictionary(fc.string(), fc.record({ score: value, reason: value })),
            unit: fc.string(),
            year: fc.oneof(fc.integer(), fc.string()),
          },
          { requiredKeys: ["inputs"] }
        ),
        weight: 4,
      }
    );
    await fc.assert(
      fc.asyncProperty(inputsFile, async (json) => {
        await check("fuzz.json", new TextEncoder().encode(JSON.stringify(json)), [
          "score",
          "--inputs",
          "FILE",
          "--json",
        ]);
      }),
      { numRuns: 200 }
    );
    expect(ended.scored).toBeGreaterThan(50);
  });
});
