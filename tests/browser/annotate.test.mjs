// annotate(), <newsmark-annotate>, the worker and the one-line embed, in headless Chromium, on a
// host page fixture with nested markup, its own CSS and event listeners.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, start } from "./chromium.mjs";

const FIXTURE = readFileSync(new URL("fixtures/host.html", import.meta.url), "utf8");
let env;
before(async () => (env = await start()));
after(async () => env?.stop());

/** The fixture page, served by the test (so its inline <style> needs no CSP exception). */
async function hostPage(errors) {
  const page = await newPage(env.browser, errors);
  const url = `${env.url}fixture/host.html`;
  await page.route(url, (route) => route.fulfill({ body: FIXTURE, contentType: "text/html; charset=utf-8" }));
  await page.goto(url);
  await page.evaluate(async () => {
    window.newsmark = await import("/pkg/index.js");
    await window.newsmark.init();
    // Host listeners, counted, on elements the annotator will put marks inside.
    window.clicks = { biden: 0, putin: 0, article: 0 };
    document.getElementById("biden").addEventListener("click", () => window.clicks.biden++);
    document.getElementById("putin").addEventListener("click", (e) => (e.preventDefault(), window.clicks.putin++));
    document.getElementById("article").addEventListener("click", () => window.clicks.article++);
    // Computed styles of every host element, to compare after annotating.
    window.styleSnapshot = () =>
      [...document.querySelectorAll("body *:not(mark.newsmark)")].map((el) => {
        const s = getComputedStyle(el);
        return [el.tagName, el.id, s.color, s.backgroundColor, s.fontWeight, s.fontStyle, s.fontSize, s.fontFamily, s.letterSpacing, s.display, s.margin, s.padding, s.textDecoration, s.lineHeight].join("|");
      });
  });
  return page;
}

