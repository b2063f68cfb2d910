// Sums twiggy's per-item sizes by crate (code) and by section (data), leaving out what
// wasm-bindgen and wasm-opt strip before shipping (names, wasm-bindgen's metadata and describe
// functions), so the list shows what the shipped wasm is made of.
//   twiggy top -n 100000 --format csv X.wasm | node bench/wasm-by-crate.mjs
import { readFileSync } from "node:fs";

const rows = readFileSync(0, "utf8").trim().split("\n").slice(1);
const sizes = new Map();
let total = 0;
for (const row of rows) {
  const m = row.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (!m) continue;
  const name = m[1].replace(/^"|"$/g, "").replace(/""/g, '"');
  const bytes = Number(m[2]);
  if (/function names|__wasm_bindgen_unstable|__wbindgen_describe|producers|target_features|^custom section/.test(name)) continue;
  // "<regex_syntax::…>::f", "core[hash]::num::…", "<str as core::fmt::Debug>::fmt" → the first
  // crate named in the path; "<str>::to_lowercase" and friends are core's
  const crate = name.startsWith("data segment") ? name
    : (name.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1]?.replace(/^(str|char|T)$/, "core") ?? "(unnamed: tables, types, glue)");
  sizes.set(crate, (sizes.get(crate) ?? 0) + bytes);
  total += bytes;
}
console.log(`| contributor | bytes | share |\n|---|---|---|`);
for (const [crate, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`| ${crate} | ${bytes} | ${((100 * bytes) / total).toFixed(1)}% |`);
}
console.log(`| total (before wasm-bindgen/wasm-opt) | ${total} | |`);
