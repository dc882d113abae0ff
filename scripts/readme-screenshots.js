/**
 * The README's pictures: the task pane at each step (headless Chromium, 350 px wide, browser mode on the
 * sample workbook, the narrowest pane Excel opens), the first page of the score sheet as printed and the
 * 指标体系 sheet of a framework form (LibreOffice → PDF → PNG).
 * Needs a build (npm run build), chromium, libreoffice-calc and poppler-utils. Writes docs/images/.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./serve");

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
  console.log(`written: ${fs.readdirSync(out).join(", ")} in ${out}`);
})();
