// The Web Worker side of createWorker(): extracts off the main thread, so pages stay responsive
// on long texts. Messages in: { id, text, options, progress, compact }; out: { id, doc }, or with
// `compact` { id, compact: [words, head] } (CompactResult's parts, the arrays transferred), or
// { id, error, name, code }, and { id, fraction } after each 64 KB read when `progress` was asked for.
import { init, extract, extractCompact } from "./index.js";

// Warmed up as soon as it loads: the first extraction in a fresh instance loads the model and
// lexicons and has the engine compile the hot functions, which costs more than a short article's
// whole extraction (docs/PERFORMANCE.md). A page creates its worker before the user pastes, so
// that cost is paid while nobody waits; a job sent meanwhile waits no longer than it would anyway.
// A failed warm-up is no reason to fail the jobs: each then reports its own error.
const ready = init().then(() => {
  try {
    extract("President Joe Biden met Vladimir Putin in Geneva on 16 June 2021 and spent $5 billion.");
  } catch {}
});

self.onmessage = async ({ data: { id, text, options, progress, compact } }) => {
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
};
