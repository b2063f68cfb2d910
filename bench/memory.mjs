// Where a one-call extraction's memory goes under Node (issue #16), one fresh process per mode:
//   node --expose-gc bench/memory.mjs [extract|segments|segments-kept|compact|compact-kept|compact-objects] [MB] [--warm] [--news] [--save FILE]
// (`compact`: extractCompact(); `-kept`: the whole result still held when the peak is read;
// `compact-objects`: extractCompact(), then every object made at once with toDocument().)
// Text: the page's samples repeated to MB (default 10); with --news, news articles instead, each
// once (CoNLL-2003 train+dev, then OntoNotes train's newswire, magazine, broadcast news and web
// text, from $NEWSMARK_DATA, default ../shared/data; repeated only past their 9.9 MB): the
// samples' few thousand distinct words keep the tagger's per-word caches small, news does not.
// --save FILE writes the text (UTF-8) for the native CLI (`/usr/bin/time -v target/release/newsmark
// FILE`). Prints one line of JSON, sizes in MB: peak RSS, RSS after init, external memory (the
// wasm's) before the call, and after gc() with the result dropped: `external` (the wasm linear
// memory, which never shrinks, so it is the wasm's high-water mark) and the JS heap; `wasmMiB`,
// the linear memory's own size in MiB (to the 64 KB page, unlike RSS the same in every run).
// NEWSMARK_PKG=dir measures another build of the package (a copy of an earlier pkg/, to compare).
// --warm: the call before the one measured reads 300 KB of the text, not one sentence, so V8's
// optimised code for the wasm (≈ 15–20 MB of RSS the first long call adds, whatever the text's
// size: docs/PERFORMANCE.md, "Peak memory, round 5") is in initRss, and the peak above it is the
// input's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const flags = ["--warm", "--news"];
const warm = process.argv.includes("--warm");
const news = process.argv.includes("--news");
const saveAt = process.argv.indexOf("--save");
const save = saveAt > 0 ? process.argv[saveAt + 1] : undefined;
const [mode = "extract", mb = "10"] = process.argv.slice(2).filter((a, i, all) => !flags.includes(a) && a !== "--save" && all[i - 1] !== "--save");
const root = fileURLToPath(new URL("..", import.meta.url));
const size = Number(mb) * 1e6;
const data = process.env.NEWSMARK_DATA ?? `${root}../shared/data`;
const jsonl = (file, keep = () => true) =>
  readFileSync(`${data}/${file}`, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)).filter(keep).map((d) => d.text);
const newsText = () =>
  [
    ...jsonl("conll2003/train.jsonl"),
    ...jsonl("conll2003/dev.jsonl"),
    ...["nw", "mz", "bn", "wb"].flatMap((genre) => jsonl("ontonotes/train.jsonl", (d) => d.genre === genre)),
  ].join("\n\n");
const toSize = (all) => all.repeat(Math.ceil(size / all.length)).slice(0, size);
if (mode === "make-news") {
  // A child's job (below): reading the corpora's JSON takes more memory than the measured call.
  writeFileSync(save, toSize(newsText()));
  process.exit(0);
}
let text;
if (news) {
  const file = save ?? join(mkdtempSync(join(tmpdir(), "newsmark-")), "news.txt");
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "make-news", mb, "--save", file], { stdio: "inherit" });
  text = readFileSync(file, "utf8");
} else {
  const dir = `${root}www/samples/`;
  text = toSize(readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + f, "utf8")).join("\n\n"));
  if (save) writeFileSync(save, text);
}
const pkg = process.env.NEWSMARK_PKG ?? `${root}pkg`;
const newsmark = await import(`${pkg}/index.js`);
const { memory } = await import(`${pkg}/recover.js`);
await newsmark.init();
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
const wasmMiB = Math.round((memory().buffer.byteLength / 2 ** 20) * 100) / 100;
console.log(JSON.stringify({ mode, mb: Number(mb), warm, news, nonAscii, wasmMiB, ms, entities, initRss, externalBefore, peakRss, wasmAndExternal: MB(m.external), arrayBuffers: MB(m.arrayBuffers), jsHeap: MB(m.heapUsed), kept: kept?.length }));
