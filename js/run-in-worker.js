// createWorker(): runs extract() in a module Web Worker (worker.js beside this file) and answers
// with promises, for texts long enough that extracting on the main thread would freeze a page.
const ERRORS = { TypeError, RangeError };

export class NewsmarkWorker {
  #worker;
  #pending = new Map();
  #next = 0;

  /** @param {{ url?: string | URL }} [options] where worker.js is served, if not beside this file */
  constructor(options = {}) {
    this.#worker = new Worker(options.url ?? new URL("./worker.js", import.meta.url), { type: "module", name: "newsmark" });
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      if (data.fraction !== undefined) {
        call.onProgress?.(data.fraction);
        return;
      }
      this.#pending.delete(data.id);
      if (data.error !== undefined) call.reject(new (ERRORS[data.name] ?? Error)(data.error));
      else call.resolve(data.doc);
    };
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#failAll(new Error(`newsmark: the worker failed: ${event.message ?? "could not load worker.js"}`));
    };
  }

  /**
   * Extracts in the worker; resolves with the Document, rejects with an Error.
   * `options.onProgress(fraction)` is called here, on this side, as the worker reads the text.
   */
  extract(text, options) {
    if (typeof text !== "string") return Promise.reject(new TypeError(`newsmark: text must be a string, got ${text === null ? "null" : typeof text}`));
    if (!this.#worker) return Promise.reject(new Error("newsmark: the worker was terminated"));
    let onProgress;
    if (options !== null && typeof options === "object" && "onProgress" in options) {
      ({ onProgress, ...options } = options); // a function cannot be posted to the worker
      if (onProgress !== undefined && typeof onProgress !== "function") {
        return Promise.reject(new TypeError(`newsmark: onProgress must be a function, got ${onProgress === null ? "null" : typeof onProgress}`));
      }
    }
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ id, text, options, progress: onProgress !== undefined });
    });
  }

  /** How many extractions are waiting or running. */
  get pending() {
    return this.#pending.size;
  }

  /** Stops the worker; pending extractions reject. */
  terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new Error("newsmark: the worker was terminated"));
  }

  #failAll(error) {
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }
}

/** A worker running newsmark; see NewsmarkWorker. */
export function createWorker(options) {
  return new NewsmarkWorker(options);
}
