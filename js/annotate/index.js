// annotate(element, options): finds the entities in an existing element's text and highlights
// them in place, as <mark>s or as CSS Custom Highlights; returns a handle whose remove() puts
// the DOM back exactly. Composes the small parts: walk-text (text and where it lives),
// wrap-marks or highlight-api (drawing), styles (scoped stylesheet), describe (tooltips).
import { collectText, fragments, readText } from "./walk-text.js";
import { wrapMarks } from "./wrap-marks.js";
import { highlightRanges, rangeAt } from "./highlight-api.js";
import { adoptStyles } from "./styles.js";
import { describe } from "./describe.js";
import { newsmarkError } from "../errors.js";
import { checkKeys } from "../validate.js";

// annotate()'s own options; every other key is an extraction option, passed on to extract().
const OWN_KEYS = ["mode", "include", "blockSeparator", "doc", "extractor"];
const active = new WeakMap(); // element → handle
let annotations = 0;

/** The text annotate() reads from `element` with these options (for extracting elsewhere). */
export function textOf(element, options = {}) {
  return readText(element, options);
}

/**
 * @param {(text: string, options: object) => object} extract the core's extract
 * @param {Element} element
 * @param {object} [options] see index.d.ts (AnnotateOptions)
 * @param {string[] | null} extractionKeys the option names the wasm accepts; null before init()
 *   (only with `options.doc`, where extraction options are not read: they go unchecked)
 */
export function annotateWith(extract, element, options, extractionKeys) {
  if (!element || element.nodeType !== 1) throw newsmarkError("NEWSMARK_INVALID_ELEMENT", "annotate needs an Element", TypeError);
  checkKeys(options, extractionKeys && [...OWN_KEYS, ...extractionKeys], "annotate options");
  options ??= {};
  const mode = options.mode ?? "marks";
  if (mode !== "marks" && mode !== "highlight") {
    throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: mode must be "marks" or "highlight", got ${JSON.stringify(mode)}`);
  }
  if (active.has(element)) throw newsmarkError("NEWSMARK_ALREADY_ANNOTATED", "this element is already annotated; call remove() on its handle first");

  const { text, pieces } = collectText(element, options);
  let doc = options.doc;
  if (doc) {
    for (const e of doc.entities) {
      if (text.slice(e.start, e.end) !== e.text) throw newsmarkError("NEWSMARK_DOC_MISMATCH", "options.doc was not extracted from this element's current text");
    }
  } else {
    const extractOptions = {};
    for (const [key, value] of Object.entries(options)) if (!OWN_KEYS.includes(key) && value !== undefined) extractOptions[key] = value;
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
