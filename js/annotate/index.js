// annotate(element, options): finds the entities in an existing element's text and highlights
// them in place, as <mark>s or as CSS Custom Highlights; returns a handle whose remove() puts
// the DOM back exactly. Composes the small parts: walk-text (text and where it lives),
// wrap-marks or highlight-api (drawing), styles (scoped stylesheet), describe (tooltips).
import { collectText, fragments, readText } from "./walk-text.js";
import { wrapMarks } from "./wrap-marks.js";
import { highlightRanges, rangeAt } from "./highlight-api.js";
import { adoptStyles } from "./styles.js";
import { describe } from "./describe.js";

const EXTRACT_KEYS = ["referenceDate", "labels", "entries", "patterns"];
const KNOWN_KEYS = new Set([...EXTRACT_KEYS, "mode", "include", "blockSeparator", "doc", "extractor"]);
const active = new WeakMap(); // element → handle
let annotations = 0;

/** The text annotate() reads from `element` with these options (for extracting elsewhere). */
export function textOf(element, options = {}) {
  return readText(element, options);
}

/**
 * @param {Element} element
 * @param {object} options see index.d.ts (AnnotateOptions)
 * @param {(text: string, options: object) => object} extract the core's extract
 */
export function annotateWith(extract, element, options = {}) {
  if (!element || element.nodeType !== 1) throw new TypeError("newsmark: annotate needs an Element");
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) throw new Error(`newsmark: invalid annotate options: unknown field \`${key}\`, expected one of ${[...KNOWN_KEYS].join(", ")}`);
  }
  const mode = options.mode ?? "marks";
  if (mode !== "marks" && mode !== "highlight") throw new Error(`newsmark: mode must be "marks" or "highlight", got ${JSON.stringify(mode)}`);
  if (active.has(element)) throw new Error("newsmark: this element is already annotated; call remove() on its handle first");

  const { text, pieces } = collectText(element, options);
  let doc = options.doc;
  if (doc) {
    for (const e of doc.entities) {
      if (text.slice(e.start, e.end) !== e.text) throw new Error("newsmark: options.doc was not extracted from this element's current text");
    }
  } else {
    const extractOptions = {};
    for (const key of EXTRACT_KEYS) if (options[key] !== undefined) extractOptions[key] = options[key];
    doc = options.extractor ? options.extractor.extract(text) : extract(text, extractOptions);
  }
  const shown = options.labels ? doc.entities.filter((e) => options.labels.includes(e.label)) : doc.entities;
  const frags = fragments(pieces, shown);
  const view = element.ownerDocument.defaultView;
  const dropStyles = adoptStyles(element.getRootNode());
  let drawn;
  try {
    drawn = mode === "marks"
      ? wrapMarks(frags, (e) => describe(e, doc), `nm${++annotations}`)
      : highlightRanges(frags, view);
  } catch (e) {
    dropStyles();
    throw e;
  }
  const handle = {
    mode,
    text,
    doc,
    /** The entities drawn (those a block boundary did not cut). */
    entities: frags.map((f) => f.entity),
    marks: drawn.marks ?? [],
    ranges: drawn.ranges ?? [],
    /** The entity drawn at a DOM position (highlight mode: from a caret or a point), or null. */
    entityAt(node, offset) {
      if (mode === "marks") {
        const mark = (node.nodeType === 1 ? node : node.parentElement)?.closest("mark.newsmark");
        return mark && handle.marks.includes(mark) ? shown[Number(mark.dataset.entId.split("-")[1])] : null;
      }
      return rangeAt(handle.ranges, node, offset)?.entity ?? null;
    },
    /** Restores the element exactly as it was; safe to call more than once. */
    remove() {
      drawn.undo();
      dropStyles();
      if (active.get(element) === handle) active.delete(element);
    },
  };
  active.set(element, handle);
  return handle;
}
