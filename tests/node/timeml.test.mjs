// TimeML output from JavaScript: toTimeML is the CLI's writer (same bytes as
// `newsmark --format timeml` for every sample), the `timeml` option is accepted, and a document
// that does not fit the text is a readable error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadNewsmark, samples } from "./helpers.mjs";

const { extract, toTimeML } = await loadNewsmark();
const cli = fileURLToPath(new URL("../../target/release/newsmark", import.meta.url));

test("toTimeML writes TIMEX3 inline, escaped, with the creation time", () => {
  const text = "Talks <b>resumed</b> on 7 December 2021 & lasted three hours.\r\nNUL\0.";
  const doc = extract(text, { referenceDate: "2021-12-06", timeml: true });
  assert.equal(doc.entities.find((e) => e.text === "three hours")?.timex_type, "DURATION");
  const xml = toTimeML(text, doc);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TimeML /);
  assert.match(xml, /<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-06" [^>]*functionInDocument="CREATION_TIME">2021-12-06<\/TIMEX3><\/DCT>/);
  assert.ok(xml.includes('&lt;b&gt;resumed&lt;/b&gt; on <TIMEX3 tid="t1" type="DATE" value="2021-12-07">7 December 2021</TIMEX3> &amp;'), xml);
  assert.ok(xml.includes('<TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.&#13;\nNUL\uFFFD.'), xml);
});

test("toTimeML gives the same bytes as newsmark --format timeml", { skip: !existsSync(cli) && "no release CLI" }, () => {
  for (const { file, text, date } of samples()) {
    const run = spawnSync(cli, ["--format", "timeml", "--reference-date", date], { input: text });
    assert.equal(run.status, 0, run.stderr.toString());
    assert.equal(toTimeML(text, extract(text, { referenceDate: date })), run.stdout.toString(), file);
  }
});

test("a document of another text, or no document, is an error that says so", () => {
  const doc = extract("On 7 December 2021 it rained.");
  assert.throws(() => toTimeML("On 8 December 2021 it rained.", doc), /^Error: newsmark: the document does not match the text: entities\[0\] "7 December 2021" is not at bytes 3\.\.18/);
  assert.throws(() => toTimeML("x", { entities: 3 }), /newsmark: invalid document/);
  assert.throws(() => toTimeML("x", null), /newsmark: invalid document/);
  assert.throws(() => toTimeML(null, doc), /TypeError: newsmark: text must be a string, got null/);
  assert.throws(() => extract("x", { timeml: "yes" }), /newsmark: invalid options/);
});
