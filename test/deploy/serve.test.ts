import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseStringPromise } from "xml2js";
import { repoFile } from "../helpers";

const { serve } = require("../../scripts/serve.js") as {
  serve: (o: { port: number }) => Promise<Server>;
};

/**
 * Excel on the web fetches the functions' metadata from its own origin: a server that does not allow
 * that origin leaves every PERF function unregistered. The development server, the IIS settings shipped
 * in dist/ and the nginx example all send the header.
 */
let server: Server;
let base: string;
beforeAll(async () => {
  server = await serve({ port: 0 });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
// fetch keeps its connections alive (5 s by default): closed here, or close() waits them out past the hook's timeout.
afterAll(
  () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    })
);

describe("serving the add-in", () => {
  it.each(["functions.json", "functions.en-US.json", "taskpane.html", "functions.js"])(
    "%s is served to any origin",
    async (file) => {
      const res = await fetch(`${base}/${file}`, {
        headers: { Origin: "https://excel.officeapps.live.com" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
  );

  it("answers a CORS preflight and a malformed path without falling over", async () => {
    const preflight = await fetch(`${base}/functions.json`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://excel.officeapps.live.com",
        "Access-Control-Request-Method": "GET",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${base}/functions.json`)).status).toBe(200);
  });

  it("ships IIS settings in dist/ that send the header and know the .json type", async () => {
    const config = await parseStringPromise(readFileSync(repoFile("dist", "web.config"), "utf8"), {
      strict: true,
    });
    const headers = config.configuration[
      "system.webServer"
    ][0].httpProtocol[0].customHeaders[0].add.map(
      (a: { $: { name: string; value: string } }) => a.$
    );
    expect(headers).toContainEqual({
      name: "Access-Control-Allow-Origin",
      value: "*",
    });
    const mime = config.configuration["system.webServer"][0].staticContent[0].mimeMap[0].$;
    expect(mime.fileExtension).toBe(".json");
  });

  it("has an nginx example that sends the header", () => {
    expect(readFileSync(repoFile("deploy", "nginx.conf"), "utf8")).toMatch(
      /add_header Access-Control-Allow-Origin "\*" always;/
    );
  });
});
