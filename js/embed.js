// The one-line embed: add to any page
//
//   <script type="module" src="https://your.site/newsmark/embed.js"></script>
//
// and the page's <article> elements (or the elements matching data-target, or else <body>) are
// annotated with <mark>s once the wasm has loaded; <newsmark-annotate> elements work too.
// Optional attributes on the script tag: data-target (a CSS selector, or "none"), data-mode
// ("marks" | "highlight"), data-labels ("PERSON,ORG"), data-reference-date ("2021-12-06").
// `handles` resolves to the annotations made; each has remove().
import { init, annotate } from "./index.js";
import { defineElement } from "./element.js";

defineElement();

const self = import.meta.url.split(/[?#]/)[0];
const script = [...document.querySelectorAll("script[src]")].find((s) => s.src.split(/[?#]/)[0] === self);
const config = script?.dataset ?? {};

async function run() {
  if (config.target === "none") return [];
  await init();
  let targets = [...document.querySelectorAll(config.target ?? "article")];
  if (!targets.length && !config.target && !document.querySelector("newsmark-annotate")) targets = [document.body];
  // Nested targets: the outermost annotation covers the inner ones.
  targets = targets.filter((t) => !targets.some((o) => o !== t && o.contains(t)));
  return targets.map((element) =>
    annotate(element, {
      mode: config.mode ?? "marks",
      labels: config.labels ? config.labels.split(",").map((s) => s.trim()) : undefined,
      referenceDate: config.referenceDate,
    }),
  );
}

/** Resolves to the annotations made (each with remove()); rejects if annotation failed. */
export const handles = run();
handles.catch((e) => console.error(e));
