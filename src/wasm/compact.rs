//! The one form results cross into JavaScript in: typed-array columns over one table of distinct
//! strings, read by `js/compact.js`, which makes `extract()`'s objects from them (`toDocument()`)
//! and `extractSegments()`'s segments. One copy out of the wasm's memory and a few distinct
//! strings, instead of an object and two strings per entity (docs/PERFORMANCE.md, "The compact
//! result"); and no serde-wasm-bindgen: its `Serialize` code for the documents held 5 KB gzip
//! of the wasm (docs/PERFORMANCE.md, "The page's bytes, round 4").

use crate::distinct::Distinct;
use crate::mention::utf16_end;
use crate::{Extraction, Value};
use js_sys::{Array, Object, Reflect, Uint32Array};
use wasm_bindgen::JsValue;

/// "Absent" in an index column: reads `undefined` from the table it indexes in JavaScript.
const NONE: u32 = u32::MAX;

/// A value as the compact form's columns hold it: kind (0 for none, then in [`crate::Value`]'s
/// order), amount (NaN when none) and string (the TIMEX3 value, currency or unit).
fn value_parts(value: Option<&Value>) -> (u8, f64, Option<&str>) {
    use crate::Value::*;
    match value {
        None => (0, f64::NAN, None),
        Some(Timex(s)) => (1, f64::NAN, Some(s)),
        Some(Number(n)) => (2, *n, None),
        Some(Money { amount, currency }) => (3, *amount, Some(currency)),
        Some(Quantity { amount, unit }) => (4, *amount, Some(unit)),
    }
}

/// The extraction as `[words, head]` for js/compact.js, which reads `words` in this order: a
/// `Uint32Array` of `[n, c, p, 0]` (entities, canonical entities, entities with a `points_to`)
/// then columns, f64 ones first (8-byte aligned), then u32, then u8 (packed, little-endian);
/// absent numbers are NaN, absent strings [`NONE`]. `head` is `{ labels, strings,
/// reference_date, timex_types }`: the label names the label bytes index, the distinct strings
/// the string columns index, the reference date (`null` when none), and the index in `strings`
/// of each TIMEX3 type's name, which the TIMEX3 type bytes (0 for none, then in
/// [`crate::TimexType`]'s order) stand for.
///
/// 39 bytes an entity (8 more with a `points_to`) and 21 a canonical entity (58 and 25 before:
/// docs/PERFORMANCE.md, "Peak memory, round 6"): one f64 column holds the amount or the confidence, which no entity has
/// both of (names carry no value); the TIMEX3 type is a byte; `points_to`, which few entities
/// have, is a list of (entity, string) pairs; and the canonical entities' mentions are not
/// written, since they are the entities with that `entity_id`, in text order. js/compact.js
/// makes the full columns of its API from these only if asked for.
pub(super) fn compact(x: &Extraction, text: &str) -> Array {
    let (ms, cs) = (&x.mentions, &x.canonical[..]);
    let (n, c) = (ms.len(), cs.len());
    let value = |i: usize| value_parts(ms[i].value(&x.tables));
    let points: Vec<u32> = (0..n as u32)
        .filter(|&i| ms[i as usize].points_to(&x.tables).is_some())
        .collect();
    let p = points.len();
    let mut strings = Distinct::default();
    let mut words = Words::new(4 + 9 * n + 5 * c + 2 * p + (3 * n + c).div_ceil(4));
    let header = [n, c, p, 0];
    column(&mut words, 4, &mut |i| header[i] as u32);
    // An f64 column is two words an item, low half first (little-endian, as the wasm and every
    // JavaScript engine in use are).
    let half = |v: f64, j: usize| (v.to_bits() >> (32 * (j % 2))) as u32;
    column(&mut words, 2 * n, &mut |j| {
        let (kind, amount, _) = value(j / 2);
        let number = match kind {
            2.. => amount,
            _ => ms[j / 2].confidence(x.calibrated).unwrap_or(f64::NAN),
        };
        half(number, j)
    });
    column(&mut words, 2 * c, &mut |j| half(cs[j / 2].salience, j));
    // UTF-16 offsets, counted in text order as the columns are written.
    let mut utf16 = crate::text::Utf16Cursor::new(text);
    let mut start = |i: usize| utf16.utf16_at(ms[i].byte_start as usize) as u32;
    column(&mut words, n, &mut start);
    column(&mut words, n, &mut |i| {
        utf16_end(start(i), ms[i].text(text))
    });
    column(&mut words, n, &mut |i| ms[i].byte_start);
    column(&mut words, n, &mut |i| ms[i].byte_end);
    column(&mut words, n, &mut |i| ms[i].entity_id);
    let mut string = |s: Option<_>| s.map_or(NONE, |s| strings.id(s));
    column(&mut words, n, &mut |i| string(Some(ms[i].rule(&x.tables))));
    column(&mut words, n, &mut |i| string(value(i).2));
    // The TIMEX3 types' names take their places in `strings` as a column of them would.
    let mut timex_types = [NONE; 4];
    for m in ms.iter() {
        if let Some(t) = m.timex_type {
            timex_types[t as usize] = string(Some(t.as_str()));
        }
    }
    column(&mut words, p, &mut |k| points[k]);
    column(&mut words, p, &mut |k| {
        string(ms[points[k] as usize].points_to(&x.tables))
    });
    column(&mut words, c, &mut |i| string(Some(&cs[i].name)));
    column(&mut words, c, &mut |i| {
        string(cs[i].role.as_ref().map(|r| r.title.as_str()))
    });
    column(&mut words, c, &mut |i| {
        string(cs[i].role.as_ref().and_then(|r| r.of.as_deref()))
    });
    // Labels, value kinds, TIMEX3 types, canonical labels: a byte each, four to a word.
    let byte = |k: usize| match k {
        k if k < n => ms[k].label as u32,
        k if k < 2 * n => value(k - n).0 as u32,
        k if k < 3 * n => ms[k - 2 * n].timex_type.map_or(0, |t| t as u32 + 1),
        k => cs.get(k - 3 * n).map_or(0, |e| e.label as u32),
    };
    column(&mut words, (3 * n + c).div_ceil(4), &mut |w| {
        (0..4).fold(0, |word, b| word | byte(4 * w + b) << (8 * b))
    });
    let labels = crate::Label::ALL.iter().map(|l| l.as_str());
    let date = x.reference_date.as_ref().map_or(JsValue::NULL, |r| {
        object(&[
            ("date", r.date.as_str().into()),
            ("source", r.source.as_str().into()),
        ])
    });
    let head = object(&[
        ("labels", strings_array(labels)),
        ("strings", strings_array(strings.list.into_iter())),
        ("reference_date", date),
        ("timex_types", Uint32Array::from(&timex_types[..]).into()),
    ]);
    Array::of2(&words.finish(), &head)
}

