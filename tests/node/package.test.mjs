// The built package as npm would publish it: every file the shipped modules import or fetch is in
// package.json's "files", and every entry of "files" names something that was built. The build
// bundles js/ over hashed chunks (scripts/minify/minify.mjs), so a stale list would publish a
// package that cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { pkgUrl } from "./helpers.mjs";

const dir = new URL("./", pkgUrl);
const built = readdirSync(dir, { recursive: true });
const manifest = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
const pattern = (entry) => new RegExp(`^${entry.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
const published = (file) => file === "package.json" || manifest.files.some((entry) => pattern(entry).test(file));

test("package.json lists every file the shipped modules import, fetch or start", () => {
  const needed = new Set();
  for (const file of built.filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(new URL(file, dir), "utf8");
    for (const [, path] of source.matchAll(/(?:from\s*|import\s*\(?\s*|new URL\(\s*)["'`]\.\/([^"'`?$]+)/g)) needed.add(path);
  }
  assert.ok(needed.has("newsmark_core_bg.wasm") && needed.has("worker.js"), `the scan sees the wasm and the worker: ${[...needed]}`);
  for (const path of needed) {
    assert.ok(built.includes(path), `${path} is imported but was not built`);
    assert.ok(published(path), `${path} is imported but package.json's "files" leaves it out`);
  }
});

test("every entry of package.json's files and exports names a built file", () => {
  for (const entry of manifest.files) assert.ok(built.some((f) => pattern(entry).test(f)), `"files" lists ${entry}, which was not built`);
  const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
  for (const target of targets) assert.ok(built.includes(target.replace(/^\.\//, "")), `exports names ${target}`);
});
