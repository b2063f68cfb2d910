// The page's first script (index.html's head, before main.js): starts the extraction worker at
// once, so its thread, its code and the wasm's download overlap the loading of the page's own
// module graph (main.js → pkg/index.js → chunks) instead of waiting for it; extraction.js adopts
// it with createWorker({ worker }) (docs/PERFORMANCE.md, "First highlight, round 4"). It imports
// nothing, so it runs as soon as it has arrived. The bundled main.js imports it as it is (the
// build keeps it apart), so both are one module and there is one worker.
let started = null;
performance.mark("page:worker"); // bench/first-highlight.mjs reads it
try {
  started = new Worker(new URL("../pkg/worker.js", import.meta.url), { type: "module", name: "newsmark" });
} catch {}

/** The worker, or null if the browser would not start one. */
export const worker = started;

/** Whether it reported that it could not load; createWorker does not hear what came before it adopted the worker. */
export let failed = false;
worker?.addEventListener("error", () => (failed = true), { once: true });
