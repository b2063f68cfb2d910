// The side list: canonical entities grouped by label, most-mentioned first. Pressing one calls
// onPick(canonical), which steps through its mentions.

const PER_LABEL = 40; // a book chapter can have thousands; the list stays readable

export function renderEntities(container, doc, hidden, onPick) {
  const groups = new Map();
  for (const c of doc.canonical) {
    if (hidden.has(c.label)) continue;
    if (!groups.has(c.label)) groups.set(c.label, []);
    groups.get(c.label).push(c);
  }
  const total = (list) => list.reduce((n, c) => n + c.mentions.length, 0);
  const ordered = [...groups].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  container.replaceChildren(
    ...ordered.map(([label, list]) => {
      list.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
      const section = document.createElement("section");
      const heading = document.createElement("h3");
      heading.textContent = `${label} (${list.length})`;
      const ul = document.createElement("ul");
      ul.className = "entity-list";
      for (const c of list.slice(0, PER_LABEL)) {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = `entity-button label-${label}`;
        button.dataset.canonical = String(c.id);
        const name = document.createElement("span");
        name.textContent = c.name;
        const n = document.createElement("span");
        n.className = "count";
        n.textContent = `×${c.mentions.length}`;
        n.setAttribute("aria-label", `${c.mentions.length} mention${c.mentions.length === 1 ? "" : "s"}`);
        button.append(name, n);
        button.addEventListener("click", () => onPick(c));
        li.append(button);
        ul.append(li);
      }
      section.append(heading, ul);
      if (list.length > PER_LABEL) {
        const more = document.createElement("p");
        more.className = "hint";
        more.textContent = `and ${list.length - PER_LABEL} more`;
        section.append(more);
      }
      return section;
    }),
  );
}
