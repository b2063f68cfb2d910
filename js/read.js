// The options and toTimeML()'s document read and checked on the JavaScript side, with the words
// serde-wasm-bindgen gave (`Error: ` included: tests/node/errors-words.test.mjs pins them), then
// handed to the wasm as flat arrays it reads without checks. In the wasm, these reads and their
// messages held 7 KB gzip (docs/PERFORMANCE.md, "The page's bytes, round 4").
//
// Read as serde-wasm-bindgen read them: any object is a struct (its fields through
// `object[key]`, prototypes and getters included; a field is absent when `undefined` and not `in`
// the object), `null` and `undefined` are "no value" for optional fields, any iterable object a
// sequence. Names come from the wasm (`names`: labels, TIMEX3 types) and so does the description
// of a string or other value in a message (`describe`: Rust's `Debug`).

/** Thrown inside a read; the caller turns it into its NEWSMARK_ error. */
class ReadError {
  constructor(message) {
    this.message = message;
  }
}

const fail = (message) => {
  throw new ReadError(`Error: ${message}`);
};

/**
 * `options` (not null or undefined) as the wasm's Extractor takes them: `[referenceDate, labels,
 * dayFirst, entries, patterns, timeml, minConfidence]`, absent ones undefined, labels as indices
 * of `names.labels`, entries and patterns flat (`[text, label, id, …]`). Returns
 * `[value]` or `[undefined, message]`.
 */
export function readOptions(options, names, describe) {
  return attempt(() => {
    const o = object(options, "struct Options", describe);
    const r = new Reader(names, describe);
    const custom = (item, name, first) => {
      const e = object(item, `struct ${name}`, describe);
      const text = present(e, first, r.string);
      const label = present(e, "label", r.label);
      const id = optional(e, "id", r.string);
      return [required(text, first), required(label, "label"), id];
    };
    return [
      aliased(o, "referenceDate", "reference_date", r.string),
      optional(o, "labels", (v) => r.seq(v, r.label)),
      aliased(o, "dayFirst", "day_first", r.boolean),
      optional(o, "entries", (v) => r.seq(v, (e) => custom(e, "CustomEntry", "text"), true)),
      optional(o, "patterns", (v) => r.seq(v, (p) => custom(p, "CustomPattern", "pattern"), true)),
      optional(o, "timeml", r.boolean),
      aliased(o, "minConfidence", "min_confidence", r.number),
    ];
  });
}

/**
 * What toTimeML reads of `doc`: `[entities, referenceDate]`, entities flat (`[text, byte_start,
 * byte_end, timex_type index, value, …]`), the reference date `[date, source]` or undefined.
 * Returns `[value]` or `[undefined, message]`.
 */
export function readTimemlDocument(doc, names, describe) {
  return attempt(() => {
    const r = new Reader(names, describe);
    const o = object(doc, "struct TimemlDoc", describe);
    const entity = (item) => {
      const e = object(item, "struct TimemlEntity", describe);
      const text = present(e, "text", r.string);
      const start = present(e, "byte_start", r.index);
      const end = present(e, "byte_end", r.index);
      const type = optional(e, "timex_type", r.timexType);
      const value = optional(e, "value", r.string);
      return [required(text, "text"), required(start, "byte_start"), required(end, "byte_end"), type, value];
    };
    const entities = present(o, "entities", (v) => r.seq(v, entity, true));
    const referenceDate = optional(o, "reference_date", (v) => {
      const d = object(v, "struct ReferenceDate", describe);
      const date = present(d, "date", r.string);
      const source = present(d, "source", r.string);
      return [required(date, "date"), required(source, "source")];
    });
    return [required(entities, "entities"), referenceDate];
  });
}

function attempt(read) {
  try {
    return [read()];
  } catch (e) {
    if (e instanceof ReadError) return [undefined, e.message];
    throw e;
  }
}

