// What callers pass in, checked in one place on the JavaScript side: the text, the per-call
// onProgress, option keys and labels. Option, entry and pattern field names and label names
// come from the wasm (names(): option, entry and pattern fields, labels, built from the
// Rust definitions), never from a copy here; read.js checks the values.
import { newsmarkError } from "./errors.js";

const typeOf = (value) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Throws unless `text` is a string; with `limit` (UTF-8 bytes), unless it fits. */
export function checkText(text, limit) {
  if (typeof text !== "string") {
    throw newsmarkError("NEWSMARK_INVALID_TEXT", `text must be a string, got ${typeOf(text)}`, TypeError);
  }
  if (limit !== undefined) checkSize(text, limit);
}

/** Refuses text above the limit before it is copied into the wasm's memory. */
function checkSize(text, limit) {
  // UTF-8 takes 1 to 3 bytes per UTF-16 unit: only text longer than limit / 3 needs counting.
  if (text.length <= limit / 3) return;
  if (utf8Length(text, limit) > limit) {
    const message = `text of ${text.length} characters is larger than the limit of ${limit} bytes (UTF-8)`;
    throw newsmarkError("NEWSMARK_INPUT_TOO_LARGE", message, RangeError);
  }
}

/**
 * How many bytes `TextEncoder` writes for `text` (a lone surrogate becomes U+FFFD, 3 bytes);
 * counting stops once past `limit`. The regular expression skips runs of ASCII, one byte per
 * unit, natively: 8 ms for 10 MB of English news against 25–60 ms for a loop over every unit.
 */
export function utf8Length(text, limit = Infinity) {
  const wide = /[^\x00-\x7f]/g;
  let bytes = text.length;
  while (bytes <= limit && wide.exec(text) !== null) {
    let i = wide.lastIndex - 1;
    for (let c; i < text.length && (c = text.charCodeAt(i)) >= 0x80; i++) {
      if (c < 0x800) bytes += 1;
      else if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) (bytes += 2), i++;
      else bytes += 2;
    }
    wide.lastIndex = i;
  }
  return bytes;
}

/** Splits the per-call `onProgress` off `options`: [the rest, onProgress or undefined]. */
export function splitProgress(options) {
  if (options === null || typeof options !== "object" || !("onProgress" in options)) return [options, undefined];
  const { onProgress, ...rest } = options;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: onProgress must be a function, got ${typeOf(onProgress)}`);
  }
  return [rest, onProgress];
}

/** Throws unless `options` is absent or an object whose keys are all in `allowed` (any, if null). */
export function checkKeys(options, allowed, where) {
  if (options === undefined || options === null) return;
  if (typeOf(options) !== "object") {
    throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: ${where} must be an object, got ${typeOf(options)}`);
  }
  for (const key of allowed ? Object.keys(options) : []) {
    if (allowed.includes(key)) continue;
    const expected = allowed.filter((k) => !k.includes("_")).join(", "); // aliases unlisted, as in the wasm's message
    throw newsmarkError("NEWSMARK_INVALID_OPTIONS", `invalid options: unknown field \`${key}\` in ${where}, expected one of ${expected}`);
  }
}

/**
 * What read.js does not refuse, since it looks up only the keys it knows: unknown keys
 * of the options, then of each entry and pattern, then unknown labels in `labels`, `entries`
 * and `patterns`. `names` are the wasm's: { options, entry, pattern, labels }. Anything but a
 * plain object is left to read.js, which says what is wrong with it.
 */
export function checkOptions(options, names) {
  if (typeOf(options) !== "object") return;
  checkKeys(options, names.options, "options");
  const each = (field, check) => Array.isArray(options[field]) && options[field].forEach(check);
  each("entries", (item, i) => typeOf(item) === "object" && checkKeys(item, names.entry, `entries[${i}]`));
  each("patterns", (item, i) => typeOf(item) === "object" && checkKeys(item, names.pattern, `patterns[${i}]`));
  each("labels", (label, i) => checkLabel(label, `labels[${i}]`, names.labels));
  for (const field of ["entries", "patterns"]) each(field, (item, i) => checkLabel(item?.label, `${field}[${i}].label`, names.labels));
}

/** A label that is a string must be one of `labels` (one that is not is read.js's to refuse). */
function checkLabel(label, where, labels) {
  if (typeof label !== "string" || labels.includes(label)) return;
  const message = `invalid options: ${where}: unknown label ${JSON.stringify(label)}: expected one of ${labels.join(", ")}`;
  throw newsmarkError("NEWSMARK_UNKNOWN_LABEL", message);
}
