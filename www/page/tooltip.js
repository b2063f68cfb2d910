// The details box for one entity (label, value, canonical entity, role), shown next to the
// mention under the pointer or the caret. Built from text nodes only.
import { details } from "../pkg/index.js";

export function createTooltip(element) {
  let current = null;
  return {
    /** Shows `entity` below `rect` (a DOMRect); same entity again is a no-op. */
    show(entity, doc, rect) {
      if (current !== entity) {
        current = entity;
        const dl = document.createElement("dl");
        for (const [name, value] of details(entity, doc)) {
          const dt = document.createElement("dt");
          dt.textContent = name;
          const dd = document.createElement("dd");
          dd.textContent = value;
          dl.append(dt, dd);
        }
        const quote = document.createElement("p");
        quote.className = "mention";
        quote.textContent = `“${entity.text}”`;
        element.replaceChildren(quote, dl);
        element.className = `tooltip label-${entity.label}`;
      }
      element.hidden = false;
      const width = element.offsetWidth;
      element.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - width - 4))}px`;
      element.style.top = `${rect.bottom + 6}px`;
    },
    hide() {
      current = null;
      element.hidden = true;
    },
  };
}
