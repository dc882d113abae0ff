/**
 * The README's pictures: the task pane at each step (headless Chromium, 320 px wide, browser mode on the
 * sample workbook) and the first page of the score sheet as printed (LibreOffice → PDF → PNG).
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
    viewport: { width: 320, height: 760 },
    locale: "zh-CN",
    deviceScaleFactor: 2,
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
  await page.getByTestId("file-input").setInputFiles(sample);
  await page.getByText(/已找到/).waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(out, "taskpane-sources.png") });
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
  console.log(`written: ${fs.readdirSync(out).join(", ")} in ${out}`);
})();
