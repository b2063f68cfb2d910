// The benchmark: newsmark (wasm under Node, native CLI, wasm in headless Chromium) against its
// peers from npm, each engine in its own fresh process, one after the other in one run, over the
// same corpus. Prints one table; ratios matter more than absolute figures on a shared machine.
//
//   node bench/run.mjs [--passes N] [--no-scaling] [--no-browser] [--no-sizes] [--hostile-mb N]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { engines } from "./engines.mjs";

const root = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const passes = Number(args[args.indexOf("--passes") + 1]) || 5;
const tmp = mkdtempSync(join(tmpdir(), "newsmark-bench-"));
const path = (rel) => new URL(rel, root).pathname;

// --- corpus: the samples, and CoNLL-2003 dev documents when present (never copied anywhere) ---
const docs = readdirSync(path("www/samples/")).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(path(`www/samples/${f}`), "utf8"));
// $NEWSMARK_DATA (default ../shared/data beside the repository), as every data reader here.
const conll = [join(process.env.NEWSMARK_DATA ?? path("../shared/data"), "conll2003/dev.jsonl")]
  .find(existsSync);
const withConll = Boolean(conll);
if (withConll) for (const l of readFileSync(conll, "utf8").split("\n")) if (l.trim()) docs.push(JSON.parse(l).text);
// Without the data, the samples alone (7 KB) would time process start-up and clock ticks rather
// than extraction: they are repeated up to 0.3 MB (every engine gets the same documents).
const samples = docs.length;
while (!withConll && docs.reduce((n, d) => n + d.length, 0) < 3e5) docs.push(...docs.slice(0, samples));
const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const corpusTokens = docs.reduce((n, d) => n + (d.match(/\S+/g)?.length ?? 0), 0);
const corpusFile = join(tmp, "corpus.json");
writeFileSync(corpusFile, JSON.stringify(docs));
const jsonlFile = join(tmp, "corpus.jsonl");
writeFileSync(jsonlFile, docs.map((text, id) => JSON.stringify({ id, text })).join("\n") + "\n");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbs = (ms, bytes = corpusBytes) => bytes / 1e6 / (ms / 1e3);
const f = (x, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const log = (s) => console.error(`bench: ${s}`);

// --- throughput, first result and memory, one fresh process per engine ---
const rows = [];
function addRow(name, does, r) {
  const med = median(r.times);
  rows.push({
    name, does, mbs: mbs(med), min: mbs(Math.max(...r.times)), max: mbs(Math.min(...r.times)),
    ktoks: corpusTokens / 1e3 / (med / 1e3), cpuMbs: r.cpuTimes ? mbs(median(r.cpuTimes)) : NaN, first: r.firstResultMs, rssMB: r.maxRssKB / 1024, found: r.found,
  });
}
const baselineRss = JSON.parse(execFileSync("node", ["-e", "console.log(JSON.stringify(process.resourceUsage().maxRSS))"])) / 1024;
for (const [name, engine] of Object.entries(engines)) {
  log(`${name}…`);
  const out = execFileSync("node", [path("bench/engine.mjs"), name, "passes", corpusFile, String(passes)], { maxBuffer: 1 << 26 });
  addRow(name === "newsmark" ? "newsmark wasm (node)" : name, engine.does, JSON.parse(out));
}

// Native: the CLI over the corpus as JSON Lines, a fresh process per pass (start-up included).
const cli = path("target/release/newsmark");
const timeCmd = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
function runCli(cliArgs, { discard = false } = {}) {
  const options = { maxBuffer: 1 << 30, stdio: ["ignore", discard ? "ignore" : "pipe", "pipe"] };
  const t0 = performance.now();
  const r = timeCmd ? spawnSync(timeCmd, ["-f", "%M %U %S", cli, ...cliArgs], options) : spawnSync(cli, cliArgs, options);
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`newsmark CLI failed: ${r.stderr}`);
  const [rssKB, user, sys] = timeCmd ? r.stderr.toString().trim().split("\n").pop().split(" ").map(Number) : [NaN, NaN, NaN];
  // Under one 10 ms clock tick the CPU time says nothing.
  return { ms, rssKB, cpuMs: user + sys > 0 ? (user + sys) * 1e3 : NaN, out: r.stdout };
}
{
  log("newsmark native…");
  writeFileSync(join(tmp, "first.txt"), docs[0]);
  const first = runCli(["--compact", join(tmp, "first.txt")]).ms;
  const times = [];
  const cpuTimes = [];
  let last;
  for (let p = -1; p < passes; p++) {
    last = runCli(["--jsonl", jsonlFile]);
    if (p >= 0) times.push(last.ms), cpuTimes.push(last.cpuMs);
  }
  const found = last.out.toString().split("\n").filter(Boolean).reduce((n, l) => n + JSON.parse(l).entities.length, 0);
  addRow("newsmark native (cli)", "same as wasm; process start-up included", { times, cpuTimes, firstResultMs: first, maxRssKB: last.rssKB + baselineRss * 1024, found });
}

