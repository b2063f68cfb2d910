// Where a one-call extraction's memory goes under Node (issue #16), one fresh process per mode:
//   node --expose-gc bench/memory.mjs [extract|segments|segments-kept|compact|compact-kept|compact-objects] [MB] [--warm]
// (`compact`: extractCompact(); `-kept`: the whole result still held when the peak is read;
// `compact-objects`: extractCompact(), then every object made at once with toDocument().)
// Text: the page's samples repeated to MB (default 10). Prints one line of JSON, sizes in MB:
// peak RSS, RSS after init, external memory (the wasm's) before the call, and after gc() with the result dropped: `external` (the wasm linear
// memory, which never shrinks, so it is the wasm's high-water mark) and the JS heap.
// NEWSMARK_PKG=dir measures another build of the package (a copy of an earlier pkg/, to compare).
// --warm: the call before the one measured reads 300 KB of the text, not one sentence, so V8's
// optimised code for the wasm (≈ 15–20 MB of RSS the first long call adds, whatever the text's
// size: docs/PERFORMANCE.md, "Peak memory, round 5") is in initRss, and the peak above it is the
// input's.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const warm = process.argv.includes("--warm");
const [mode = "extract", mb = "10"] = process.argv.slice(2).filter((a) => a !== "--warm");
const root = fileURLToPath(new URL("..", import.meta.url));
const newsmark = await import(`${process.env.NEWSMARK_PKG ?? `${root}pkg`}/index.js`);
await newsmark.init();
const dir = `${root}www/samples/`;
const all = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + f, "utf8")).join("\n\n");
const size = Number(mb) * 1e6;
const text = all.repeat(Math.ceil(size / all.length)).slice(0, size);
const first = warm ? text.slice(0, 300_000) : "President Joe Biden spoke on 7 December 2021.";
if (warm && mode.startsWith("compact")) newsmark.extractCompact(first);
else newsmark.extract(first);
globalThis.gc?.();
const MB = (bytes) => Math.round(bytes / 2 ** 20);
const initRss = MB(process.resourceUsage().maxRSS * 1024);
const externalBefore = MB(process.memoryUsage().external);

const t0 = performance.now();
let entities = 0;
let kept = null;
if (mode === "extract") {
  entities = newsmark.extract(text).entities.length;
} else if (mode.startsWith("compact")) {
  const result = newsmark.extractCompact(text);
  entities = result.length;
  if (mode === "compact-kept") kept = result;
  if (mode === "compact-objects") kept = result.toDocument().entities;
} else {
  kept = [];
  for (const segment of newsmark.extractSegments(text)) {
    entities += segment.entities.length;
    if (mode === "segments-kept") kept.push(...segment.entities);
  }
}
const ms = Math.round(performance.now() - t0);
const peakRss = MB(process.resourceUsage().maxRSS * 1024);
globalThis.gc?.();
const m = process.memoryUsage();
const nonAscii = /[^\x00-\x7f]/.test(text);
console.log(JSON.stringify({ mode, mb: Number(mb), warm, nonAscii, ms, entities, initRss, externalBefore, peakRss, wasmAndExternal: MB(m.external), arrayBuffers: MB(m.arrayBuffers), jsHeap: MB(m.heapUsed), kept: kept?.length }));
