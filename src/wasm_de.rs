//! JavaScript values → [`crate::Options`]: serde-wasm-bindgen 0.6's `Deserializer`, ported for
//! the options' types (same JavaScript lookups, same results, same messages) with one change: its
//! error type writes a number it did not expect (`dayFirst: 1.5`) from JavaScript's `String(n)`
//! (see `float_text.rs`), not with Rust's float formatting. serde's messages reach that
//! formatting through `Unexpected::Float`, and it was 10 KB of the wasm (gzip). Results still go
//! out through serde-wasm-bindgen's `Serializer`, which never formats a number.
//!
//! Only what the options' derived `Deserialize` calls is here (structs, options, strings, bools,
//! sequences, unit-variant enums); any other request is refused as an invalid type.

use js_sys::{Array, ArrayBuffer, JsString, Uint8Array};
use serde::de::value::SeqDeserializer;
use serde::de::{self, Expected, IntoDeserializer, Unexpected, Visitor};
use std::fmt;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `value` converted with serde-wasm-bindgen's rules for the options.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Deserializer { value })
}

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(value)`.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;

    /// A plain object read with `object[key]` (serde-wasm-bindgen's binding: no `Reflect`).
    type ObjectExt;

    #[wasm_bindgen(method, indexing_getter)]
    fn get_with_ref_key(this: &ObjectExt, key: &JsString) -> JsValue;
}

/// A JavaScript `Error` built from serde's message, or what JavaScript threw; shown as
/// `String(error)` ("Error: invalid type: …"), as serde-wasm-bindgen's errors are.
#[derive(Debug)]
pub struct Error(JsValue);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&js_string(&self.0))
    }
}

impl std::error::Error for Error {}

impl From<JsValue> for Error {
    fn from(thrown: JsValue) -> Error {
        Error(thrown)
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(JsError::new(&msg.to_string()).into())
    }

    // serde's own versions of these two would print an unexpected number with Rust's `{}`.
    #[cold]
    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> Self {
        de::Error::custom(format_args!(
            "invalid type: {}, expected {exp}",
            Shown(unexp)
        ))
    }

    #[cold]
    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> Self {
        de::Error::custom(format_args!(
            "invalid value: {}, expected {exp}",
            Shown(unexp)
        ))
    }
}

/// serde's `Display` of [`Unexpected`], word for word, with floats as in `float_text.rs`.
struct Shown<'a>(Unexpected<'a>);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        use Unexpected::*;
        match self.0 {
            Bool(b) => write!(f, "boolean `{b}`"),
            Unsigned(i) => write!(f, "integer `{i}`"),
            Signed(i) => write!(f, "integer `{i}`"),
            Float(x) => write!(f, "floating point `{}`", float_text(x)),
            Char(c) => write!(f, "character `{c}`"),
            Str(s) => write!(f, "string {s:?}"),
            Bytes(_) => f.write_str("byte array"),
            Unit => f.write_str("unit value"),
            Option => f.write_str("Option value"),
            NewtypeStruct => f.write_str("newtype struct"),
            Seq => f.write_str("sequence"),
            Map => f.write_str("map"),
            Enum => f.write_str("enum"),
            UnitVariant => f.write_str("unit variant"),
            NewtypeVariant => f.write_str("newtype variant"),
            TupleVariant => f.write_str("tuple variant"),
            StructVariant => f.write_str("struct variant"),
            Other(other) => f.write_str(other),
        }
    }
}

/// `x` as serde writes a float in a message: Rust's `{}`, plus ".0" when finite and whole.
fn float_text(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let mut text = crate::float_text::rust_display(x, &js_string(&JsValue::from_f64(x)));
    if !text.contains('.') {
        text.push_str(".0");
    }
    text
}

/// One JavaScript value being read.
pub struct Deserializer {
    value: JsValue,
}

impl From<JsValue> for Deserializer {
    fn from(value: JsValue) -> Self {
        Self { value }
    }
}

impl<'de> IntoDeserializer<'de, Error> for Deserializer {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl Deserializer {
    fn is_nullish(&self) -> bool {
        self.value.loose_eq(&JsValue::NULL)
    }

    fn is_bytes(&self) -> bool {
        self.value.dyn_ref::<Uint8Array>().is_some()
            || self.value.dyn_ref::<ArrayBuffer>().is_some()
    }

    #[cold]
    fn invalid_type_(&self, visitor: &dyn Expected) -> Error {
        let string;
        let unexpected = if self.is_nullish() {
            Unexpected::Unit
        } else if let Some(v) = self.value.as_bool() {
            Unexpected::Bool(v)
        } else if let Some(v) = self.value.as_f64() {
            Unexpected::Float(v)
        } else if let Some(v) = self.value.as_string() {
            string = v;
            Unexpected::Str(&string)
        } else if self.is_bytes() {
            Unexpected::Bytes(&[])
        } else {
            string = format!("{:?}", self.value);
            Unexpected::Other(&string)
        };
        de::Error::invalid_type(unexpected, visitor)
    }

    fn invalid_type<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, Error> {
        Err(self.invalid_type_(&visitor))
    }
}

impl<'de> de::Deserializer<'de> for Deserializer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.invalid_type(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else {
            self.invalid_type(visitor)
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value.as_bool() {
            Some(v) => visitor.visit_bool(v),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value.as_string() {
            Some(v) => visitor.visit_string(v),
            None => self.invalid_type(visitor),
        }
    }

    /// `undefined` and `null` are `None`, anything else `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// An array, or any JavaScript iterable.
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if let Some(array) = self.value.dyn_ref::<Array>() {
            visitor.visit_seq(SeqDeserializer::new(array.iter().map(Deserializer::from)))
        } else if let Some(iter) = js_sys::try_iter(&self.value)? {
            visitor.visit_seq(SeqAccess { iter })
        } else {
            self.invalid_type(visitor)
        }
    }

    /// Any object, its fields read by name in the struct's order.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if !self.value.is_object() {
            return self.invalid_type(visitor);
        }
        visitor.visit_map(ObjectAccess {
            object: self.value.unchecked_into(),
            fields: fields.iter(),
            next_value: None,
        })
    }

    /// `"Variant"`, or `{ Variant: payload }`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let access = if self.value.is_string() {
            EnumAccess {
                tag: self.value.into(),
                payload: JsValue::UNDEFINED.into(),
            }
        } else if self.value.is_object() {
            let entries = js_sys::Object::entries(self.value.unchecked_ref());
            if entries.length() != 1 {
                return Err(de::Error::invalid_length(entries.length() as _, &"1"));
            }
            let (tag, payload) = pair(entries.get(0));
            EnumAccess { tag, payload }
        } else {
            return self.invalid_type(visitor);
        };
        visitor.visit_enum(access)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit_struct
        newtype_struct tuple tuple_struct map ignored_any
    }
}

