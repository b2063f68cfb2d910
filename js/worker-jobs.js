// The worker's jobs (worker.js loads this, once it has started the wasm's download): the
// warm-up, then each message's extraction. Messages in: { id, text, options, progress, compact };
// out: { id, doc }, or with `compact` { id, compact: [words, head] } (CompactResult's parts, the
// arrays transferred), or { id, error, name, code }, and { id, fraction } after each 64 KB read
// when `progress` was asked for.
import { init, extract, extractCompact } from "./index.js";
import { WARM_UP_OPTIONS, WARM_UP_TEXT } from "./warm-up.js";

/**
 * Initialises from `wasm` (a promise of the compiled wasm module, or of its Response, or of
 * undefined to fetch it here), warms up, and returns the handler of the worker's messages.
 *
 * The warm-up is a short article of its own (warm-up.js): the first extraction in a fresh
 * instance loads the model and lexicons and has the engine compile the functions it reaches,
 * which costs more than a short article's whole extraction (docs/PERFORMANCE.md). A page creates
 * its worker before the user pastes, so that cost is paid while nobody waits; a job sent
 * meanwhile waits no longer than it would anyway. A failed warm-up is no reason to fail the jobs:
 * each then reports its own error. Two performance marks, one each, say when
 * (bench/first-highlight.mjs reads them): the wasm instantiated ("newsmark:init") and the warm-up
 * done ("newsmark:ready").
 * @param {Promise<WebAssembly.Module | Response | undefined>} wasm
 */
export function start(wasm) {
  const ready = wasm
    .then((source) => init(source))
    .then(() => {
      performance.mark("newsmark:init");
      try {
        extract(WARM_UP_TEXT, WARM_UP_OPTIONS);
      } catch {}
      performance.mark("newsmark:ready");
    });
  return (event) => handle(ready, event.data);
}

async function handle(ready, { id, text, options, progress, compact }) {
  try {
    await ready;
    const started = performance.now();
    const onProgress = progress ? (fraction) => self.postMessage({ id, fraction }) : undefined;
    options = onProgress ? { ...options, onProgress } : options;
    if (compact) {
      const r = extractCompact(text, options);
      const head = { labels: r.labelNames, strings: r.strings, reference_date: r.reference_date, timex_types: r.timexTypeStrings };
      self.postMessage({ id, compact: [new Uint32Array(r.starts.buffer), head] }, [r.starts.buffer]);
      return;
    }
    const doc = extract(text, options);
    self.postMessage({ id, doc, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e), name: e?.name, code: e?.code });
  }
}
