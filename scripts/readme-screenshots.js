/**
 * The README's pictures: the task pane at each step (headless Chromium, 350 px wide, browser mode on the
 * sample workbook, the narrowest pane Excel opens), the first page of the score sheet as printed and the
 * 指标体系 sheet of a framework form (LibreOffice → PDF → PNG); the 绩效自评表 tab of the pane and a written
 * 自评表 as printed.
 * Needs a build (npm run build), chromium, libreoffice-calc and poppler-utils. Writes docs/images/.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./serve");
const { SAMPLE, writeSampleBatch } = require("./sample-batch");

const root = path.join(__dirname, "..");
const out = path.join(root, "docs", "images");
const sample = path.join(root, "examples", "longgang-2021.xlsx");

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const server = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage({
    viewport: { width: 350, height: 760 },
    locale: "zh-CN",
    deviceScaleFactor: 2,
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
  await page.getByTestId("file-input").setInputFiles(sample);
  await page.getByText(/已找到/).waitFor({ timeout: 30000 });
  // What is missing, each with its field, unit and where it is usually found.
  await page.getByRole("switch", { name: "只看缺少的" }).click();
  await page.getByTestId("input-staffOnPayroll").getByRole("textbox").fill("42");
  await page.screenshot({ path: path.join(out, "taskpane-sources.png") });
  await page.getByTestId("save-bar").getByRole("button", { name: "保存" }).click();
  await page.getByTestId("save-bar").getByText("已保存").waitFor();
  await page.getByRole("tab", { name: /生成评分表/ }).click();
  await page.getByRole("button", { name: "生成评分表" }).click();
  await page.getByRole("img", { name: /各级指标得分/ }).waitFor({ timeout: 30000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const scored = path.join(os.tmpdir(), "readme-scored.xlsx");
  await download.saveAs(scored);
  await page.getByTestId("total").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, "taskpane-result.png") });
  await page.getByRole("button", { name: /公用经费控制率/ }).click();
  await page
    .getByText(/“三公”经费控制率为/)
    .last()
    .waitFor();
  await page.waitForTimeout(500); // the panel's opening animation
  await page
    .getByRole("button", { name: /公用经费控制率/ })
    .evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, "taskpane-indicators.png") });
  await selfEvalScreenshots(browser, `http://127.0.0.1:${server.address().port}/taskpane.html`);
  await browser.close();
  server.close();

  const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-pdf-"));
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pdfDir, scored], {
    stdio: "pipe",
  });
  const pdf = path.join(pdfDir, "readme-scored.pdf");
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]
  );
  const first = [...Array(pages).keys()]
    .map((i) => i + 1)
    .find((p) =>
      execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
        encoding: "utf8",
      }).includes("绩效自评评分表")
    );
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    String(first),
    "-l",
    String(first),
    "-singlefile",
    pdf,
    path.join(out, "score-sheet"),
  ]);
  // The framework form a bureau fills in, as the test framework written from the Hunan rules exports.
  const form = path.join(os.tmpdir(), "readme-framework.xlsx");
  execFileSync(process.execPath, [
    path.join(root, "build", "cli", "perf-score.js"),
    "framework",
    "export",
    path.join(root, "test", "fixtures", "frameworks", "hunan-test.json"),
    "-o",
    form,
    "--overwrite",
  ]);
  const formDir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-form-"));
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", formDir, form], {
    stdio: "pipe",
  });
  const formPdf = path.join(formDir, "readme-framework.pdf");
  const treePage = [...Array(8).keys()]
    .map((i) => i + 1)
    .find((p) =>
      execFileSync("pdftotext", ["-f", String(p), "-l", String(p), formPdf, "-"], {
        encoding: "utf8",
      }).includes("分子/输入项")
    );
  // The table fills the top of a landscape page fitted to its width: render it large and keep that part.
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "160",
    ...["-x", "60", "-y", "130", "-W", "1760", "-H", "250"],
    "-f",
    String(treePage),
    "-l",
    String(treePage),
    "-singlefile",
    formPdf,
    path.join(out, "framework-form"),
  ]);
  await reviewScreenshots();
  console.log(`written: ${fs.readdirSync(out).join(", ")} in ${out}`);
})();

/** A bureau's review of twelve units (one sent an .xls, one a damaged copy, one an empty template): 汇总 and 图表. */
async function reviewScreenshots() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-review-"));
  const units = [
    "图书馆",
    "文化馆",
    "博物馆",
    "美术馆",
    "档案馆",
    "青少年宫",
    "体育中心",
    "文物管理所",
    "群众艺术馆",
    "科技馆",
  ];
  const batch = path.join(dir, "2025年度各单位自评");
  await writeSampleBatch(batch, units.length, (i) => `龙岗区${units[i]}`);
  fs.writeFileSync(
    path.join(batch, "龙岗区融媒体中心.xlsx"),
    SAMPLE.subarray(0, SAMPLE.length >> 1)
  );
  execFileSync(process.execPath, [
    path.join(root, "build", "cli", "perf-score.js"),
    "template",
    "-o",
    path.join(batch, "龙岗区非遗保护中心.xlsx"),
  ]);
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  fs.writeFileSync(path.join(batch, "龙岗区文化市场执法大队.xls"), ole);
  const summary = path.join(dir, "复核汇总.xlsx");
  // Exit 1: two of the files cannot be read, as intended; the summary is written all the same.
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "build", "cli", "perf-score.js"),
      "review",
      path.basename(batch),
      "-o",
      summary,
    ],
    { cwd: dir }
  );
  if (run.status !== 1) throw new Error(`review: exit ${run.status}\n${run.stderr}`);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, summary], {
    stdio: "pipe",
  });
  const pdf = path.join(dir, "复核汇总.pdf");
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]
  );
  // 汇总 is the first page; its table fills the top of it.
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    ...["-x", "30", "-y", "40", "-W", "1220", "-H", "360"],
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    path.join(out, "review-summary"),
  ]);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    String(pages),
    "-l",
    String(pages),
    "-singlefile",
    pdf,
    path.join(out, "review-charts"),
  ]);
}

