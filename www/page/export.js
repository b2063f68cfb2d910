// Exports: the result as JSON, the text as TimeML (dates and times as TIMEX3, written by the
// core's own TimeML writer, as `newsmark --format timeml` does), and the annotated text as a
// standalone HTML file. The HTML is
// built as a DOM document and serialised, so the user's text is escaped by the serialiser,
// never concatenated into markup; only the constant stylesheet is added as a string (a <style>
// element would trip this page's own CSP, which the new document inherits).
import { PALETTE, init, toTimeML } from "../pkg/index.js";
import { render } from "./render.js";

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportJson(text, doc) {
  download("newsmark.json", "application/json", `${JSON.stringify({ text, ...doc }, null, 2)}\n`);
}

/** TimeML (.tml): the core may so far have run only in the worker, so it is loaded here first. */
export async function exportTimeML(text, doc) {
  await init();
  download("newsmark.tml", "application/xml", toTimeML(text, doc));
}

/** The standalone HTML document as a string (exported for tests of its escaping). */
export function standaloneHtml(text, doc, hidden = new Set()) {
  const out = document.implementation.createHTMLDocument("Article annotated by newsmark");
  const meta = out.createElement("meta");
  meta.setAttribute("charset", "utf-8");
  out.head.prepend(meta);
  const css = [
    "body { font: 17px/1.6 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }",
    ".text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.2; }",
    "mark { color: #111; padding: .1em .3em; border-radius: .3em; }",
    ".badge { font-size: .65em; font-weight: 700; vertical-align: .15em; }",
    ...Object.entries(PALETTE).map(([label, colour]) => `.label-${label} { background: ${colour}; }`),
  ].join("\n");
  const div = out.createElement("div");
  div.className = "text";
  div.append(render(text, doc, { hidden, owner: out }));
  out.body.append(div);
  const html = out.documentElement.outerHTML.replace("</head>", `<style>\n${css}\n</style></head>`);
  return `<!doctype html>\n${html}\n`;
}

export function exportHtml(text, doc, hidden) {
  download("newsmark.html", "text/html", standaloneHtml(text, doc, hidden));
}
