// extractSegments / Extractor#segments: the same entities as one extract() call, a segment at a
// time, with offsets into the whole text; canonical entities and the reference date up front.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark, samples } from "./helpers.mjs";

const newsmark = await loadNewsmark();
const { extract, extractSegments, Extractor } = newsmark;

// Several segments of 64 KB, with text outside the BMP so UTF-16 and byte offsets differ.
const long = samples().map((s) => s.text).join("\n\n🙂 ").repeat(8);

function collect(segments, text) {
  const entities = [];
  let at = 0;
  let bytes = 0;
  for (const segment of segments) {
    assert.equal(segment.start, at, "segments are contiguous");
    assert.equal(segment.byte_start, bytes);
    at = segment.end;
    bytes = segment.byte_end;
    for (const e of segment.entities) {
      assert.equal(text.slice(e.start, e.end), e.text, JSON.stringify(e));
      assert.ok(e.start >= segment.start && e.start < segment.end, "starts in its segment");
    }
    entities.push(...segment.entities);
  }
  assert.equal(at, text.length, "the segments cover the text");
  assert.equal(bytes, Buffer.byteLength(text));
  return entities;
}

test("the segments' entities are extract()'s, with the same canonical entities", () => {
  const options = { referenceDate: "2021-12-06" };
  const whole = extract(long, options);
  const segments = extractSegments(long, options);
  assert.deepEqual(segments.canonical, whole.canonical);
  assert.deepEqual(segments.reference_date, whole.reference_date);
  const entities = collect(segments, long);
  assert.ok(entities.length > 1000);
  assert.deepEqual(entities, whole.entities);
});

test("an Extractor hands out segments with its options, and short texts are one segment", () => {
  const extractor = new Extractor({ labels: ["PERSON"] });
  const text = "Joe Biden met Vladimir Putin on 7 December 2021.";
  const segments = [...extractor.segments(text)];
  assert.equal(segments.length, 1);
  assert.deepEqual(segments[0].entities, extractor.extract(text).entities);
  assert.deepEqual([...extractor.segments("")].map((s) => s.entities), [[]]);
  assert.deepEqual(collect(extractor.segments(long), long), extractor.extract(long).entities);
  extractor.free();
});

test("a stream is read once, and bad options or input throw at the call", () => {
  const segments = extractSegments("Joe Biden spoke.");
  assert.equal([...segments].length, 1);
  assert.deepEqual([...segments], []);
  assert.throws(() => extractSegments("x", { labels: ["NOPE"] }), { code: "NEWSMARK_UNKNOWN_LABEL" });
  assert.throws(() => extractSegments(42), { code: "NEWSMARK_INVALID_TEXT" });
});
