// The text crosses into the wasm as UTF-8 written by TextEncoder into a buffer of its exact size
// (src/wasm.rs `Utf8Text`, js/index.js `utf8In`): offsets stay UTF-16 whatever the characters,
// the wasm's memory grows by the text's bytes, not 3 bytes per character, and bytes that are not
// UTF-8 are refused with a clear error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark } from "./helpers.mjs";

const newsmark = await loadNewsmark();
// Internal, not among the package's exports: the live glue, to reach the boundary itself.
const recover = await import(new URL("../../pkg/recover.js", import.meta.url));
const wasmMemoryBytes = () => recover.memory().buffer.byteLength;

const SENTENCE = "President Joe Biden met Emmanuel Macron in Paris on 7 December 2021 and pledged $4.5 billion.";
const found = (doc) => doc.entities.map((e) => `${e.label}:${e.text}`);

/** Every entity slices out of `text` by its UTF-16 offsets, and out of its UTF-8 bytes by its byte offsets. */
function offsetsHold(text, doc) {
  const bytes = Buffer.from(text, "utf8");
  for (const e of doc.entities) {
    assert.equal(text.slice(e.start, e.end), e.text, JSON.stringify(e));
    assert.equal(bytes.subarray(e.byte_start, e.byte_end).toString("utf8"), e.text, JSON.stringify(e));
  }
}

test("passing a 4 MB non-ASCII text grows the wasm's memory by its UTF-8 bytes, not 3 bytes per character", () => {
  newsmark.extract(SENTENCE); // the one-time set-up's own memory first
  const text = `${SENTENCE} Café “quoted”, 😀.\n`.repeat(40_000);
  const bytes = Buffer.byteLength(text);
  const before = wasmMemoryBytes();
  // Refused by the wasm after the text has crossed, before any extraction allocates.
  assert.throws(() => newsmark.extract(text, { referenceDate: "2021-13-40" }), { code: "NEWSMARK_INVALID_REFERENCE_DATE" });
  const grown = wasmMemoryBytes() - before;
  assert.ok(grown < bytes * 1.5, `memory grew ${grown} bytes for a text of ${bytes} bytes (${text.length} UTF-16 units)`);
});

test("offsets stay UTF-16 (and bytes UTF-8) after accents, CJK, emoji, CRLF, NUL and lone surrogates", () => {
  const expected = found(newsmark.extract(SENTENCE));
  assert.ok(expected.includes("PERSON:Joe Biden") && expected.includes("GPE:Paris"), expected.join(", "));
  const prefixes = ["", "Ünïcödé café — ", "日本語のテキスト。", "😀🙂 emoji first. ", "Line one.\r\n\r\n", "a\u0000b ", "lone \ud800 high, lone \udc00 low. ", "\ud83d"];
  for (const prefix of prefixes) {
    for (const text of [prefix + SENTENCE, `${prefix}${SENTENCE}\r\n${prefix}`]) {
      const doc = newsmark.extract(text);
      offsetsHold(text, doc);
      const shifted = doc.entities.filter((e) => e.start >= prefix.length && e.end <= prefix.length + SENTENCE.length);
      assert.deepEqual(found({ entities: shifted }), expected, JSON.stringify(prefix));
    }
  }
});

test("Extractor.extract, segments and toTimeML read the same text through the same boundary", () => {
  const text = `Überblick 😀\r\n${SENTENCE}\r\n`.repeat(3000); // several 64 KB segments
  const doc = newsmark.extract(text, { referenceDate: "2021-12-06" });
  offsetsHold(text, doc);
  const extractor = new newsmark.Extractor({ referenceDate: "2021-12-06" });
  assert.deepEqual(extractor.extract(text), doc);
  const fromSegments = [...extractor.segments(text)].flatMap((s) => s.entities);
  assert.deepEqual(fromSegments, doc.entities);
  extractor.free();
  const xml = newsmark.toTimeML(text.slice(0, 200), newsmark.extract(text.slice(0, 200)));
  assert.match(xml, /Überblick 😀/);
  assert.match(xml, /<TIMEX3 tid="t\d+" type="DATE" value="2021-12-07">7 December 2021<\/TIMEX3>/);
});

test("bytes that are not UTF-8 are refused at the boundary with NEWSMARK_INVALID_TEXT", () => {
  const c = recover.core();
  for (const [bytes, at] of [[[0x41, 0xff, 0x42], 1], [[0x61, 0x62, 0xe2, 0x82], 2], [[0xed, 0xa0, 0x80], 0]]) {
    const input = new c.Utf8Text(bytes.length);
    new Uint8Array(recover.memory().buffer, input.ptr(), bytes.length).set(bytes);
    const extractor = new c.Extractor(undefined);
    assert.throws(() => extractor.extractCompact(input, undefined, false), (e) => {
      assert.equal(e.code, "NEWSMARK_INVALID_TEXT");
      assert.match(e.message, new RegExp(`text is not valid UTF-8: bad byte at ${at}$`));
      return true;
    });
    extractor.free();
  }
  assert.deepEqual(found(newsmark.extract(SENTENCE)).length > 0, true, "still works after");
});
