// The annotator's styles, adopted as a constructable stylesheet (allowed under a strict CSP,
// unlike an injected <style>) into the document or shadow root being annotated, and removed
// when the last annotation there is removed.
//
// Scoped both ways: every selector needs `mark.newsmark[data-ent-label]` or a `newsmark-*`
// highlight name, so nothing leaks into the host; marks reset every property (`all: unset`)
// with `!important`, so the host's `mark { … }` rules do not restyle them. Colours are
// displaCy's, overridable per label with custom properties (`--newsmark-PERSON: #c0b0ff`).

export const PALETTE = {
  PERSON: "#aa9cfc", NORP: "#c887fb", FAC: "#9cc9cc", ORG: "#7aecec", GPE: "#feca74", LOC: "#ff9561",
  PRODUCT: "#bfeeb7", EVENT: "#ffeb80", WORK_OF_ART: "#f0d0ff", LAW: "#ff8197", LANGUAGE: "#ff8197",
  DATE: "#bfe1d9", TIME: "#bfe1d9", PERCENT: "#e4e7d2", MONEY: "#e4e7d2", QUANTITY: "#e4e7d2",
  ORDINAL: "#e4e7d2", CARDINAL: "#e4e7d2", TITLE: "#dddddd",
};

/** Highlight-API names, one per label: `newsmark-PERSON`. */
export const highlightName = (label) => `newsmark-${label}`;

function css() {
  const rules = [
    `mark.newsmark[data-ent-label] {
      all: unset !important;
      background: var(--newsmark-bg) !important; color: #111 !important;
      border-radius: .25em !important; padding: 0 .12em !important;
      -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important;
    }`,
    `mark.newsmark[data-ent-last]::after {
      all: unset !important;
      content: attr(data-ent-label) !important;
      font: 700 .62em/1 system-ui, sans-serif !important; letter-spacing: .02em !important;
      margin-left: .35em !important; vertical-align: .15em !important; color: #111 !important;
    }`,
    // A mention split over several marks reads as one: no inner padding or corners at the joins.
    `mark.newsmark[data-ent-label]:not([data-ent-last]) { padding-right: 0 !important; border-top-right-radius: 0 !important; border-bottom-right-radius: 0 !important; }`,
    `mark.newsmark[data-ent-cont] { padding-left: 0 !important; border-top-left-radius: 0 !important; border-bottom-left-radius: 0 !important; }`,
    `mark.newsmark[data-ent-label]:focus-visible { outline: 2px solid #111 !important; outline-offset: 1px !important; }`,
  ];
  for (const [label, colour] of Object.entries(PALETTE)) {
    rules.push(`mark.newsmark[data-ent-label="${label}"] { --newsmark-bg: var(--newsmark-${label}, ${colour}); }`);
    rules.push(`::highlight(${highlightName(label)}) { background-color: var(--newsmark-${label}, ${colour}); color: #111; }`);
  }
  return rules.join("\n");
}

const adopted = new WeakMap(); // Document | ShadowRoot → { sheet, users }

/** Adds the stylesheet to `scope` (a Document or ShadowRoot); returns a function that drops it. */
export function adoptStyles(scope) {
  let entry = adopted.get(scope);
  if (!entry) {
    const View = (scope.ownerDocument ?? scope).defaultView;
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(css());
    entry = { sheet, users: 0 };
    adopted.set(scope, entry);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  }
  entry.users++;
  let dropped = false;
  return () => {
    if (dropped) return;
    dropped = true;
    if (--entry.users === 0) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== entry.sheet);
      adopted.delete(scope);
    }
  };
}
