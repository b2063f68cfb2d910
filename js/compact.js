// The compact result of extractCompact(): the entities as typed-array columns the wasm wrote once
// (one copy out of its memory), and a table of the distinct strings the columns index, instead
// of an object and two strings per entity. Objects equal to extract()'s are made only
// when asked for: entity(i), canonical(i), iteration, toDocument(). For 10 MB of news that is
// ~14 MB of arrays where extract()'s objects take ~70 MB (docs/PERFORMANCE.md, "The compact result").
// No wasm here: the worker's result is rebuilt from the same parts on the page's side.

// Captured at load: a host page that replaces String.prototype.slice later gets the same texts.
const { slice } = String.prototype;

/** See extractCompact in index.js; `words` and `head` as `compact` in src/wasm.rs writes them. */
export class CompactResult {
  constructor(text, words, head) {
    const [n, c, m] = words;
    let at = words.byteOffset + 16; // after the header [n, c, m, 0]
    const take = (Type, length) => {
      const column = new Type(words.buffer, at, length);
      at += column.byteLength;
      return column;
    };
    this.text = text;
    this.length = n;
    this.canonicalCount = c;
    this.labelNames = head.labels;
    this.strings = head.strings;
    this.reference_date = head.reference_date;
    // In src/wasm.rs's order: f64 columns, then u32, then u8.
    this.confidences = take(Float64Array, n);
    this.amounts = take(Float64Array, n);
    this.salience = take(Float64Array, c);
    this.starts = take(Uint32Array, n);
    this.ends = take(Uint32Array, n);
    this.byteStarts = take(Uint32Array, n);
    this.byteEnds = take(Uint32Array, n);
    this.entityIds = take(Uint32Array, n);
    this.rules = take(Uint32Array, n);
    this.valueStrings = take(Uint32Array, n);
    this.timexTypes = take(Uint32Array, n);
    this.pointsTo = take(Uint32Array, n);
    this.canonicalNames = take(Uint32Array, c);
    this.roleTitles = take(Uint32Array, c);
    this.roleOfs = take(Uint32Array, c);
    this.mentionStarts = take(Uint32Array, c + 1);
    this.mentions = take(Uint32Array, m);
    this.labels = take(Uint8Array, n);
    this.valueKinds = take(Uint8Array, n);
    this.canonicalLabels = take(Uint8Array, c);
  }

  /** Entity `i` as extract() gives it (a new object each call). */
  entity(i) {
    const s = this.strings;
    const e = {
      text: slice.call(this.text, this.starts[i], this.ends[i]),
      label: this.labelNames[this.labels[i]],
      start: this.starts[i],
      end: this.ends[i],
      byte_start: this.byteStarts[i],
      byte_end: this.byteEnds[i],
    };
    // Kinds as src/wasm.rs's value_parts: none, TIMEX3 value, number, money, quantity.
    const [kind, amount, string] = [this.valueKinds[i], this.amounts[i], s[this.valueStrings[i]]];
    if (kind) e.value = kind < 2 ? string : kind < 3 ? amount : { amount, [kind < 4 ? "currency" : "unit"]: string };
    if (s[this.timexTypes[i]] !== undefined) e.timex_type = s[this.timexTypes[i]];
    if (s[this.pointsTo[i]] !== undefined) e.points_to = s[this.pointsTo[i]];
    e.entity_id = this.entityIds[i];
    e.rule = s[this.rules[i]];
    if (!Number.isNaN(this.confidences[i])) e.confidence = this.confidences[i];
    return e;
  }

  /** Canonical entity `i` as extract()'s `canonical[i]`. */
  canonical(i) {
    const s = this.strings;
    const e = { id: i, label: this.labelNames[this.canonicalLabels[i]], name: s[this.canonicalNames[i]] };
    e.mentions = Array.from(this.mentions.subarray(this.mentionStarts[i], this.mentionStarts[i + 1]));
    if (s[this.roleTitles[i]] !== undefined) {
      e.role = { title: s[this.roleTitles[i]] };
      if (s[this.roleOfs[i]] !== undefined) e.role.of = s[this.roleOfs[i]];
    }
    e.salience = this.salience[i];
    return e;
  }

  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.entity(i);
  }

  /** The whole result as objects: what extract() returns. */
  toDocument() {
    return {
      entities: [...this],
      canonical: Array.from({ length: this.canonicalCount }, (_, i) => this.canonical(i)),
      reference_date: this.reference_date,
    };
  }
}
