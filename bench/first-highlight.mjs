// First result in a fresh headless Chromium, split into its parts: each run is a new browser
// context (empty cache), the server on 127.0.0.1. Three views of the same path:
//   package  import index.js, init(), extract() on a blank same-origin page: download, compile,
//            instantiate + init, a first call on two words (what any first call pays once: the
//            model and lexicons loaded, the engine compiling hot functions), then the sample twice;
//   embed    the demo news page with the one-line embed: navigation to the marks painted;
//   page     the page: navigation to ready, then a pasted sample to its highlights painted, at
//            once (the worker still loading) and once the worker has warmed up, split by the
//            performance marks the page and the worker leave.
// Also the bytes each downloads (gzip -9), by part. Prints figures; asserts nothing.
//   node bench/first-highlight.mjs [--runs N] [--against DIR] [--views LIST]   (after make build and the test packages)
// --views: some of package,streaming,embed,page,warm (all by default).
// --latency MS [--throughput BYTES_PER_S]: every request of the page (and its worker) delayed by
// the DevTools network emulation, as over a real network (localhost has no round trips to save).
// --against DIR: another build's www/ (with its pkg/), served beside this one's; each view's runs
// alternate between the two, so both meet the same load (the machine's load moves the figures).
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { start } from "../tests/browser/chromium.mjs";
import { serve } from "../scripts/serve.mjs";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const against = option("--against");
const only = option("--views")?.split(",");
const latency = Number(option("--latency") ?? 0);
const throughput = Number(option("--throughput") ?? 20e6);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sample = readFileSync(new URL("../www/samples/white-house-video-call-2021-12-05.txt", import.meta.url), "utf8");

/** Which part of the download a URL is. */
function part(url) {
  const path = new URL(url).pathname;
  if (path.endsWith(".wasm")) return "wasm";
  if (path.endsWith("newsmark_core.js")) return "glue";
  if (path.endsWith(".js")) return path.startsWith("/pkg/") ? "package JS" : "page JS";
  if (path.endsWith(".css")) return "CSS";
  if (path.endsWith(".html") || path.endsWith("/")) return "HTML";
  return "other";
}

/** Opens a fresh context, records every response body, runs `fn(page)`. */
async function fresh(env, fn) {
  const context = await env.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.slice(0, -1) });
  // The bodies are read once the run is over: reading them as they arrive sends each one (the
  // wasm's 700 KB too) over the DevTools protocol while the start-up being timed runs.
  const responses = [];
  context.on("response", (r) => responses.push(r));
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: throughput, uploadThroughput: throughput });
  }
  try {
    const figures = await fn(page);
    const bodies = new Map();
    await Promise.all(responses.map((r) => r.body().then((b) => bodies.set(r.url(), b), () => {})));
    return { figures, bodies };
  } finally {
    await context.close();
  }
}

function bytesByPart(bodies) {
  const parts = {};
  for (const [url, body] of bodies) {
    const p = (parts[part(url)] ??= { files: 0, raw: 0, gzip: 0 });
    p.files++;
    p.raw += body.length;
    p.gzip += gzipSync(body, { level: 9 }).length;
  }
  return parts;
}

async function packageRun(env) {
  return fresh(env, async (page) => {
    await page.goto(`${env.url}pkg/package.json`); // a same-origin document that loads nothing
    return page.evaluate(async (doc) => {
      const t0 = performance.now();
      const bytes = await (await fetch("/pkg/newsmark_core_bg.wasm")).arrayBuffer();
      const t1 = performance.now();
      const module = await WebAssembly.compile(bytes);
      const t2 = performance.now();
      const newsmark = await import("/pkg/index.js");
      const t2b = performance.now();
      await newsmark.init(module);
      const t3 = performance.now();
      newsmark.extract("Joe Biden");
      const t4 = performance.now();
      newsmark.extract(doc);
      const t5 = performance.now();
      newsmark.extract(doc);
      const t6 = performance.now();
      return {
        download: t1 - t0, compile: t2 - t1, "import the JS": t2b - t2, "instantiate + init()": t3 - t2b,
        "first call, on 2 words (the core's lazy set-up)": t4 - t3, "then the sample": t5 - t4, "the sample again": t6 - t5, total: t5 - t0,
      };
    }, sample);
  });
}

