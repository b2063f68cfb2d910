//! The thin JavaScript layer: converts options in and documents out with serde-wasm-bindgen,
//! and turns every error into a JavaScript `Error` with a readable message. No logic lives here.

use crate::{Label, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(start)]
fn start() {
    crate::wasm_panic::install();
}

/// Rejects keys of a plain object outside `allowed` (serde-wasm-bindgen only looks up known ones).
fn check_keys(value: &JsValue, allowed: &[&str], what: &str) -> Result<(), JsError> {
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        if js_sys::Array::is_array(value) {
            return Ok(());
        }
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !allowed.contains(&key.as_str()) {
                let expected: Vec<_> = allowed
                    .iter()
                    .filter(|k| !k.contains('_'))
                    .copied()
                    .collect();
                return Err(JsError::new(&format!(
                    "invalid options: unknown field `{key}` in {what}, expected one of {}",
                    expected.join(", ")
                )));
            }
        }
    }
    Ok(())
}

/// Checks the keys of each object in the array `options[field]`, if it is one.
fn check_list_keys(options: &JsValue, field: &str, allowed: &[&str]) -> Result<(), JsError> {
    let list =
        js_sys::Reflect::get(options, &JsValue::from_str(field)).unwrap_or(JsValue::UNDEFINED);
    if js_sys::Array::is_array(&list) {
        for (i, item) in js_sys::Array::from(&list).iter().enumerate() {
            check_keys(&item, allowed, &format!("{field}[{i}]"))?;
        }
    }
    Ok(())
}

fn options_from(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if options.is_object() {
        check_keys(&options, crate::OPTION_NAMES, "options")?;
        use crate::recognize::custom_entries::{ENTRY_FIELDS, PATTERN_FIELDS};
        check_list_keys(&options, "entries", ENTRY_FIELDS)?;
        check_list_keys(&options, "patterns", PATTERN_FIELDS)?;
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// Extracts the entities of `text`; `options` may be `undefined`; `on_progress`, if given, is
/// called with the fraction of the text read after each 64 KB segment.
#[wasm_bindgen(js_name = extract)]
pub fn extract_js(
    text: &str,
    options: JsValue,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    let extractor =
        crate::Extractor::new(&options_from(options)?).map_err(|e| JsError::new(&e.to_string()))?;
    extract_with(&extractor, text, on_progress)
}

fn extract_with(
    extractor: &crate::Extractor,
    text: &str,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    let mut report = |fraction: f64| {
        if let Some(f) = &on_progress {
            // js/index.js hands in a callback that never throws: it keeps the caller's exception
            // and rethrows it after this call.
            let _ = f.call1(&JsValue::NULL, &fraction.into());
        }
    };
    let doc = extractor
        .extract_with_progress(text, &mut report)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&doc)
}

/// An extractor holding checked options, for repeated calls.
#[wasm_bindgen(js_name = Extractor)]
pub struct JsExtractor(crate::Extractor);

#[wasm_bindgen(js_class = Extractor)]
impl JsExtractor {
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsExtractor, JsError> {
        let inner = crate::Extractor::new(&options_from(options)?)
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(JsExtractor(inner))
    }

    pub fn extract(
        &self,
        text: &str,
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsError> {
        extract_with(&self.0, text, on_progress)
    }
}

/// `doc` (extracted from `text`) and `text` as a TimeML document: the Rust writer in
/// `src/timeml.rs`, so the CLI, the page and the JavaScript API write the same XML.
#[wasm_bindgen(js_name = toTimeML)]
pub fn to_timeml_js(text: &str, doc: JsValue) -> Result<String, JsError> {
    let doc: crate::Document = serde_wasm_bindgen::from_value(doc)
        .map_err(|e| JsError::new(&format!("invalid document: {e}")))?;
    crate::timeml::to_timeml(text, &doc).map_err(|e| JsError::new(&e.to_string()))
}

/// Every label name, in documentation order.
#[wasm_bindgen]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_string()).collect()
}

/// The largest text accepted, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}
