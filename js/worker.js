// The Web Worker side of createWorker(): extracts off the main thread, so pages stay responsive
// on long texts. Messages in: { id, text, options }; out: { id, doc } or { id, error }.
import { init, extract } from "./index.js";

const ready = init();

self.onmessage = async ({ data: { id, text, options } }) => {
  try {
    await ready;
    const started = performance.now();
    const doc = extract(text, options);
    self.postMessage({ id, doc, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e), name: e?.name });
  }
};
