// Launches Debian's Chromium through playwright-core (never a downloaded browser) and serves
// www/ on 127.0.0.1, for the real-browser tests.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";

export const artifacts = new URL("../artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });

/** Chromium, and a server for `root` (www/ by default). */
export async function start(root) {
  const server = await serve(0, root);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    browser,
    url,
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A page that records console errors and uncaught exceptions into `errors`. */
export async function newPage(browser, errors) {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return page;
}
