//! The thin JavaScript layer: reads options in by hand ([`crate::wasm_read`]: serde's derived
//! readers held 21 KB gzip of the wasm), hands every result out in one form, typed-array columns
//! over one table of distinct strings ([`compact`]), which js/compact.js turns into `extract()`'s
//! document or `extractSegments()`'s segments (serde-wasm-bindgen, which converted documents
//! field by field before, held 5 KB gzip of the wasm: docs/PERFORMANCE.md, "The page's bytes,
//! round 4"), and turns every error into a JavaScript `Error` with a readable message and a
//! stable `code` property (`NEWSMARK_…`, all listed in js/errors.js). No logic lives here.
//!
//! Text comes in as UTF-8 bytes the JavaScript side writes straight into a buffer of the exact
//! size ([`Utf8Text`], filled by `TextEncoder.encodeInto`), not through wasm-bindgen's string
//! passing, which reserves 3 bytes per UTF-16 unit for any non-ASCII text before shrinking:
//! that reservation set the wasm heap's high-water mark for a 10 MB text (docs/PERFORMANCE.md).

use crate::{Label, Options};
use wasm_bindgen::prelude::*;

mod compact;

#[wasm_bindgen(start)]
fn start() {
    crate::wasm_panic::install();
}

/// A JavaScript `Error` carrying `code`, so callers need not read the message.
fn js_error(code: &str, message: &str) -> JsValue {
    let error: JsValue = JsError::new(message).into();
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error
}

/// The code of each core error (an exhaustive match: a new variant must pick one).
fn code_of(error: &crate::Error) -> &'static str {
    use crate::Error::*;
    match error {
        BadReferenceDate(_) => "NEWSMARK_INVALID_REFERENCE_DATE",
        UnknownLabel(_) => "NEWSMARK_UNKNOWN_LABEL",
        InputTooLarge { .. } => "NEWSMARK_INPUT_TOO_LARGE",
        BadCustomEntry(_) => "NEWSMARK_INVALID_ENTRY",
        BadCustomPattern { .. } => "NEWSMARK_INVALID_PATTERN",
        BadMinConfidence(_) => "NEWSMARK_INVALID_OPTIONS",
    }
}

fn core_error(error: crate::Error) -> JsValue {
    js_error(code_of(&error), &error.to_string())
}

/// A text as UTF-8 bytes in the wasm's memory, made at the size the JavaScript side counted and
/// filled through a view at [`Utf8Text::ptr`]; the calls that take one consume it (its memory is freed
/// when they return) and refuse bytes that are not UTF-8.
#[wasm_bindgen]
pub struct Utf8Text(Vec<u8>);

#[wasm_bindgen]
impl Utf8Text {
    /// Room for `len` bytes (zeros until written).
    #[wasm_bindgen(constructor)]
    pub fn new(len: usize) -> Utf8Text {
        Utf8Text(vec![0; len])
    }

    /// Where the bytes start in the wasm's memory, for a `Uint8Array` view to write them through.
    pub fn ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
}

impl Utf8Text {
    fn as_str(&self) -> Result<&str, JsValue> {
        std::str::from_utf8(&self.0).map_err(|e| {
            let at = e.valid_up_to();
            js_error(
                "NEWSMARK_INVALID_TEXT",
                &format!("text is not valid UTF-8: bad byte at {at}"),
            )
        })
    }
}

/// The options as js/read.js hands them in, checked there (unknown keys and labels by
/// `js/validate.js` before), read by [`crate::wasm_read`].
fn options_from(options: JsValue) -> Options {
    crate::wasm_read::options(&options)
}

