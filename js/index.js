// newsmark: the public JavaScript API, a small wrapper over the wasm-bindgen output.
//
//   import { init, extract } from "newsmark";
//   await init();                       // browsers fetch newsmark_core_bg.wasm beside this file
//   const doc = extract(text, { referenceDate: "2021-12-06" });
//   for (const e of doc.entities) console.log(e.label, text.slice(e.start, e.end), e.value);
//
//   const marks = annotate(document.querySelector("article"));   // highlight a page in place
//   marks.remove();                                               // and put it back exactly
//
// Every failure is a JavaScript Error with a message that names the problem and a stable
// `code` (errors.js).
import { core, coreGeneration, guarded, memory, start } from "./recover.js";
import { annotateWith, textOf } from "./annotate/index.js";
import { newsmarkError } from "./errors.js";
import { CompactResult } from "./compact.js";
import { checkKeys, checkOptions, checkText, splitProgress, utf8Length } from "./validate.js";
import { readOptions, readTimemlDocument } from "./read.js";

export { textOf, CompactResult };
export { highlightsSupported } from "./annotate/highlight-api.js";
export { createWorker, NewsmarkWorker } from "./run-in-worker.js";
export { confidenceText, describe, details, roleText, valueText } from "./annotate/describe.js";
export { PALETTE } from "./annotate/styles.js";

let ready = null;
let initialised = false;
// Read from the wasm once it is initialised (constants of the module).
let inputLimit = 0;
let optionNames = null;
let names = null; // for checkOptions: option, entry and pattern field names, label names

const WASM_URL = new URL("./newsmark_core_bg.wasm", import.meta.url);

