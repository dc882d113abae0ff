import { chromium, type Browser } from "playwright-core";
import { existsSync, readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { repoFile } from "../helpers";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/browser";

/**
 * dist/绩效自评.html, the pane in one file, as a clerk on a 信创 machine or in WPS opens it: from a folder
 * (file://), with every request that would leave the file refused. It must read the sample workbook on
 * its worker, score it, hand back the scored workbook and draft the report, asking nothing of the network.
 */

const PAGE = repoFile("dist", "绩效自评.html");
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build first`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

describe("the offline page opened from a folder, with the network off", () => {
  it("is one self-contained file: no script, style or office.js fetched from anywhere", () => {
    const html = readFileSync(PAGE, "utf8");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toContain("appsforoffice");
    console.log(`绩效自评.html: ${(statSync(PAGE).size / 1024 / 1024).toFixed(1)} MB`);
  });

  it("scores the sample workbook, hands back the scored copy and drafts the report", async () => {
    const page = await browser.newPage({
      viewport: { width: 350, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const refused: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (/^(file|blob|data):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(PAGE).href);
    await page.getByTestId("file-input").setInputFiles(repoFile("examples", "longgang-2021.xlsx"));
    await page.getByText("已找到 50 / 59 项数据").waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "3 生成评分表" }).click();
    await page.getByRole("button", { name: "生成评分表" }).click();
    await page.getByTestId("total").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("total").textContent()).toBe("96");
    const [scored] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    expect(scored.suggestedFilename()).toBe("longgang-2021-评分表.xlsx");
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("report").click(),
    ]);
    expect(report.suggestedFilename()).toBe("longgang-2021-自评报告.docx");
    const docx = await JSZip.loadAsync(readFileSync(await report.path()));
    expect(await docx.file("word/document.xml")!.async("string")).toContain("36.18%");
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
