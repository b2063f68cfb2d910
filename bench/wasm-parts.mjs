// What the shipped wasm's gzip bytes are made of: its code and data sections, and inside the
// data the files the core embeds (model, lexicon lists, word clusters), each gzipped alone.
// twiggy (bench.sh) names code by crate but sees the data as one segment; this splits it.
//   node bench/wasm-parts.mjs [pkg/newsmark_core_bg.wasm]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";

const root = new URL("../", import.meta.url);
const wasm = readFileSync(process.argv[2] ?? new URL("pkg/newsmark_core_bg.wasm", root));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1).padStart(7);

const sections = new Map();
let at = 8; // after the magic number and version
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
};
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  sections.set(id, wasm.subarray(at, at + size));
  at += size;
}
const code = sections.get(10) ?? Buffer.alloc(0);
let rest = Buffer.from(sections.get(11) ?? []);

// The lexicon lists and the model's weights as embedded: coded by build.rs into the wasm build's
// newest OUT_DIR (the lists front-coded, the weights entropy-coded; the country aliases stay text).
const build = "target/wasm32-unknown-unknown/wasm/build/";
const outs = existsSync(new URL(build, root))
  ? readdirSync(new URL(build, root)).filter((d) => d.startsWith("newsmark-") && existsSync(new URL(`${build}${d}/out/`, root)))
  : [];
const out = outs.map((d) => `${build}${d}/out/`).sort((a, b) => statSync(new URL(b, root)).mtimeMs - statSync(new URL(a, root)).mtimeMs)[0];
const embedded = [[`${out}weights.rans`, "model weights (src/model/weights.bin, entropy-coded by build.rs)"], ["data/lexicon/word-clusters.bin", "word clusters"]];
const coded = out ? readdirSync(new URL(out, root)).filter((f) => f.endsWith(".fc")).map((f) => out + f) : [];
const lists = ["data/lexicon/country-aliases.txt", ...coded];
console.log(`| part | raw KB | gzip KB (alone) |\n|---|---|---|`);
console.log(`| whole module | ${kb(wasm.length)} | ${kb(gz(wasm))} |`);
console.log(`| code section | ${kb(code.length)} | ${kb(gz(code))} |`);
console.log(`| data section | ${kb(rest.length)} | ${kb(gz(rest))} |`);
const take = (file) => {
  const bytes = readFileSync(new URL(file, root));
  const i = rest.indexOf(bytes);
  if (i < 0) return null; // not embedded (or not verbatim)
  rest = Buffer.concat([rest.subarray(0, i), rest.subarray(i + bytes.length)]);
  return bytes;
};
for (const [file, name] of embedded) {
  const bytes = take(file);
  if (bytes) console.log(`| · ${name} | ${kb(bytes.length)} | ${kb(gz(bytes))} |`);
}
const found = lists.map(take).filter(Boolean);
const text = Buffer.concat(found);
console.log(`| · lexicon lists (${found.length}: front-coded by build.rs, and country-aliases.txt) | ${kb(text.length)} | ${kb(gz(text))} |`);
console.log(`| · other constants (strings, tables) | ${kb(rest.length)} | ${kb(gz(rest))} |`);