/// A JavaScript array of `strings` (set by index: a host's `Array.prototype.push` is never called).
fn strings_array<'a>(strings: impl ExactSizeIterator<Item = &'a str>) -> JsValue {
    let array = Array::new_with_length(strings.len() as u32);
    for (i, s) in strings.enumerate() {
        array.set(i as u32, s.into());
    }
    array.into()
}

/// A plain object with `fields`, in their order.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (key, value) in fields {
        // Setting a property of a fresh plain object cannot throw.
        let _ = Reflect::set(&o, &(*key).into(), value);
    }
    o.into()
}

/// The compact form's words, written into a `Uint32Array` made in JavaScript at their exact count,
/// through a buffer of [`Words::BUFFER`] words: the wasm never holds them all, so they do not
/// land on top of its heap, which never shrinks (docs/PERFORMANCE.md, "Peak memory, round 3").
struct Words {
    out: Uint32Array,
    at: u32,
    buffer: Vec<u32>,
}

impl Words {
    const BUFFER: usize = 1 << 14;

    fn new(len: usize) -> Words {
        Words {
            out: Uint32Array::new_with_length(len as u32),
            at: 0,
            buffer: Vec::with_capacity(Words::BUFFER),
        }
    }

    fn flush(&mut self) {
        let end = self.at + self.buffer.len() as u32;
        self.out.subarray(self.at, end).copy_from(&self.buffer);
        self.at = end;
        self.buffer.clear();
    }

    fn finish(mut self) -> Uint32Array {
        self.flush();
        debug_assert_eq!(self.at, self.out.length());
        self.out
    }
}

/// Appends `f(0)`, …, `f(len - 1)`: one loop for every column (a loop per column's closure type
/// took more of the wasm).
fn column(words: &mut Words, len: usize, f: &mut dyn FnMut(usize) -> u32) {
    for i in 0..len {
        if words.buffer.len() == Words::BUFFER {
            words.flush();
        }
        words.buffer.push(f(i));
    }
}
