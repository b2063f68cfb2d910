// The page in headless Chromium: paste a sample article, see its entities highlighted.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { artifacts, newPage, start } from "./chromium.mjs";
import { samples } from "../node/helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

for (const { file, text, date } of samples()) {
  test(`pasting ${file} highlights its people, matching the core`, async () => {
    const errors = [];
    const page = await newPage(env.browser, errors);
    await page.goto(env.url);
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("#reference-date", date);
    await page.focus("#input");
    // A real paste: put the text on a DataTransfer and dispatch the paste the browser would.
    await page.evaluate((t) => {
      const input = document.getElementById("input");
      const data = new DataTransfer();
      data.setData("text/plain", t);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      if (input.value !== t) {
        input.setRangeText(t, input.selectionStart, input.selectionEnd, "end");
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }
    }, text);
    const marks = await page.$$eval("#output mark.entity", (ms) => ms.map((m) => ({ label: m.dataset.label, text: m.firstChild.textContent })));
    const expected = await page.evaluate(
      async ([t, d]) => (await import("./pkg/index.js")).extract(t, { referenceDate: d }).entities.map((e) => ({ label: e.label, text: e.text })),
      [text, date],
    );
    assert.deepEqual(marks, expected, "the page shows exactly what the core returns");
    const people = marks.filter((m) => m.label === "PERSON").map((m) => m.text);
    assert.ok(people.includes("Narendra Modi") && people.includes("Dmitry Peskov"), people.join(", "));
    await page.screenshot({ path: fileURLToPath(new URL(`page-${file.replace(/\.txt$/, "")}.png`, artifacts)), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("pasted HTML stays text and runs nothing", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.evaluate(() => (window.__xss = 0));
  const payload = `<img src=x onerror="window.__xss=1"> President Joe Biden <script>window.__xss=2</script>`;
  await page.fill("#input", payload);
  assert.equal(await page.$$eval("#output img, #output script", (n) => n.length), 0);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  assert.equal(await page.$eval("#output", (o) => o.textContent.includes("<img src=x")), true);
  await page.close();
});
