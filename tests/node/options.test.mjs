// Every option index.d.ts declares is one the wasm accepts, and reaches the core through
// extract(), new Extractor() and the worker's message protocol (run here in one thread: Node
// has no Web Worker; tests/browser/options.test.mjs runs the real one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNewsmark, pkgUrl } from "./helpers.mjs";
import { optionKeys } from "./declarations.mjs";
import { TEXT, sampleFor } from "./option-samples.mjs";

const newsmark = await loadNewsmark();
const { core } = await import(new URL("recover.js", pkgUrl));
const plain = JSON.stringify(newsmark.extract(TEXT));

// The worker's two sides joined in this thread: postMessage is a structured clone either way,
// as between threads (a function in the options fails to clone here too).
let worker = null;
globalThis.self = { postMessage: (data) => worker.onmessage({ data: structuredClone(data) }) };
globalThis.Worker = class {
  constructor() {
    worker = this;
  }
  postMessage(data) {
    const copy = structuredClone(data);
    queueMicrotask(() => globalThis.self.onmessage({ data: copy }));
  }
  terminate() {}
};
await import(new URL("worker.js", pkgUrl));

test("the option names the wasm exports are exactly the keys of Options in index.d.ts (plus snake_case aliases)", () => {
  const names = core().names().split("\n")[0].split(" ");
  assert.deepEqual(names.filter((n) => !n.includes("_")).sort(), optionKeys().sort());
  for (const alias of names.filter((n) => n.includes("_"))) {
    const camel = alias.replace(/_(.)/g, (_, c) => c.toUpperCase());
    assert.ok(names.includes(camel), `${alias} is an alias of ${camel}`);
  }
});

test("every key of Options is accepted by extract, Extractor and the worker, and changes the result", async () => {
  const nmWorker = newsmark.createWorker();
  for (const key of optionKeys()) {
    const options = sampleFor(key);
    const direct = JSON.stringify(newsmark.extract(TEXT, options));
    assert.notEqual(direct, plain, `${key}: the sample should change the result, or the test proves nothing`);
    const extractor = new newsmark.Extractor(options);
    assert.equal(JSON.stringify(extractor.extract(TEXT)), direct, `Extractor with ${key}`);
    extractor.free();
    assert.equal(JSON.stringify(await nmWorker.extract(TEXT, options)), direct, `worker with ${key}`);
    const fractions = [];
    const withProgress = await nmWorker.extract(TEXT, { ...options, onProgress: (f) => fractions.push(f) });
    assert.equal(JSON.stringify(withProgress), direct, `worker with ${key} and onProgress`);
    assert.deepEqual(fractions, [1]);
  }
  nmWorker.terminate();
});

test("the snake_case aliases work as their camelCase names", () => {
  const alias = JSON.stringify(newsmark.extract(TEXT, { reference_date: "2021-12-06", day_first: true }));
  assert.equal(alias, JSON.stringify(newsmark.extract(TEXT, { referenceDate: "2021-12-06", dayFirst: true })));
});
