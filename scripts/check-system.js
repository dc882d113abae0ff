/**
 * npm test needs system programs besides Node: LibreOffice Calc (the independent engine that
 * recalculates and prints the score sheets) and Writer (prints the report draft), poppler-utils (reads
 * the printed pages back) and Chromium
 * (the browser the task pane is tested in).
 * Says how to install what is missing instead of failing obscurely.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");

const has = (cmd) =>
  spawnSync("sh", ["-c", `command -v ${cmd}`], {
    encoding: "utf8",
  }).stdout.trim() !== "";
const missing = [];
if (!has("soffice") && !has("libreoffice"))
  missing.push(["libreoffice-calc", "LibreOffice Calc（重新计算可移植公式评分表）"]);
if (!has("lowriter"))
  missing.push(["libreoffice-writer", "LibreOffice Writer（打印自评报告初稿）"]);
if (!has("pdftotext")) missing.push(["poppler-utils", "poppler-utils（读取打印出的评分表页面）"]);
if (!fs.existsSync("/usr/bin/chromium"))
  missing.push(["chromium", "Chromium（在浏览器中测试任务窗格）"]);
if (missing.length) {
  console.error(
    [
      `测试还需要：${missing.map((m) => m[1]).join("、")}。请先安装：`,
      `  sudo apt-get install -y --no-install-recommends ${missing.map((m) => m[0]).join(" ")}`,
      `The tests also need ${missing.map((m) => m[0]).join(" and ")}: sudo apt-get install -y --no-install-recommends ${missing.map((m) => m[0]).join(" ")}`,
    ].join("\n")
  );
  process.exit(1);
}