/// A `[key, value]` pair of `Object.entries`.
fn pair(entry: JsValue) -> (Deserializer, Deserializer) {
    let entry = entry.unchecked_into::<Array>();
    (entry.get(0).into(), entry.get(1).into())
}

/// The elements of a JavaScript iterable.
struct SeqAccess {
    iter: js_sys::IntoIter,
}

impl<'de> de::SeqAccess<'de> for SeqAccess {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        Ok(match self.iter.next().transpose()? {
            Some(value) => Some(seed.deserialize(Deserializer::from(value))?),
            None => None,
        })
    }
}

/// A struct's fields, looked up on the object by name; a field is missing only when its value
/// is `undefined` and the name is not `in` the object.
struct ObjectAccess {
    object: ObjectExt,
    fields: std::slice::Iter<'static, &'static str>,
    next_value: Option<Deserializer>,
}

impl<'de> de::MapAccess<'de> for ObjectAccess {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        for field in &mut self.fields {
            let key = JsString::from(*field);
            let value = self.object.get_with_ref_key(&key);
            if !value.is_undefined() || key.js_in(&self.object) {
                self.next_value = Some(Deserializer::from(value));
                let name: de::value::StrDeserializer<Error> = field.into_deserializer();
                return seed.deserialize(name).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.next_value.take().unwrap_throw())
    }
}

struct EnumAccess {
    tag: Deserializer,
    payload: Deserializer,
}

impl<'de> de::EnumAccess<'de> for EnumAccess {
    type Error = Error;
    type Variant = Deserializer;

    fn variant_seed<V: de::DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Deserializer), Error> {
        Ok((seed.deserialize(self.tag)?, self.payload))
    }
}

impl<'de> de::VariantAccess<'de> for Deserializer {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.invalid_type(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.invalid_type(visitor)
    }
}
