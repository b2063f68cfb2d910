// The words of the errors a caller gets for bad options and a bad toTimeML document, not only
// their codes (errors.test.mjs): each case is what a caller may pass by mistake, with the whole
// message it must read. Options are checked the same from extract() and from new Extractor().
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark } from "./helpers.mjs";

const newsmark = await loadNewsmark();

const LABELS = "PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL, TITLE";
const VARIANTS = LABELS.split(", ").map((l) => `\`${l}\``).join(", ");

/** The error `run` throws, as [code, message]. */
function failure(run) {
  try {
    run();
  } catch (e) {
    return [e.code, e.message];
  }
  assert.fail("no error");
}

const invalid = (words) => ["NEWSMARK_INVALID_OPTIONS", `newsmark: invalid options: ${words}`];

/** [what, options, [code, message]]. */
const OPTION_CASES = [
  // The options themselves.
  ["a string", "PERSON", invalid('Error: invalid type: string "PERSON", expected struct Options')],
  ["a number", 42, invalid("Error: invalid type: floating point `42.0`, expected struct Options")],
  ["a boolean", true, invalid("Error: invalid type: boolean `true`, expected struct Options")],
  ["a function", function opts() {}, invalid("Error: invalid type: JsValue(Function(opts)), expected struct Options")],
  ["an unknown option", { refDate: "2021-12-06" }, invalid("unknown field `refDate` in options, expected one of referenceDate, labels, dayFirst, entries, patterns, timeml, minConfidence")],
  ["both names of one option", { referenceDate: "2021-12-06", reference_date: "2021-12-07" }, invalid("Error: duplicate field `reference_date`")],
  ["both names, the second bad", { referenceDate: "2021-12-06", reference_date: 5 }, invalid("Error: duplicate field `reference_date`")],
  ["both names, the first bad", { referenceDate: 5, reference_date: "2021-12-07" }, invalid("Error: invalid type: floating point `5.0`, expected a string")],
  ["two bad options: the first in declaration order", { dayFirst: "yes", referenceDate: 5 }, invalid("Error: invalid type: floating point `5.0`, expected a string")],
  // referenceDate
  ["referenceDate a number", { referenceDate: 20211206 }, invalid("Error: invalid type: floating point `20211206.0`, expected a string")],
  ["referenceDate a boolean", { referenceDate: true }, invalid("Error: invalid type: boolean `true`, expected a string")],
  ["referenceDate an object", { referenceDate: { year: 2021, month: "12" } }, invalid('Error: invalid type: JsValue(Object({"year":2021,"month":"12"})), expected a string')],
  ["referenceDate an array", { referenceDate: [2021, "12", {}] }, invalid('Error: invalid type: JsValue([2021, "12", Object({})]), expected a string')],
  ["referenceDate a Date", { referenceDate: new Date(0) }, invalid("Error: invalid type: JsValue(Date), expected a string")],
  ["referenceDate a BigInt", { referenceDate: 3n }, invalid("Error: invalid type: JsValue(3n), expected a string")],
  ["referenceDate a Symbol", { referenceDate: Symbol("day") }, invalid("Error: invalid type: JsValue(Symbol(day)), expected a string")],
  ["referenceDate bytes", { referenceDate: new Uint8Array(2) }, invalid("Error: invalid type: byte array, expected a string")],
  ["referenceDate not a date", { referenceDate: "06/12/2021" }, ["NEWSMARK_INVALID_REFERENCE_DATE", 'newsmark: invalid reference date "06/12/2021": expected an ISO 8601 date such as 2021-12-06']],
  ["referenceDate quoted as Rust does", { referenceDate: 'a"b\n\u00e9\u0001' }, ["NEWSMARK_INVALID_REFERENCE_DATE", 'newsmark: invalid reference date "a\\"b\\n\u00e9\\u{1}": expected an ISO 8601 date such as 2021-12-06']],
  // Numbers where a string is expected are written as Rust writes an f64, with serde's ".0".
  ["a fraction", { referenceDate: 1.5 }, invalid("Error: invalid type: floating point `1.5`, expected a string")],
  ["a negative whole number", { referenceDate: -3 }, invalid("Error: invalid type: floating point `-3.0`, expected a string")],
  ["minus zero", { referenceDate: -0 }, invalid("Error: invalid type: floating point `-0.0`, expected a string")],
  ["a float's shortest digits", { referenceDate: 0.1 + 0.2 }, invalid("Error: invalid type: floating point `0.30000000000000004`, expected a string")],
  ["a large number, no exponent", { referenceDate: 2.5e22 }, invalid("Error: invalid type: floating point `25000000000000000000000.0`, expected a string")],
  ["1e21, no exponent", { referenceDate: 1e21 }, invalid("Error: invalid type: floating point `1000000000000000000000.0`, expected a string")],
  ["a small number, no exponent", { referenceDate: 1.5e-7 }, invalid("Error: invalid type: floating point `0.00000015`, expected a string")],
  ["a negative small number", { referenceDate: -2e-9 }, invalid("Error: invalid type: floating point `-0.000000002`, expected a string")],
  ["the smallest number", { referenceDate: 5e-324 }, invalid(`Error: invalid type: floating point \`0.${"0".repeat(323)}5\`, expected a string`)],
  ["Infinity", { referenceDate: Infinity }, invalid("Error: invalid type: floating point `inf`, expected a string")],
  ["-Infinity", { referenceDate: -Infinity }, invalid("Error: invalid type: floating point `-inf`, expected a string")],
  ["NaN", { referenceDate: NaN }, invalid("Error: invalid type: floating point `NaN`, expected a string")],
  // labels
  ["labels a string", { labels: "PERSON" }, invalid('Error: invalid type: string "PERSON", expected a sequence')],
  ["labels a number", { labels: 3 }, invalid("Error: invalid type: floating point `3.0`, expected a sequence")],
  ["labels an object", { labels: {} }, invalid("Error: invalid type: JsValue(Object({})), expected a sequence")],
  ["labels holding a number", { labels: [3] }, invalid("Error: invalid type: floating point `3.0`, expected enum Label")],
  ["labels holding null", { labels: ["DATE", null] }, invalid("Error: invalid type: unit value, expected enum Label")],
  ["labels holding true", { labels: [true] }, invalid("Error: invalid type: boolean `true`, expected enum Label")],
  ["labels holding an object", { labels: [{}] }, invalid("Error: invalid type: JsValue(Object({})), expected enum Label")],
  ["labels holding a one-key object", { labels: [{ PERSON: null }] }, invalid('Error: invalid type: JsValue(Object({"PERSON":null})), expected enum Label')],
  ["labels holding an array", { labels: [["PERSON"]] }, invalid('Error: invalid type: JsValue(["PERSON"]), expected enum Label')],
  ["an unknown label", { labels: ["DATE", "PEOPLE"] }, ["NEWSMARK_UNKNOWN_LABEL", `newsmark: invalid options: labels[1]: unknown label "PEOPLE": expected one of ${LABELS}`]],
  ["an unknown label in a Set", { labels: new Set(["PEOPLE"]) }, invalid(`Error: unknown variant \`PEOPLE\`, expected one of ${VARIANTS}`)],
  // dayFirst, timeml, minConfidence
  ["dayFirst a string", { dayFirst: "yes" }, invalid('Error: invalid type: string "yes", expected a boolean')],
  ["dayFirst a number", { dayFirst: 1 }, invalid("Error: invalid type: floating point `1.0`, expected a boolean")],
  ["dayFirst an array", { dayFirst: [] }, invalid("Error: invalid type: JsValue([]), expected a boolean")],
  ["timeml a string", { timeml: "yes" }, invalid('Error: invalid type: string "yes", expected a boolean')],
  ["timeml zero", { timeml: 0 }, invalid("Error: invalid type: floating point `0.0`, expected a boolean")],
  ["minConfidence a string", { minConfidence: "0.5" }, invalid('Error: invalid type: string "0.5", expected f64')],
  ["minConfidence a boolean", { minConfidence: true }, invalid("Error: invalid type: boolean `true`, expected f64")],
  ["minConfidence above 1", { minConfidence: 1.5 }, ["NEWSMARK_INVALID_OPTIONS", "newsmark: invalid minimum confidence (above 1): expected a number from 0 to 1"]],
  ["minConfidence NaN", { minConfidence: NaN }, ["NEWSMARK_INVALID_OPTIONS", "newsmark: invalid minimum confidence (NaN): expected a number from 0 to 1"]],
  // entries
  ["entries a string", { entries: "Acme" }, invalid('Error: invalid type: string "Acme", expected a sequence')],
  ["entries an object", { entries: { text: "Acme", label: "ORG" } }, invalid('Error: invalid type: JsValue(Object({"text":"Acme","label":"ORG"})), expected a sequence')],
  ["an entry a string", { entries: ["Acme"] }, invalid('Error: invalid type: string "Acme", expected struct CustomEntry')],
  ["an entry null", { entries: [null] }, invalid("Error: invalid type: unit value, expected struct CustomEntry")],
  ["an entry without text", { entries: [{ label: "ORG" }] }, invalid("Error: missing field `text`")],
  ["an entry without label", { entries: [{ text: "Acme" }] }, invalid("Error: missing field `label`")],
  ["an empty entry", { entries: [{}] }, invalid("Error: missing field `text`")],
  ["an entry's text a number", { entries: [{ text: 5, label: "ORG" }] }, invalid("Error: invalid type: floating point `5.0`, expected a string")],
  ["an entry's text undefined", { entries: [{ text: undefined, label: "ORG" }] }, invalid("Error: invalid type: unit value, expected a string")],
  ["an entry's label a number", { entries: [{ text: "Acme", label: 5 }] }, invalid("Error: invalid type: floating point `5.0`, expected enum Label")],
  ["an entry's label null", { entries: [{ text: "Acme", label: null }] }, invalid("Error: invalid type: unit value, expected enum Label")],
  ["an entry's id a number", { entries: [{ text: "Acme", label: "ORG", id: 5 }] }, invalid("Error: invalid type: floating point `5.0`, expected a string")],
  ["a type error before a missing field", { entries: [{ label: 5 }] }, invalid("Error: invalid type: floating point `5.0`, expected enum Label")],
  ["the second entry bad", { entries: [{ text: "Acme", label: "ORG" }, { text: 1, label: "ORG" }] }, invalid("Error: invalid type: floating point `1.0`, expected a string")],
  ["an entry's unknown field", { entries: [{ text: "Acme", label: "ORG", colour: "red" }] }, invalid("unknown field `colour` in entries[0], expected one of text, label, id")],
  ["an entry's unknown label", { entries: [{ text: "Acme", label: "PEOPLE" }] }, ["NEWSMARK_UNKNOWN_LABEL", `newsmark: invalid options: entries[0].label: unknown label "PEOPLE": expected one of ${LABELS}`]],
  ["an entry of blanks", { entries: [{ text: " ", label: "ORG" }] }, ["NEWSMARK_INVALID_ENTRY", "newsmark: invalid custom entry: entries[0] has an empty text"]],
  // patterns
  ["patterns a string", { patterns: "x" }, invalid('Error: invalid type: string "x", expected a sequence')],
  ["a pattern true", { patterns: [true] }, invalid("Error: invalid type: boolean `true`, expected struct CustomPattern")],
  ["a pattern without pattern", { patterns: [{ label: "ORG" }] }, invalid("Error: missing field `pattern`")],
  ["a pattern a number", { patterns: [{ pattern: 1.5, label: "ORG" }] }, invalid("Error: invalid type: floating point `1.5`, expected a string")],
  ["a pattern's id a number", { patterns: [{ pattern: "x", label: "ORG", id: 3 }] }, invalid("Error: invalid type: floating point `3.0`, expected a string")],
  ["a pattern's unknown field", { patterns: [{ pattern: "x", label: "ORG", colour: 1 }] }, invalid("unknown field `colour` in patterns[0], expected one of pattern, label, id")],
  ["a pattern's unknown label", { patterns: [{ pattern: "x", label: "people" }] }, ["NEWSMARK_UNKNOWN_LABEL", `newsmark: invalid options: patterns[0].label: unknown label "people": expected one of ${LABELS}`]],
  ["a pattern that does not compile", { patterns: [{ pattern: "(", label: "ORG" }] }, ["NEWSMARK_INVALID_PATTERN", `newsmark: invalid pattern patterns[0] "(": found open group without closing ')'`]],
  ["a pattern too large", { patterns: [{ pattern: "a{1000}{1000}", label: "ORG" }] }, ["NEWSMARK_INVALID_PATTERN", 'newsmark: invalid pattern patterns[0] "a{1000}{1000}": compiled regex exceeded size limit']],
];

