// The page in headless Chromium: paste, type, toggle, step through entities, export, and stay
// responsive on a 1 MB text. Highlights are compared with what the core returns for the
// editor's text, never with fixed lists, so they hold as the recognisers improve.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { artifacts, newPage, start } from "./chromium.mjs";
import { samples } from "../node/helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.stop());

async function openPage(errors, options) {
  const page = await newPage(env.browser, errors, options);
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

const revision = (page) => page.evaluate(() => Number(document.body.dataset.revision ?? 0));

/** Waits until the page has drawn a result newer than `since` for the editor's current text. */
async function settled(page, since) {
  await page.waitForFunction((r) => Number(document.body.dataset.revision ?? 0) > r && document.body.dataset.state === "ready", since, { timeout: 60_000 });
}

/**
 * A real paste (Ctrl+V) over the whole editor, from a clipboard holding `plain` (and `html`).
 * Chromium sanitises HTML written to the clipboard in the writing page, whose CSP then reports
 * the payload's inline handlers: those reports come from the test's write, so they are dropped.
 */
async function paste(page, plain, html, errors = []) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.slice(0, -1) });
  const reported = errors.length;
  await page.evaluate(async ([plain, html]) => {
    const items = { "text/plain": new Blob([plain], { type: "text/plain" }) };
    if (html) items["text/html"] = new Blob([html], { type: "text/html" });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, [plain, html]);
  await page.waitForTimeout(50);
  errors.splice(reported, errors.length - reported, ...errors.slice(reported).filter((e) => !/Executing inline event handler/.test(e)));
  const since = await revision(page);
  await page.focus("#editor");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await settled(page, since);
}

/** What is highlighted in the editor, in document order, and what the core says should be. */
async function compare(page, options = {}) {
  return page.evaluate(async (options) => {
    const { extract, init, textOf } = await import("./pkg/index.js");
    // As the page reads its plaintext-only editor: line breaks are in the text nodes.
    const READ = { include: ["contenteditable"], blockSeparator: "" };
    await init();
    const editor = document.getElementById("editor");
    const text = textOf(editor, READ);
    const ranges = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("newsmark-")) continue;
      for (const range of highlight) ranges.push([name.slice(9), range]);
    }
    ranges.sort((a, b) => a[1].compareBoundaryPoints(Range.START_TO_START, b[1]));
    const date = document.getElementById("reference-date").value;
    const doc = extract(text, date ? { referenceDate: date, ...options } : options);
    return {
      text,
      highlighted: ranges.map(([label, r]) => [label, r.toString()]),
      expected: doc.entities.map((e) => [e.label, e.text]),
      inEditor: ranges.every(([, r]) => editor.contains(r.startContainer)),
    };
  }, options);
}

