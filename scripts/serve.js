/**
 * A small static server for dist/: the browser tests use it over http, `npm start` over https.
 * Every response allows any origin: Excel on the web fetches functions.json (and functions.en-US.json)
 * from its own origin, and without Access-Control-Allow-Origin the PERF functions never register.
 * Usage: node scripts/serve.js [--port 3000] [--dir dist] [--cert cert.pem --key key.pem]
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The headers the README asks an intranet server (IIS, nginx) to send; dist/web.config sets them on IIS. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
};

function serve({ dir = path.join(__dirname, "..", "dist"), port = 3000, cert, key } = {}) {
  const root = path.resolve(dir);
  const handler = (req, res) => {
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      res.end();
      return;
    }
    let url;
    try {
      url = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("bad request");
      return;
    }
    const file = path.join(root, url === "/" ? "taskpane.html" : url);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    fs.createReadStream(file).pipe(res);
  };
  const server = cert ? https.createServer({ cert, key }, handler) : http.createServer(handler);
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve, CORS };

if (require.main === module) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const cert = arg("cert");
  serve({
    dir: arg("dir"),
    port: Number(arg("port", 3000)),
    ...(cert && {
      cert: fs.readFileSync(cert),
      key: fs.readFileSync(arg("key")),
    }),
  }).then((server) =>
    console.log(
      `serving ${arg("dir", "dist")} at ${cert ? "https" : "http"}://localhost:${server.address().port}/taskpane.html`
    )
  );
}
