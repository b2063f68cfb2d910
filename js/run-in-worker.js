// createWorker(): runs extract() in a module Web Worker (worker.js beside this file) and answers
// with promises, for texts long enough that extracting on the main thread would freeze a page.
// The options are checked in the worker, by the wasm; errors come back with their `code`.
import { newsmarkError } from "./errors.js";
import { checkText, splitProgress } from "./validate.js";
import { CompactResult } from "./compact.js";

const KINDS = { TypeError, RangeError };

export class NewsmarkWorker {
  #worker;
  #pending = new Map();
  #next = 0;
  #failed = null; // why the worker could not load: every later call is refused with it

  /**
   * @param {{ url?: string | URL, worker?: Worker }} [options] `url`: where worker.js is served,
   *   if not beside this file; `worker`: a Worker already running worker.js, to adopt instead of
   *   starting one (a page's first, import-free script can start it, so the worker's thread, code
   *   and wasm download overlap the page's own loading: docs/PERFORMANCE.md, "First highlight,
   *   round 4"). An error it raised before it was adopted is not seen here: check it first.
   */
  constructor(options = {}) {
    if (options.worker !== undefined && (typeof options.worker?.postMessage !== "function" || options.url !== undefined)) {
      throw newsmarkError("NEWSMARK_INVALID_OPTIONS", "invalid options: createWorker() takes a `url`, or a `worker` (a Worker running worker.js), not both", TypeError);
    }
    this.#worker = options.worker ?? new Worker(options.url ?? new URL("./worker.js", import.meta.url), { type: "module", name: "newsmark" });
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      if (data.fraction !== undefined) {
        call.onProgress?.(data.fraction);
        return;
      }
      this.#pending.delete(data.id);
      if (data.compact) call.resolve(new CompactResult(call.text, ...data.compact));
      else if (data.error === undefined) call.resolve(data.doc);
      else call.reject(newsmarkError(data.code ?? "NEWSMARK_INTERNAL", data.error, KINDS[data.name] ?? Error));
    };
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#failed = `the worker failed: ${event.message ?? "could not load worker.js"}`;
      this.#failAll(newsmarkError("NEWSMARK_WORKER_FAILED", this.#failed));
    };
  }

  /**
   * Extracts in the worker; resolves with the Document, rejects with an Error.
   * `options.onProgress(fraction)` is called here, on this side, as the worker reads the text.
   */
  extract(text, options) {
    return this.#post(text, options, false);
  }

  /** Like extractCompact(text, options), in the worker; the arrays are transferred, not copied. */
  extractCompact(text, options) {
    return this.#post(text, options, true);
  }

  #post(text, options, compact) {
    let onProgress;
    try {
      checkText(text); // its size is checked in the worker, which knows the limit
      [options, onProgress] = splitProgress(options); // a function cannot be posted to the worker
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.#worker) return Promise.reject(terminated());
    if (this.#failed) return Promise.reject(newsmarkError("NEWSMARK_WORKER_FAILED", this.#failed));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      try {
        this.#worker.postMessage({ id, text, options, progress: onProgress !== undefined, compact });
      } catch (e) {
        reject(newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: cannot send them to the worker: ${e.message}`, Error, e));
        return;
      }
      this.#pending.set(id, { resolve, reject, onProgress, text });
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
    this.#failAll(terminated());
  }

  #failAll(error) {
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }
}

const terminated = () => newsmarkError("NEWSMARK_WORKER_TERMINATED", "the worker was terminated");

/** A worker running newsmark (a new one, or `options.worker` adopted); see NewsmarkWorker. */
export function createWorker(options) {
  return new NewsmarkWorker(options);
}
