import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  evaluate,
  formatPoints,
  placedIndicators,
  Rational,
  readInputsFile,
  type Framework,
  type InputsFile,
  type ScoreResult,
} from "../../src/core";
import { analyzeWorkbook } from "../../src/pipeline/analyze";
import { inputsFromWorkbook } from "../../src/pipeline/normalize";
import { draftReport } from "../../src/report/draft";
import { reportDocx } from "../../src/report/docx";
import { longgang, repoFile } from "../helpers";
import { drawWorkbook, toOfficeSnapshot } from "../support/layouts";
import { convert } from "../support/libreoffice";

/**
 * The drafts as they print, laid out by an engine we did not write: LibreOffice Writer turns each .docx
 * into a PDF and poppler reads back each page's words, their places, and each table cell's text in order.
 * Drafts of the sample, of three workbooks drawn by the layout generator and of a unit with almost no data:
 * A4 pages, nothing past the margins, no blank page, no table row split across pages, the total on one
 * line, the title broken between phrases, each caption with its table's header. The sample's first pages
 * are kept as PNG in artifacts/report/ to be looked at.
 */

interface Word {
  page: number;
  /** The page is turned (the wide framework table). */
  landscape: boolean;
  pageWidth: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

interface Printed {
  name: string;
  result: ScoreResult;
  framework: Framework;
  /** Each page's text as laid out, and in the order of the document (a table cell's text whole). */
  pages: string[];
  raw: string[];
  words: Word[];
  size: { width: number; height: number };
}

const MM = 72 / 25.4;
const flat = (s: string) => s.replace(/\s+/g, "");
const dir = mkdtempSync(join(tmpdir(), "perf-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleDraft() {
  const read = readInputsFile(
    readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
  );
  if (!read.ok) throw new Error(read.error);
  return { file: read.file, framework: read.framework };
}

function generated(seed: number) {
  const analysis = analyzeWorkbook(toOfficeSnapshot(drawWorkbook(seed).sheets));
  return {
    file: inputsFromWorkbook(analysis.located, analysis.framework.id),
    framework: analysis.framework,
  };
}

const SOURCES: Record<string, () => { file: InputsFile; framework: Framework }> = {
  sample: sampleDraft,
  "generated-3": () => generated(3),
  "generated-17": () => generated(17),
  "generated-42": () => generated(42),
  "almost-empty": () => ({
    file: { unit: "某街道办事处", year: 2024, inputs: { sanGongBudget: 20, sanGongActual: 12.5 } },
    framework: longgang,
  }),
};

async function print(name: string): Promise<Printed> {
  const { file, framework } = SOURCES[name]();
  const result = evaluate(file, framework);
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, await reportDocx(draftReport(result, file, framework)));
  const pdf = convert(docx, "pdf", dir);
  const text = (mode: string) =>
    execFileSync("pdftotext", [mode, pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const [, w, h] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const words = html
    .split("<page ")
    .slice(1)
    .flatMap((page, n) => {
      const [, pw, ph] = /^width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      return [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g
        ),
      ].map((m) => ({
        page: n + 1,
        landscape: Number(pw) > Number(ph),
        pageWidth: Number(pw),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        text: m[4],
      }));
    });
  if (name === "sample") {
    const out = repoFile("artifacts", "report");
    mkdirSync(out, { recursive: true });
    execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "3", pdf, join(out, "page")]);
  }
  return {
    name,
    result,
    framework,
    pages: text("-layout"),
    raw: text("-raw"),
    words,
    size: { width: Number(w), height: Number(h) },
  };
}

let printed: Printed[];
beforeAll(async () => {
  printed = [];
  for (const name of Object.keys(SOURCES)) printed.push(await print(name));
}, 300_000);

