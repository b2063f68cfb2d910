// Every error has a stable `code`: each one the API can raise under Node is raised here and its
// code checked, and the list in errors.js is the one README.md and index.d.ts document and the
// only one the sources (JavaScript and src/wasm.rs) use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { loadNewsmark, pkgUrl } from "./helpers.mjs";
import { errorCodes } from "./declarations.mjs";

const newsmark = await loadNewsmark();
const { CODES } = await import(new URL("../../js/errors.js", import.meta.url)); // the source: pkg/ bundles it
const root = new URL("../../", import.meta.url);

/** Asserts `run` throws a `Kind` with `code`, whose message starts with "newsmark:". */
function throwsCode(run, code, Kind = Error, what = code) {
  assert.throws(run, (e) => {
    assert.equal(e.code, code, `${what}: ${e.message}`);
    assert.ok(e instanceof Kind && e.constructor === Kind, `${what}: a ${Kind.name}, got ${e.constructor.name}`);
    assert.match(e.message, /^newsmark: /);
    return true;
  }, what);
}

test("option errors from the wasm carry their code, from extract and from new Extractor", () => {
  const cases = [
    [{ refDate: "2021-12-06" }, "NEWSMARK_INVALID_OPTIONS"],
    [{ labels: "PERSON" }, "NEWSMARK_INVALID_OPTIONS"],
    [{ dayFirst: "yes" }, "NEWSMARK_INVALID_OPTIONS"],
    [{ entries: [{ text: "x", label: "ORG", colour: "red" }] }, "NEWSMARK_INVALID_OPTIONS"],
    ["PERSON", "NEWSMARK_INVALID_OPTIONS"],
    [{ labels: ["PEOPLE"] }, "NEWSMARK_UNKNOWN_LABEL"],
    [{ entries: [{ text: "x", label: "PEOPLE" }] }, "NEWSMARK_UNKNOWN_LABEL"],
    [{ patterns: [{ pattern: "x", label: "people" }] }, "NEWSMARK_UNKNOWN_LABEL"],
    [{ referenceDate: "06/12/2021" }, "NEWSMARK_INVALID_REFERENCE_DATE"],
    [{ entries: [{ text: " ", label: "ORG" }] }, "NEWSMARK_INVALID_ENTRY"],
    [{ patterns: [{ pattern: "(", label: "ORG" }] }, "NEWSMARK_INVALID_PATTERN"],
    [{ minConfidence: 1.5 }, "NEWSMARK_INVALID_OPTIONS"],
    [{ minConfidence: -0.1 }, "NEWSMARK_INVALID_OPTIONS"],
    [{ minConfidence: NaN }, "NEWSMARK_INVALID_OPTIONS"],
    [{ minConfidence: "0.5" }, "NEWSMARK_INVALID_OPTIONS"],
  ];
  for (const [options, code] of cases) {
    throwsCode(() => newsmark.extract("Acme", options), code, Error, `extract ${JSON.stringify(options)}`);
    throwsCode(() => new newsmark.Extractor(options), code, Error, `Extractor ${JSON.stringify(options)}`);
  }
});

test("an unknown label names where it is", () => {
  assert.throws(() => newsmark.extract("x", { labels: ["DATE", "PEOPLE"] }), /invalid options: labels\[1\]: unknown label "PEOPLE"/);
  assert.throws(() => newsmark.extract("x", { entries: [{ text: "x", label: "PEOPLE" }] }), /entries\[0\]\.label: unknown label "PEOPLE"/);
});

test("errors raised in JavaScript carry their code", async () => {
  throwsCode(() => newsmark.extract(42), "NEWSMARK_INVALID_TEXT", TypeError);
  throwsCode(() => new newsmark.Extractor().extract(null), "NEWSMARK_INVALID_TEXT", TypeError);
  throwsCode(() => newsmark.extract("x", { onProgress: 1 }), "NEWSMARK_INVALID_OPTIONS");
  throwsCode(() => new newsmark.Extractor().extract("x", { referenceDate: "2021-12-06" }), "NEWSMARK_INVALID_OPTIONS", Error, "call options besides onProgress");
  // A fresh process has not called init() (the bundled package keeps its state in a shared chunk,
  // so a second copy of index.js in this process would share this one's).
  const script = `
    const fresh = await import(${JSON.stringify(pkgUrl.href)});
    const code = (run) => { try { run(); return "none"; } catch (e) { return e.code; } };
    const codes = [code(() => fresh.extract("x")), code(() => new fresh.Extractor()), code(() => fresh.labels())];
    const failed = async (source) => fresh.init(source).then(() => "none", (e) => [e.code, e.cause?.constructor.name].join(" "));
    codes.push(await failed(new Uint8Array([0, 97, 115, 109])), await failed(new URL("missing.wasm", ${JSON.stringify(pkgUrl.href)})));
    console.log(JSON.stringify(codes));`;
  const codes = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script]).toString());
  assert.deepEqual(codes.slice(0, 3), Array(3).fill("NEWSMARK_NOT_INITIALISED"), "extract, new Extractor, labels before init");
  assert.equal(codes[3], "NEWSMARK_LOAD_FAILED CompileError", "bad bytes: the compile error is the cause");
  assert.match(codes[4], /^NEWSMARK_LOAD_FAILED/, "a missing file");
});

test("errors.js lists exactly the codes README.md and index.d.ts document", () => {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  const documented = [...readme.matchAll(/^\| `(NEWSMARK_[A-Z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(documented, [...CODES], "README's table of codes, in errors.js's order");
  assert.deepEqual(errorCodes(), [...CODES], "index.d.ts ErrorCode, in errors.js's order");
  const dts = readFileSync(new URL("index.d.ts", pkgUrl), "utf8");
  for (const code of CODES) assert.match(dts, new RegExp(`- \`${code}\`: `), `index.d.ts says when ${code} happens`);
});

test("the sources raise no code that errors.js does not list", () => {
  const files = (dir) => readdirSync(new URL(dir, root), { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `${dir}${f}`);
  const used = new Set();
  for (const file of [...files("js/"), "src/wasm.rs", ...files("www/page/")]) {
    for (const [code] of readFileSync(new URL(file, root), "utf8").matchAll(/NEWSMARK_[A-Z_]+/g)) used.add(code);
  }
  assert.deepEqual([...used].filter((c) => !CODES.includes(c)), []);
  assert.ok(used.has("NEWSMARK_UNKNOWN_LABEL") && used.has("NEWSMARK_INTERNAL"), "the scan sees the sources");
});
