// In Chromium: annotate() and the real Web Worker accept every option index.d.ts declares and
// pass it on to the core (dayFirst among them), and the worker's errors keep their codes.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { newPage, start } from "./chromium.mjs";
import { optionKeys } from "../node/declarations.mjs";
import { TEXT, sampleFor } from "../node/option-samples.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

/** An empty page on the test server with newsmark loaded as `window.newsmark`. */
async function blankPage(errors) {
  const page = await newPage(env.browser, errors);
  const url = `${env.url}fixture/blank.html`;
  await page.route(url, (route) => route.fulfill({ body: "<!doctype html><title>blank</title><body></body>", contentType: "text/html; charset=utf-8" }));
  await page.goto(url);
  await page.evaluate(async () => {
    window.newsmark = await import("/pkg/index.js");
    await window.newsmark.init();
  });
  return page;
}

test("annotate(el, { dayFirst }) reads numeric dates in the order asked", async () => {
  const errors = [];
  const page = await blankPage(errors);
  const got = await page.evaluate(() => {
    const p = document.body.appendChild(document.createElement("p"));
    p.textContent = "The claim was filed on 12/06/2021.";
    return [true, false].map((dayFirst) => {
      const handle = newsmark.annotate(p, { dayFirst, referenceDate: "2021-12-06" });
      const date = handle.entities.find((e) => e.label === "DATE");
      const marked = [...p.querySelectorAll("mark.newsmark")].map((m) => m.textContent).join("");
      handle.remove();
      return { text: date?.text, value: date?.value, marked };
    });
  });
  assert.deepEqual(got, [
    { text: "12/06/2021", value: "2021-06-12", marked: "12/06/2021" },
    { text: "12/06/2021", value: "2021-12-06", marked: "12/06/2021" },
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("every key of Options reaches the core through annotate() and the worker", async () => {
  const errors = [];
  const page = await blankPage(errors);
  const keys = optionKeys();
  const results = await page.evaluate(async ({ text, all }) => {
    const p = document.body.appendChild(document.createElement("p"));
    p.textContent = text;
    const read = newsmark.textOf(p);
    const plain = JSON.stringify(newsmark.extract(read));
    const worker = newsmark.createWorker();
    const out = [];
    for (const options of all) {
      const direct = JSON.stringify(newsmark.extract(read, options));
      let annotated;
      try {
        const handle = newsmark.annotate(p, options);
        annotated = JSON.stringify(handle.doc) === direct;
        handle.remove();
      } catch (e) {
        annotated = `${e.code}: ${e.message}`;
      }
      const inWorker = await worker.extract(read, options).then((doc) => JSON.stringify(doc) === direct, (e) => `${e.code}: ${e.message}`);
      out.push({ key: Object.keys(options)[0], changes: direct !== plain, annotated, inWorker });
    }
    worker.terminate();
    return out;
  }, { text: TEXT, all: keys.map(sampleFor) });
  assert.deepEqual(results.map((r) => r.key), keys);
  for (const r of results) assert.deepEqual(r, { key: r.key, changes: true, annotated: true, inWorker: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the worker's errors carry their codes and classes", async () => {
  const errors = [];
  const page = await blankPage(errors);
  const got = await page.evaluate(async () => {
    const outcome = (promise) => promise.then(() => "resolved", (e) => `${e.constructor.name} ${e.code}`);
    const worker = newsmark.createWorker();
    const out = {
      label: await outcome(worker.extract("x", { labels: ["PEOPLE"] })),
      unknown: await outcome(worker.extract("x", { refDate: "2021-12-06" })),
      date: await outcome(worker.extract("x", { referenceDate: "06/12/2021" })),
      text: await outcome(worker.extract(42)),
      progress: await outcome(worker.extract("x", { onProgress: 1 })),
      uncloneable: await outcome(worker.extract("x", { labels: () => [] })),
      pending: worker.pending,
      works: await outcome(worker.extract("President Joe Biden")),
    };
    const running = worker.extract("President Joe Biden");
    worker.terminate();
    out.terminatedWhileRunning = await outcome(running);
    out.terminated = await outcome(worker.extract("x"));
    const broken = newsmark.createWorker({ url: "/pkg/no-such-worker.js" });
    out.failed = await outcome(broken.extract("x"));
    out.failedLater = await outcome(broken.extract("x")); // refused, not left waiting
    return out;
  });
  assert.deepEqual(got, {
    label: "Error NEWSMARK_UNKNOWN_LABEL",
    unknown: "Error NEWSMARK_INVALID_OPTIONS",
    date: "Error NEWSMARK_INVALID_REFERENCE_DATE",
    text: "TypeError NEWSMARK_INVALID_TEXT",
    progress: "Error NEWSMARK_INVALID_OPTIONS",
    uncloneable: "Error NEWSMARK_INVALID_OPTIONS",
    pending: 0,
    works: "resolved",
    terminatedWhileRunning: "Error NEWSMARK_WORKER_TERMINATED",
    terminated: "Error NEWSMARK_WORKER_TERMINATED",
    failed: "Error NEWSMARK_WORKER_FAILED",
    failedLater: "Error NEWSMARK_WORKER_FAILED",
  });
  assert.ok(errors.every((e) => /no-such-worker|404/.test(e)), JSON.stringify(errors)); // the browser logs the missing file
  await page.close();
});
