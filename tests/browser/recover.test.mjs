// Recovery after a panic inside the wasm, in Chromium under the page's Content-Security-Policy:
// the restart instantiates synchronously on the main thread and loads its spare glue as a module.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { newPage, start } from "./chromium.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

test("a panic becomes an Error with its message and the next call works, under the page's CSP", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  const result = await page.evaluate(async () => {
    const newsmark = await import("./pkg/index.js");
    const recover = await import("./pkg/recover.js"); // internal: reaches the panic for the test
    await newsmark.init();
    const text = "President Joe Biden spoke on 7 December 2021.";
    const before = JSON.stringify(newsmark.extract(text).entities);
    await recover.spareLoaded();
    let message = "no error";
    try {
      recover.guarded(() => recover.core().__panicForTests("boom in the browser"));
    } catch (e) {
      message = `${e.constructor.name} ${e.code}: ${e.message}`;
    }
    return { message, same: JSON.stringify(newsmark.extract(text).entities) === before };
  });
  assert.match(result.message, /^Error NEWSMARK_INTERNAL: newsmark: internal error: .*boom in the browser.*\(the module was restarted\)$/s);
  assert.ok(result.same, "the next call gives the same result");
  assert.deepEqual(errors.filter((e) => !/boom in the browser/.test(e)), [], "no CSP violation or other error");
});
