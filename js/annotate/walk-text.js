// Collects the readable text under an element as one string, remembering which text node holds
// each part, so entity offsets in that string can be mapped back to DOM positions.
//
// Text runs on across inline elements (`Joe <b>Biden</b>`), never across block boundaries: a
// block edge adds "\n\n" (and <br> adds "\n") that belong to no text node. Elements whose text is
// not prose, or not the page's to change, are skipped unless `include` names them.

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
    if (!OPTIONAL.has(name)) throw new Error(`newsmark: include: cannot include ${JSON.stringify(name)}; expected some of ${[...OPTIONAL].join(", ")}`);
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
    if (el !== root && el.isContentEditable && !include.has("contenteditable") && !el.parentElement?.isContentEditable) return true;
    if (view?.getComputedStyle(el).display === "none") return true;
    return false;
  }
  if (root.isContentEditable && !include.has("contenteditable")) {
    throw new Error("newsmark: the element is editable; pass include: [\"contenteditable\"] to annotate it");
  }

  const parts = [];
  const pieces = [];
  let length = 0;
  let lastBlock = null;
  let pendingBreak = "";
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (node.localName === "br") {
        pendingBreak += "\n";
        return NodeFilter.FILTER_REJECT;
      }
      if (skipped(node)) {
        if (!pendingBreak) pendingBreak = "\n";
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data) continue;
    const b = block(node.parentElement);
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
  return { text: parts.join(""), pieces };
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
