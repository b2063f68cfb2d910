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
import initCore, {
  extract as coreExtract,
  Extractor as CoreExtractor,
  labels as coreLabels,
  maxInputBytes,
} from "./newsmark_core.js";
import { annotateWith, textOf } from "./annotate/index.js";

export { textOf };
export { highlightsSupported } from "./annotate/highlight-api.js";
export { createWorker, NewsmarkWorker } from "./run-in-worker.js";
export { describe, details, roles, valueText } from "./annotate/describe.js";
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
      await initCore({ module_or_path: input });
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
  // UTF-8 takes at most 3 bytes per UTF-16 unit: refuse early what cannot fit, before copying.
  if (text.length > maxInputBytes()) {
    throw new RangeError(`newsmark: text of ${text.length} characters is larger than the limit of ${maxInputBytes()} bytes`);
  }
}

/** Rethrows wasm-bindgen's errors as plain Errors prefixed with "newsmark:". */
function call(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && !(e instanceof WebAssembly.RuntimeError)) {
      e.message = e.message.startsWith("newsmark:") ? e.message : `newsmark: ${e.message}`;
      throw e;
    }
    throw new Error(`newsmark: internal error: ${e && e.message ? e.message : e}`);
  }
}

/**
 * Extracts the entities of `text`.
 * @param {string} text
 * @param {import("./index").Options} [options]
 * @returns {import("./index").Document}
 */
export function extract(text, options) {
  ensureReady();
  checkText(text);
  return call(() => coreExtract(text, options));
}

/** Holds checked options for repeated calls. */
export class Extractor {
  #inner;
  constructor(options) {
    ensureReady();
    this.#inner = call(() => new CoreExtractor(options));
  }
  extract(text) {
    checkText(text);
    return call(() => this.#inner.extract(text));
  }
  /** Frees the wasm memory held by this extractor. */
  free() {
    this.#inner.free();
  }
}

/** Every label name, e.g. "PERSON", "DATE", "TITLE". */
export function labels() {
  ensureReady();
  return coreLabels();
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
