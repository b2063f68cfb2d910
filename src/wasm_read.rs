//! The options and `toTimeML`'s document read from JavaScript values by hand (only on `wasm32`),
//! with the messages serde-wasm-bindgen gave. serde's derived `Deserialize` over its
//! `Deserializer` held 21 KB gzip of the wasm: a visitor per type read, the deserializer's generic
//! code, and Rust's float formatting, which only its error messages reached (docs/PERFORMANCE.md,
//! "The page under 400 KB, round 3"). `tests/node/errors-words.test.mjs` pins the words.
//!
//! Read as serde-wasm-bindgen read them: any object is a struct (its fields through `object[key]`,
//! prototypes and getters included; a field is absent when `undefined` and not `in` the object),
//! `null` and `undefined` are "no value" for optional fields, any iterable object a sequence.

use crate::recognize::custom_entries::{CustomEntry, CustomPattern};
use crate::{Document, Entity, Label, Options, ReferenceDate, TimexType, Value};
use js_sys::{Array, ArrayBuffer, Symbol, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(value)`.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;

    /// Any object, read as `object[key]`.
    type Fields;
    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &Fields, key: &JsValue) -> JsValue;
}

/// A value read, or the message saying why not (serde-wasm-bindgen's, `Error: ` included).
type Read<T> = Result<T, String>;

/// The options `extract` and `Extractor` take (`null` and `undefined` are handled before).
pub(crate) fn options(value: &JsValue) -> Read<Options> {
    let o = object(value, "struct Options")?;
    // In serde's order: the fields as declared, each alias before its name (sorted).
    Ok(Options {
        reference_date: aliased(o, "referenceDate", "reference_date", string)?,
        labels: optional(o, "labels", |v| seq(v, label))?,
        day_first: aliased(o, "dayFirst", "day_first", boolean)?,
        entries: optional(o, "entries", |v| seq(v, entry))?,
        patterns: optional(o, "patterns", |v| seq(v, pattern))?,
        timeml: optional(o, "timeml", boolean)?,
        min_confidence: aliased(o, "minConfidence", "min_confidence", number)?,
    })
}

/// What `to_timeml` reads of a document (offsets in bytes, text, TIMEX3 type and value, the
/// reference date), as a `Document` whose other fields hold placeholders. `js/index.js` hands in
/// non-string values as `undefined`.
pub(crate) fn timeml_document(value: &JsValue) -> Read<Document> {
    let o = object(value, "struct TimemlDoc")?;
    let entities = present(o, "entities", |v| seq(v, timeml_entity))?;
    let reference_date = optional(o, "reference_date", reference_date)?;
    Ok(Document {
        entities: required(entities, "entities")?,
        canonical: Vec::new(),
        reference_date,
    })
}

fn timeml_entity(value: &JsValue) -> Read<Entity> {
    let o = object(value, "struct TimemlEntity")?;
    let text = present(o, "text", string)?;
    let byte_start = present(o, "byte_start", index)?;
    let byte_end = present(o, "byte_end", index)?;
    let timex_type = optional(o, "timex_type", timex_type)?;
    let value = optional(o, "value", string)?;
    Ok(Entity {
        text: required(text, "text")?,
        label: Label::Date,
        start: 0,
        end: 0,
        byte_start: required(byte_start, "byte_start")?,
        byte_end: required(byte_end, "byte_end")?,
        value: value.map(Value::Timex),
        timex_type,
        points_to: None,
        entity_id: 0,
        rule: String::new(),
        confidence: None,
    })
}

fn reference_date(value: &JsValue) -> Read<ReferenceDate> {
    let o = object(value, "struct ReferenceDate")?;
    let date = present(o, "date", string)?;
    let source = present(o, "source", string)?;
    Ok(ReferenceDate {
        date: required(date, "date")?,
        source: required(source, "source")?,
    })
}

fn entry(value: &JsValue) -> Read<CustomEntry> {
    let o = object(value, "struct CustomEntry")?;
    let text = present(o, "text", string)?;
    let label = present(o, "label", label)?;
    let id = optional(o, "id", string)?;
    Ok(CustomEntry {
        text: required(text, "text")?,
        label: required(label, "label")?,
        id,
    })
}

fn pattern(value: &JsValue) -> Read<CustomPattern> {
    let o = object(value, "struct CustomPattern")?;
    let pattern = present(o, "pattern", string)?;
    let label = present(o, "label", label)?;
    let id = optional(o, "id", string)?;
    Ok(CustomPattern {
        pattern: required(pattern, "pattern")?,
        label: required(label, "label")?,
        id,
    })
}

/// `value` as a struct named `name`: any object (arrays, maps and class instances included).
fn object<'a>(value: &'a JsValue, name: &str) -> Read<&'a Fields> {
    match value.is_object() {
        true => Ok(value.unchecked_ref()),
        false => Err(invalid(value, name)),
    }
}

/// Field `name` of `object`, `None` when absent.
fn field(object: &Fields, name: &str) -> Option<JsValue> {
    let key = JsValue::from_str(name);
    let value = object.get(&key);
    (!value.is_undefined() || key.js_in(object)).then_some(value)
}

/// A field read when present; serde checks the missing ones ([`required`]) after reading all.
fn present<T>(o: &Fields, name: &str, read: fn(&JsValue) -> Read<T>) -> Read<Option<T>> {
    field(o, name).map(|v| read(&v)).transpose()
}

fn required<T>(value: Option<T>, name: &str) -> Read<T> {
    value.ok_or_else(|| format!("Error: missing field `{name}`"))
}

/// An optional field: absent, `null` and `undefined` are `None`.
fn optional<T>(o: &Fields, name: &str, read: fn(&JsValue) -> Read<T>) -> Read<Option<T>> {
    Ok(present_nullable(o, name, read)?.flatten())
}

/// An optional field under two names, `alias` read first; both there is serde's duplicate field.
fn aliased<T>(
    o: &Fields,
    alias: &str,
    name: &str,
    read: fn(&JsValue) -> Read<T>,
) -> Read<Option<T>> {
    let first = present_nullable(o, alias, read)?;
    match field(o, name) {
        Some(_) if first.is_some() => Err(format!("Error: duplicate field `{name}`")),
        Some(v) => nullable(&v, read),
        None => Ok(first.flatten()),
    }
}

/// A field when present, `Some(None)` when it holds `null` or `undefined` (still there for
/// [`aliased`]'s duplicate check).
fn present_nullable<T>(
    o: &Fields,
    name: &str,
    read: fn(&JsValue) -> Read<T>,
) -> Read<Option<Option<T>>> {
    field(o, name).map(|v| nullable(&v, read)).transpose()
}

fn nullable<T>(value: &JsValue, read: fn(&JsValue) -> Read<T>) -> Read<Option<T>> {
    match nullish(value) {
        true => Ok(None),
        false => read(value).map(Some),
    }
}

fn nullish(value: &JsValue) -> bool {
    value.is_null() || value.is_undefined()
}

/// An array, or any other iterable object (a `Set`), read item by item.
fn seq<T>(value: &JsValue, read: fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
    let items: Array = if Array::is_array(value) {
        value.clone().unchecked_into()
    } else if value.is_object() && Symbol::iterator().js_in(value) {
        Array::from(value)
    } else {
        return Err(invalid(value, "a sequence"));
    };
    let mut out = Vec::new();
    for item in items.iter() {
        out.push(read(&item)?);
    }
    Ok(out)
}

fn string(value: &JsValue) -> Read<String> {
    value.as_string().ok_or_else(|| invalid(value, "a string"))
}

fn boolean(value: &JsValue) -> Read<bool> {
    value.as_bool().ok_or_else(|| invalid(value, "a boolean"))
}

fn number(value: &JsValue) -> Read<f64> {
    value.as_f64().ok_or_else(|| invalid(value, "f64"))
}

/// A byte offset: a safe integer from 0 that fits a `usize` (32 bits in the wasm).
fn index(value: &JsValue) -> Read<usize> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.trunc() == n && n <= 9_007_199_254_740_991.0 => {
            let n = n as u64;
            usize::try_from(n)
                .map_err(|_| format!("Error: invalid value: integer `{n}`, expected usize"))
        }
        _ => Err(invalid(value, "usize")),
    }
}

fn label(value: &JsValue) -> Read<Label> {
    let name = value
        .as_string()
        .ok_or_else(|| invalid(value, "enum Label"))?;
    let names = Label::ALL.iter().map(|l| l.as_str());
    let found = Label::ALL.iter().find(|l| l.as_str() == name);
    found.copied().ok_or_else(|| unknown_variant(&name, names))
}

fn timex_type(value: &JsValue) -> Read<TimexType> {
    use TimexType::*;
    let name = value
        .as_string()
        .ok_or_else(|| invalid(value, "enum TimexType"))?;
    let all = [Date, Time, Duration, Set];
    let names = all.iter().map(|t| t.as_str());
    all.into_iter()
        .find(|t| t.as_str() == name)
        .ok_or_else(|| unknown_variant(&name, names))
}

fn unknown_variant<'a>(name: &str, names: impl Iterator<Item = &'a str>) -> String {
    let mut message = format!("Error: unknown variant `{name}`, expected one of ");
    for (i, known) in names.enumerate() {
        message += if i == 0 { "`" } else { ", `" };
        message += known;
        message += "`";
    }
    message
}