/** The example workbook of project 自评表: the pane's tab with one project opened, and a written form printed. */
async function selfEvalScreenshots(browser, url) {
  const projects = path.join(root, "examples", "self-eval-projects.xlsx");
  const page = await browser.newPage({
    viewport: { width: 350, height: 640 },
    locale: "zh-CN",
    deviceScaleFactor: 2,
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  await page.goto(url);
  await page.getByTestId("file-input").setInputFiles(projects);
  await page.getByTestId("projects").waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: /义务教育营养改善计划专项资金/ }).click();
  await page.getByText(/填报总分 96/).waitFor();
  await page.waitForTimeout(500); // the panel's opening animation
  await page.screenshot({ path: path.join(out, "taskpane-projects.png") });
  await page.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-self-eval-"));
  const written = path.join(dir, "readme-forms.xlsx");
  execFileSync(process.execPath, [
    path.join(root, "build", "cli", "perf-score.js"),
    "score",
    "--projects",
    projects,
    "-o",
    written,
  ]);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, written], {
    stdio: "pipe",
  });
  const pdf = path.join(dir, "readme-forms.pdf");
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]
  );
  // The form written for the Yongde project: the one with the review's findings under it.
  const formPage = [...Array(pages).keys()]
    .map((i) => i + 1)
    .find((p) => {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
        encoding: "utf8",
      });
      return text.includes("义务教育营养改善计划专项资金") && text.includes("核查发现");
    });
  // The form and its findings fill the top of the portrait page: render it large and keep that part.
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "120",
    ...["-x", "40", "-y", "40", "-W", "920", "-H", "520"],
    "-f",
    String(formPage),
    "-l",
    String(formPage),
    "-singlefile",
    pdf,
    path.join(out, "self-eval-sheet"),
  ]);
}