/** The real path as a user's code takes it: import, init() (streaming compile), extract. */
async function packageStreaming(env) {
  return fresh(env, async (page) => {
    await page.goto(`${env.url}pkg/package.json`);
    return page.evaluate(async (doc) => {
      const t0 = performance.now();
      const newsmark = await import("/pkg/index.js");
      await newsmark.init();
      const t1 = performance.now();
      newsmark.extract(doc);
      return { "import + init()": t1 - t0, "first call": performance.now() - t1, total: performance.now() - t0 };
    }, sample);
  });
}

async function embedRun(env) {
  return fresh(env, async (page) => {
    await page.addInitScript(() => {
      window.painted = new Promise((ok) =>
        new MutationObserver((_, observer) => {
          if (!document.querySelector("mark")) return;
          observer.disconnect();
          window.marksAt = performance.now();
          requestAnimationFrame(() => setTimeout(() => ok((window.paintedAt = performance.now()))));
        }).observe(document, { childList: true, subtree: true }),
      );
    });
    await page.goto(`${env.url}demo/`);
    await page.evaluate(() => window.painted);
    return page.evaluate(() => {
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
      const nav = performance.getEntriesByType("navigation")[0];
      return { "HTML + scripts": wasm.startTime, "wasm download": wasm.responseEnd - wasm.startTime, "compile + init + annotate": window.marksAt - wasm.responseEnd, paint: window.paintedAt - window.marksAt, total: window.paintedAt, domContentLoaded: nav.domContentLoadedEventEnd };
    });
  });
}

/**
 * When the wasm was fetched, and the marks the page and its worker leave (js/worker-jobs.js:
 * "newsmark:init", "newsmark:ready"; www/page/start-worker.js: "page:worker"; www/page/main.js:
 * "page:ready", "page:sent", "page:result", "page:highlights"), in the page's time (ms from its navigation). A worker has its own time
 * origin (its creation), so its times are moved onto the page's.
 */
async function marks(page) {
  const origin = await page.evaluate(() => performance.timeOrigin);
  const at = {};
  const read = () => ({
    origin: performance.timeOrigin,
    marks: performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]),
    wasm: performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).map((r) => [r.startTime, r.responseEnd]),
  });
  for (const [i, context] of [page, ...page.workers()].entries()) {
    const got = await context.evaluate(read);
    for (const [name, t] of got.marks) at[name] = got.origin + t - origin;
    const where = i === 0 ? "page" : "worker";
    if (i > 0) at["worker:created"] = got.origin - origin;
    for (const [start, end] of got.wasm) [at[`${where}:wasm requested`], at[`${where}:wasm received`]] = [got.origin + start - origin, got.origin + end - origin];
  }
  return at;
}

/**
 * In the page, before its scripts: marks the paste ("bench:paste") and the frame after the
 * highlights were set ("bench:painted": a task after the next animation frame, i.e. after it was
 * produced), so both are timed inside the page, not across the DevTools protocol.
 */
function markPaint() {
  document.addEventListener("paste", () => performance.mark("bench:paste"), true);
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === "page:highlights") requestAnimationFrame(() => setTimeout(() => mark("bench:painted")));
    return mark(name, ...rest);
  };
}

/** Pastes the sample into the page's editor; resolves when the whole result is shown. */
async function pasteAndPaint(page) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), sample);
  await page.evaluate(() => document.getElementById("editor").focus());
  await page.keyboard.press("Control+V");
  // Waits for the revision with an observer, not by polling each frame (which would add work to
  // the frames it measures).
  const panels = await page.evaluate(() => new Promise((ok) => {
    const done = () => Number(document.body.dataset.revision) > 0;
    if (done()) return ok(performance.now());
    const observer = new MutationObserver(() => done() && (observer.disconnect(), ok(performance.now())));
    observer.observe(document.body, { attributes: true, attributeFilter: ["data-revision"] });
  }));
  const at = await marks(page);
  return { pasted: at["bench:paste"], painted: at["bench:painted"], panels, at };
}

/**
 * Resolves once the page says it is ready. Not with playwright's waitForSelector or focus: its
 * selector engine is a script injected into the page on first use, whose parse and run (about
 * 45 ms here) would take the CPU from the very start-up being timed.
 */
