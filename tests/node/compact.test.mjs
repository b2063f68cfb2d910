// extractCompact / Extractor#extractCompact / the worker's extractCompact: the same entities,
// canonical entities and reference date as extract(), as typed-array columns and a table of
// distinct strings, on the samples, a long text and hostile text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark, pkgUrl, samples } from "./helpers.mjs";

const newsmark = await loadNewsmark();
const { extract, extractCompact, Extractor, CompactResult } = newsmark;

/** Holds `compact` to `doc` (extract()'s for `text`) through every way of reading it. */
function same(compact, doc, text) {
  assert.ok(compact instanceof CompactResult);
  assert.equal(compact.length, doc.entities.length);
  assert.deepEqual(compact.toDocument(), doc);
  assert.deepEqual([...compact], doc.entities);
  for (let i = 0; i < compact.length; i++) {
    const e = compact.entity(i);
    assert.equal(text.slice(e.start, e.end), e.text, JSON.stringify(e));
    assert.equal(compact.starts[i], doc.entities[i].start);
    assert.equal(compact.labelNames[compact.labels[i]], doc.entities[i].label);
    assert.equal(compact.entityIds[i], doc.entities[i].entity_id);
  }
  for (let c = 0; c < compact.canonicalCount; c++) assert.deepEqual(compact.canonical(c), doc.canonical[c]);
}

test("on every sample, the compact result is extract()'s document", () => {
  for (const { file, text, date } of samples()) {
    for (const options of [{ referenceDate: date }, undefined]) {
      const doc = extract(text, options);
      assert.ok(doc.entities.length > 10, file);
      same(extractCompact(text, options), doc, text);
    }
  }
});

test("values, TIMEX3 types, points_to, roles, confidences and user rules come through, absent ones absent", () => {
  const text =
    "Kremlin spokesperson Dmitry Peskov said on Tuesday that Acme Corp paid $4.5 billion for 400 km of road, " +
    "12% more than in the 1990s; three days later Peskov met Joe Biden at 8:45 a.m. Acme Corp agreed.";
  const options = { referenceDate: "2021-12-06", entries: [{ text: "Acme Corp", label: "ORG", id: "acme" }] };
  const doc = extract(text, options);
  const compact = extractCompact(text, options);
  same(compact, doc, text);
  const has = (key) => doc.entities.some((e) => e[key] !== undefined);
  for (const key of ["value", "timex_type", "points_to", "confidence"]) assert.ok(has(key), key);
  assert.ok(doc.entities.some((e) => e.value === undefined) && doc.entities.some((e) => e.confidence === undefined));
  assert.ok(doc.entities.some((e) => typeof e.value === "object") && doc.entities.some((e) => typeof e.value === "number"));
  assert.ok(doc.canonical.some((c) => c.role?.of) && doc.entities.some((e) => e.rule === "custom/entry:acme"));
  // The table holds distinct strings; an absent index reads undefined.
  assert.equal(new Set(compact.strings).size, compact.strings.length);
  const none = doc.entities.findIndex((e) => e.points_to === undefined);
  assert.equal(compact.pointsTo[none], 0xffffffff);
  assert.deepEqual([...new Set(compact.valueKinds)].sort(), [0, 1, 2, 3, 4]);
  // Objects made on demand are fresh: changing one leaves the result as it was.
  const money = compact.valueKinds.indexOf(3);
  compact.entity(money).value.amount = 0;
  assert.deepEqual(compact.toDocument(), doc);
});

test("hostile text: emoji, CRLF, right-to-left, control characters, lone surrogates, nothing", () => {
  const texts = [
    "",
    " \n\t ",
    "👨‍👩‍👧 Joe Biden 🇺🇸 met Xi Jinping on 7 December 2021 and paid €5 million.\r\nAngela Merkel\r\n\r\nspoke on Monday.",
    "قال جو بايدن Joe Biden in Geneva on 16 June 2021 שלום Vladimir Putin 12% \u202eEmmanuel Macron\u202c in Paris.",
    "\u0000Joe\u0000 Biden\u0007 met\u001b[31m Boris Johnson\u0000 on 3 March 2021\u0000; $5\u0000 billion.\u0085\u2028Paris\u2029",
    "Joe Biden \ud800 met Angela Merkel\udc00 in Berlin on 5 May 2021 \udbff\udfff and 3 km later.",
    "A\u0301ngela Me\u0308rkel and Zoë Ŝmith met 𝐉𝐨𝐞 Biden in Zürich on 1 Jan 2022 for ten minutes.",
  ];
  for (const text of texts) {
    const options = { referenceDate: "2021-12-06" };
    const doc = extract(text, options);
    assert.ok(doc.entities.length >= (text.trim() ? 4 : 0), text);
    same(extractCompact(text, options), doc, text);
  }
});

