// Browser figures for the page and the embed, in headless Debian Chromium (after make build and
// the test packages): paste → highlights time per sample and for 1 MB of text, the longest
// main-thread stall meanwhile, the bytes the page downloads (gzip), the package size (gzip) and
// the time annotate() takes on a 5,000-word article page. Prints figures; asserts nothing.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { start } from "../tests/browser/chromium.mjs";
import { samples } from "../tests/node/helpers.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = await start();

async function pasteTime(page, text) {
  await page.evaluate(async (t) => navigator.clipboard.writeText(t), text);
  await page.focus("#editor");
  await page.keyboard.press("Control+A");
  const since = await page.evaluate(() => {
    window.gaps = [];
    let last = performance.now();
    window.gapTimer = setInterval(() => {
      const now = performance.now();
      window.gaps.push(now - last);
      last = now;
    }, 5);
    window.pasteAt = performance.now();
    return Number(document.body.dataset.revision ?? 0);
  });
  await page.keyboard.press("Control+V");
  await page.waitForFunction((r) => Number(document.body.dataset.revision) > r && document.body.dataset.state === "ready", since, { timeout: 120_000, polling: "raf" });
  return page.evaluate(() => {
    clearInterval(window.gapTimer);
    return { ms: performance.now() - window.pasteAt, stall: Math.max(0, ...window.gaps) };
  });
}

// Page: bytes downloaded, paste → highlights.
{
  const context = await env.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.slice(0, -1) });
  const bodies = new Map();
  context.on("response", async (r) => {
    try {
      bodies.set(r.url(), await r.body());
    } catch {}
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  await pasteTime(page, "President Joe Biden spoke."); // loads the worker and its wasm
  await page.waitForTimeout(300);
  let raw = 0;
  let gz = 0;
  for (const body of bodies.values()) {
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  console.log(`page downloads: ${bodies.size} files, ${raw} bytes, ${gz} bytes gzip (before any sample is loaded)`);
  for (const { file, text } of samples()) {
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await pasteTime(page, text));
    console.log(`paste → highlights, ${file} (${text.length} chars): median ${median(runs.map((r) => r.ms)).toFixed(1)} ms over 7`);
  }
  const base = samples().map((s) => s.text).join("\n\n");
  const big = base.repeat(Math.ceil((1 << 20) / base.length)).slice(0, 1 << 20);
  for (let i = 0; i < 3; i++) {
    const r = await pasteTime(page, big);
    console.log(`paste → highlights, 1 MB: ${r.ms.toFixed(0)} ms; longest main-thread stall meanwhile ${r.stall.toFixed(0)} ms`);
  }
  // Typing into the middle: the longest gap between frames while results land, on a long
  // article (20 KB) and on 1 MB (where the browser's own editing is the limit).
  for (const [name, text] of [["20 KB", big.slice(0, 20_000)], ["1 MB", big]]) {
    await pasteTime(page, text);
    await page.evaluate(() => {
      const node = document.getElementById("editor").firstChild;
      getSelection().collapse(node, node.length >> 1);
      window.frames_ = [];
      const tick = (t) => {
        window.frames_.push(t);
        window.raf = requestAnimationFrame(tick);
      };
      window.raf = requestAnimationFrame(tick);
    });
    await page.keyboard.type("President Joe Biden said so on 7 December. ", { delay: 40 });
    await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const frames = await page.evaluate(() => {
      cancelAnimationFrame(window.raf);
      const gaps = window.frames_.slice(1).map((t, i) => t - window.frames_[i]);
      return { n: gaps.length, max: Math.max(...gaps), over50: gaps.filter((g) => g > 50).length };
    });
    console.log(`typing 44 characters into ${name} of text: longest frame gap ${frames.max.toFixed(0)} ms, ${frames.over50} of ${frames.n} frames over 50 ms`);
  }
  await context.close();
}

// Package size.
{
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = `${dir}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(new URL("../pkg", import.meta.url).pathname);
  const shipped = files.filter((f) => f.endsWith(".js") || f.endsWith(".wasm")); // not types, manifest, source maps
  const sum = (list, f) => list.reduce((n, p) => n + f(readFileSync(p)), 0);
  console.log(`package: ${files.length} files, ${sum(files, (b) => b.length)} bytes; runtime files (js + wasm) ${sum(shipped, (b) => gzipSync(b, { level: 9 }).length)} bytes gzip`);
}

// annotate() on a 5,000-word article page.
{
  const page = await env.browser.newPage();
  await page.goto(`${env.url}demo/`);
  const figures = await page.evaluate(async (base) => {
    const { init, annotate, textOf } = await import("/pkg/index.js");
    await init();
    const words = base.split(/\s+/);
    const article = document.createElement("article");
    for (let i = 0; i < 5000; i += 50) {
      const p = document.createElement("p");
      const chunk = words.slice(i % (words.length - 60), (i % (words.length - 60)) + 50);
      p.append(chunk.slice(0, 20).join(" ") + " ");
      const b = document.createElement("b");
      b.textContent = chunk.slice(20, 25).join(" ");
      p.append(b, " " + chunk.slice(25).join(" "));
      article.append(p);
    }
    document.body.replaceChildren(article);
    const count = textOf(article).split(/\s+/).filter(Boolean).length;
    const out = { words: count };
    for (const mode of ["marks", "highlight"]) {
      const times = [];
      let n = 0;
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const handle = annotate(article, { mode });
        document.body.offsetHeight; // include style and layout
        times.push(performance.now() - t0);
        n = handle.entities.length;
        handle.remove();
      }
      times.sort((a, b) => a - b);
      out[mode] = { ms: times[3], entities: n };
    }
    return out;
  }, samples().map((s) => s.text).join(" "));
  console.log(`annotate() on a ${figures.words}-word article page: marks ${figures.marks.ms.toFixed(1)} ms, highlight ${figures.highlight.ms.toFixed(1)} ms (median of 7, ${figures.marks.entities} entities, layout included)`);
  await page.close();
}
await env.stop();
