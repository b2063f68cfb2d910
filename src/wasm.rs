//! The thin JavaScript layer: reads options in by hand ([`crate::wasm_read`]: serde's derived
//! readers held 21 KB gzip of the wasm), converts documents out with serde-wasm-bindgen
//! (one JSON string and `JSON.parse` measured no faster and, for a 10 MB text, 425 MB peak
//! instead of 293: docs/PERFORMANCE.md; serde_json's writer would also make the wasm 1.3 KB
//! gzip larger: docs/DESIGN.md), hands long results out a segment at a time or as typed-array
//! columns over one table of distinct strings (`extractCompact`: [`compact`]), and turns every
//! error into a JavaScript `Error` with a readable message and a stable `code` property
//! (`NEWSMARK_…`, all listed in js/errors.js). No logic lives here.
//!
//! Text comes in as UTF-8 bytes the JavaScript side writes straight into a buffer of the exact
//! size ([`Utf8Text`], filled by `TextEncoder.encodeInto`), not through wasm-bindgen's string
//! passing, which reserves 3 bytes per UTF-16 unit for any non-ASCII text before shrinking:
//! that reservation set the wasm heap's high-water mark for a 10 MB text (docs/PERFORMANCE.md).

use crate::distinct::Distinct;
use crate::mention::utf16_end;
use crate::{Label, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

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

fn invalid_options(message: &str) -> JsValue {
    js_error(
        "NEWSMARK_INVALID_OPTIONS",
        &format!("invalid options: {message}"),
    )
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

/// The options, read by [`crate::wasm_read`], which looks up only the keys it knows: unknown keys
/// and labels are refused before, by `js/validate.js` (`checkOptions`), with the names this
/// module exports. Those checks walked the options here through `Reflect` at 2.4 KB gzip.
fn options_from(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    crate::wasm_read::options(&options).map_err(|e| invalid_options(&e))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            js_error(
                "NEWSMARK_INTERNAL",
                &format!("cannot convert the result: {e}"),
            )
        })
}