describe("the report drafts printed by LibreOffice (the sample, generated workbooks, a unit with almost no data)", () => {
  it("are on A4 pages, the sample a draft of several pages", () => {
    for (const d of printed) {
      expect([d.name, Math.round(d.size.width / MM), Math.round(d.size.height / MM)]).toEqual([
        d.name,
        210,
        297,
      ]);
    }
    expect(printed[0].pages.length).toBeGreaterThanOrEqual(8);
  });

  it("have no blank page: every page holds more than its number, and the signature never stands alone", () => {
    for (const d of printed) {
      const bare = d.pages
        .map((p, i) => [i + 1, flat(p.replace(/—\s*\d+\s*—/, ""))] as const)
        .filter(([, p]) => p.length < 40)
        .map(([n]) => `${d.name} p.${n}`);
      expect(bare).toEqual([]);
    }
  });

  it("never split a score-table row across pages: each indicator's criteria print whole on one page", () => {
    for (const d of printed) {
      const pages = d.raw.map(flat);
      const split = placedIndicators(d.framework)
        .map((p) => flat((p.indicator.criteria ?? []).join("")))
        .filter((criteria) => criteria && !pages.some((page) => page.includes(criteria)))
        .map((criteria) => `${d.name}: ${criteria.slice(0, 20)}…`);
      expect(split).toEqual([]);
    }
  });

  it("print the total on one line, in the score table's last row", () => {
    for (const d of printed) {
      if (!d.result.indicators.some((i) => i.score !== null)) continue;
      const total = formatPoints(Rational.fromNumber(d.result.total));
      expect([d.name, d.words.some((w) => w.landscape && w.text === total)]).toEqual([
        d.name,
        true,
      ]);
    }
  });

  it("break the title between phrases, never inside 部门整体支出绩效自评报告", () => {
    for (const d of printed) {
      const lines = d.pages[0].split("\n").map(flat).filter(Boolean);
      expect([d.name, lines.slice(0, 3).includes("部门整体支出绩效自评报告")]).toEqual([
        d.name,
        true,
      ]);
    }
  });

  it("keep every word inside the margins (GB/T 9704: 28 mm left, 26 mm right; the wide table turned): no table is cut", () => {
    // Upright pages keep 28 mm left and 26 mm right; the turned pages of the wide table 37 and 35 mm.
    const margins = (w: Word) =>
      w.landscape
        ? [37 * MM - 2, w.pageWidth - 35 * MM + 2]
        : [28 * MM - 2, w.pageWidth - 26 * MM + 2];
    // A closing CJK mark may hang into the margin by one character, as Writer and Word set Chinese text.
    const hangs = (w: Word) => /[，。、；：）”]$/.test(w.text) && w.xMax <= margins(w)[1] + 16;
    for (const d of printed) {
      const outside = d.words.filter(
        (w) => w.xMin < margins(w)[0] || (w.xMax > margins(w)[1] && !hangs(w))
      );
      expect(d.words.some((w) => w.landscape)).toBe(true);
      expect(outside.map((w) => `${d.name} ${w.page}: ${w.text}`)).toEqual([]);
    }
  });

  it("start the text 37 mm from the top and number the pages “— n —”, odd ones right, even ones left", () => {
    const [d] = printed;
    const top = Math.min(...d.words.filter((w) => w.page === 2).map((w) => w.yMin));
    expect(top / MM).toBeGreaterThan(35);
    expect(top / MM).toBeLessThan(45);
    expect(d.pages.every((p) => /—\s*\d+\s*—/.test(p))).toBe(true);
    const numberAt = (page: number) =>
      d.words.find(
        (w) => w.page === page && /^\d+$/.test(w.text) && w.yMin > d.size.height - 35 * MM
      )!;
    expect(numberAt(1).xMin).toBeGreaterThan(d.size.width / 2);
    expect(numberAt(2).xMax).toBeLessThan(d.size.width / 2);
  });

  it("print each table's caption on the page of its header, and repeat the header of a table that runs on", () => {
    const [d] = printed;
    // In the document's order a cell's text is whole, however it wraps.
    const pages = d.raw.map(flat);
    // A caption's page: the first that holds it, past the 附件说明 that names the attachments.
    const from = pages.findIndex((p) => p.includes("附件：1."));
    const at = (text: string) => pages.findIndex((p, i) => i > from && p.includes(flat(text)));
    for (const [caption, header] of [
      ["附件1部门整体支出绩效评价指标评分表", "扣分情况及整改情况说明"],
      ["表1-1 部门整体支出预算资金来源与调整情况", "支出预算资金来源"],
      ["表1-2 部门整体支出构成与调整情况（按支出功能分类）", "部门决算数"],
      ["表1-3 部门整体支出构成与调整情况（按支出用途）", "支出性质"],
      ["2021年度各季度预算执行情况", "序时进度支出额"],
    ]) {
      expect([caption, at(caption) >= 0]).toEqual([caption, true]);
      expect([caption, pages[at(caption)].includes(header)]).toEqual([caption, true]);
    }
    const scorePages = pages.filter((p) => p.includes("三级指标分值指标说明"));
    expect(scorePages.length).toBeGreaterThan(1);
    expect(scorePages.every((p) => p.includes("扣分情况及整改情况说明"))).toBe(true);
  });

  it("print the figures and the prompts as the document holds them", () => {
    const all = flat(printed[0].pages.join("\n"));
    expect(all).toContain("“三公”经费控制率为36.18%");
    expect(all).toContain("【请填写：本单位主要职能（可摘自“三定”方案）】");
  });
});
