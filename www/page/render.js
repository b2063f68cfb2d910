// Draws text with its entities as DOM nodes, for the read-only view with label names and for
// the HTML export: text nodes between <mark>s, each mark holding the mention and a label badge.
// Only text nodes carry the user's text, so nothing is ever parsed as HTML.
import { describe } from "../pkg/index.js";

/** Names less confident than this are drawn faded (the page's marks and highlights). */
export const UNCERTAIN = 0.7;

/** Whether an entity is a name the tagger is unsure of. */
export const uncertain = (entity) => typeof entity.confidence === "number" && entity.confidence < UNCERTAIN;

/** A fragment of `text` with the entities of `doc` (minus hidden labels) as marks, built in `owner`. */
export function render(text, doc, { hidden = new Set(), owner = document } = {}) {
  const fragment = owner.createDocumentFragment();
  let at = 0;
  doc.entities.forEach((entity, index) => {
    if (hidden.has(entity.label)) return;
    if (entity.start > at) fragment.append(text.slice(at, entity.start));
    const mark = owner.createElement("mark");
    mark.className = `entity label-${entity.label}${uncertain(entity) ? " uncertain" : ""}`;
    mark.dataset.label = entity.label;
    mark.dataset.index = String(index);
    mark.title = describe(entity, doc);
    mark.tabIndex = 0;
    const badge = owner.createElement("span");
    badge.className = "badge";
    badge.textContent = entity.label;
    mark.append(text.slice(entity.start, entity.end), " ", badge);
    fragment.append(mark);
    at = entity.end;
  });
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}
