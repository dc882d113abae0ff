/**
 * npm start: builds the add-in, serves dist/ at https://localhost:3000 with the Office development
 * certificate, and sideloads it into desktop Excel where that is possible (Windows, macOS). Elsewhere
 * (Linux) it says so and serves the page for the browser mode.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { serve } = require("./serve");

const root = path.join(__dirname, "..");
const PORT = 3000;

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function certificate() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const why = String(e.message).trim();
    console.warn(
      `未能取得 Office 开发证书（${why}），改用 http 提供浏览器模式页面；在 Excel 中加载需要 https。`
    );
    console.warn(
      `Could not get the Office development certificate (${why}); serving over http for the browser mode only.`
    );
    return undefined;
  }
}

(async () => {
  run("npx", ["webpack", "--mode", "development"]);
  const https = await certificate();
  const server = await serve({
    port: PORT,
    ...(https && { cert: https.cert, key: https.key }),
  });
  const page = `${https ? "https" : "http"}://localhost:${PORT}/taskpane.html`;
  console.log(`已启动：${page}（Ctrl+C 停止） / serving ${page} (Ctrl+C stops)`);
  if (https && (process.platform === "win32" || process.platform === "darwin")) {
    console.log("正在旁加载到桌面版 Excel… / sideloading into desktop Excel…");
    spawn(
      "npx",
      [
        "--yes",
        "office-addin-debugging",
        "start",
        path.join("dist", "manifest.xml"),
        "desktop",
        "--app",
        "excel",
        "--no-debug",
      ],
      { cwd: root, stdio: "inherit", shell: process.platform === "win32" }
    );
  } else {
    console.log(
      [
        "本平台无法旁加载到桌面版 Excel。可以：",
        `  · 在浏览器中打开 ${page}，选择 .xlsx 工作簿使用（浏览器模式）；`,
        "  · 在 Excel 网页版中“插入 › 加载项 › 上传我的加载项”，选择 dist/manifest.xml。",
        "Desktop Excel cannot be sideloaded on this platform: open the page above in a browser, or upload dist/manifest.xml in Excel on the web.",
      ].join("\n")
    );
  }
  process.on("SIGINT", () => server.close(() => process.exit(0)));
})();
