// The compact result of extractCompact(): the entities as typed-array columns the wasm wrote once
// (one copy out of its memory), and a table of the distinct strings the columns index, instead
// of an object and two strings per entity. Objects equal to extract()'s are made only
// when asked for: entity(i), canonical(i), iteration, toDocument(). For 10 MB of news that is
// ~8.5 MB of arrays (39 bytes an entity, 21 a canonical entity) where extract()'s objects take
// ~70 MB (docs/PERFORMANCE.md, "The compact result" and "Peak memory, round 6"); the columns of
// index.d.ts that are not written (confidences, amounts, timexTypes, pointsTo, mentions) are
// made from those that are, on first use.
// No wasm here: the worker's result is rebuilt from the same parts on the page's side.

// Captured at load: a host page that replaces String.prototype.slice later gets the same texts.
const { slice } = String.prototype;

const NONE = 0xffffffff;

/** See extractCompact in index.js; `words` and `head` as `compact` in src/wasm/compact.rs writes them. */
export class CompactResult {
  #confidences;
  #amounts;
  #timexTypesAll;
  #pointsToAll;
  #mentionStarts;
  #mentions;
  constructor(text, words, head) {
    const [n, c, p] = words;
    let at = words.byteOffset + 16; // after the header [n, c, p, 0]
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
    this.timexTypeStrings = head.timex_types;
    // In src/wasm/compact.rs's order: f64 columns, then u32, then u8. `numbers` holds the amount
    // where the value kind is a number, money or a quantity, and the confidence elsewhere.
    this.numbers = take(Float64Array, n);
    this.salience = take(Float64Array, c);
    this.starts = take(Uint32Array, n);
    this.ends = take(Uint32Array, n);
    this.byteStarts = take(Uint32Array, n);
    this.byteEnds = take(Uint32Array, n);
    this.entityIds = take(Uint32Array, n);
    this.rules = take(Uint32Array, n);
    this.valueStrings = take(Uint32Array, n);
    this.pointing = take(Uint32Array, p); // the entities with a points_to, in order
    this.pointsToStrings = take(Uint32Array, p);
    this.canonicalNames = take(Uint32Array, c);
    this.roleTitles = take(Uint32Array, c);
    this.roleOfs = take(Uint32Array, c);
    this.labels = take(Uint8Array, n);
    this.valueKinds = take(Uint8Array, n);
    this.timexTypeIds = take(Uint8Array, n);
    this.canonicalLabels = take(Uint8Array, c);
  }

  // The full columns of index.d.ts, made from the compact ones only when asked for, then kept
  // (plain loops: a host page's changes to the built-in prototypes do not reach them).
  get confidences() {
    return (this.#confidences ??= this.#numbers((kind) => kind < 2));
  }
  get amounts() {
    return (this.#amounts ??= this.#numbers((kind) => kind >= 2));
  }
  get timexTypes() {
    if (!this.#timexTypesAll) {
      const all = new Uint32Array(this.length);
      for (let i = 0; i < all.length; i++) all[i] = this.timexTypeIds[i] ? this.timexTypeStrings[this.timexTypeIds[i] - 1] : NONE;
      this.#timexTypesAll = all;
    }
    return this.#timexTypesAll;
  }
  get pointsTo() {
    if (!this.#pointsToAll) {
      const all = new Uint32Array(this.length);
      for (let i = 0; i < all.length; i++) all[i] = NONE;
      for (let k = 0; k < this.pointing.length; k++) all[this.pointing[k]] = this.pointsToStrings[k];
      this.#pointsToAll = all;
    }
    return this.#pointsToAll;
  }
  // Canonical entity `c`'s mentions: the entities whose id is `c`, in text order.
  get mentionStarts() {
    if (!this.#mentionStarts) {
      const starts = new Uint32Array(this.canonicalCount + 1);
      for (let i = 0; i < this.length; i++) starts[this.entityIds[i] + 1]++;
      for (let c = 0; c < this.canonicalCount; c++) starts[c + 1] += starts[c];
      this.#mentionStarts = starts;
    }
    return this.#mentionStarts;
  }
  get mentions() {
    if (!this.#mentions) {
      const next = new Uint32Array(this.mentionStarts.subarray(0, this.canonicalCount));
      const mentions = new Uint32Array(this.length);
      for (let i = 0; i < this.length; i++) mentions[next[this.entityIds[i]]++] = i;
      this.#mentions = mentions;
    }
    return this.#mentions;
  }

  /** `numbers` where `keep(valueKind)`, NaN elsewhere. */
  #numbers(keep) {
    const all = new Float64Array(this.length);
    for (let i = 0; i < all.length; i++) all[i] = keep(this.valueKinds[i]) ? this.numbers[i] : NaN;
    return all;
  }

  /** The string index of entity `i`'s `points_to` (NONE when it has none). */
  #pointsTo(i) {
    const pointing = this.pointing;
    let [lo, hi] = [0, pointing.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pointing[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return pointing[lo] === i ? this.pointsToStrings[lo] : NONE;
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
    // Kinds as src/wasm/compact.rs's value_parts: none, TIMEX3 value, number, money, quantity.
    const [kind, number, string] = [this.valueKinds[i], this.numbers[i], s[this.valueStrings[i]]];
    if (kind) e.value = kind < 2 ? string : kind < 3 ? number : { amount: number, [kind < 4 ? "currency" : "unit"]: string };
    const timexType = this.timexTypeIds[i];
    if (timexType) e.timex_type = s[this.timexTypeStrings[timexType - 1]];
    const pointsTo = s[this.#pointsTo(i)];
    if (pointsTo !== undefined) e.points_to = pointsTo;
    e.entity_id = this.entityIds[i];
    e.rule = s[this.rules[i]];
    if (kind < 2 && !Number.isNaN(number)) e.confidence = number;
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
