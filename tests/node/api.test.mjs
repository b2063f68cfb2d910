// The package's public API under Node: custom entries and patterns, option and input errors,
// the offset contract with user entries, and the declared types matching what is exported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadNewsmark, pkgUrl, samples } from "./helpers.mjs";

const newsmark = await loadNewsmark();
const { extract, Extractor } = newsmark;

function assertOffsets(text, doc) {
  for (const e of doc.entities) assert.equal(text.slice(e.start, e.end), e.text, JSON.stringify(e));
  for (let i = 1; i < doc.entities.length; i++) assert.ok(doc.entities[i - 1].end <= doc.entities[i].start, "sorted, no overlap");
}

test("custom entries match case-folded whole words, with their id in the rule", () => {
  const text = "ACME Corp sued Acmeville Ltd; acme corp. denied it.";
  const doc = extract(text, { entries: [{ text: "Acme Corp", label: "ORG", id: "acme" }] });
  assertOffsets(text, doc);
  const found = doc.entities.filter((e) => e.rule.startsWith("custom/"));
  assert.deepEqual(found.map((e) => [e.text, e.label, e.rule]), [
    ["ACME Corp", "ORG", "custom/entry:acme"],
    ["acme corp", "ORG", "custom/entry:acme"],
  ]);
});

test("custom entries win overlaps with the built-in rules, whatever their length", () => {
  const text = "US President Joe Biden will call on 16 June 2021.";
  const builtin = extract(text);
  const biden = builtin.entities.find((e) => e.text.includes("Biden"));
  assert.ok(biden, "the core finds Biden without help");
  // A shorter user entry inside the built-in span takes it over.
  const doc = extract(text, { entries: [{ text: "Biden", label: "ORG" }] });
  assertOffsets(text, doc);
  const overlapping = doc.entities.filter((e) => e.start < biden.end && biden.start < e.end);
  assert.deepEqual(overlapping.map((e) => [e.text, e.label, e.rule]), [["Biden", "ORG", "custom/entry"]]);
  // Entities elsewhere are untouched.
  const date = builtin.entities.find((e) => e.label === "DATE");
  assert.ok(doc.entities.some((e) => e.start === date.start && e.label === "DATE"));
});

test("custom patterns find regex matches; entries win ties; labels filter both", () => {
  const text = "Tickets INC-2041 and INC-7 were filed; see INC-2041.";
  const options = {
    patterns: [{ pattern: String.raw`\bINC-\d+\b`, label: "PRODUCT", id: "ticket" }],
    entries: [{ text: "INC-7", label: "CARDINAL" }],
  };
  const doc = extract(text, options);
  assertOffsets(text, doc);
  assert.deepEqual(doc.entities.filter((e) => e.rule.startsWith("custom/")).map((e) => [e.text, e.label, e.rule]), [
    ["INC-2041", "PRODUCT", "custom/pattern:ticket"],
    ["INC-7", "CARDINAL", "custom/entry"],
    ["INC-2041", "PRODUCT", "custom/pattern:ticket"],
  ]);
  const onlyProducts = extract(text, { ...options, labels: ["PRODUCT"] });
  assert.ok(onlyProducts.entities.every((e) => e.label === "PRODUCT"));
  // The CARDINAL entry is filtered out, so it no longer hides the pattern's match.
  assert.deepEqual(onlyProducts.entities.filter((e) => e.rule.startsWith("custom/")).map((e) => e.text), ["INC-2041", "INC-7", "INC-2041"]);
});

test("an Extractor keeps its entries and patterns across calls", () => {
  const extractor = new Extractor({ entries: [{ text: "Kremlin", label: "ORG", id: "kremlin" }] });
  for (const { text } of samples()) {
    const doc = extractor.extract(text);
    assertOffsets(text, doc);
    const kremlin = doc.entities.filter((e) => e.rule === "custom/entry:kremlin");
    assert.equal(kremlin.length, (text.match(/\bKremlin\b/gi) ?? []).length);
  }
  extractor.free();
});

test("offsets hold for user entries after emoji, combining marks, CRLF and right-to-left text", () => {
  const text = "👩🏽‍💻 café\r\nשלום Zürich مرحبا ZÜRICH 🇺🇸 e\u0301cole İstanbul";
  const doc = extract(text, {
    entries: [
      { text: "zürich", label: "GPE" },
      { text: "שלום", label: "CARDINAL" },
      { text: "e\u0301cole", label: "ORG" },
      { text: "istanbul", label: "GPE" },
    ],
    patterns: [{ pattern: "مرحبا", label: "EVENT" }],
  });
  assertOffsets(text, doc);
  // "İstanbul" folds to "i̇stanbul" (with a combining dot), so "istanbul" rightly misses it.
  const custom = doc.entities.filter((e) => e.rule.startsWith("custom/"));
  assert.deepEqual(custom.map((e) => e.text), ["שלום", "Zürich", "مرحبا", "ZÜRICH", "e\u0301cole"]);
});

