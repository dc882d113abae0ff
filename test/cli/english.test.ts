import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { main, type Io } from "../../src/cli/main";
import { placedIndicators } from "../../src/core";
import { loadWorkbook } from "../../src/hosts/xlsx/file";
import { cellValue, snapshotOf } from "../../src/hosts/xlsx/read";
import { readSelfEvalTables } from "../../src/pipeline/self-eval";
import ExcelJS from "exceljs";
import { longgang, repoFile } from "../helpers";
import { chineseBesides } from "../support/chinese";

/** `--lang en-US` speaks English throughout: help, keys, the score table, deductions, findings, errors, file names. */
const SAMPLE = repoFile("examples", "longgang-2021.xlsx");

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const written: string[] = [];
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readText: (p) => readFileSync(p, "utf8"),
    readBinary: (p) => readFileSync(p),
    writeBinary: (p) => written.push(p),
    exists: () => false,
    kind: (p) => (existsSync(p) ? (statSync(p).isDirectory() ? "folder" : "file") : "missing"),
    list: (p) => readdirSync(p),
    readStdin: () => "",
    cwd: "/work/out",
    sampleWorkbook: SAMPLE,
    version: "9.9.9",
  };
  const code = await main(argv, io);
  return { code, out, err, written };
}

/** The sample unit's own data: its name, its sheets and the reasons its report gave for its own scores. */
async function unitData(): Promise<string[]> {
  const wb = await loadWorkbook(readFileSync(SAMPLE));
  const reasons = JSON.parse((await run(["score", "--json"])).out).indicators.flatMap(
    (i: { override: { reason: string } | null }) => (i.override ? [i.override.reason] : [])
  );
  // The projects of the example 自评表 workbook, and their indicators, are its unit's own words too.
  const forms = readSelfEvalTables(
    snapshotOf(await loadWorkbook(readFileSync(repoFile("examples", "self-eval-projects.xlsx"))))
  );
  return [
    "深圳市龙岗区图书馆",
    ...wb.worksheets.map((w) => w.name),
    ...reasons,
    ...forms.flatMap((f) => [f.name, ...f.rows.map((r) => r.name)]),
  ];
}

/** The framework's text as published, which stays as written in every language. */
const VERBATIM = placedIndicators(longgang).flatMap(({ indicator }) => [
  ...indicator.criteria,
  ...indicator.description,
]);

/**
 * The JSON result's names and grade are the public contract's identifiers, as the framework prints them
 * (overrides are keyed by them); `sources` quotes the workbook's own cells, titles and headers; every
 * other text of it is in the reader's language.
 */
function withoutContractNames(json: {
  grade: unknown;
  indicators: Record<string, unknown>[];
  sources?: unknown;
}) {
  const { sources, ...rest } = json;
  void sources;
  return {
    ...rest,
    grade: null,
    indicators: json.indicators.map(
      ({ level1, level2, name, ...rest }) => (void [level1, level2, name], rest)
    ),
  };
}

describe("perf-score in English", () => {
  it.each([
    [["--help"]],
    [["keys"]],
    [["score", "--inputs", repoFile("examples", "longgang-2021.inputs.json")]],
    [["score"]],
    [["score", "--json"]],
    [["score", "nowhere.xlsx"]],
    [["score", "--mode", "live"]],
    [["template"]],
  ])("%j has no Chinese but the unit's own data", async (argv) => {
    const r = await run([...argv, "--lang", "en-US"]);
    const out = argv.includes("--json")
      ? JSON.stringify(withoutContractNames(JSON.parse(r.out)))
      : r.out;
    expect(chineseBesides(out + r.err, await unitData(), VERBATIM)).toEqual([]);
  });

  it("reviews a folder in English: output lines and every sheet of the summary", async () => {
    let out = "";
    const written = new Map<string, Uint8Array>();
    const code = await main(
      ["review", repoFile("examples"), "-o", "/work/out/summary.xlsx", "--lang", "en-US"],
      {
        out: (t) => (out += t),
        err: (t) => (out += t),
        readText: (p) => readFileSync(p, "utf8"),
        readBinary: (p) => readFileSync(p),
        writeBinary: (p, data) => written.set(p, data),
        exists: () => false,
        kind: (p) =>
          p === "/work/out" || statSync(p, { throwIfNoEntry: false })?.isDirectory()
            ? "folder"
            : existsSync(p)
              ? "file"
              : "missing",
        list: (p) => readdirSync(p),
        readStdin: () => "",
        cwd: "/work/out",
        sampleWorkbook: SAMPLE,
        version: "9.9.9",
      }
    );
    expect(code).toBe(0);
    expect(out).toContain("Summary written: /work/out/summary.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written.get("/work/out/summary.xlsx") as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Indicator scores",
      "Findings",
      // examples/ holds a workbook of project 自评表.
      "Project forms",
      "Charts",
    ]);
    const cells: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => void cells.push(String(cellValue(c) ?? ""))));
    expect(chineseBesides(out + cells.join("\n"), await unitData(), VERBATIM)).toEqual([]);
  });

  it("names the scored copy in English", async () => {
    const r = await run(["score", "--lang", "en-US"]);
    expect(r.written).toEqual(["longgang-2021-scored.xlsx"]);
    expect(r.out).toContain("scored copy written: longgang-2021-scored.xlsx\n");
  });
});
