// Words for an entity, shared by tooltips, the page and exports: its label, normalised value,
// canonical name and, for people, the role (a TITLE right before a mention: "President").

/** The normalised value as text: "2021-12-07", "750000", "4500000000 USD", "400 km". */
export function valueText(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") {
    if ("currency" in value) return `${value.amount} ${value.currency}`;
    if ("unit" in value) return `${value.amount} ${value.unit}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * Canonical entity id → role, from TITLE mentions directly before one of its mentions
 * ("Prime Minister Narendra Modi", "Kremlin spokesperson, Dmitry Peskov").
 * @param {string} text @param {import("../index").Document} doc @returns {Map<number, string>}
 */
export function roles(text, doc) {
  const out = new Map();
  const list = doc.entities;
  for (let i = 0; i + 1 < list.length; i++) {
    const title = list[i];
    const next = list[i + 1];
    if (title.label === "TITLE" && next.label === "PERSON" && /^[\s,]*$/.test(text.slice(title.end, next.start))) {
      if (!out.has(next.entity_id)) out.set(next.entity_id, title.text);
    }
  }
  return out;
}

/** Parts of an entity's description, in reading order, as [name, value] pairs. */
export function details(entity, doc, roleMap) {
  const rows = [["Label", entity.label]];
  const value = valueText(entity.value);
  if (value) rows.push(["Value", value]);
  const canonical = doc.canonical[entity.entity_id];
  if (canonical) rows.push(["Entity", `${canonical.name} (${canonical.mentions.length} mention${canonical.mentions.length === 1 ? "" : "s"})`]);
  const role = roleMap?.get(entity.entity_id);
  if (role) rows.push(["Role", role]);
  return rows;
}

/** One line for a title attribute: "DATE · 2021-12-07 · December 7 (2 mentions)". */
export function describe(entity, doc, roleMap) {
  return details(entity, doc, roleMap).map(([, v]) => v).join(" · ");
}