/// Extracts the entities of `text`; `options` may be `undefined`; `on_progress`, if given, is called with the fraction of the text read after each
/// 64 KB segment.
#[wasm_bindgen(js_name = extract)]
pub fn extract_js(
    text: Utf8Text,
    options: JsValue,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsValue> {
    let extractor = crate::Extractor::new(&options_from(options)?).map_err(core_error)?;
    extract_with(&extractor, text.as_str()?, on_progress, false)
}

/// [`extract_js`] in the compact form ([`compact`]).
#[wasm_bindgen(js_name = extractCompact)]
pub fn extract_compact_js(
    text: Utf8Text,
    options: JsValue,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsValue> {
    let extractor = crate::Extractor::new(&options_from(options)?).map_err(core_error)?;
    extract_with(&extractor, text.as_str()?, on_progress, true)
}

/// Runs the pipeline up to linked mentions, reporting progress to `on_progress`, and hands the
/// extraction out as `extract()`'s document (`compact` false) or as [`compact`]'s form.
fn extract_with(
    extractor: &crate::Extractor,
    text: &str,
    on_progress: Option<js_sys::Function>,
    compact: bool,
) -> Result<JsValue, JsValue> {
    let mut report = |fraction: f64| {
        if let Some(f) = &on_progress {
            // js/index.js hands in a callback that never throws: it keeps the caller's exception
            // and rethrows it after this call.
            let _ = f.call1(&JsValue::NULL, &fraction.into());
        }
    };
    let x = extractor.run(text, &mut report, true).map_err(core_error)?;
    match compact {
        true => self::compact(&x, text),
        false => to_js(&x.into_document(text)),
    }
}

/// "Absent" in an index column: reads `undefined` from the table it indexes in JavaScript.
const NONE: u32 = u32::MAX;

/// A value as the compact form's columns hold it: kind (0 for none, then in [`crate::Value`]'s
/// order), amount (NaN when none) and string (the TIMEX3 value, currency or unit).
fn value_parts(value: Option<&crate::Value>) -> (u8, f64, Option<&str>) {
    use crate::Value::*;
    match value {
        None => (0, f64::NAN, None),
        Some(Timex(s)) => (1, f64::NAN, Some(s)),
        Some(Number(n)) => (2, *n, None),
        Some(Money { amount, currency }) => (3, *amount, Some(currency)),
        Some(Quantity { amount, unit }) => (4, *amount, Some(unit)),
    }
}

/// The table the string columns index, converted by serde-wasm-bindgen (distinct strings only).
#[derive(Serialize)]
struct CompactHead<'a> {
    labels: Vec<&'static str>,
    strings: Vec<&'a str>,
    reference_date: &'a Option<crate::ReferenceDate>,
}

/// The extraction as `[words, head]` for js/compact.js, which reads `words` in this order: a
/// `Uint32Array` of `[n, c, m, 0]` (entities, canonical entities, their mentions in all) then
/// columns, f64 ones first (8-byte aligned), then u32, then u8 (packed, little-endian); absent
/// numbers are NaN, absent strings [`NONE`]. One copy out of the wasm's memory and a few
/// distinct strings, instead of an object and two strings per entity (docs/PERFORMANCE.md,
/// "The compact result").
fn compact(x: &crate::Extraction, text: &str) -> Result<JsValue, JsValue> {
    let (ms, cs) = (&x.mentions, &x.canonical[..]);
    let (n, c) = (ms.len(), cs.len());
    let m: usize = cs.iter().map(|e| e.mentions.len()).sum();
    let value = |i: usize| value_parts(ms[i].value(&x.tables));
    let mut strings = Distinct::default();
    let mut words = Words::new(5 + 13 * n + 6 * c + m + (2 * n + c).div_ceil(4));
    let header = [n, c, m, 0];
    column(&mut words, 4, &mut |i| header[i] as u32);
    // An f64 column is two words an item, low half first (little-endian, as the wasm and every
    // JavaScript engine in use are).
    let half = |v: f64, j: usize| (v.to_bits() >> (32 * (j % 2))) as u32;
    column(&mut words, 2 * n, &mut |j| {
        half(ms[j / 2].confidence(x.calibrated).unwrap_or(f64::NAN), j)
    });
    column(&mut words, 2 * n, &mut |j| half(value(j / 2).1, j));
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
    column(&mut words, n, &mut |i| {
        string(ms[i].timex_type.map(|t| t.as_str()))
    });
    column(&mut words, n, &mut |i| string(ms[i].points_to(&x.tables)));
    column(&mut words, c, &mut |i| string(Some(&cs[i].name)));
    column(&mut words, c, &mut |i| {
        string(cs[i].role.as_ref().map(|r| r.title.as_str()))
    });
    column(&mut words, c, &mut |i| {
        string(cs[i].role.as_ref().and_then(|r| r.of.as_deref()))
    });
    let mut at = 0;
    column(&mut words, c + 1, &mut |i| {
        at += i.checked_sub(1).map_or(0, |i| cs[i].mentions.len() as u32);
        at
    });
    for e in cs {
        column(&mut words, e.mentions.len(), &mut |i| e.mentions[i] as u32);
    }
    // Labels, value kinds, canonical labels: a byte each, four to a word.
    let byte = |k: usize| match k {
        k if k < n => ms[k].label as u32,
        k if k < 2 * n => value(k - n).0 as u32,
        k => cs.get(k - 2 * n).map_or(0, |e| e.label as u32),
    };
    column(&mut words, (2 * n + c).div_ceil(4), &mut |w| {
        (0..4).fold(0, |word, b| word | byte(4 * w + b) << (8 * b))
    });
    let head = to_js(&CompactHead {
        labels: crate::Label::ALL.iter().map(|l| l.as_str()).collect(),
        strings: strings.list,
        reference_date: &x.reference_date,
    })?;
    Ok(js_sys::Array::of2(&words.finish(), &head).into())
}

/// The compact form's words, written into a `Uint32Array` made in JavaScript at their exact count,
/// through a buffer of [`Words::BUFFER`] words: the wasm never holds them all, so they do not
/// land on top of its heap, which never shrinks (docs/PERFORMANCE.md, "Peak memory, round 3").
struct Words {
    out: js_sys::Uint32Array,
    at: u32,
    buffer: Vec<u32>,
}

impl Words {
    const BUFFER: usize = 1 << 14;

    fn new(len: usize) -> Words {
        Words {
            out: js_sys::Uint32Array::new_with_length(len as u32),
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

    fn finish(mut self) -> js_sys::Uint32Array {
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

/// An extractor holding checked options, for repeated calls.
#[wasm_bindgen(js_name = Extractor)]
pub struct JsExtractor(crate::Extractor);

#[wasm_bindgen(js_class = Extractor)]
impl JsExtractor {
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsExtractor, JsValue> {
        let inner = crate::Extractor::new(&options_from(options)?).map_err(core_error)?;
        Ok(JsExtractor(inner))
    }

    pub fn extract(
        &self,
        text: Utf8Text,
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsValue> {
        extract_with(&self.0, text.as_str()?, on_progress, false)
    }

    #[wasm_bindgen(js_name = extractCompact)]
    pub fn extract_compact(
        &self,
        text: Utf8Text,
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsValue> {
        extract_with(&self.0, text.as_str()?, on_progress, true)
    }

    /// The extraction of `text`, handed out a segment at a time (see [`JsSegments`]).
    pub fn segments(&self, text: Utf8Text) -> Result<JsSegments, JsValue> {
        let segments = self
            .0
            .extract_segments(text.as_str()?)
            .map_err(core_error)?;
        Ok(JsSegments(segments))
    }
}

/// An extraction read one segment at a time: `head()` is the document without its entities
/// (canonical, reference date), then each `next()` one segment, `undefined` at the end: the
/// converted objects of one segment at a time, never of the whole result at once.
#[wasm_bindgen(js_name = Segments)]
pub struct JsSegments(crate::Segments);

#[wasm_bindgen(js_class = Segments)]
impl JsSegments {
    /// `{ canonical, reference_date }`.
    pub fn head(&self) -> Result<JsValue, JsValue> {
        #[derive(Serialize)]
        struct Head<'a> {
            canonical: &'a [crate::CanonicalEntity],
            reference_date: &'a Option<crate::ReferenceDate>,
        }
        to_js(&Head {
            canonical: &self.0.canonical,
            reference_date: &self.0.reference_date,
        })
    }

    /// The next segment (`{ start, end, byte_start, byte_end, entities }`), or `undefined`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<JsValue, JsValue> {
        self.0
            .next()
            .map_or(Ok(JsValue::UNDEFINED), |segment| to_js(&segment))
    }
}

/// `doc` (extracted from `text`) and `text` as a TimeML document: the Rust writer in
/// `src/timeml.rs`, so the CLI, the page and the JavaScript API write the same XML. Only what
/// TimeML reads of `doc` is read ([`crate::wasm_read::timeml_document`]).
#[wasm_bindgen(js_name = toTimeML)]
pub fn to_timeml_js(text: Utf8Text, doc: JsValue) -> Result<String, JsValue> {
    let mismatch = |message: String| js_error("NEWSMARK_DOC_MISMATCH", &message);
    let doc = crate::wasm_read::timeml_document(&doc)
        .map_err(|e| mismatch(format!("invalid document: {e}")))?;
    crate::timeml::to_timeml(text.as_str()?, &doc).map_err(|e| mismatch(e.to_string()))
}

/// Every label name, in documentation order.
#[wasm_bindgen]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_string()).collect()
}

/// Every option name `extract` and `Extractor` accept, aliases included: the JavaScript checks
/// that must know them (js/validate.js) build on this, never on a copy.
#[wasm_bindgen(js_name = optionNames)]
pub fn option_names() -> Vec<String> {
    crate::OPTION_NAMES.iter().map(|s| s.to_string()).collect()
}

/// The fields of one of `options.entries`, then of one of `options.patterns`, for the checks in
/// js/validate.js.
#[wasm_bindgen(js_name = entryFields)]
pub fn entry_fields() -> Vec<String> {
    use crate::recognize::custom_entries::ENTRY_FIELDS;
    ENTRY_FIELDS.iter().map(|s| s.to_string()).collect()
}

#[wasm_bindgen(js_name = patternFields)]
pub fn pattern_fields() -> Vec<String> {
    use crate::recognize::custom_entries::PATTERN_FIELDS;
    PATTERN_FIELDS.iter().map(|s| s.to_string()).collect()
}

/// The largest text accepted, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}