/// serde's "invalid type" message: `value` described as serde-wasm-bindgen did.
#[cold]
fn invalid(value: &JsValue, expected: &str) -> String {
    let mut m = String::from("Error: invalid type: ");
    if nullish(value) {
        m += "unit value";
    } else if let Some(b) = value.as_bool() {
        m += if b {
            "boolean `true`"
        } else {
            "boolean `false`"
        };
    } else if let Some(n) = value.as_f64() {
        m += "floating point `";
        m += &float(n, value);
        m += "`";
    } else if let Some(s) = value.as_string() {
        m += "string ";
        m += &format!("{s:?}");
    } else if value.is_instance_of::<Uint8Array>() || value.is_instance_of::<ArrayBuffer>() {
        m += "byte array";
    } else {
        m += &format!("{value:?}");
    }
    m += ", expected ";
    m += expected;
    m
}

/// `n` as serde writes an `f64` in a message (Rust's `Display`, with `.0` on whole numbers), made
/// from JavaScript's `String(n)`: the same shortest digits, but JavaScript writes an exponent from
/// 1e21 up and below 1e-6, `Infinity`, and `-0` as `0`. So the wasm holds no float formatting.
fn float(n: f64, value: &JsValue) -> String {
    let js = js_string(value);
    if !n.is_finite() {
        return js.replace("Infinity", "inf");
    }
    let (mantissa, exponent) = js.split_once('e').unwrap_or((&js, "0"));
    let mantissa = mantissa.trim_start_matches('-');
    let digits = mantissa.replace('.', "");
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as isize
        + exponent.parse::<isize>().unwrap_or(0);
    let mut out = String::from(if n.is_sign_negative() { "-" } else { "" });
    let zeros = |out: &mut String, k: isize| (0..k).for_each(|_| out.push('0'));
    let len = digits.len() as isize;
    if point <= 0 {
        out += "0.";
        zeros(&mut out, -point);
        out += &digits;
    } else if point < len {
        let (whole, fraction) = digits.split_at(point as usize);
        out += whole;
        out += ".";
        out += fraction;
    } else {
        out += &digits;
        zeros(&mut out, point - len);
        out += ".0";
    }
    out
}
