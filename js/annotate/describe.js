// Words for an entity, shared by tooltips, the page and exports: its label, normalised value,
// canonical name and, for people, the role the core read from a title beside a mention
// ("spokesperson, Kremlin") and, for the tagger's names, its confidence.

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

/** A canonical entity's role as text: "spokesperson, Kremlin", "President"; "" without one. */
export function roleText(canonical) {
  const role = canonical?.role;
  if (!role) return "";
  return role.of ? `${role.title}, ${role.of}` : role.title;
}

/** A name's confidence as a percentage ("87 %"); "" for a mention without one (found by a rule). */
export function confidenceText(entity) {
  const c = entity?.confidence;
  return typeof c === "number" ? `${Math.round(c * 100)} %` : "";
}

/** Parts of an entity's description, in reading order, as [name, value] pairs. */
export function details(entity, doc) {
  const rows = [["Label", entity.label]];
  const value = valueText(entity.value);
  if (value) rows.push(["Value", value]);
  const canonical = doc.canonical[entity.entity_id];
  if (canonical) rows.push(["Entity", `${canonical.name} (${canonical.mentions.length} mention${canonical.mentions.length === 1 ? "" : "s"})`]);
  const role = roleText(canonical);
  if (role) rows.push(["Role", role]);
  const confidence = confidenceText(entity);
  if (confidence) rows.push(["Confidence", confidence]);
  return rows;
}

/** One line for a title attribute: "DATE · 2021-12-07 · December 7 (2 mentions)". */
export function describe(entity, doc) {
  return details(entity, doc).map(([, v]) => v).join(" · ");
}
