import { chromium, type Browser, type Page } from "playwright-core";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";

const { serve } = require("../../scripts/serve.js") as {
  serve: (o: { port: number }) => Promise<Server>;
};

export const CHROMIUM = "/usr/bin/chromium";

/** Flags that keep Chromium from reaching for the network it does not have here. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  browser: Browser;
  server: Server;
  url: string;
  /** Requests to anywhere but this server (refused, and listed for the test to check). */
  external: string[];
  page(options?: { locale?: string; width?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** dist/ on a local port and a headless Chromium (Debian's) to open it. */
export async function openBrowser(): Promise<Session> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      "Chromium is needed for the browser tests: sudo apt-get install -y chromium（需要安装 Chromium）"
    );
  const server = await serve({ port: 0 });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const external: string[] = [];
  return {
    browser,
    server,
    url,
    external,
    async page({ locale = "zh-CN", width = 320 } = {}) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        locale,
        acceptDownloads: true,
      });
      await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
        external.push(route.request().url());
        return route.abort();
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