test("bad options are Errors that name the problem", () => {
  const cases = [
    [{ patterns: [{ pattern: "(unclosed", label: "ORG" }] }, /newsmark: invalid pattern patterns\[0\] "\(unclosed"/],
    [{ patterns: [{ pattern: "a{1000}{1000}", label: "ORG" }] }, /patterns\[0\].*(size|limit)/i],
    [{ entries: [{ text: "", label: "ORG" }] }, /newsmark: invalid custom entry: entries\[0\] has an empty text/],
    [{ entries: [{ text: "x", label: "PEOPLE" }] }, /newsmark: invalid options: .*PEOPLE/],
    [{ entries: [{ text: "x", label: "ORG", colour: "red" }] }, /newsmark: invalid options: .*colour/],
    [{ entries: "Acme" }, /newsmark: invalid options/],
    [{ pattern: [] }, /newsmark: invalid options: unknown field `pattern`/],
    [{ referenceDate: "06/12/2021" }, /newsmark: invalid reference date "06\/12\/2021"/],
  ];
  for (const [options, message] of cases) {
    for (const run of [() => extract("Acme", options), () => new Extractor(options)]) {
      assert.throws(run, (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && message.test(e.message), JSON.stringify(options));
    }
  }
  assert.throws(() => extract(42), (e) => e instanceof TypeError && /text must be a string, got number/.test(e.message));
});

test("the module keeps working after errors (no trap poisons it)", () => {
  for (let i = 0; i < 3; i++) assert.throws(() => extract("x", { patterns: [{ pattern: "[", label: "ORG" }] }));
  assert.ok(extract("President Joe Biden spoke.").entities.length > 0);
});

test("every runtime export is declared in index.d.ts", () => {
  const declarations = readFileSync(new URL("index.d.ts", pkgUrl), "utf8");
  for (const name of Object.keys(newsmark)) {
    assert.match(declarations, new RegExp(`export (declare )?(function|class|const) ${name}\\b`), `${name} has no declaration`);
  }
  const pkg = JSON.parse(readFileSync(new URL("package.json", pkgUrl), "utf8"));
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === "string" ? [target] : Object.values(target)) {
      assert.ok(readFileSync(new URL(file, pkgUrl)).length > 0, `${file} is in the package`);
    }
  }
});

test("descriptions give a person the role the core read from the title beside them", () => {
  const text = "Kremlin spokesperson Dmitry Peskov said the talks would go on. Peskov added nothing.";
  const doc = extract(text);
  const mentions = doc.entities.filter((e) => e.text.includes("Peskov"));
  assert.equal(mentions.length, 2, JSON.stringify(doc.entities));
  assert.equal(mentions[0].entity_id, mentions[1].entity_id, "one person");
  assert.equal(newsmark.roleText(doc.canonical[mentions[0].entity_id]), "spokesperson, Kremlin");
  for (const m of mentions) {
    assert.deepEqual(newsmark.details(m, doc).find(([name]) => name === "Role"), ["Role", "spokesperson, Kremlin"]);
    assert.match(newsmark.describe(m, doc), /spokesperson, Kremlin/);
  }
  const kremlin = doc.entities.find((e) => e.text === "Kremlin");
  assert.equal(newsmark.details(kremlin, doc).find(([name]) => name === "Role"), undefined, "only people have roles");
});

test("long texts report progress after each 64 KB, ending at 1, with the same result", () => {
  const text = "On 7 December 2021 Joe Biden spoke in Geneva.\n".repeat(6000); // 276 KB
  const fractions = [];
  const doc = extract(text, { referenceDate: "2021-12-06", onProgress: (f) => fractions.push(f) });
  assert.ok(fractions.length >= 4, `${fractions.length} reports`);
  assert.ok(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > fractions[i - 1])), JSON.stringify(fractions));
  assert.equal(fractions.at(-1), 1);
  assert.deepEqual(doc, extract(text, { referenceDate: "2021-12-06" }), "progress changes nothing");
  const byExtractor = [];
  new Extractor({}).extract(text, { onProgress: (f) => byExtractor.push(f) });
  assert.deepEqual(byExtractor, fractions);
});

test("a bad onProgress is a clear error, and an exception it throws reaches the caller", () => {
  assert.throws(() => extract("text", { onProgress: 42 }), /onProgress must be a function, got number/);
  assert.throws(() => new Extractor({}).extract("text", { onProgress: "x" }), /onProgress must be a function/);
  const mine = new RangeError("stop here");
  assert.throws(() => extract("Joe Biden", { onProgress: () => { throw mine; } }), (e) => e === mine, "the caller's own error, untouched");
  assert.equal(extract("Joe Biden").entities[0].text, "Joe Biden", "still usable after");
});