/** Reads of one value each, with the wasm's names and descriptions. */
class Reader {
  constructor(names, describe) {
    const invalidAs = (expected) => (v) => invalid(v, expected, describe);
    const typed = (type, expected) => (v) => (typeof v === type ? v : invalidAs(expected)(v));
    this.string = typed("string", "a string");
    this.boolean = typed("boolean", "a boolean");
    this.number = typed("number", "f64");
    this.index = (v) => {
      if (typeof v !== "number" || !(v >= 0 && Math.trunc(v) === v && v <= Number.MAX_SAFE_INTEGER)) return invalidAs("usize")(v);
      return v <= 0xffffffff ? v : fail(`invalid value: integer \`${v}\`, expected usize`);
    };
    this.label = variant(names.labels, "enum Label", describe);
    this.timexType = variant(names.timexTypes, "enum TimexType", describe);
    /** An array, or any other iterable object (a Set), read item by item; with `flat`, each
     * item's reading (an array) spread into the result. */
    this.seq = (v, read, flat) => {
      const items = Array.isArray(v) ? v : isObject(v) && Symbol.iterator in v ? Array.from(v) : invalidAs("a sequence")(v);
      const out = [];
      for (let i = 0; i < items.length; i++) {
        const item = read(items[i]);
        if (!flat) out[out.length] = item;
        else for (let j = 0; j < item.length; j++) out[out.length] = item[j];
      }
      return out;
    };
  }
}

/** A name among `all` (read as its index), or serde's unknown variant. */
const variant = (all, expected, describe) => (v) => {
  if (typeof v !== "string") return invalid(v, expected, describe);
  const i = all.indexOf(v);
  return i >= 0 ? i : fail(`unknown variant \`${v}\`, expected one of ${all.map((n) => `\`${n}\``).join(", ")}`);
};

const isObject = (v) => typeof v === "object" && v !== null;
const nullish = (v) => v === null || v === undefined;

/** `value` as a struct named `name`: any object (arrays, maps and class instances included). */
const object = (value, name, describe) => (isObject(value) ? value : invalid(value, name, describe));

/** Field `name` of `o`: `[value]`, or undefined when absent. */
function field(o, name) {
  const v = o[name];
  return v !== undefined || name in o ? [v] : undefined;
}

/** A field read when present; serde checks the missing ones (`required`) after reading all. */
function present(o, name, read) {
  const f = field(o, name);
  return f && [read(f[0])];
}

const required = (read, name) => (read ? read[0] : fail(`missing field \`${name}\``));

/** An optional field: absent, null and undefined are undefined. */
const optional = (o, name, read) => presentNullable(o, name, read)?.[0];

/** An optional field under two names, `alias` read first; both there is serde's duplicate field. */
function aliased(o, alias, name, read) {
  const first = presentNullable(o, alias, read);
  const f = field(o, name);
  if (f && first) fail(`duplicate field \`${name}\``);
  return f ? nullable(f[0], read) : first?.[0];
}

/** `[value]` when the field is present (`[undefined]` when it holds null or undefined). */
function presentNullable(o, name, read) {
  const f = field(o, name);
  return f && [nullable(f[0], read)];
}

const nullable = (v, read) => (nullish(v) ? undefined : read(v));

/** serde's "invalid type" message: `value` described as serde-wasm-bindgen did. */
function invalid(value, expected, describe) {
  let m;
  if (nullish(value)) m = "unit value";
  else if (typeof value === "boolean") m = `boolean \`${value}\``;
  else if (typeof value === "number") m = `floating point \`${float(value)}\``;
  else if (typeof value === "string") m = `string ${describe(value)}`;
  else if (value instanceof Uint8Array || value instanceof ArrayBuffer) m = "byte array";
  else m = describe(value);
  fail(`invalid type: ${m}, expected ${expected}`);
}

/** `n` as serde writes an f64 in a message (Rust's `Display`, with `.0` on whole numbers), from
 * `String(n)`: the same shortest digits, but JavaScript writes an exponent from 1e21 up and below
 * 1e-6, `Infinity`, and `-0` as `0`. */
function float(n) {
  const js = String(n);
  if (!Number.isFinite(n)) return js.replace("Infinity", "inf");
  const [signed, exponent = "0"] = js.split("e");
  const mantissa = signed.replace(/^-+/, "");
  const digits = mantissa.replace(".", "");
  const dot = mantissa.indexOf(".");
  const point = (dot < 0 ? mantissa.length : dot) + Number(exponent);
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point < digits.length) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
}
