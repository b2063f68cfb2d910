// The legend: one toggle button per label found, with its colour swatch, name and count.
// Pressing it hides or shows that label's highlights; the name is always written out, so labels
// never depend on colour alone.
import { compare } from "./collate.js";

export function renderLegend(container, doc, hidden, onToggle) {
  const counts = new Map();
  for (const e of doc.entities) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const items = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  container.replaceChildren(
    ...items.map(([label, count]) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = `chip label-${label}`;
      button.dataset.label = label;
      button.setAttribute("aria-pressed", String(!hidden.has(label)));
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.setAttribute("aria-hidden", "true");
      const name = document.createElement("span");
      name.textContent = label;
      const n = document.createElement("span");
      n.className = "count";
      n.textContent = String(count);
      button.append(swatch, name, n);
      button.addEventListener("click", () => onToggle(label));
      li.append(button);
      return li;
    }),
  );
}
