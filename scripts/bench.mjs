// Measures MB/s of newsmark native (CLI in --jsonl mode, one process) and wasm under Node
// (median of 5 passes after a warm-up, with min and max) on the same corpus.
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../", import.meta.url);
const docs = [];
for (const f of readdirSync(new URL("www/samples/", root)).filter((f) => f.endsWith(".txt"))) {
  docs.push(readFileSync(new URL(`www/samples/${f}`, root), "utf8"));
}
const conll = new URL("../shared/data/conll2003/dev.jsonl", root);
if (existsSync(conll)) {
  for (const line of readFileSync(conll, "utf8").split("\n")) if (line.trim()) docs.push(JSON.parse(line).text);
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const passes = 5;
const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  const mbs = (t) => bytes / 1e6 / (t / 1e3);
  return { median: mbs(s[Math.floor(s.length / 2)]), min: mbs(s[s.length - 1]), max: mbs(s[0]) };
};
const row = (name, st) => console.log(`${name.padEnd(22)} ${st.median.toFixed(2).padStart(8)} MB/s  (min ${st.min.toFixed(2)}, max ${st.max.toFixed(2)})`);

console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB (samples${existsSync(conll) ? " + CoNLL-2003 dev" : ""})`);

const { init, Extractor } = await import(new URL("pkg/index.js", root));
let t0 = performance.now();
await init();
const extractor = new Extractor({});
extractor.extract(docs[0]);
console.log(`wasm/node first result: ${(performance.now() - t0).toFixed(1)} ms (load + instantiate + first call)`);
const wasmTimes = [];
for (let p = -1; p < passes; p++) {
  t0 = performance.now();
  for (const d of docs) extractor.extract(d);
  if (p >= 0) wasmTimes.push(performance.now() - t0);
}
row("newsmark wasm (node)", stats(wasmTimes));

const dir = mkdtempSync(join(tmpdir(), "newsmark-bench-"));
const input = join(dir, "corpus.jsonl");
writeFileSync(input, docs.map((text, id) => JSON.stringify({ id, text })).join("\n"));
const cli = new URL("target/release/newsmark", root).pathname;
const nativeTimes = [];
for (let p = -1; p < passes; p++) {
  t0 = performance.now();
  execFileSync(cli, ["--jsonl", input], { maxBuffer: 1 << 30 });
  if (p >= 0) nativeTimes.push(performance.now() - t0);
}
row("newsmark native (cli)", stats(nativeTimes));
const wasm = readFileSync(new URL("pkg/newsmark_core_bg.wasm", root));
const { gzipSync } = await import("node:zlib");
console.log(`wasm size: ${wasm.length} bytes raw, ${gzipSync(wasm, { level: 9 }).length} gzip`);
