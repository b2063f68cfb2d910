// The Web Worker side of createWorker(): extracts off the main thread, so pages stay responsive
// on long texts (the messages are worker-jobs.js's). This entry only starts the wasm's download
// and compilation, then loads the code: a module's static imports are all fetched before any of
// it runs, so the download would otherwise wait for the worker's whole module graph (one round
// trip per level) and only then begin, and the compilation would wait for both
// (docs/PERFORMANCE.md, "First highlight", rounds 3 and 4). A download or compilation that fails
// is left to init(), which fetches again and says why. A server that sends the wasm as another
// type than application/wasm cannot stream it: init() then reads the Response whole (recover.js).
const wasm = fetch(new URL("./newsmark_core_bg.wasm", import.meta.url))
  .then((response) => (!response.ok ? undefined : response.headers.get("Content-Type") === "application/wasm" ? WebAssembly.compileStreaming(response) : response))
  .catch(() => undefined);
const jobs = import("./worker-jobs.js").then(({ start }) => start(wasm));

// Set at once, so no message is lost while the code loads; jobs keep their order.
self.onmessage = (event) =>
  jobs.then(
    (handle) => handle(event),
    (e) => self.postMessage({ id: event.data.id, error: `the worker failed: cannot load its code: ${e?.message ?? e}`, code: "NEWSMARK_WORKER_FAILED" }),
  );