test("texts pieced together at random from names, dates, amounts and hostile characters", () => {
  const pieces = ["Joe Biden", " met ", "Angela Merkel", " in Geneva", " on 7 December 2021", " at 8:45 a.m.", " $5 billion",
    " 12%", " 400 km", " three days later", "President ", ", Kremlin spokesperson Dmitry Peskov", ".", "\r\n", "\n\n", "\t",
    "\u0000", "\u0007", "\u202e", "\u200d", "👨‍👩‍👧", "🇺🇸", "שלום", "مرحبا", "e\u0301", "Zoë", "ＡＢＣ", "'", "\"", "(", " "];
  let seed = 16;
  const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let t = 0; t < 200; t++) {
    const text = Array.from({ length: 1 + next(40) }, () => pieces[next(pieces.length)]).join("");
    const options = t % 2 ? { referenceDate: "2021-12-06" } : undefined;
    same(extractCompact(text, options), extract(text, options), text);
  }
});

test("a lone surrogate inside an entity: the compact text is the slice, where extract()'s has U+FFFD", () => {
  // The text crosses as UTF-8, where a lone surrogate becomes U+FFFD (one UTF-16 unit too, so the
  // offsets agree); extract() hands back the core's copy, the compact form slices the caller's.
  const text = "Joe\ud800 Biden met Angela Merkel on 5 May 2021.";
  const doc = extract(text);
  const compact = extractCompact(text);
  assert.equal(doc.entities[0].text, "Joe\ufffd Biden");
  assert.equal(compact.entity(0).text, "Joe\ud800 Biden");
  assert.deepEqual({ ...compact.entity(0), text: "Joe\ufffd Biden" }, doc.entities[0]);
  assert.deepEqual([...compact].slice(1), doc.entities.slice(1));
});

test("a long text over many segments, through an Extractor, with progress reported as extract() reports it", () => {
  const long = samples().map((s) => s.text).join("\n\n🙂 ").repeat(40); // 228 KB: 4 segments
  const extractor = new Extractor({ referenceDate: "2021-12-06", labels: ["PERSON", "DATE", "MONEY", "TITLE"] });
  const [plain, compact] = [[], []];
  const doc = extractor.extract(long, { onProgress: (f) => plain.push(f) });
  const result = extractor.extractCompact(long, { onProgress: (f) => compact.push(f) });
  assert.ok(result.length > 1000 && plain.length >= 4, `${result.length} entities, ${plain.length} reports`);
  assert.deepEqual(compact, plain);
  same(result, doc, long);
  extractor.free();
  const options = { minConfidence: 0.8 };
  same(extractCompact(long, options), extract(long, options), long);
});

test("bad input and options throw as extract() throws; onProgress's exception comes back as thrown", () => {
  assert.throws(() => extractCompact(42), { code: "NEWSMARK_INVALID_TEXT" });
  assert.throws(() => extractCompact("x", { labels: ["NOPE"] }), { code: "NEWSMARK_UNKNOWN_LABEL" });
  assert.throws(() => extractCompact("x", { referenceDate: "06/12/2021" }), { code: "NEWSMARK_INVALID_REFERENCE_DATE" });
  assert.throws(() => extractCompact("x", { onProgress: 3 }), { code: "NEWSMARK_INVALID_OPTIONS" });
  assert.throws(() => new Extractor().extractCompact("x", { labels: ["PERSON"] }), { code: "NEWSMARK_INVALID_OPTIONS" });
  const mine = new Error("mine");
  assert.throws(() => extractCompact("Joe Biden spoke.", { onProgress: () => { throw mine; } }), (e) => e === mine);
  assert.equal(extractCompact("Joe Biden spoke.").length, extract("Joe Biden spoke.").entities.length);
});

test("the worker's extractCompact gives the same result, its arrays transferred", async () => {
  // The worker's two sides joined in this thread (Node has no Web Worker), with structured clone
  // and transfer as between threads.
  let page = null;
  globalThis.self = { postMessage: (data, transfer) => page.onmessage({ data: structuredClone(data, { transfer }) }) };
  globalThis.Worker = class {
    constructor() {
      page = this;
    }
    postMessage(data) {
      const copy = structuredClone(data);
      queueMicrotask(() => globalThis.self.onmessage({ data: copy }));
    }
    terminate() {}
  };
  await import(new URL("worker.js", pkgUrl));
  const worker = newsmark.createWorker();
  const text = samples()[0].text;
  const fractions = [];
  const result = await worker.extractCompact(text, { referenceDate: "2021-12-06", onProgress: (f) => fractions.push(f) });
  same(result, extract(text, { referenceDate: "2021-12-06" }), text);
  assert.deepEqual(fractions, [1]);
  await assert.rejects(worker.extractCompact(text, { labels: ["NOPE"] }), { code: "NEWSMARK_UNKNOWN_LABEL" });
  worker.terminate();
});