// Headless Chromium: a fresh browser context, the package loaded from the page's origin.
let browserRow = null;
if (!args.includes("--no-browser")) {
  try {
    browserRow = await chromium();
  } catch (e) {
    log(`skipping Chromium: ${e.message.split("\n")[0]}`);
  }
}
async function chromium() {
  log("newsmark in headless Chromium…");
  const { start } = await import(path("tests/browser/chromium.mjs")); // Debian's Chromium, www/ on 127.0.0.1
  const env = await start();
  const { browser, url } = env;
  try {
    const firsts = [];
    let result;
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}pkg/package.json`); // any same-origin document, nothing loaded
      firsts.push(await page.evaluate(async (doc) => {
        const t0 = performance.now();
        const newsmark = await import("/pkg/index.js");
        await newsmark.init();
        newsmark.extract(doc);
        return performance.now() - t0;
      }, docs[0]));
      if (i === 4) {
        result = await page.evaluate(({ docs, passes }) => import("/pkg/index.js").then((newsmark) => {
          const extractor = new newsmark.Extractor({});
          const times = [];
          let found = 0;
          for (let p = -1; p < passes; p++) {
            const t0 = performance.now();
            found = 0;
            for (const d of docs) found += extractor.extract(d).entities.length;
            if (p >= 0) times.push(performance.now() - t0);
          }
          return { times, found, heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : NaN };
        }), { docs, passes });
      }
      await context.close();
    }
    addRow("newsmark wasm (chromium)", "same; first result = download + compile + first call", { ...result, firstResultMs: median(firsts), maxRssKB: NaN });
  } finally {
    await env.stop();
  }
}

console.log(`\ncorpus: ${docs.length} documents, ${(corpusBytes / 1e6).toFixed(2)} MB, ${corpusTokens} tokens (${withConll ? "samples + CoNLL-2003 dev" : "the samples repeated: no CoNLL-2003 under $NEWSMARK_DATA"}); median of ${passes} passes after a warm-up, [min–max]`);
console.log(`CPU MB/s: over the process's user + system CPU time (10 ms clock ticks for the CLI), steadier on a busy machine`);
console.log(`memory: peak RSS of the process (node alone: ${f(baselineRss, 0)} MB)\n`);
console.log(`| engine | MB/s [min–max] | CPU MB/s | k tokens/s | first result | peak RSS | found | does |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const r of rows) {
  console.log(`| ${r.name} | ${f(r.mbs)} [${f(r.min)}–${f(r.max)}] | ${isNaN(r.cpuMbs) ? "–" : f(r.cpuMbs)} | ${f(r.ktoks, 0)} | ${f(r.first, 0)} ms | ${isNaN(r.rssMB) ? "–" : f(r.rssMB, 0) + " MB"} | ${r.found} | ${r.does} |`);
}
const wasm = rows.find((r) => r.name === "newsmark wasm (node)");
const native = rows.find((r) => r.name === "newsmark native (cli)");
console.log(`\nratios (newsmark's MB/s over the peer's, same run):`);
for (const r of rows.filter((r) => !r.name.startsWith("newsmark"))) {
  console.log(`  vs ${r.name.padEnd(17)} wasm ×${f(wasm.mbs / r.mbs)}  native ×${f(native.mbs / r.mbs)}  first result ×${f(r.first / wasm.first)} faster`);
}

// --- what a browser downloads ---
if (!args.includes("--no-sizes")) {
  console.log(`\nwhat a browser downloads (raw / gzip -9):`);
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const kb = (n) => `${(n / 1000).toFixed(0)} KB`; // KB = 1000 bytes, as docs/PERFORMANCE.md
  // index.js and the chunks it imports; not worker.js, embed.js, element.js (each under 1 KB over the
  // same chunks), recover.js (internal) or the spare copy of the glue (fetched after the first result).
  const chunks = readdirSync(path("pkg/")).filter((n) => n.startsWith("chunk-") && n.endsWith(".js"));
  const files = ["newsmark_core_bg.wasm", "index.js", ...chunks].filter((n) => existsSync(path(`pkg/${n}`)));
  const all = Buffer.concat(files.map((n) => readFileSync(path(`pkg/${n}`))));
  const wasmBytes = readFileSync(path("pkg/newsmark_core_bg.wasm"));
  console.log(`  newsmark           ${kb(all.length)} / ${kb(files.reduce((n, x) => n + gz(readFileSync(path(`pkg/${x}`))), 0))}  (wasm ${kb(wasmBytes.length)} / ${kb(gz(wasmBytes))})`);
  let esbuild = null;
  try {
    esbuild = (await import("node:module")).createRequire(path("bench/peers/package.json"))("esbuild");
  } catch {
    console.log("  (peers' bundle sizes need esbuild in bench/peers)");
  }
  for (const [name, engine] of Object.entries(engines)) {
    if (!esbuild || !engine.browser) continue;
    const entry = join(tmp, `${name}.mjs`);
    writeFileSync(entry, engine.browser);
    const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: "esm", platform: "browser", nodePaths: [path("bench/peers/node_modules")], logLevel: "silent" });
    const out = Buffer.from(r.outputFiles[0].contents);
    console.log(`  ${name.padEnd(18)} ${kb(out.length)} / ${kb(gz(out))}  (esbuild --bundle --minify)`);
  }
}

// --- scaling: one extraction of a 1 KB … 10 MB text cut from the corpus ---
if (!args.includes("--no-scaling")) {
  console.log(`\nscaling (one call on a text of the size; wasm under Node, and the native CLI):`);
  console.log(`| size | wasm ms | wasm MB/s | wasm peak RSS | native ms | native MB/s | native peak RSS |`);
  console.log(`|---|---|---|---|---|---|---|`);
  const all = docs.join("\n\n");
  for (const size of [1e3, 1e5, 1e6, 1e7]) {
    let text = all.repeat(Math.ceil(size / all.length)).slice(0, size);
    const file = join(tmp, `scale-${size}.txt`);
    writeFileSync(file, text);
    const bytes = statSync(file).size;
    const w = JSON.parse(execFileSync("node", [path("bench/engine.mjs"), "newsmark", "once", file]));
    const n = runCli(["--compact", file], { discard: true });
    console.log(`| ${kbOrMb(bytes)} | ${f(w.ms)} | ${f(mbs(w.ms, bytes))} | ${f(w.maxRssKB / 1024, 0)} MB | ${f(n.ms)} | ${f(mbs(n.ms, bytes))} | ${isNaN(n.rssKB) ? "–" : f(n.rssKB / 1024, 0) + " MB"} |`);
  }
}
// --- hostile inputs: time per MB on the worst shapes (the tests run smaller ones); 1 MB each
// unless --hostile-mb N (10 MB of each takes minutes on a busy machine) ---
const hostileMB = Number(args[args.indexOf("--hostile-mb") + 1]) || 1;
if (!args.includes("--no-scaling")) {
  console.log(`\nhostile inputs of ${hostileMB} MB (one call; wasm under Node, native CLI with output discarded):`);
  console.log(`| input | wasm ms/MB | wasm peak RSS | native ms/MB | native peak RSS | found |`);
  console.log(`|---|---|---|---|---|---|`);
  const shapes = {
    "no spaces (a…)": "a", "capitals (A…)": "A", "title words": "President ", "capitalised names": "Joe Biden Putin ",
    "date prefixes": "June 16, ", "ISO prefixes": "2021-12-", "punctuation": ".", "NUL and controls": "\0\x07\x1b",
    "CRLF": "\r\n", "emoji ZWJ": "👩🏽‍💻", "combining marks": "e\u0301\u0316", "RTL": "مرحبا שלום ",
  };
  for (const [name, unit] of Object.entries(shapes)) {
    const text = unit.repeat(Math.ceil((hostileMB * 1e6) / Buffer.byteLength(unit)));
    const file = join(tmp, "hostile.txt");
    writeFileSync(file, text);
    const mb = statSync(file).size / 1e6;
    const w = JSON.parse(execFileSync("node", [path("bench/engine.mjs"), "newsmark", "once", file]));
    const n = runCli(["--compact", file], { discard: true });
    console.log(`| ${name} | ${f(w.ms / mb)} | ${f(w.maxRssKB / 1024, 0)} MB | ${f(n.ms / mb)} | ${isNaN(n.rssKB) ? "–" : f(n.rssKB / 1024, 0) + " MB"} | ${w.found} |`);
  }
}
function kbOrMb(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(0)} MB` : `${(n / 1e3).toFixed(0)} KB`;
}