/// Runs the pipeline up to linked mentions, reporting progress to `on_progress`, and hands the
/// extraction out in the compact form, with `segments` the segments' ranges as a third item: a
/// `Uint32Array` of `start, end, byte_start, byte_end` for each, from which js/index.js hands
/// out `extractSegments()`'s segments (the entities that start in each; the last takes the rest).
fn extract_with(
    extractor: &crate::Extractor,
    text: &str,
    on_progress: Option<js_sys::Function>,
    segments: bool,
) -> Result<JsValue, JsValue> {
    let mut report = |fraction: f64| {
        if let Some(f) = &on_progress {
            // js/index.js hands in a callback that never throws: it keeps the caller's exception
            // and rethrows it after this call.
            let _ = f.call1(&JsValue::NULL, &fraction.into());
        }
    };
    let x = extractor.run(text, &mut report, true).map_err(core_error)?;
    let out = compact::compact(&x, text);
    if segments {
        let mut utf16 = crate::text::Utf16Cursor::new(text);
        let ranges: Vec<u32> = (x.ranges.iter())
            .flat_map(|r| {
                let (start, end) = (utf16.utf16_at(r.start), utf16.utf16_at(r.end));
                [start, end, r.start, r.end].map(|n| n as u32)
            })
            .collect();
        out.set(2, js_sys::Uint32Array::from(&ranges[..]).into());
    }
    Ok(out.into())
}

/// An extractor holding checked options, for repeated calls.
#[wasm_bindgen(js_name = Extractor)]
pub struct JsExtractor(crate::Extractor);

#[wasm_bindgen(js_class = Extractor)]
impl JsExtractor {
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsExtractor, JsValue> {
        let inner = crate::Extractor::new(&options_from(options)).map_err(core_error)?;
        Ok(JsExtractor(inner))
    }

    /// The compact form; with `segments`, the segments' ranges too (see [`extract_with`]).
    #[wasm_bindgen(js_name = extractCompact)]
    pub fn extract_compact(
        &self,
        text: Utf8Text,
        on_progress: Option<js_sys::Function>,
        segments: bool,
    ) -> Result<JsValue, JsValue> {
        extract_with(&self.0, text.as_str()?, on_progress, segments)
    }
}

/// `doc` (extracted from `text`) and `text` as a TimeML document: the Rust writer in
/// `src/timeml.rs`, so the CLI, the page and the JavaScript API write the same XML. `doc` is what
/// TimeML reads of the document, as js/read.js hands it in ([`crate::wasm_read::timeml_document`]).
#[wasm_bindgen(js_name = toTimeML)]
pub fn to_timeml_js(text: Utf8Text, doc: JsValue) -> Result<String, JsValue> {
    let doc = crate::wasm_read::timeml_document(&doc);
    crate::timeml::to_timeml(text.as_str()?, &doc)
        .map_err(|e| js_error("NEWSMARK_DOC_MISMATCH", &e.to_string()))
}

/// `value` as Rust's `Debug` writes it (a string quoted and escaped, anything else as
/// `JsValue(…)`), for js/read.js's messages, which are serde-wasm-bindgen's words.
#[wasm_bindgen]
pub fn describe(value: JsValue) -> String {
    match value.as_string() {
        Some(s) => format!("{s:?}"),
        None => format!("{value:?}"),
    }
}

/// The names the JavaScript checks (js/validate.js, js/read.js) build on, never on a copy, as
/// one string (a line per list, names between spaces; one export, not one per list): every
/// option name `extract` and `Extractor` accept, aliases included; the fields of one of
/// `options.entries`, then of one of `options.patterns`; every label name, in documentation
/// order; the TIMEX3 types, in the order js/read.js counts them.
#[wasm_bindgen]
pub fn names() -> String {
    use crate::recognize::custom_entries::{ENTRY_FIELDS, PATTERN_FIELDS};
    let labels: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    let types: Vec<&str> = (crate::wasm_read::TIMEX_TYPES.iter())
        .map(|t| t.as_str())
        .collect();
    let lists: [&[&str]; 5] = [
        crate::OPTION_NAMES,
        ENTRY_FIELDS,
        PATTERN_FIELDS,
        &labels,
        &types,
    ];
    lists.map(|list| list.join(" ")).join("\n")
}

/// The largest text accepted, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}
