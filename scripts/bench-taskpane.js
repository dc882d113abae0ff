/**
 * The task pane's weight and start-up: the JavaScript taskpane.html loads before any user action (raw and
 * gzipped), and in headless Chromium the time to first painted text and to the pane's first rendered
 * control, opened as a plain page. Run after `npm run build`: node scripts/bench-taskpane.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");
const { serve } = require("./serve");

const dist = path.join(__dirname, "..", "dist");
const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
  .map((m) => m[1])
  .filter((s) => !/^https?:/.test(s));
let raw = 0;
let gz = 0;
for (const s of scripts) {
  const bytes = fs.readFileSync(path.join(dist, s));
  raw += bytes.length;
  gz += zlib.gzipSync(bytes, { level: 9 }).length;
}
const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !scripts.includes(f));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("Task pane start-up");
console.log(`  initial JavaScript (${scripts.join(", ")}): ${kb(raw)} raw, ${kb(gz)} gzipped`);
console.log(
  `  loaded later, on use: ${lazy.map((f) => `${f} ${kb(zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length)} gz`).join("; ")}`
);

(async () => {
  const server = await serve({ port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/taskpane.html`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({
      viewport: { width: 350, height: 800 },
      locale: "zh-CN",
    });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
    const start = Date.now();
    await page.goto(url);
    await page.getByRole("button", { name: "选择工作簿" }).waitFor();
    const control = Date.now() - start;
    const fcp = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN
    );
    runs.push({ fcp, control });
    await page.close();
  }
  await browser.close();
  server.close();
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `  headless Chromium, median of ${runs.length}: first painted text ${median(runs.map((r) => r.fcp)).toFixed(0)} ms, first rendered control (选择工作簿) ${median(runs.map((r) => r.control))} ms`
  );
})();