test("bad options: the words of each error, from extract and from new Extractor", () => {
  for (const [what, options, expected] of OPTION_CASES) {
    assert.deepEqual(failure(() => newsmark.extract("Acme met on Tuesday.", options)), expected, `extract: ${what}`);
    assert.deepEqual(failure(() => new newsmark.Extractor(options)), expected, `new Extractor: ${what}`);
  }
});

test("options in other shapes that are read as they were written", () => {
  const text = "Acme met Joe Biden on Tuesday.";
  const tuesday = (options) => newsmark.extract(text, options).entities.find((e) => e.text === "Tuesday")?.value;
  const resolved = tuesday({ referenceDate: "2021-12-06" });
  assert.match(resolved, /^2021-1[12]-\d\d$/);
  assert.equal(tuesday({ reference_date: "2021-12-06" }), resolved, "the snake_case name");
  assert.equal(tuesday(Object.create({ referenceDate: "2021-12-06" })), resolved, "an inherited option");
  assert.equal(tuesday(Object.assign(Object.create(null), { referenceDate: "2021-12-06" })), resolved, "no prototype");
  assert.equal(tuesday({ referenceDate: undefined, labels: null, dayFirst: null }), tuesday(undefined), "null and undefined are absent");
  const labels = (options) => newsmark.extract(text, options).entities.map((e) => e.label);
  assert.deepEqual(labels({ labels: new Set(["DATE"]) }), ["DATE"], "labels as any iterable");
  assert.deepEqual(labels({ labels: [] }), [], "no labels");
  const acme = newsmark.extract(text, { entries: [{ text: "acme", label: "ORG", id: null }] }).entities[0];
  assert.deepEqual([acme.text, acme.rule], ["Acme", "custom/entry"], "a null id is no id");
});

