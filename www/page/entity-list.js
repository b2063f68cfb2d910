// The side list of canonical entities. Pressing one calls onPick(canonical), which steps through
// its mentions. Three orders (the "Order" control): grouped by label, most-mentioned first (the
// default); by salience, what the article is about first; by position of the first mention.
import { compare } from "./collate.js";

const PER_LABEL = 40; // a book chapter can have thousands; the list stays readable
const FLAT = 80; // the same for the flat orders

const firstMention = (c) => (c.mentions.length ? c.mentions[0] : Infinity);

/** Canonical entities in the list's order: [[heading or null, entities]], each list cut short. */
function sections(doc, hidden, order) {
  const shown = doc.canonical.filter((c) => !hidden.has(c.label));
  if (order === "salience" || order === "position") {
    const list = [...shown].sort(
      order === "salience"
        ? (a, b) => b.salience - a.salience || firstMention(a) - firstMention(b)
        : (a, b) => firstMention(a) - firstMention(b),
    );
    return [[null, list, FLAT]];
  }
  const groups = new Map();
  for (const c of shown) {
    if (!groups.has(c.label)) groups.set(c.label, []);
    groups.get(c.label).push(c);
  }
  const total = (list) => list.reduce((n, c) => n + c.mentions.length, 0);
  const ordered = [...groups].sort((a, b) => total(b[1]) - total(a[1]) || compare(a[0], b[0]));
  return ordered.map(([label, list]) => {
    list.sort((a, b) => b.mentions.length - a.mentions.length || compare(a.name, b.name));
    return [`${label} (${list.length})`, list, PER_LABEL];
  });
}

function button(c, onPick, order) {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = `entity-button label-${c.label}`;
  button.dataset.canonical = String(c.id);
  button.title = `${c.label} · salience ${c.salience.toFixed(2)}`;
  const name = document.createElement("span");
  name.textContent = c.name;
  const n = document.createElement("span");
  n.className = "count";
  n.textContent = `×${c.mentions.length}`;
  n.setAttribute("aria-label", `${c.mentions.length} mention${c.mentions.length === 1 ? "" : "s"}`);
  button.append(name, n);
  if (order === "salience") {
    const s = document.createElement("span");
    s.className = "count salience";
    s.textContent = c.salience.toFixed(2);
    s.setAttribute("aria-label", `salience ${c.salience.toFixed(2)}`);
    button.append(s);
  }
  button.addEventListener("click", () => onPick(c));
  li.append(button);
  return li;
}

export function renderEntities(container, doc, hidden, onPick, order = "mentions") {
  container.dataset.order = order;
  container.replaceChildren(
    ...sections(doc, hidden, order).map(([title, list, limit]) => {
      const section = document.createElement("section");
      if (title) {
        const heading = document.createElement("h3");
        heading.textContent = title;
        section.append(heading);
      }
      const ul = document.createElement("ul");
      ul.className = "entity-list";
      ul.append(...list.slice(0, limit).map((c) => button(c, onPick, order)));
      section.append(ul);
      if (list.length > limit) {
        const more = document.createElement("p");
        more.className = "hint";
        more.textContent = `and ${list.length - limit} more`;
        section.append(more);
      }
      return section;
    }),
  );
}
