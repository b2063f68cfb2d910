//! The options and `toTimeML`'s document as `js/read.js` hands them in (only on `wasm32`): flat
//! arrays of values already checked there, with serde-wasm-bindgen's words for what is wrong, so
//! the wasm holds no reader with messages. Those reads held 7 KB gzip of the wasm, serde's
//! derived ones 21 KB before them (docs/PERFORMANCE.md, "The page's bytes, round 4" and "The page
//! under 400 KB, round 3"). A value of another type than `js/read.js` writes reads as absent.

use crate::recognize::custom_entries::{CustomEntry, CustomPattern};
use crate::{Document, Entity, Label, Options, ReferenceDate, TimexType, Value};
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

/// `[referenceDate, labels, dayFirst, entries, patterns, timeml, minConfidence]` (`readOptions`
/// in js/read.js); anything but an object is the default options.
pub(crate) fn options(value: &JsValue) -> Options {
    let Some(o) = array(value) else {
        return Options::default();
    };
    let entry = |[text, label, id]: [JsValue; 3]| {
        Some(CustomEntry {
            text: text.as_string()?,
            label: label_at(&label)?,
            id: id.as_string(),
        })
    };
    let pattern = |[pattern, label, id]: [JsValue; 3]| {
        Some(CustomPattern {
            pattern: pattern.as_string()?,
            label: label_at(&label)?,
            id: id.as_string(),
        })
    };
    Options {
        reference_date: o.get(0).as_string(),
        labels: array(&o.get(1)).map(|a| a.iter().filter_map(|l| label_at(&l)).collect()),
        day_first: o.get(2).as_bool(),
        entries: array(&o.get(3)).map(|a| groups(&a).filter_map(entry).collect()),
        patterns: array(&o.get(4)).map(|a| groups(&a).filter_map(pattern).collect()),
        timeml: o.get(5).as_bool(),
        min_confidence: o.get(6).as_f64(),
    }
}

/// `[entities, referenceDate]` (`readTimemlDocument` in js/read.js), as a `Document` whose
/// other fields hold placeholders: what `to_timeml` reads (offsets in bytes, text, TIMEX3 type
/// and value, the reference date).
pub(crate) fn timeml_document(value: &JsValue) -> Document {
    let o = array(value);
    let get = |i| o.as_ref().map_or(JsValue::UNDEFINED, |o| o.get(i));
    let entity = |[text, start, end, timex_type, value]: [JsValue; 5]| {
        Some(Entity {
            text: text.as_string()?,
            label: Label::Date,
            start: 0,
            end: 0,
            byte_start: start.as_f64()? as usize,
            byte_end: end.as_f64()? as usize,
            value: value.as_string().map(Value::Timex),
            timex_type: timex_type
                .as_f64()
                .and_then(|i| TIMEX_TYPES.get(i as usize).copied()),
            points_to: None,
            entity_id: 0,
            rule: String::new(),
            confidence: None,
        })
    };
    let reference_date = array(&get(1)).and_then(|d| {
        Some(ReferenceDate {
            date: d.get(0).as_string()?,
            source: d.get(1).as_string()?,
        })
    });
    Document {
        entities: array(&get(0)).map_or(Vec::new(), |a| groups(&a).filter_map(entity).collect()),
        canonical: Vec::new(),
        reference_date,
    }
}

/// The TIMEX3 types in the order js/read.js counts them.
pub(crate) const TIMEX_TYPES: [TimexType; 4] = [
    TimexType::Date,
    TimexType::Time,
    TimexType::Duration,
    TimexType::Set,
];

fn array(value: &JsValue) -> Option<Array> {
    value.is_object().then(|| value.clone().unchecked_into())
}

/// The label at an index of [`Label::ALL`].
fn label_at(index: &JsValue) -> Option<Label> {
    Label::ALL.get(index.as_f64()? as usize).copied()
}

/// A flat array read `N` items at a time.
fn groups<const N: usize>(a: &Array) -> impl Iterator<Item = [JsValue; N]> + '_ {
    (0..a.length() / N as u32).map(move |g| std::array::from_fn(|k| a.get(g * N as u32 + k as u32)))
}
