// Collects the readable text under an element as one string, remembering which text node holds
// each part, so entity offsets in that string can be mapped back to DOM positions.
//
// Text runs on across inline elements (`Joe <b>Biden</b>`), never across block boundaries: a
// block edge adds "\n\n" (and <br> adds "\n") that belong to no text node. Elements whose text is
// not prose, or not the page's to change, are skipped unless `include` names them.

import { newsmarkError } from "../errors.js";

/** Skipped by default; `include` may name the ones marked optional. */
const ALWAYS_SKIPPED = new Set(["script", "style", "textarea", "input", "select", "option", "noscript", "template", "iframe", "object", "svg", "math", "head"]);
const OPTIONAL = new Set(["code", "pre", "kbd", "samp", "contenteditable"]);
/** Used when an element has no computed style (not rendered): HTML's inline elements. */
const INLINE_TAGS = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "label", "code", "kbd", "samp"]);

/**
 * @param {Element} root
 * @param {{ include?: string[], blockSeparator?: string }} [options]
 * @returns {{ text: string, pieces: { node: Text, start: number, end: number }[] }}
 */
export function collectText(root, options = {}) {
  const include = new Set(options.include ?? []);
  for (const name of include) {
    if (!OPTIONAL.has(name)) {
      throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: include: cannot include ${JSON.stringify(name)}; expected some of ${[...OPTIONAL].join(", ")}`);
    }
  }
  const blockSeparator = options.blockSeparator ?? "\n\n";
  const view = root.ownerDocument.defaultView;
  const blockOf = new Map(); // element → its nearest block container (itself if a block)

  function isInline(el) {
    const display = view?.getComputedStyle(el).display;
    if (!display) return INLINE_TAGS.has(el.localName);
    return display === "inline" || display === "contents";
  }
  function block(el) {
    if (el === root || !root.contains(el)) return root;
    let b = blockOf.get(el);
    if (b === undefined) {
      b = isInline(el) ? block(el.parentElement) : el;
      blockOf.set(el, b);
    }
    return b;
  }
  function skipped(el) {
    const name = el.localName;
    if (ALWAYS_SKIPPED.has(name)) return true;
    if (OPTIONAL.has(name) && !include.has(name)) return true;
    // No computed style here (display: none, isContentEditable): on long texts computing styles
    // costs more than the walk itself, and hidden text stays invisible, highlighted or not.
    if (el.hasAttribute("contenteditable") && el.getAttribute("contenteditable") !== "false") return !include.has("contenteditable");
    return false;
  }
  if (root.isContentEditable && !include.has("contenteditable")) {
    throw newsmarkError("NEWSMARK_INVALID_ELEMENT", "the element is editable; pass include: [\"contenteditable\"] to annotate it");
  }

  const parts = [];
  const pieces = [];
  let length = 0;
  let lastBlock = null;
  let pendingBreak = "";
  function addText(node) {
    if (!node.data) return;
    const b = blockSeparator ? block(node.parentElement) : root;
    let separator = pendingBreak;
    if (lastBlock !== null && b !== lastBlock && separator.length < blockSeparator.length) separator = blockSeparator;
    if (lastBlock === null) separator = "";
    if (separator) {
      parts.push(separator);
      length += separator.length;
    }
    pendingBreak = "";
    lastBlock = b;
    parts.push(node.data);
    pieces.push({ node, start: length, end: length + node.data.length });
    length += node.data.length;
  }
  // A plain walk over child lists: a TreeWalker calling a JS filter per node is several times
  // slower on long texts, and this runs on every keystroke in an editor.
  function visit(parent) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) addText(node);
      else if (node.nodeType !== 1) continue;
      else if (node.localName === "br") pendingBreak += "\n";
      else if (skipped(node)) pendingBreak ||= "\n";
      else visit(node);
    }
  }
  visit(root);
  return { text: parts.join(""), pieces };
}

/**
 * The text collectText() would return, without mapping it to nodes: when nothing under `root`
 * needs skipping and blocks add nothing, that is the DOM's own textContent, which is much
 * faster on long texts (an editor reads its text on every keystroke).
 */
export function readText(root, options = {}) {
  if (options.blockSeparator === "") {
    const include = new Set(options.include ?? []);
    const skip = [...ALWAYS_SKIPPED, ...[...OPTIONAL].filter((n) => n !== "contenteditable" && !include.has(n)), "br"];
    if (!include.has("contenteditable")) skip.push("[contenteditable]:not([contenteditable=false])");
    if ((include.has("contenteditable") || !root.isContentEditable) && !root.querySelector(skip.join(","))) return root.textContent;
  }
  return collectText(root, options).text;
}

/**
 * Splits each entity into the parts that fall in single text nodes. Entities that would cross
 * a block boundary (a separator no node holds) are left out.
 * @returns {{ entity: object, index: number, parts: { node: Text, from: number, to: number }[] }[]}
 */
export function fragments(pieces, entities) {
  const out = [];
  let p = 0;
  entities.forEach((entity, index) => {
    while (p < pieces.length && pieces[p].end <= entity.start) p++;
    const parts = [];
    let covered = entity.start;
    for (let q = p; q < pieces.length && pieces[q].start < entity.end; q++) {
      const piece = pieces[q];
      if (piece.start > covered) break; // a separator inside the entity
      const from = Math.max(entity.start, piece.start);
      const to = Math.min(entity.end, piece.end);
      if (to > from) parts.push({ node: piece.node, from: from - piece.start, to: to - piece.start });
      covered = to;
    }
    if (covered >= entity.end && parts.length) out.push({ entity, index, parts });
  });
  return out;
}
