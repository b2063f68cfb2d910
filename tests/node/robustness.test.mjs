// Robustness of the JavaScript API: size limit, recovery after a panic inside the wasm, and a host
// page whose built-ins were altered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark } from "./helpers.mjs";

const newsmark = await loadNewsmark();
// Internal, not part of the package's exports: the recovery wrapper and the live glue, to make a
// panic happen inside the wasm the way a bug would.
const recover = await import(new URL("../../pkg/recover.js", import.meta.url));
const PLAIN = "President Joe Biden spoke on 7 December 2021.";
const summary = (doc) => doc.entities.map((e) => `${e.label}:${e.text}:${e.start}-${e.end}:${e.value ?? ""}`);

test("text above the size limit is a clear RangeError (NEWSMARK_INPUT_TOO_LARGE), before any copy into the wasm", () => {
  const limit = 64 * 1024 * 1024;
  const big = "a".repeat(limit + 1);
  assert.throws(() => newsmark.extract(big), { name: "RangeError", code: "NEWSMARK_INPUT_TOO_LARGE", message: /newsmark: text of 67108865 characters is larger than the limit of 67108864 bytes/ });
  assert.throws(() => new newsmark.Extractor({}).extract(big), RangeError);
  // Within the character count but above the limit once encoded (3 UTF-8 bytes per "€").
  const wide = "€".repeat(limit / 2);
  assert.throws(() => newsmark.extract(wide), { name: "RangeError", message: /newsmark: text of 33554432 characters is larger than the limit of 67108864 bytes \(UTF-8\)/ });
  assert.throws(() => newsmark.extract("\uD83D\uDE00".repeat(limit / 4 + 1)), RangeError, "4 bytes per surrogate pair");
  assert.deepEqual(summary(newsmark.extract(PLAIN)), summary(newsmark.extract(PLAIN)), "still works after");
});

test("a panic inside the wasm is an Error with its message, and the next calls work", async () => {
  const before = summary(newsmark.extract(PLAIN));
  const extractor = new newsmark.Extractor({ labels: ["PERSON"] });
  assert.deepEqual(extractor.extract(PLAIN).entities.map((e) => e.text), ["Joe Biden"]);
  for (let round = 1; round <= 3; round++) {
    await recover.spareLoaded();
    const generation = recover.coreGeneration();
    assert.throws(
      () => recover.guarded(() => recover.core().__panicForTests(`boom ${round}`)),
      (e) => e instanceof Error && e.code === "NEWSMARK_INTERNAL" && /^newsmark: internal error: .*boom \d.*\(the module was restarted\)$/s.test(e.message),
    );
    assert.equal(recover.coreGeneration(), generation + 1);
    assert.deepEqual(summary(newsmark.extract(PLAIN)), before, `extract after panic ${round}`);
    assert.deepEqual(extractor.extract(PLAIN).entities.map((e) => e.text), ["Joe Biden"], "an Extractor made before keeps working");
    assert.ok(newsmark.labels().includes("PERSON"));
  }
  extractor.free();
});

test("a host that altered built-ins gets the same result", () => {
  const text = `${PLAIN} Prime Minister Narendra Modi met on June 16, 2021.`;
  const expected = summary(newsmark.extract(text, { referenceDate: "2021-12-06", labels: ["PERSON", "DATE", "TITLE"] }));
  const added = [
    [Array.prototype, "evil"], [Object.prototype, "evil"], [Array.prototype, "map"], [Array.prototype, "push"],
    [String.prototype, "slice"], [JSON, "parse"], [JSON, "stringify"], [Object, "keys"],
  ];
  const saved = added.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);
  try {
    Object.defineProperty(Array.prototype, "evil", { value: () => "evil", enumerable: true, configurable: true, writable: true });
    Object.defineProperty(Object.prototype, "evil", { value: "evil", enumerable: true, configurable: true, writable: true });
    Array.prototype.map = function () { throw new Error("host's map"); };
    Array.prototype.push = function () { throw new Error("host's push"); };
    String.prototype.slice = function () { return "host's slice"; };
    JSON.parse = () => ({ hijacked: true });
    JSON.stringify = () => "hijacked";
    const doc = newsmark.extract(text, { referenceDate: "2021-12-06", labels: ["PERSON", "DATE", "TITLE"] });
    const got = [];
    for (let i = 0; i < doc.entities.length; i++) {
      const e = doc.entities[i];
      got[got.length] = `${e.label}:${e.text}:${e.start}-${e.end}:${e.value ?? ""}`;
    }
    assert.equal(got.join("|"), expected.join("|"));
    assert.equal(new newsmark.Extractor({ labels: ["DATE"] }).extract(text).entities.length, 2);
  } finally {
    for (const [o, k, d] of saved) d ? Object.defineProperty(o, k, d) : delete o[k];
  }
});

test("the package adds no globals and never evaluates strings as code", async () => {
  const { execFileSync } = await import("node:child_process");
  const { readFileSync, readdirSync } = await import("node:fs");
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const newsmark = await import(${JSON.stringify(new URL("../../pkg/index.js", import.meta.url).href)});
    await newsmark.init();
    newsmark.extract("President Joe Biden spoke on 7 December 2021.");
    console.log(JSON.stringify(Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k))));`;
  const added = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script]).toString());
  assert.deepEqual(added, []);
  const pkg = new URL("../../pkg/", import.meta.url);
  for (const file of readdirSync(pkg).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(new URL(file, pkg), "utf8");
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/, file);
  }
});