function pageReady(page) {
  return page.evaluate(() => new Promise((ok) => {
    const done = () => document.body?.dataset.ready === "true";
    if (done()) return ok();
    const observer = new MutationObserver(() => done() && (observer.disconnect(), ok()));
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  }));
}

async function pageRun(env) {
  return fresh(env, async (page) => {
    await page.addInitScript(markPaint);
    await page.goto(env.url);
    await pageReady(page);
    const { pasted, painted, panels, at } = await pasteAndPaint(page);
    const ready = at["page:ready"];
    return {
      "navigation → ready (page:ready)": ready,
      "worker: asked for (page:worker)": at["page:worker"],
      "worker: created": at["worker:created"],
      "worker: wasm requested": at["worker:wasm requested"],
      "worker: wasm received": at["worker:wasm received"],
      "worker: wasm instantiated (newsmark:init)": at["newsmark:init"],
      "worker: warmed up (newsmark:ready)": at["newsmark:ready"],
      "paste (as soon as the bench can, after ready)": pasted,
      "paste → highlights painted (cold worker)": painted - pasted,
      "paste → panels filled (revision)": panels - pasted,
      "navigation → highlights painted": painted,
    };
  });
}

/** The paste once the worker has warmed up: what a user who pastes a second later waits. */
async function pageWarmRun(env) {
  return fresh(env, async (page) => {
    await page.addInitScript(markPaint);
    await page.goto(env.url);
    await pageReady(page);
    const worker = page.workers()[0] ?? (await page.waitForEvent("worker"));
    for (let i = 0; i < 1200; i++) {
      if (await worker.evaluate(() => performance.getEntriesByName("newsmark:ready").length)) break;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    const { pasted, painted, panels, at } = await pasteAndPaint(page);
    return {
      "worker: warmed up (newsmark:ready), from navigation": at["newsmark:ready"],
      "paste → job sent": at["page:sent"] - pasted,
      "job sent → result back (extract in the worker + message)": at["page:result"] - at["page:sent"],
      "result → highlights set": at["page:highlights"] - at["page:result"],
      "highlights set → painted": painted - at["page:highlights"],
      "paste → highlights painted (warm worker)": painted - pasted,
      "paste → panels filled (revision)": panels - pasted,
    };
  });
}

function report(title, results) {
  console.log(`\n${title} (median of ${results.length} fresh contexts, ms):`);
  for (const key of Object.keys(results[0].figures)) {
    const xs = results.map((r) => r.figures[key]).filter(Number.isFinite);
    if (!xs.length) continue; // a mark this build does not leave
    console.log(`  ${key.padEnd(42)} ${median(xs).toFixed(1).padStart(7)}  [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
  }
  const parts = bytesByPart(results[0].bodies);
  let raw = 0;
  let gzip = 0;
  const list = Object.entries(parts).map(([name, p]) => {
    raw += p.raw;
    gzip += p.gzip;
    return `${name} ${(p.gzip / 1000).toFixed(1)}`;
  });
  console.log(`  downloads: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(0)} KB raw) = ${list.join(" + ")}`);
}

const env = await start();
const builds = [["", env]];
if (against) {
  // The same browser, another server.
  const server = await serve(0, against);
  builds.push([`${against}: `, { browser: env.browser, url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((ok) => server.close(ok)) }]);
}
try {
  const views = [
    ["package", "package: fetch, compile, init, extract one sample, each apart", packageRun],
    ["streaming", "package: import + init() (streaming compile) + extract", packageStreaming],
    ["embed", "embed: demo page, navigation → marks painted", embedRun],
    ["page", "page: navigation → ready, then paste a sample → highlights painted", pageRun],
    ["warm", "page: the worker warmed up, then paste a sample → highlights painted", pageWarmRun],
  ];
  for (const [, title, run] of views.filter(([key]) => !only || only.includes(key))) {
    const results = builds.map(() => []);
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...builds.keys()].reverse() : [...builds.keys()]; // neither always first
      for (const b of order) results[b].push(await run(builds[b][1]));
    }
    for (const [b, [name]] of builds.entries()) report(`${name}${title}`, results[b]);
  }
} finally {
  for (const [, build] of builds.slice(1)) await build.stop();
  await env.stop();
}