for (const { file, text, date } of samples()) {
  test(`pasting ${file} highlights exactly what the core returns, with tooltips`, async () => {
    const errors = [];
    const page = await openPage(errors);
    await page.fill("#reference-date", date);
    await page.dispatchEvent("#reference-date", "change");
    await paste(page, text);
    const got = await compare(page);
    assert.equal(got.text, text.replace(/\r\n?/g, "\n"), "the editor holds the pasted text as is");
    assert.ok(got.expected.length > 5, "the core finds entities in a sample");
    assert.deepEqual(got.highlighted, got.expected);
    assert.ok(got.inEditor);
    // Hover a person: the tooltip names the label and the canonical entity.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get("newsmark-PERSON")][0];
      scrollBy(0, range.getClientRects()[0].top - 100);
      const again = range.getClientRects()[0];
      return { x: again.left + 3, y: again.top + again.height / 2, text: range.toString() };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector("#tooltip:not([hidden])");
    const tip = await page.$eval("#tooltip", (t) => t.textContent);
    assert.match(tip, /LabelPERSON/);
    assert.ok(tip.includes(box.text), tip);
    if (file === samples()[0].file) {
      await page.mouse.move(0, 0);
      await page.evaluate(() => scrollTo(0, 0));
      for (const scheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: fileURLToPath(new URL(`page-${scheme}.png`, artifacts)) });
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the sample button and a dropped .txt file load text and their reference date", async () => {
  const errors = [];
  const page = await openPage(errors);
  let since = await revision(page);
  await page.click("#load-sample");
  await settled(page, since);
  const sample = samples()[0];
  assert.equal(await page.inputValue("#reference-date"), sample.date);
  assert.match(await page.textContent("#reference-note"), /file name/);
  let got = await compare(page);
  assert.equal(got.text, sample.text);
  assert.deepEqual(got.highlighted, got.expected);

  since = await revision(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["Prime Minister Narendra Modi spoke on 7 December."], "briefing-2021-12-05.txt", { type: "text/plain" }));
    document.getElementById("editor").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await settled(page, since);
  assert.equal(await page.inputValue("#reference-date"), "2021-12-05");
  got = await compare(page);
  assert.equal(got.text, "Prime Minister Narendra Modi spoke on 7 December.");
  assert.deepEqual(got.highlighted, got.expected);
  assert.ok(got.expected.length >= 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("typing in the middle keeps the caret, updates highlights, and undo still works", async () => {
  const errors = [];
  const page = await openPage(errors);
  const original = samples()[1].text;
  await paste(page, original);
  // Put the caret at the start of a paragraph in the middle of the article.
  const at = original.indexOf("\n", Math.floor(original.length / 2)) + 1;
  await page.evaluate((at) => {
    const editor = document.getElementById("editor");
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (left <= n.length) return getSelection().collapse(n, left);
      left -= n.length;
    }
  }, at);
  const since = await revision(page);
  const typed = "Foreign Minister Sergey Lavrov arrived on 6 December. ";
  await page.keyboard.type(typed);
  await settled(page, since);
  const caret = await page.evaluate(() => {
    const s = getSelection();
    const r = document.createRange();
    r.setStart(document.getElementById("editor"), 0);
    r.setEnd(s.anchorNode, s.anchorOffset);
    return { offset: r.toString().length, collapsed: s.isCollapsed };
  });
  assert.deepEqual(caret, { offset: at + typed.length, collapsed: true }, "the caret stays right after what was typed");
  const got = await compare(page);
  assert.equal(got.text, original.slice(0, at) + typed + original.slice(at));
  assert.deepEqual(got.highlighted, got.expected);
  assert.ok(got.highlighted.some(([l, t]) => l === "PERSON" && t === "Sergey Lavrov"), "the typed name is highlighted");
  // Native undo is intact: the typing goes away.
  for (let i = 0; i < 80 && (await compare(page)).text !== original; i++) await page.keyboard.press("Control+z");
  assert.equal((await compare(page)).text, original, "undo restores the text");
  assert.deepEqual(errors, []);
  await page.close();
});

/** Parses a TimeML export with the browser's XML parser: the text of TEXT and of its TIMEX3s. */
function readTimeML(page, xml) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) throw new Error(`not XML: ${doc.querySelector("parsererror").textContent}`);
    const body = doc.querySelector("TimeML > TEXT");
    return { text: body.textContent, timexes: [...body.querySelectorAll("TIMEX3")].map((t) => t.textContent) };
  }, xml);
}