test("marks mode highlights across nested inline elements, keeps the host intact, and remove() restores it exactly", async () => {
  const errors = [];
  const page = await hostPage(errors);
  const before = await page.evaluate(() => ({ html: document.getElementById("article").innerHTML, styles: styleSnapshot() }));
  const got = await page.evaluate(() => {
    const article = document.getElementById("article");
    window.bidenText = document.getElementById("biden").firstChild; // a node the host holds on to
    const text = newsmark.textOf(article);
    const expected = newsmark.extract(text).entities;
    window.handle = newsmark.annotate(article);
    const byId = new Map();
    for (const m of article.querySelectorAll("mark.newsmark")) {
      if (!byId.has(m.dataset.entId)) byId.set(m.dataset.entId, []);
      byId.get(m.dataset.entId).push(m);
    }
    const mark = article.querySelector("mark.newsmark");
    const ms = getComputedStyle(mark);
    return {
      text,
      expected: expected.map((e) => [e.label, e.text]),
      drawn: handle.entities.map((e) => [e.label, e.text]),
      marked: [...byId.values()].map((ms) => [ms[0].dataset.entLabel, ms.map((m) => m.textContent).join("")]),
      fragments: [...byId.values()].filter((ms) => ms.length > 1).map((ms) => ms.map((m) => m.textContent)),
      badges: [...byId.values()].map((ms) => ms.map((m) => "entLast" in m.dataset)),
      titles: [...byId.values()].map((ms) => ms[0].title),
      inSkipped: article.querySelectorAll("code mark, textarea mark, [contenteditable] mark, script mark").length,
      markStyle: [ms.backgroundColor, ms.color, ms.padding, ms.fontSize === getComputedStyle(mark.parentElement).fontSize],
      hostMark: getComputedStyle(document.getElementById("host-mark")).backgroundColor,
      badge: getComputedStyle(article.querySelector("mark.newsmark[data-ent-last]"), "::after").content,
    };
  });
  // What is read: inline elements run on; blocks and <br> separate; skipped elements do not count.
  assert.match(got.text, /US President Joe Biden will hold/);
  assert.match(got.text, /President Joe\n\nBiden starts/);
  assert.match(got.text, /Line\nPresident Joe Biden after/);
  assert.doesNotMatch(got.text, /Code is skipped: President/);
  // What is drawn is what the core returns for that text (an entity cut by a block is not).
  assert.ok(got.expected.length >= 4, JSON.stringify(got.expected));
  assert.deepEqual(got.drawn, got.expected);
  assert.deepEqual(got.marked, got.expected, "each mention's marks spell it out, with its label");
  assert.ok(got.fragments.some((f) => f.join("") === "Joe Biden" && f.length === 2), `"Joe <b>Biden</b>" is one mention in two marks: ${JSON.stringify(got.fragments)}`);
  assert.ok(got.badges.every((b) => b.filter(Boolean).length === 1 && b.at(-1)), "one badge per mention, on its last fragment");
  assert.ok(got.titles.every((t) => /^[A-Z_]+ · /.test(t)), "every mark has a tooltip");
  assert.equal(got.inSkipped, 0, "code, textarea, contenteditable and script are left alone");
  // Scoped styles: the host's `mark {}` rule does not reach ours; ours do not reach the host's mark.
  assert.notEqual(got.markStyle[0], "rgb(255, 255, 0)");
  assert.equal(got.markStyle[1], "rgb(17, 17, 17)");
  assert.notEqual(got.markStyle[2], "20px");
  assert.equal(got.markStyle[3], true, "marks inherit the host's font size");
  assert.equal(got.hostMark, "rgb(255, 255, 0)");
  assert.match(got.badge, /^"[A-Z_]+"$/, "the label badge is generated content, not text");

  assert.deepEqual(await page.evaluate(() => styleSnapshot()), before.styles, "host computed styles unchanged");
  // Listeners still fire, through the marks inside their elements.
  await page.click("#biden mark.newsmark");
  await page.click("#putin mark.newsmark");
  assert.deepEqual(await page.evaluate(() => clicks), { biden: 1, putin: 1, article: 2 });

  const after = await page.evaluate(() => {
    handle.remove();
    handle.remove(); // idempotent
    return {
      html: document.getElementById("article").innerHTML,
      sameNode: document.getElementById("biden").firstChild === bidenText,
      sheets: document.adoptedStyleSheets.length,
    };
  });
  assert.equal(after.html, before.html, "innerHTML restored byte for byte");
  assert.equal(after.sameNode, true, "the host's own text nodes are back, not copies");
  assert.equal(after.sheets, 0, "the stylesheet leaves with the last annotation");
  assert.deepEqual(await page.evaluate(() => styleSnapshot()), before.styles);
  await page.click("#biden");
  assert.equal(await page.evaluate(() => clicks.biden), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("annotate refuses what it should, with clear Errors and their codes", async () => {
  const errors = [];
  const page = await hostPage(errors);
  const messages = await page.evaluate(() => {
    const article = document.getElementById("article");
    const attempt = (f) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return `${e.constructor.name} ${e.code}: ${e.message}`;
      }
    };
    const h = newsmark.annotate(article);
    const out = [
      attempt(() => newsmark.annotate(article)),
      attempt(() => newsmark.annotate(article.querySelector("[contenteditable]"))),
      attempt(() => newsmark.annotate(null)),
      attempt(() => newsmark.annotate(article, { mode: "underline" })),
      attempt(() => newsmark.annotate(article, { colour: "red" })),
    ];
    h.remove();
    out.push(attempt(() => newsmark.annotate(article, { doc: newsmark.extract("President Joe Biden") })));
    out.push(attempt(() => newsmark.annotate(article, { patterns: [{ pattern: "(", label: "ORG" }] })));
    return out;
  });
  assert.match(messages[0], /^Error NEWSMARK_ALREADY_ANNOTATED: newsmark: this element is already annotated/);
  assert.match(messages[1], /^Error NEWSMARK_INVALID_ELEMENT: newsmark: the element is editable; pass include/);
  assert.match(messages[2], /^TypeError NEWSMARK_INVALID_ELEMENT: newsmark: annotate needs an Element/);
  assert.match(messages[3], /^Error NEWSMARK_INVALID_OPTIONS: newsmark: invalid options: mode must be "marks" or "highlight"/);
  assert.match(messages[4], /^Error NEWSMARK_INVALID_OPTIONS: newsmark: invalid options: unknown field `colour` in annotate options, expected one of mode, .*dayFirst/);
  assert.match(messages[5], /^Error NEWSMARK_DOC_MISMATCH: newsmark: options.doc was not extracted from this element's current text/);
  assert.match(messages[6], /^Error NEWSMARK_INVALID_PATTERN: newsmark: invalid pattern patterns\[0\]/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("highlight mode changes no DOM, registers one highlight per label, and remove() clears them", async () => {
  const errors = [];
  const page = await hostPage(errors);
  const got = await page.evaluate(() => {
    const article = document.getElementById("article");
    const html = article.innerHTML;
    const expected = newsmark.extract(newsmark.textOf(article)).entities;
    const handle = newsmark.annotate(article, { mode: "highlight" });
    const unchanged = article.innerHTML === html;
    const highlighted = [];
    for (const [name, h] of CSS.highlights) for (const r of h) highlighted.push([name, r.toString(), r.startOffset]);
    highlighted.sort((a, b) => (a[2] - b[2]) || a[1].localeCompare(b[1]));
    const grouped = new Map();
    for (const r of handle.ranges) grouped.set(r.index, [...(grouped.get(r.index) ?? []), r.range.toString()]);
    const biden = document.getElementById("biden").firstChild;
    const at = handle.entityAt(biden, 2);
    handle.remove();
    return {
      unchanged,
      expected: expected.map((e) => [e.label, e.text]),
      mentions: [...grouped.values()].map((parts) => parts.join("")),
      names: [...new Set(highlighted.map((h) => h[0]))].sort(),
      at: at && [at.label, at.text],
      after: CSS.highlights.size,
      html: article.innerHTML === html,
    };
  });
  assert.equal(got.unchanged, true, "no DOM change");
  assert.deepEqual(got.mentions, got.expected.map((e) => e[1]));
  assert.deepEqual(got.names, [...new Set(got.expected.map((e) => `newsmark-${e[0]}`))].sort());
  assert.deepEqual(got.at, ["PERSON", "Joe Biden"], "entityAt finds the mention under a DOM position");
  assert.equal(got.after, 0);
  assert.equal(got.html, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("<newsmark-annotate> annotates its content, follows its attributes and restores it when removed", async () => {
  const errors = [];
  const page = await hostPage(errors);
  const got = await page.evaluate(async () => {
    const el = document.getElementById("element");
    const html = el.innerHTML;
    const annotated = new Promise((ok) => el.addEventListener("newsmark-annotated", (e) => ok(e.detail), { once: true }));
    (await import("/pkg/element.js")).defineElement();
    const detail = await annotated;
    const expected = newsmark.extract(newsmark.textOf(el), { referenceDate: "2021-12-06" }).entities;
    const marks = [...el.querySelectorAll("mark.newsmark")].map((m) => [m.dataset.entLabel, m.textContent]);
    const again = new Promise((ok) => el.addEventListener("newsmark-annotated", (e) => ok(e.detail), { once: true }));
    el.setAttribute("labels", "PERSON");
    await again;
    const people = [...el.querySelectorAll("mark.newsmark")].map((m) => m.dataset.entLabel);
    const parent = el.parentNode;
    el.remove();
    const restored = el.innerHTML === html;
    parent.append(el); // annotates again on reconnection
    return { count: detail.entities.length, expected: expected.map((e) => [e.label, e.text]), marks, people, restored };
  });
  assert.ok(got.expected.some(([l, t]) => l === "PERSON" && t === "Narendra Modi"), JSON.stringify(got.expected));
  assert.deepEqual(got.marks, got.expected);
  assert.equal(got.count, got.expected.length);
  assert.ok(got.people.length > 0 && got.people.every((l) => l === "PERSON"));
  assert.equal(got.restored, true, "content restored exactly when the element leaves the page");
  await page.waitForFunction(() => document.querySelectorAll("#element mark.newsmark").length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("createWorker() extracts off the main thread with the same result, and errors as Errors", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.goto(`${env.url}demo/`); // under the page's CSP
  const got = await page.evaluate(async () => {
    const newsmark = await import("/pkg/index.js");
    await newsmark.init();
    const worker = newsmark.createWorker();
    const text = "US President Joe Biden will call on 7 December 2021. Acme Corp said no.";
    const options = { entries: [{ text: "acme corp", label: "ORG" }] };
    const inWorker = await worker.extract(text, options);
    const error = await worker.extract(text, { labels: ["PEOPLE"] }).catch((e) => `${e.constructor.name}: ${e.message}`);
    const fractions = [];
    const long = await worker.extract(`${text}\n`.repeat(3000), { ...options, onProgress: (f) => fractions.push(f) });
    worker.terminate();
    const afterTerminate = await worker.extract(text).catch((e) => e.message);
    return { same: JSON.stringify(inWorker) === JSON.stringify(newsmark.extract(text, options)), count: inWorker.entities.length, error, afterTerminate, fractions, longCount: long.entities.length };
  });
  // 219 KB of lines: four 64 KB segments, one report after each, in this thread.
  assert.deepEqual(got.fractions.length, 4, JSON.stringify(got.fractions));
  assert.ok(got.fractions.every((f, i) => f > 0 && (i === 0 || f > got.fractions[i - 1])) && got.fractions.at(-1) === 1);
  assert.equal(got.longCount, got.count * 3000);
  assert.equal(got.same, true);
  assert.ok(got.count >= 3);
  assert.match(got.error, /^Error: newsmark: invalid options: .*PEOPLE/);
  assert.match(got.afterTerminate, /terminated/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("createWorker({ worker }) adopts a worker started earlier; a worker that is not one, or with a url, is refused", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.goto(`${env.url}demo/`); // under the page's CSP
  const got = await page.evaluate(async () => {
    // Started first, as a page's first script would, before the package's code has loaded.
    const started = new Worker("/pkg/worker.js", { type: "module", name: "newsmark" });
    const newsmark = await import("/pkg/index.js");
    await newsmark.init();
    const refused = (options) => {
      try {
        newsmark.createWorker(options);
        return "made";
      } catch (e) {
        return `${e.constructor.name} ${e.code}`;
      }
    };
    const worker = newsmark.createWorker({ worker: started });
    const text = "US President Joe Biden will call on 7 December 2021. Acme Corp said no.";
    const inWorker = await worker.extract(text, { referenceDate: "2021-12-06" });
    const fractions = [];
    await worker.extract(`${text}\n`.repeat(1500), { onProgress: (f) => fractions.push(f) });
    worker.terminate();
    return {
      same: JSON.stringify(inWorker) === JSON.stringify(newsmark.extract(text, { referenceDate: "2021-12-06" })),
      count: inWorker.entities.length,
      fractions: fractions.length,
      terminated: await worker.extract(text).catch((e) => e.code),
      notAWorker: refused({ worker: {} }),
      both: refused({ worker: started, url: "/pkg/worker.js" }),
    };
  });
  assert.equal(got.same, true);
  assert.ok(got.count >= 3);
  assert.equal(got.fractions, 2, "progress reports reach this side"); // 110 KB: two 64 KB segments
  assert.equal(got.terminated, "NEWSMARK_WORKER_TERMINATED");
  assert.equal(got.notAWorker, "TypeError NEWSMARK_INVALID_OPTIONS");
  assert.equal(got.both, "TypeError NEWSMARK_INVALID_OPTIONS");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the one-line embed annotates the demo article under the page's strict CSP", async () => {
  const errors = [];
  const page = await newPage(env.browser, errors);
  await page.goto(`${env.url}demo/`);
  const got = await page.evaluate(async () => {
    const handles = await (await import("/pkg/embed.js")).handles;
    const story = document.getElementById("story");
    return {
      handles: handles.length,
      marks: [...story.querySelectorAll("mark.newsmark")].map((m) => m.dataset.entLabel),
      outside: document.querySelectorAll("header mark.newsmark, footer mark.newsmark, code mark.newsmark").length,
      background: getComputedStyle(story.querySelector("mark.newsmark")).backgroundColor,
      expected: handles[0].doc.entities.length,
    };
  });
  assert.equal(got.handles, 1, "one annotation, on the <article>");
  assert.ok(got.marks.includes("PERSON") && got.marks.includes("DATE"), got.marks.join(","));
  assert.ok(new Set(got.marks).size <= got.marks.length && got.expected > 0);
  assert.equal(got.outside, 0, "only the article, never its code sample");
  assert.notEqual(got.background, "rgba(0, 0, 0, 0)", "the adopted stylesheet applies under CSP");
  assert.deepEqual(errors, [], "no CSP violation or error");
  await page.close();
});

test("textOf reads exactly the text annotate maps to nodes, on its fast path and off it", async () => {
  const errors = [];
  const page = await hostPage(errors);
  const got = await page.evaluate(() => {
    const out = [];
    const box = document.createElement("div");
    document.body.append(box);
    for (const html of ["<div>One line\n</div><div>\n</div><div>President <b>Joe</b> Biden\n</div>", "a<br>b <i>President Joe Biden</i>", "x<code>y</code>z"]) {
      box.innerHTML = html;
      for (const blockSeparator of ["", "\n\n"]) {
        const handle = newsmark.annotate(box, { mode: "highlight", blockSeparator });
        out.push([html, blockSeparator, newsmark.textOf(box, { blockSeparator }), handle.text]);
        handle.remove();
      }
    }
    return out;
  });
  for (const [html, separator, fast, mapped] of got) assert.equal(fast, mapped, `${html} with ${JSON.stringify(separator)}`);
  assert.equal(got[0][2], "One line\n\nPresident Joe Biden\n");
  assert.equal(got[2][2], "a\nb President Joe Biden");
  assert.deepEqual(errors, []);
  await page.close();
});