async function loadBytes(url) {
  if (url.protocol === "file:") {
    // Node: read from disk (fetch() cannot read file: URLs there).
    const { readFile } = await import("node:fs/promises");
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw newsmarkError("NEWSMARK_LOAD_FAILED", `cannot load ${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Loads and instantiates the wasm module; safe to call more than once.
 * @param {BufferSource|Response|WebAssembly.Module|URL|string} [source] the wasm bytes, its
 *   Response, the module compiled, or where to fetch it; defaults to newsmark_core_bg.wasm next
 *   to this file.
 */
export function init(source) {
  if (!ready) {
    ready = (async () => {
      let input = source ?? WASM_URL;
      if (typeof input === "string") input = new URL(input, import.meta.url);
      if (input instanceof URL) input = await loadBytes(input);
      await start(input);
      const c = core();
      inputLimit = c.maxInputBytes();
      const [options, entry, pattern, labels, timexTypes] = c.names().split("\n").map((list) => list.split(" "));
      optionNames = options;
      names = { options, entry, pattern, labels, timexTypes };
      initialised = true;
    })().catch((e) => {
      if (String(e?.code).startsWith("NEWSMARK_")) throw e;
      throw newsmarkError("NEWSMARK_LOAD_FAILED", `cannot load the wasm: ${e?.message ?? e}`, Error, e);
    });
    ready.catch(() => {
      ready = null; // a failed load may be retried
    });
  }
  return ready;
}

const encoder = new TextEncoder();

/**
 * `text` as UTF-8 in the wasm's memory, in a buffer of exactly its size (counted first), for the
 * call it is passed to, which frees it. wasm-bindgen's own string passing reserves 3 bytes per
 * UTF-16 unit of any non-ASCII text; encoding into a buffer of one byte per unit and growing it
 * for the rest copies the text once more (docs/PERFORMANCE.md).
 */
function utf8In(text) {
  const bytes = utf8Length(text);
  const input = new (core().Utf8Text)(bytes);
  const view = new Uint8Array(memory().buffer, input.ptr(), bytes);
  const { read, written } = encoder.encodeInto(text, view);
  if (read !== text.length || written !== view.length) {
    input.free();
    throw newsmarkError("NEWSMARK_INTERNAL", `internal error: ${text.length} characters encoded into ${view.length} bytes: ${read} read, ${written} written`);
  }
  return input;
}

/** `options` checked (validate.js, then read.js) into the form the wasm reads. */
function optionsIn(options) {
  checkOptions(options, names);
  if (options === undefined || options === null) return undefined;
  const [read, message] = readOptions(options, names, describe);
  if (message !== undefined) throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: ${message}`);
  return read;
}

/** A value in a message, as Rust's `Debug` writes it (read.js). */
const describe = (value) => core().describe(value);

function ensureReady() {
  if (!initialised) throw newsmarkError("NEWSMARK_NOT_INITIALISED", "call `await init()` before extracting");
}

/** Runs a call into the wasm; its errors (which carry their `code`) get the "newsmark:" prefix. */
function call(fn) {
  try {
    return guarded(fn);
  } catch (e) {
    if (e instanceof Error) {
      if (!e.message.startsWith("newsmark:")) e.message = `newsmark: ${e.message}`;
      e.code ??= "NEWSMARK_INTERNAL";
      throw e;
    }
    throw newsmarkError("NEWSMARK_INTERNAL", `internal error: ${e}`);
  }
}

/** Runs `run` with a progress callback that never throws into the wasm: an exception from
 * `onProgress` stops further reports and is rethrown, as thrown, once the call returns. */
function withProgress(onProgress, run) {
  if (!onProgress) return run(undefined);
  let thrown = null;
  const doc = run((fraction) => {
    if (thrown) return;
    try {
      onProgress(fraction);
    } catch (e) {
      thrown = { e };
    }
  });
  if (thrown) throw thrown.e;
  return doc;
}

/**
 * Extracts the entities of `text`. `options.onProgress(fraction)`, if given, is called after
 * each 64 KB of text read: 0 < fraction <= 1.
 * @param {string} text
 * @param {import("./index").Options} [options]
 * @returns {import("./index").Document}
 */
export function extract(text, options) {
  return once(text, options, "extract");
}

/**
 * extract(text, options) in the compact form: typed-array columns (offsets, label ids, canonical
 * ids, amounts, string indices) and one table of distinct strings, with objects equal to
 * extract()'s made on demand (`result.entity(i)`, iteration, `toDocument()`).
 * @param {string} text
 * @param {import("./index").Options} [options]
 * @returns {import("./index").CompactResult}
 */
export function extractCompact(text, options) {
  return once(text, options, "extractCompact");
}

/** extract() or extractCompact() (`method`) through an Extractor made for the call. */
function once(text, options, method) {
  ensureReady();
  checkText(text, inputLimit);
  const [rest, onProgress] = splitProgress(options);
  const extractor = new Extractor(rest);
  try {
    return extractor[method](text, onProgress && { onProgress });
  } finally {
    extractor.free();
  }
}

const compactOf = (text, [words, head]) => new CompactResult(text, words, head);

/** `text` as the core reads it, for extract()'s and the segments' entity texts: it crosses as
 * UTF-8, where a lone surrogate becomes U+FFFD (one UTF-16 unit too, so offsets agree). */
const asRead = (text) => (text.toWellFormed ? text.toWellFormed() : text.replace(/\p{Cs}/gu, "\ufffd"));

/**
 * The extraction of `text` handed out one segment (64 KB of text) at a time, so a long text's
 * entities can be rendered or written as they come and dropped, never all held as objects at
 * once. Iterate it once: each item is `{ start, end, byte_start, byte_end, entities }` with
 * offsets into the whole text; together they are `extract(text, options).entities`.
 * `canonical` and `reference_date` are there from the start (linking reads the whole text).
 * @param {string} text
 * @param {import("./index").Options} [options]
 * @returns {import("./index").Segments}
 */
export function extractSegments(text, options) {
  ensureReady();
  checkText(text, inputLimit);
  const extractor = new Extractor(options);
  try {
    return extractor.segments(text);
  } finally {
    extractor.free();
  }
}

/** See extractSegments: the segments of one extraction, iterable once, made from its compact
 * form (`result`) and the segments' ranges (`start, end, byte_start, byte_end` each). */
class Segments {
  #result;
  #ranges;
  constructor(result, ranges) {
    this.#result = result;
    this.#ranges = ranges;
    /** The canonical entities of the whole text. */
    this.canonical = Array.from({ length: result.canonicalCount }, (_, i) => result.canonical(i));
    /** The date relative expressions were resolved against, and its source. */
    this.reference_date = result.reference_date;
  }
  *[Symbol.iterator]() {
    const [r, ranges] = [this.#result, this.#ranges];
    this.free();
    // Each segment holds the entities that start in it; the last takes any left.
    for (let s = 0, i = 0; r && s < ranges.length; s += 4) {
      const entities = [];
      while (i < r.length && (s + 4 >= ranges.length || r.byteStarts[i] < ranges[s + 3])) entities[entities.length] = r.entity(i++);
      yield { start: ranges[s], end: ranges[s + 1], byte_start: ranges[s + 2], byte_end: ranges[s + 3], entities };
    }
  }
  /** Drops the extraction still held (done when iteration starts). */
  free() {
    this.#result = this.#ranges = null;
  }
}

/** Holds checked options for repeated calls. */
export class Extractor {
  #inner;
  #options;
  #generation;
  constructor(options) {
    ensureReady();
    const read = optionsIn(options);
    this.#inner = call(() => new (core().Extractor)(read));
    this.#options = read;
    this.#generation = coreGeneration();
  }
  /** Extracts; `onProgress(fraction)`, if given, is called after each 64 KB of text read. */
  extract(text, options) {
    const result = this.#extract(text, options, "extract"); // checks `text` first
    return compactOf(asRead(text), result).toDocument();
  }
  /** Like extractCompact(text, options) with this extractor's options. */
  extractCompact(text, options) {
    return compactOf(text, this.#extract(text, options, "extractCompact"));
  }
  #extract(text, options, method) {
    checkText(text, inputLimit);
    checkKeys(options, ["onProgress"], `extractor.${method}(text, options) (extraction options go to new Extractor())`);
    const [, onProgress] = splitProgress(options);
    this.#remakeAfterRestart();
    try {
      return withProgress(onProgress, (report) => call(() => this.#inner.extractCompact(utf8In(text), report, false)));
    } finally {
      this.#remakeAfterRestart(); // a trap in this very call: drop the dead object at once
    }
  }
  /** Like extractSegments(text, options) with this extractor's options. */
  segments(text) {
    checkText(text, inputLimit);
    this.#remakeAfterRestart();
    try {
      const [words, head, ranges] = call(() => this.#inner.extractCompact(utf8In(text), undefined, true));
      return new Segments(new CompactResult(asRead(text), words, head), ranges);
    } finally {
      this.#remakeAfterRestart();
    }
  }
  /** After a restart (see recover.js) the wasm object is gone: remake it from the options. */
  #remakeAfterRestart() {
    if (this.#generation === coreGeneration()) return;
    this.#inner.__destroy_into_raw?.(); // forget it without calling into the dead instance
    this.#inner = call(() => new (core().Extractor)(this.#options));
    this.#generation = coreGeneration();
  }
  /** Frees the wasm memory held by this extractor. */
  free() {
    if (this.#generation === coreGeneration()) this.#inner.free();
    else this.#inner.__destroy_into_raw?.();
  }
}

/** Every label name, e.g. "PERSON", "DATE", "TITLE". */
export function labels() {
  ensureReady();
  return names.labels.slice();
}

/**
 * Highlights the entities in `element`'s text in place and returns a handle; `handle.remove()`
 * restores the DOM exactly. Options: mode ("marks" | "highlight"), include, the extraction
 * options, an `extractor` to reuse, or a `doc` already extracted from `textOf(element)`.
 */
export function annotate(element, options) {
  if (!options?.doc) ensureReady();
  return annotateWith((text, o) => extract(text, o), element, options, optionNames);
}

/**
 * `doc` and the `text` it was extracted from as a TimeML document (XML): each entity with a
 * `timex_type` inline as `<TIMEX3 tid type value>`, the creation time from `reference_date`.
 * Written by the same Rust code as `newsmark --format timeml`.
 * @param {string} text
 * @param {import("./index").Document} doc
 * @returns {string}
 */
export function toTimeML(text, doc) {
  ensureReady();
  checkText(text);
  // The wasm reads a TIMEX3 value only as a string: amounts' values go in as undefined.
  const entities = Array.isArray(doc?.entities)
    ? doc.entities.map((e) => (e?.value === undefined || typeof e.value === "string" ? e : { ...e, value: undefined }))
    : doc?.entities;
  const [read, message] = readTimemlDocument(doc && typeof doc === "object" ? { ...doc, entities } : doc, names, describe);
  if (message !== undefined) throw newsmarkError("NEWSMARK_DOC_MISMATCH", `invalid document: ${message}`);
  return call(() => core().toTimeML(utf8In(text), read));
}