test("legend toggles a label; the entity list steps through mentions; exports hold the result", async () => {
  const errors = [];
  const page = await openPage(errors);
  await page.setViewportSize({ width: 1100, height: 500 });
  const since = await revision(page);
  await page.click("#load-sample");
  await settled(page, since);
  const person = '#legend button[data-label="PERSON"]';
  const count = Number(await page.textContent(`${person} .count`));
  const before = await compare(page);
  assert.equal(count, before.expected.filter(([l]) => l === "PERSON").length, "the legend counts mentions");
  await page.click(person);
  assert.equal(await page.getAttribute(person, "aria-pressed"), "false");
  let got = await compare(page);
  assert.deepEqual(got.highlighted, got.expected.filter(([l]) => l !== "PERSON"), "PERSON hidden, the rest still shown");
  await page.click(person);
  assert.equal(await page.getAttribute(person, "aria-pressed"), "true");
  assert.deepEqual((await compare(page)).highlighted, before.expected);

  // An entity with several mentions: each press moves to the next one and scrolls to it.
  const target = await page.evaluate(() => {
    const b = [...document.querySelectorAll("#entities .entity-button")].find((b) => Number(b.querySelector(".count").textContent.slice(1)) > 1);
    return b && { id: b.dataset.canonical, name: b.firstChild.textContent, n: Number(b.querySelector(".count").textContent.slice(1)) };
  });
  assert.ok(target, "some entity is mentioned more than once");
  const seen = [];
  for (let i = 0; i < target.n; i++) {
    await page.click(`#entities .entity-button[data-canonical="${target.id}"]`);
    seen.push(await page.evaluate(() => {
      const range = [...CSS.highlights.get("page-current")][0];
      const r = document.createRange();
      r.setStart(document.getElementById("editor"), 0);
      r.setEnd(range.startContainer, range.startOffset);
      const box = range.getBoundingClientRect();
      return { start: r.toString().length, text: range.toString(), visible: box.top >= 0 && box.bottom <= innerHeight };
    }));
  }
  assert.equal(new Set(seen.map((s) => s.start)).size, target.n, `every mention visited once: ${JSON.stringify(seen)}`);
  assert.ok(seen.every((s) => s.visible), "each mention is scrolled into view");
  assert.match(await page.textContent("#tooltip"), new RegExp(target.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

  // Keyboard: the caret on a mention shows its details; the legend and list are buttons.
  const caretTip = await page.evaluate(async () => {
    document.getElementById("tooltip").hidden = true;
    const range = [...CSS.highlights.get("newsmark-PERSON")][0];
    document.getElementById("editor").focus();
    getSelection().collapse(range.startContainer, range.startOffset + 1);
    await new Promise((ok) => setTimeout(ok, 50));
    const tip = document.getElementById("tooltip");
    return { hidden: tip.hidden, text: tip.textContent, mention: range.toString() };
  });
  assert.equal(caretTip.hidden, false, "the caret on a mention shows its tooltip");
  assert.ok(caretTip.text.includes(caretTip.mention) && caretTip.text.includes("PERSON"), caretTip.text);
  await page.focus(person);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(person, "aria-pressed"), "false");
  await page.keyboard.press("Space");
  assert.equal(await page.getAttribute(person, "aria-pressed"), "true");

  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const exported = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.deepEqual(exported.entities.map((e) => [e.label, e.text]), before.expected);
  assert.equal(exported.text, before.text);
  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
  const standalone = readFileSync(await html.path(), "utf8");
  assert.match(standalone, /^<!doctype html>/);
  assert.equal((standalone.match(/<mark /g) ?? []).length, before.expected.length);
  const [tml] = await Promise.all([page.waitForEvent("download"), page.click("#export-timeml")]);
  assert.equal(tml.suggestedFilename(), "newsmark.tml");
  const timeml = await readTimeML(page, readFileSync(await tml.path(), "utf8"));
  assert.equal(timeml.text, before.text, "the TEXT element reads back as the article");
  assert.deepEqual(timeml.timexes, before.expected.filter(([l]) => l === "DATE" || l === "TIME").map(([, t]) => t));
  assert.deepEqual(errors, []);
  await page.close();
});

test("pasted HTML stays text, runs nothing, and is escaped in the HTML export", async () => {
  const errors = [];
  const page = await openPage(errors);
  await page.evaluate(() => (window.__xss = 0));
  const payload = `<img src=x onerror="window.__xss=1"> President Joe Biden <script>window.__xss=2</script><b onmouseover="window.__xss=3">bold</b>`;
  await paste(page, payload, `<p>${payload}</p>`, errors);
  assert.equal(await page.$$eval("#editor *, #reader *", (n) => n.length), 0, "no element was created from the paste");
  assert.equal((await compare(page)).text, payload);
  await page.check("#show-names");
  assert.equal(await page.$$eval("#reader img, #reader script, #reader b", (n) => n.length), 0);
  assert.ok((await page.textContent("#reader")).includes("<img src=x"));
  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
  const standalone = readFileSync(await html.path(), "utf8");
  assert.ok(standalone.includes("&lt;img src=x onerror="), "escaped in the export");
  assert.ok(!/<img|<script>window|<b /.test(standalone), "no markup from the text in the export");
  const [tml] = await Promise.all([page.waitForEvent("download"), page.click("#export-timeml")]);
  assert.equal((await readTimeML(page, readFileSync(await tml.path(), "utf8"))).text, payload, "escaped in the TimeML");
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__xss), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page runs one worker, the one its first script started, and without it extracts in the page", async () => {
  const errors = [];
  const page = await openPage(errors);
  await paste(page, "President Joe Biden met Olaf Scholz in Berlin on Tuesday.");
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  const first = await page.evaluate(() => performance.getEntriesByName("page:worker").length);
  assert.deepEqual(workers, ["/pkg/worker.js"]); // main.js adopted it rather than starting another
  assert.equal(first, 1);
  assert.deepEqual(errors, []);
  await page.close();

  // The worker's code cannot load: the page carries on in the main thread.
  const broken = await newPage(env.browser, errors);
  await broken.route("**/pkg/worker.js", (route) => route.fulfill({ status: 404, body: "not found" }));
  await broken.goto(env.url);
  await broken.waitForSelector("body[data-ready=true]");
  await paste(broken, "President Joe Biden met Olaf Scholz in Berlin on Tuesday.");
  const got = await compare(broken);
  assert.ok(got.expected.length >= 3);
  assert.deepEqual(got.highlighted, got.expected);
  assert.ok(errors.every((e) => /404|worker/i.test(e)), JSON.stringify(errors)); // the browser logs the missing file
  await broken.close();
});

