import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate, readInputsFile } from "../../src/core";
import { draftReport } from "../../src/report/draft";
import { reportDocx } from "../../src/report/docx";
import { repoFile } from "../helpers";
import { convert } from "../support/libreoffice";
import { readFileSync } from "node:fs";

/**
 * The draft as it prints, laid out by an engine we did not write: LibreOffice Writer turns the .docx into
 * a PDF and poppler reads each word's place on each page back. The pages are A4, nothing runs past the
 * margins (no table is cut at the right edge), a table's caption stays with its header, and a table that
 * runs on repeats its header row. The first pages are kept as PNG in artifacts/report/ to be looked at.
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

const MM = 72 / 25.4;
let pdf: string;
let pages: string[];
let words: Word[];
let size: { width: number; height: number };

beforeAll(async () => {
  const read = readInputsFile(
    readFileSync(repoFile("examples", "longgang-2021.inputs.json"), "utf8")
  );
  if (!read.ok) throw new Error(read.error);
  const draft = draftReport(evaluate(read.file, read.framework), read.file, read.framework);
  const dir = mkdtempSync(join(tmpdir(), "perf-report-"));
  const file = join(dir, "report.docx");
  writeFileSync(file, await reportDocx(draft));
  pdf = convert(file, "pdf", dir);
  pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const [, w, h] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  size = { width: Number(w), height: Number(h) };
  words = html
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
  const out = repoFile("artifacts", "report");
  mkdirSync(out, { recursive: true });
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "3", pdf, join(out, "page")]);
}, 180_000);

describe("the report draft printed by LibreOffice", () => {
  it("is on A4 pages, a draft of several pages", () => {
    expect(Math.round(size.width / MM)).toBe(210);
    expect(Math.round(size.height / MM)).toBe(297);
    expect(pages.filter((p) => p.trim()).length).toBeGreaterThanOrEqual(8);
  });

  it("keeps every word inside the margins (GB/T 9704: 28 mm left, 26 mm right; the wide table turned): no table is cut", () => {
    // Upright pages keep 28 mm left and 26 mm right; the turned pages of the wide table 37 and 35 mm.
    const margins = (w: Word) =>
      w.landscape
        ? [37 * MM - 2, w.pageWidth - 35 * MM + 2]
        : [28 * MM - 2, w.pageWidth - 26 * MM + 2];
    // A closing CJK mark may hang into the margin by one character, as Writer and Word set Chinese text.
    const hangs = (w: Word) => /[，。、；：）”]$/.test(w.text) && w.xMax <= margins(w)[1] + 16;
    const outside = words.filter(
      (w) => w.xMin < margins(w)[0] || (w.xMax > margins(w)[1] && !hangs(w))
    );
    expect(words.some((w) => w.landscape)).toBe(true);
    expect(outside.map((w) => `${w.page}: ${w.text}`)).toEqual([]);
  });

  it("starts the text 37 mm from the top and numbers the pages “— n —”, odd ones right, even ones left", () => {
    const top = Math.min(...words.filter((w) => w.page === 2).map((w) => w.yMin));
    expect(top / MM).toBeGreaterThan(35);
    expect(top / MM).toBeLessThan(45);
    const numbered = pages.filter((p) => /—\s*\d+\s*—/.test(p));
    expect(numbered.length).toBe(pages.filter((p) => p.trim()).length);
    const numberAt = (page: number) =>
      words.find((w) => w.page === page && /^\d+$/.test(w.text) && w.yMin > size.height - 35 * MM)!;
    expect(numberAt(1).xMin).toBeGreaterThan(size.width / 2);
    expect(numberAt(2).xMax).toBeLessThan(size.width / 2);
  });

  it("prints each table's caption on the page of its header, and repeats the header of a table that runs on", () => {
    const flat = pages.map((p) => p.replace(/\s+/g, ""));
    const at = (text: string) => flat.findIndex((p) => p.includes(text.replace(/\s+/g, "")));
    for (const [caption, header] of [
      ["部门整体支出绩效评价指标评分表", "扣分情况说明"],
      ["表1-1 部门整体支出预算资金来源与调整情况", "支出预算资金来源"],
      ["表1-2 部门整体支出构成与调整情况（按支出功能分类）", "部门决算数"],
      ["表1-3 部门整体支出构成与调整情况（按支出用途）", "支出性质"],
      ["2021年度各季度预算执行情况", "序时进度"],
    ]) {
      expect([caption, at(caption) >= 0]).toEqual([caption, true]);
      expect([caption, flat[at(caption)].includes(header)]).toEqual([caption, true]);
    }
    const scorePages = flat.filter((p) => p.includes("三级指标"));
    expect(scorePages.length).toBeGreaterThan(1);
    expect(scorePages.every((p) => p.includes("扣分情况说明"))).toBe(true);
  });

  it("prints the figures and the prompts as the document holds them", () => {
    const all = pages.join("\n").replace(/\s+/g, "");
    expect(all).toContain("“三公”经费控制率为36.18%");
    expect(all).toContain("【请填写：本单位主要职能（可摘自“三定”方案）】");
  });
});
