// Runs extraction off the main thread with the public worker API, one job at a time: while a
// job runs, only the newest request waits (typing fast into a long text never piles up work).
// The worker reports how much of a long text it has read.
// The worker is the one start-worker.js started first thing; falls back to the main thread if it
// cannot start.
import { createWorker, init, extract } from "../pkg/index.js";
import { worker as started, failed } from "./start-worker.js";

export function createExtraction({ onStart, onProgress, onDone, onError }) {
  let worker = null;
  try {
    worker = started && !failed ? createWorker({ worker: started }) : null;
  } catch {
    worker = null;
  }
  let running = false;
  let waiting = null;

  async function extractSomewhere(text, options, job) {
    if (worker) {
      try {
        return await worker.extract(text, { ...options, onProgress: (fraction) => onProgress(job, fraction) });
      } catch (e) {
        if (e.code !== "NEWSMARK_WORKER_FAILED" && e.code !== "NEWSMARK_WORKER_TERMINATED") throw e;
        worker = null; // could not load: carry on in the page
      }
    }
    await init();
    return extract(text, options);
  }

  async function run(job) {
    running = true;
    onStart(job);
    const started = performance.now();
    try {
      const doc = await extractSomewhere(job.text, job.options, job);
      onDone(job, doc, performance.now() - started);
    } catch (e) {
      onError(job, e);
    }
    running = false;
    if (waiting) {
      const next = waiting;
      waiting = null;
      run(next);
    }
  }

  return {
    /** Asks for `text` to be extracted; supersedes any request still waiting. `edit` tags the job. */
    request(text, options, edit) {
      const job = { text, options, edit };
      if (running) waiting = job;
      else run(job);
    },
  };
}