test("a 1 MB text is extracted in the worker while a timer keeps firing", async () => {
  const errors = [];
  const page = await openPage(errors);
  const base = samples().map((s) => s.text).join("\n\n");
  const big = base.repeat(Math.ceil((1 << 20) / base.length)).slice(0, 1 << 20);
  await paste(page, "warm-up: President Joe Biden.");
  await page.evaluate(() => {
    window.ticks = [];
    window.progressSeen = false;
    window.timer = setInterval(() => {
      window.ticks.push(performance.now());
      window.progressSeen ||= !document.getElementById("progress").hidden;
    }, 10);
  });
  const since = await revision(page);
  const startedAt = await page.evaluate(() => performance.now());
  await paste(page, big);
  const timing = await page.evaluate((startedAt) => {
    clearInterval(window.timer);
    const t = window.ticks.filter((x) => x > startedAt);
    return { ticks: t.length, progressSeen: window.progressSeen };
  }, startedAt);
  assert.ok(Number(await revision(page)) > since);
  // The page kept running its own work while the worker extracted.
  assert.ok(timing.ticks >= 10, `the timer fired ${timing.ticks} times during the work`);
  assert.equal(timing.progressSeen, true, "progress was shown while the worker ran");
  const got = await page.evaluate(() => ({ length: document.getElementById("editor").textContent.length, highlighted: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) }));
  assert.equal(got.length, big.length);
  assert.ok(got.highlighted > 1000);
  assert.deepEqual(errors, []);
  await page.close();
});

test("without the Highlight API, a read-only copy shows the highlights with their label names", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.addInitScript(() => {
    delete window.Highlight;
  });
  await page.goto(env.url);
  await page.waitForSelector("body[data-ready=true]");
  const since = await revision(page);
  await page.click("#load-sample");
  await settled(page, since);
  const got = await page.evaluate(async () => {
    const { extract, init, textOf } = await import("./pkg/index.js");
    await init();
    const text = textOf(document.getElementById("editor"), { include: ["contenteditable"], blockSeparator: "" });
    const doc = extract(text, { referenceDate: document.getElementById("reference-date").value });
    return {
      editorVisible: !document.getElementById("editor").hidden,
      marks: [...document.querySelectorAll("#reader mark")].map((m) => [m.dataset.label, m.firstChild.textContent, m.querySelector(".badge").textContent]),
      expected: doc.entities.map((e) => [e.label, e.text, e.label]),
    };
  });
  assert.equal(got.editorVisible, true, "the text stays editable");
  assert.deepEqual(got.marks, got.expected);
  assert.deepEqual(errors, []);
  await page.close();
});

test("names below 0.7 confidence are faded, in highlights and marks; the entity list orders by salience or position", async () => {
  const errors = [];
  const page = await openPage(errors);
  const since = await revision(page);
  await page.click("#load-sample");
  await settled(page, since);
  const core = () =>
    page.evaluate(async () => {
      const { extract, init, textOf } = await import("./pkg/index.js");
      await init();
      const text = textOf(document.getElementById("editor"), { include: ["contenteditable"], blockSeparator: "" });
      return extract(text, { referenceDate: document.getElementById("reference-date").value });
    });
  const doc = await core();
  const unsure = doc.entities.filter((e) => e.confidence !== undefined && e.confidence < 0.7).map((e) => e.text);
  assert.ok(unsure.length > 0 && unsure.length < doc.entities.length, `some names are unsure: ${unsure}`);
  const veiled = await page.evaluate(() => [...(CSS.highlights.get("page-uncertain") ?? [])].map((r) => r.toString()));
  assert.deepEqual(veiled, unsure, "the veil covers exactly the unsure names");

  // The tooltip of an unsure name says how sure.
  const first = doc.entities.findIndex((e) => e.confidence !== undefined && e.confidence < 0.7);
  await page.check("#show-names");
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll("#reader mark")].map((m) => [m.dataset.index, m.classList.contains("uncertain"), getComputedStyle(m).opacity, m.title]),
  );
  for (const [index, faded, opacity, title] of marks) {
    const e = doc.entities[Number(index)];
    const expect = e.confidence !== undefined && e.confidence < 0.7;
    assert.equal(faded, expect, `${e.text} ${e.confidence}`);
    assert.equal(opacity, expect ? "0.5" : "1");
    if (e.confidence !== undefined) assert.ok(title.endsWith(`${Math.round(e.confidence * 100)} %`), title);
  }
  await page.hover(`#reader mark[data-index="${first}"]`);
  await page.waitForSelector("#tooltip:not([hidden])");
  assert.match(await page.$eval("#tooltip", (t) => t.textContent), /Confidence\d+ %/);

  const listed = () => page.$$eval("#entities .entity-button", (bs) => bs.map((b) => Number(b.dataset.canonical)));
  await page.selectOption("#entity-order", "salience");
  const bySalience = await listed();
  const salience = bySalience.map((id) => doc.canonical[id].salience);
  assert.equal(bySalience.length, doc.canonical.length);
  assert.deepEqual(salience, [...salience].sort((a, b) => b - a));
  await page.selectOption("#entity-order", "position");
  const byPosition = (await listed()).map((id) => doc.canonical[id].mentions[0]);
  assert.deepEqual(byPosition, [...byPosition].sort((a, b) => a - b));
  assert.deepEqual(errors, []);
  await page.close();
});
