// The Web Worker side of createWorker(): extracts off the main thread, so pages stay responsive
// on long texts. Messages in: { id, text, options, progress }; out: { id, doc } or
// { id, error, name, code }, and { id, fraction } after each 64 KB read when `progress` was asked for.
import { init, extract } from "./index.js";

const ready = init();

self.onmessage = async ({ data: { id, text, options, progress } }) => {
  try {
    await ready;
    const started = performance.now();
    const onProgress = progress ? (fraction) => self.postMessage({ id, fraction }) : undefined;
    const doc = extract(text, onProgress ? { ...options, onProgress } : options);
    self.postMessage({ id, doc, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e), name: e?.name, code: e?.code });
  }
};
