// The no-DOM-change mode: entity fragments become Ranges in CSS Custom Highlights
// (`CSS.highlights`), one highlight per label (`newsmark-PERSON`), shared by every annotation
// in the window; the undo takes this annotation's ranges back out. Nothing in the page's DOM
// changes, so editing, selection and undo inside an editable element stay native.
import { highlightName } from "./styles.js";
import { newsmarkError } from "../errors.js";

/** True when this browser has the CSS Custom Highlight API. */
export function highlightsSupported(view = globalThis) {
  return typeof view.CSS?.highlights?.set === "function" && typeof view.Highlight === "function";
}

/**
 * @param {ReturnType<import("./walk-text.js").fragments>} frags
 * @returns {{ ranges: { range: Range, entity: object, index: number }[], undo: () => void }}
 */
export function highlightRanges(frags, view) {
  if (!highlightsSupported(view)) {
    throw newsmarkError("NEWSMARK_HIGHLIGHTS_UNSUPPORTED", "this browser has no CSS Custom Highlight API; use mode: \"marks\"");
  }
  const byLabel = new Map();
  const ranges = [];
  for (const { entity, index, parts } of frags) {
    for (const part of parts) {
      const range = part.node.ownerDocument.createRange();
      range.setStart(part.node, part.from);
      range.setEnd(part.node, part.to);
      ranges.push({ range, entity, index });
      if (!byLabel.has(entity.label)) byLabel.set(entity.label, []);
      byLabel.get(entity.label).push(range);
    }
  }
  for (const [label, list] of byLabel) {
    const name = highlightName(label);
    let highlight = view.CSS.highlights.get(name);
    if (!highlight) {
      highlight = new view.Highlight();
      view.CSS.highlights.set(name, highlight);
    }
    for (const range of list) highlight.add(range);
  }
  let done = false;
  return {
    ranges,
    undo() {
      if (done) return;
      done = true;
      for (const [label, list] of byLabel) {
        const name = highlightName(label);
        const highlight = view.CSS.highlights.get(name);
        if (!highlight) continue;
        if (highlight.size === list.length) {
          view.CSS.highlights.delete(name); // only ours: drop it whole rather than range by range
          continue;
        }
        for (const range of list) highlight.delete(range);
        if (highlight.size === 0) view.CSS.highlights.delete(name);
      }
    },
  };
}

/**
 * The highlighted entity under a DOM position (from a caret or `caretPositionFromPoint`), or
 * null: how tooltips find what the pointer or the caret is on when there are no elements.
 */
export function rangeAt(ranges, node, offset) {
  for (const r of ranges) {
    const range = r.range;
    if (range.startContainer === node && range.startOffset <= offset && offset <= range.endOffset) return r;
  }
  return null;
}
