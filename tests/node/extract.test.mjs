// The wasm package under Node, through its public API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark, samples } from "./helpers.mjs";

const newsmark = await loadNewsmark();

function assertOffsets(text, doc) {
  for (const e of doc.entities) {
    assert.equal(text.slice(e.start, e.end), e.text, `offsets of ${JSON.stringify(e)}`);
    assert.equal(Buffer.from(text).subarray(e.byte_start, e.byte_end).toString(), e.text, "byte offsets");
  }
  for (let i = 1; i < doc.entities.length; i++) {
    assert.ok(doc.entities[i - 1].end <= doc.entities[i].start, "sorted and non-overlapping");
  }
}

for (const { file, text, date } of samples()) {
  test(`sample ${file}: titled people and explicit dates, with exact offsets`, () => {
    const doc = newsmark.extract(text, { referenceDate: date });
    assertOffsets(text, doc);
    const people = new Set(doc.entities.filter((e) => e.label === "PERSON").map((e) => e.text));
    assert.ok(people.has("Narendra Modi"), [...people].join(", "));
    assert.ok(people.has("Dmitry Peskov"), [...people].join(", "));
    const dates = doc.entities.filter((e) => e.label === "DATE");
    assert.ok(dates.length >= 2);
    // Resolved against the article's date; "a few years ago" has no date, only TimeML's PAST_REF.
    for (const d of dates) assert.match(d.value, /^(2021-\d\d(-\d\d)?|PAST_REF)$/, `${d.text} → ${d.value}`);
    assert.deepEqual(doc.reference_date, { date, source: "options" });
    for (const e of doc.entities) assert.ok(doc.canonical[e.entity_id].mentions.includes(doc.entities.indexOf(e)));
  });
}

test("a relative year resolves against the reference date, and stays unresolved without one", () => {
  const text = "They spoke on December 7.";
  assert.equal(newsmark.extract(text, { referenceDate: "2021-12-06" }).entities[0].value, "2021-12-07");
  assert.equal(newsmark.extract(text).entities[0].value, "XXXX-12-07");
});

test("offsets are UTF-16 even after emoji, combining marks, CRLF and right-to-left text", () => {
  const text = "👩🏽‍💻 e\u0301 \r\nשלום مرحبا President Joe Biden met on 16 June 2021 🇺🇸";
  const doc = newsmark.extract(text);
  assertOffsets(text, doc);
  assert.deepEqual(doc.entities.map((e) => e.text), ["President", "Joe Biden", "16 June 2021"]);
});

test("lone surrogates from JavaScript strings keep offsets aligned", () => {
  const text = "\uD800 President Joe Biden \uDC00 on 7 December 2021";
  const doc = newsmark.extract(text);
  assert.deepEqual(doc.entities.map((e) => text.slice(e.start, e.end)), ["President", "Joe Biden", "7 December 2021"]);
});

test("labels option filters, Extractor reuses options", () => {
  const text = "President Joe Biden spoke on 7 December 2021.";
  assert.deepEqual(newsmark.extract(text, { labels: ["DATE"] }).entities.map((e) => e.label), ["DATE"]);
  const extractor = new newsmark.Extractor({ referenceDate: "2021-12-06", labels: ["PERSON"] });
  assert.deepEqual(extractor.extract(text).entities.map((e) => e.text), ["Joe Biden"]);
  extractor.free();
  assert.ok(newsmark.labels().includes("TITLE"));
});

test("bad input is a clear Error, and the module keeps working", () => {
  assert.throws(() => newsmark.extract("x", { referenceDate: "06/12/2021" }), /newsmark: invalid reference date "06\/12\/2021"/);
  assert.throws(() => newsmark.extract("x", { labels: ["PEOPLE"] }), /newsmark: invalid options: .*PEOPLE/);
  assert.throws(() => newsmark.extract("x", { refDate: "2021-12-06" }), /newsmark: invalid options: unknown field `refDate`/);
  assert.throws(() => newsmark.extract(42), { name: "TypeError", message: /text must be a string, got number/ });
  assert.throws(() => new newsmark.Extractor({ referenceDate: "2021-02-30" }), /invalid reference date/);
  assert.equal(newsmark.extract("", {}).entities.length, 0);
  assert.equal(newsmark.extract("President Joe Biden").entities.length, 2);
});

test("dayFirst settles numeric dates that read both ways; unknown options still fail", () => {
  const value = (options) => newsmark.extract("Filed 12/06/2021.", options).entities[0].value;
  assert.equal(value({ dayFirst: true }), "2021-06-12");
  assert.equal(value({ dayFirst: false }), "2021-12-06");
  assert.equal(value({}), "2021-12-06");
  assert.throws(() => newsmark.extract("x", { dayfirst: true }), /unknown field `dayfirst`/);
});

test("names carry a confidence in [0, 1], rules none; minConfidence drops the unsure ones; salience in [0, 1]", () => {
  const text = "Putin to meet Biden\n\nPresident Joe Biden will call Vladimir Putin on Tuesday, the Kremlin said. Xqzv Plorbin of Wuxqa watched.";
  const doc = newsmark.extract(text);
  const scored = doc.entities.filter((e) => "confidence" in e);
  assert.ok(scored.length >= 3, JSON.stringify(doc.entities));
  for (const e of scored) assert.ok(e.confidence >= 0 && e.confidence <= 1, JSON.stringify(e));
  for (const e of doc.entities.filter((e) => ["DATE", "TITLE"].includes(e.label))) assert.equal(e.confidence, undefined);
  for (const c of doc.canonical) assert.ok(c.salience >= 0 && c.salience <= 1, JSON.stringify(c));
  const byName = (name) => doc.canonical.find((c) => c.name.includes(name));
  assert.ok(byName("Putin").salience > byName("Kremlin").salience);
  const kept = newsmark.extract(text, { minConfidence: 1 });
  assert.ok(kept.entities.every((e) => !("confidence" in e)));
  assert.equal(kept.entities.length, doc.entities.length - scored.length);
  assert.deepEqual(newsmark.extract(text, { min_confidence: 0 }), doc);
  assert.match(newsmark.describe(scored[0], doc), / %$/);
});
