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
// Every failure is a JavaScript Error with a message that names the problem.
import { core, coreGeneration, guarded, start } from "./recover.js";
import { annotateWith, textOf } from "./annotate/index.js";

export { textOf };
export { highlightsSupported } from "./annotate/highlight-api.js";
export { createWorker, NewsmarkWorker } from "./run-in-worker.js";
export { describe, details, roleText, valueText } from "./annotate/describe.js";
export { PALETTE } from "./annotate/styles.js";

let ready = null;
let initialised = false;

const WASM_URL = new URL("./newsmark_core_bg.wasm", import.meta.url);

async function loadBytes(url) {
  if (url.protocol === "file:") {
    // Node: read from disk (fetch() cannot read file: URLs there).
    const { readFile } = await import("node:fs/promises");
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`newsmark: cannot load ${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Loads and instantiates the wasm module; safe to call more than once.
 * @param {BufferSource|Response|URL|string} [source] the wasm bytes or where to fetch them;
 *   defaults to newsmark_core_bg.wasm next to this file.
 */
export function init(source) {
  if (!ready) {
    ready = (async () => {
      let input = source ?? WASM_URL;
      if (typeof input === "string") input = new URL(input, import.meta.url);
      if (input instanceof URL) input = await loadBytes(input);
      await start(input);
      initialised = true;
    })();
    ready.catch(() => {
      ready = null; // a failed load may be retried
    });
  }
  return ready;
}

function ensureReady() {
  if (!initialised) throw new Error("newsmark: call `await init()` before extracting");
}

function checkText(text) {
  if (typeof text !== "string") {
    throw new TypeError(`newsmark: text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  checkSize(text, core().maxInputBytes());
}

/** Refuses text above the limit in JavaScript, before it is copied into the wasm's memory. */
function checkSize(text, limit) {
  // UTF-8 takes 1 to 3 bytes per UTF-16 unit: only text longer than limit / 3 needs counting.
  if (text.length <= limit / 3) return;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) (bytes += 4), i++;
    else bytes += 3; // a lone surrogate becomes U+FFFD, 3 bytes
  }
  if (bytes > limit) {
    throw new RangeError(`newsmark: text of ${text.length} characters is larger than the limit of ${limit} bytes (UTF-8)`);
  }
}

/** Rethrows wasm-bindgen's errors as plain Errors prefixed with "newsmark:". */
function call(fn) {
  try {
    return guarded(fn);
  } catch (e) {
    if (e instanceof Error) {
      e.message = e.message.startsWith("newsmark:") ? e.message : `newsmark: ${e.message}`;
      throw e;
    }
    throw new Error(`newsmark: internal error: ${e}`);
  }
}

/** Splits the per-call `onProgress` off the extraction options (which the core checks). */
function progressOf(options) {
  if (options === null || typeof options !== "object" || !("onProgress" in options)) return [options, undefined];
  const { onProgress, ...rest } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new TypeError(`newsmark: onProgress must be a function, got ${onProgress === null ? "null" : typeof onProgress}`);
  }
  return [rest, onProgress];
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
  ensureReady();
  checkText(text);
  const [rest, onProgress] = progressOf(options);
  return withProgress(onProgress, (report) => call(() => core().extract(text, rest, report)));
}

/** Holds checked options for repeated calls. */
export class Extractor {
  #inner;
  #options;
  #generation;
  constructor(options) {
    ensureReady();
    this.#inner = call(() => new (core().Extractor)(options));
    this.#options = options;
    this.#generation = coreGeneration();
  }
  /** Extracts; `onProgress(fraction)`, if given, is called after each 64 KB of text read. */
  extract(text, { onProgress } = {}) {
    checkText(text);
    progressOf({ onProgress });
    this.#remakeAfterRestart();
    try {
      return withProgress(onProgress, (report) => call(() => this.#inner.extract(text, report)));
    } finally {
      this.#remakeAfterRestart(); // a trap in this very call: drop the dead object at once
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
  return core().labels();
}

/**
 * Highlights the entities in `element`'s text in place and returns a handle; `handle.remove()`
 * restores the DOM exactly. Options: mode ("marks" | "highlight"), include, the extraction
 * options, an `extractor` to reuse, or a `doc` already extracted from `textOf(element)`.
 */
export function annotate(element, options) {
  if (!options?.doc) ensureReady();
  return annotateWith((text, o) => extract(text, o), element, options);
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
  if (typeof text !== "string") {
    throw new TypeError(`newsmark: text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  return call(() => core().toTimeML(text, doc));
}