const mismatch = (words) => ["NEWSMARK_DOC_MISMATCH", `newsmark: ${words}`];
const badDoc = (words) => mismatch(`invalid document: ${words}`);

test("a bad toTimeML document: the words of each error", () => {
  const text = "On 7 December 2021 it rained.";
  const doc = newsmark.extract(text, { referenceDate: "2021-12-06" });
  const date = doc.entities[0];
  const one = (change) => ({ ...doc, entities: [{ ...date, ...change }] });
  const cases = [
    ["null", null, badDoc("Error: invalid type: unit value, expected struct TimemlDoc")],
    ["undefined", undefined, badDoc("Error: invalid type: unit value, expected struct TimemlDoc")],
    ["a number", 3, badDoc("Error: invalid type: floating point `3.0`, expected struct TimemlDoc")],
    ["a string", "doc", badDoc('Error: invalid type: string "doc", expected struct TimemlDoc')],
    ["no entities", {}, badDoc("Error: invalid type: unit value, expected a sequence")],
    ["entities a number", { entities: 3 }, badDoc("Error: invalid type: floating point `3.0`, expected a sequence")],
    ["entities an object", { entities: {} }, badDoc("Error: invalid type: JsValue(Object({})), expected a sequence")],
    ["an entity null", { entities: [null] }, badDoc("Error: invalid type: unit value, expected struct TimemlEntity")],
    ["an entity a number", { entities: [3] }, badDoc("Error: invalid type: floating point `3.0`, expected struct TimemlEntity")],
    ["an empty entity", { entities: [{}] }, badDoc("Error: missing field `text`")],
    ["an entity without offsets", { entities: [{ text: "7 December 2021" }] }, badDoc("Error: missing field `byte_start`")],
    ["text a number", one({ text: 5 }), badDoc("Error: invalid type: floating point `5.0`, expected a string")],
    ["an offset a fraction", one({ byte_start: 1.5 }), badDoc("Error: invalid type: floating point `1.5`, expected usize")],
    ["an offset negative", one({ byte_start: -1 }), badDoc("Error: invalid type: floating point `-1.0`, expected usize")],
    ["an offset a string", one({ byte_start: "3" }), badDoc('Error: invalid type: string "3", expected usize')],
    ["an offset null", one({ byte_end: null }), badDoc("Error: invalid type: unit value, expected usize")],
    ["an offset a BigInt", one({ byte_start: 3n }), badDoc("Error: invalid type: JsValue(3n), expected usize")],
    ["an offset above u32", one({ byte_start: 5e9 }), badDoc("Error: invalid value: integer `5000000000`, expected usize")],
    ["an offset above 2^53", one({ byte_start: 2 ** 53 }), badDoc("Error: invalid type: floating point `9007199254740992.0`, expected usize")],
    ["timex_type lower-case", one({ timex_type: "date" }), badDoc("Error: unknown variant `date`, expected one of `DATE`, `TIME`, `DURATION`, `SET`")],
    ["timex_type a number", one({ timex_type: 3 }), badDoc("Error: invalid type: floating point `3.0`, expected enum TimexType")],
    ["reference_date a string", { ...doc, reference_date: "2021-12-06" }, badDoc('Error: invalid type: string "2021-12-06", expected struct ReferenceDate')],
    ["reference_date without source", { ...doc, reference_date: { date: "2021-12-06" } }, badDoc("Error: missing field `source`")],
    ["reference_date's date a number", { ...doc, reference_date: { date: 5, source: "options" } }, badDoc("Error: invalid type: floating point `5.0`, expected a string")],
    ["an entity elsewhere", one({ byte_start: 4 }), mismatch('the document does not match the text: entities[0] "7 December 2021" is not at bytes 4..18 of the text')],
  ];
  for (const [what, d, expected] of cases) assert.deepEqual(failure(() => newsmark.toTimeML(text, d)), expected, what);
});

test("toTimeML reads only what TimeML needs: other fields and values are left alone", () => {
  const text = "On 7 December 2021 it rained.";
  const doc = newsmark.extract(text, { referenceDate: "2021-12-06" });
  const date = doc.entities[0];
  const xml = newsmark.toTimeML(text, doc);
  const same = (d, what) => assert.equal(newsmark.toTimeML(text, d), xml, what);
  same({ ...doc, extra: 1, canonical: "not read", entities: [{ ...date, label: 3, extra: {} }] }, "fields it does not read");
  same({ ...doc, entities: new Set([date]) }, "entities as any iterable");
  const plain = newsmark.toTimeML(text, { entities: [{ ...date, timex_type: null }] });
  assert.ok(!plain.includes("<DCT>") && !plain.includes('tid="t1"'), "no reference date, no TIMEX3 type: plain text");
  assert.equal(newsmark.toTimeML(text, { ...doc, entities: [{ ...date, value: 5 }] }), newsmark.toTimeML(text, { ...doc, entities: [{ ...date, value: undefined }] }), "a value that is no string is no value");
});
