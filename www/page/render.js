// Draws text with its entities as DOM nodes: plain text nodes between <mark> elements, each
// mark holding the mention and a label badge. Only text nodes carry the user's text, so nothing
// pasted is ever parsed as HTML.

/** A readable tooltip for an entity: label, normalised value and canonical name. */
export function describe(entity, doc) {
  const parts = [entity.label];
  if (entity.value !== undefined) {
    const v = entity.value;
    parts.push(typeof v === "object" ? Object.values(v).join(" ") : String(v));
  }
  const canonical = doc.canonical[entity.entity_id];
  if (canonical && canonical.name !== entity.text) parts.push(`= ${canonical.name}`);
  return parts.join(" · ");
}

/**
 * Returns a DocumentFragment of `text` with `doc.entities` wrapped in marks.
 * Entity offsets are UTF-16 (JavaScript string) offsets.
 */
export function render(text, doc) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const entity of doc.entities) {
    if (entity.start > at) fragment.append(text.slice(at, entity.start));
    const mark = document.createElement("mark");
    mark.className = `entity label-${entity.label}`;
    mark.dataset.label = entity.label;
    mark.dataset.entityId = String(entity.entity_id);
    mark.title = describe(entity, doc);
    mark.tabIndex = 0;
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.setAttribute("aria-hidden", "true");
    badge.textContent = entity.label;
    mark.append(text.slice(entity.start, entity.end), badge);
    fragment.append(mark);
    at = entity.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}
