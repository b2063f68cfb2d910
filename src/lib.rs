//! newsmark: entities in news articles — people, organisations, places, dates, amounts and
//! more — with normalised values and mentions grouped into entities.
//!
//! ```
//! use newsmark::{Extractor, Label, Options};
//!
//! let options = Options { reference_date: Some("2021-12-06".into()), ..Options::default() };
//! let extractor = Extractor::new(&options)?;
//! let doc = extractor.extract("Prime Minister Narendra Modi will meet him on December 7.")?;
//! let labels: Vec<_> = doc.entities.iter().map(|e| (e.text.as_str(), e.label)).collect();
//! assert_eq!(labels, [("Prime Minister", Label::Title), ("Narendra Modi", Label::Person), ("December 7", Label::Date)]);
//! # Ok::<(), newsmark::Error>(())
//! ```
//!
//! The pipeline runs in one direction (see `ARCHITECTURE.md`):
//! `text` (segments, tokens, sentences) → `recognize` (candidates) → `resolve` (one overlap rule) →
//! `normalize` (values) → `link` (canonical entities) → [`Document`].

#![warn(missing_docs)]
// The wasm build's hot functions optimised for speed inside its size-first profile
// (`--cfg newsmark_speed`, scripts/build.sh only; docs/PERFORMANCE.md, round 2).
#![cfg_attr(newsmark_speed, feature(optimize_attribute))]

mod bits;
mod blob;
pub(crate) mod candidate;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod cli;
mod distinct;
mod document;
mod error;
mod hash;
mod held;
#[cfg(not(target_arch = "wasm32"))]
mod json;
mod label;
pub(crate) mod lexicon;
pub(crate) mod link;
mod mention;
/// The name tagger; public only for `newsmark-train` and `newsmark-eval` (src/bin).
#[doc(hidden)]
pub mod model;
pub(crate) mod normalize;
mod options;
mod rans;
#[doc(hidden)]
pub mod recognize;
pub(crate) mod resolve;
mod sort;
#[doc(hidden)]
pub mod text;
pub mod timeml;
pub(crate) mod timex;

#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
mod wasm_panic;
#[cfg(target_arch = "wasm32")]
mod wasm_read;

pub use document::{CanonicalEntity, Document, Entity, ReferenceDate, Role, TimexType, Value};
pub use error::Error;
pub use label::{Label, UnknownLabel};
pub use options::{Options, OPTION_NAMES};
pub use recognize::Mode;

use candidate::Candidate;
use mention::{Mentions, Tables};
use recognize::{Context, Recognizer};
use std::sync::OnceLock;
use text::Utf16Cursor;
use timex::calendar::CivilDate;

/// Largest input accepted, in UTF-8 bytes (64 MiB); larger input gets [`Error::InputTooLarge`].
pub const MAX_INPUT_BYTES: usize = 64 << 20;

/// A configured extractor: options checked and recognisers compiled once, reused per call.
pub struct Extractor {
    reference: Option<CivilDate>,
    labels: Option<Vec<Label>>,
    recognizers: &'static [Box<dyn Recognizer>],
    day_first: Option<bool>,
    /// OntoNotes or TimeML conventions, handed to every recogniser in its [`Context`].
    mode: Mode,
    /// The caller's entries and patterns, which win every overlap.
    custom: Option<recognize::custom_entries::CustomEntries>,
    /// Names less confident than this are dropped.
    min_confidence: Option<f64>,
}

/// The built-in recognisers, compiled once per process and shared by every [`Extractor`]: they
/// do not depend on the options, and compiling their patterns costs more than extracting an
/// article (an `extract(text, options)` call per article must not pay it each time).
fn builtin_recognizers() -> &'static [Box<dyn Recognizer>] {
    static BUILTIN: OnceLock<Vec<Box<dyn Recognizer>>> = OnceLock::new();
    BUILTIN.get_or_init(recognize::builtin)
}

impl Extractor {
    /// Checks the options and builds the pipeline.
    pub fn new(options: &Options) -> Result<Self, Error> {
        let reference = options
            .reference_date
            .as_deref()
            .map(|s| {
                CivilDate::parse_iso(s.trim()).ok_or_else(|| Error::BadReferenceDate(s.to_string()))
            })
            .transpose()?;
        if let Some(c) = options.min_confidence.filter(|c| !(0.0..=1.0).contains(c)) {
            // Said in words, not by formatting the float: that would take 20 KB of the wasm.
            let what = match c {
                c if c.is_nan() => "NaN",
                c if c < 0.0 => "below 0",
                _ => "above 1",
            };
            return Err(Error::BadMinConfidence(what.into()));
        }
        Ok(Extractor {
            min_confidence: options.min_confidence,
            reference,
            labels: options.labels.clone(),
            recognizers: builtin_recognizers(),
            day_first: options.day_first,
            mode: options.mode(),
            custom: recognize::custom_entries::CustomEntries::new(
                options.entries.as_deref().unwrap_or_default(),
                options.patterns.as_deref().unwrap_or_default(),
            )?,
        })
    }

    /// Finds, resolves, normalises and links the entities of `text`.
    pub fn extract(&self, text: &str) -> Result<Document, Error> {
        self.extract_with_progress(text, &mut |_| {})
    }

    /// [`extract`](Self::extract), calling `progress` with the fraction of the text read so
    /// far (0 < f ≤ 1) after each 64 KB segment, so a long text can show a progress bar.
    ///
    /// ```
    /// # use newsmark::{Extractor, Options};
    /// let text = "On 7 December 2021 Joe Biden spoke.\n".repeat(5_000); // 180 KB
    /// let mut seen = Vec::new();
    /// let doc = Extractor::new(&Options::default())?
    ///     .extract_with_progress(&text, &mut |f| seen.push(f))?;
    /// assert!(seen.len() >= 3 && seen.windows(2).all(|w| w[0] < w[1]) && seen.last() == Some(&1.0));
    /// assert_eq!(doc.entities.len(), 10_000);
    /// # Ok::<(), newsmark::Error>(())
    /// ```
    pub fn extract_with_progress(
        &self,
        text: &str,
        progress: &mut dyn FnMut(f64),
    ) -> Result<Document, Error> {
        self.run(text, progress, true)
            .map(|x| x.into_document(text))
    }

    /// [`extract`](Self::extract) with each name's raw beam margin in `confidence` instead of
    /// the calibrated probability, and no `min_confidence` filter: what `make calibrate` fits
    /// the table to. Not a probability, not in [0, 1].
    #[doc(hidden)]
    pub fn extract_uncalibrated(&self, text: &str) -> Result<Document, Error> {
        self.run(text, &mut |_| {}, false)
            .map(|x| x.into_document(text))
    }

    /// [`extract`](Self::extract), handed out one 64 KB segment at a time: each [`Segment`]
    /// holds the entities that start in it, with the same offsets into the whole `text` as
    /// [`extract`](Self::extract) gives, and concatenating them gives exactly its `entities`.
    /// Linking groups mentions across the whole text, so the extraction is finished when this
    /// returns; what it saves is memory: each segment's [`Entity`]s (and their strings) are
    /// built only when it is handed out, so a consumer that writes or converts each segment
    /// and drops it never holds the whole result as entities.
    ///
    /// ```
    /// # use newsmark::{Extractor, Options};
    /// let text = "On 7 December 2021 Joe Biden spoke.\n".repeat(5_000); // 180 KB
    /// let extractor = Extractor::new(&Options::default())?;
    /// let segments = extractor.extract_segments(&text)?;
    /// assert_eq!(segments.canonical.len(), 2); // Joe Biden, 7 December 2021: known up front
    /// let mut found = 0;
    /// for segment in segments {
    ///     for e in &segment.entities {
    ///         assert_eq!(&text[e.byte_start..e.byte_end], e.text);
    ///     }
    ///     found += segment.entities.len();
    /// }
    /// assert_eq!(found, 10_000);
    /// # Ok::<(), newsmark::Error>(())
    /// ```
    pub fn extract_segments(&self, text: &str) -> Result<Segments, Error> {
        let x = self.run(text, &mut |_| {}, true)?;
        let mut utf16 = Utf16Cursor::new(text);
        let ranges: Vec<SegmentRange> = (x.ranges.iter())
            .map(|r| SegmentRange {
                start: utf16.utf16_at(r.start),
                end: utf16.utf16_at(r.end),
                byte_start: r.start,
                byte_end: r.end,
            })
            .collect();
        // The mentions' texts, one after another, and their UTF-16 starts: all a segment needs
        // of the text.
        let mut texts = String::with_capacity(x.mentions.iter().map(|m| m.text(text).len()).sum());
        let mut starts = Vec::with_capacity(x.mentions.len());
        let mut utf16 = Utf16Cursor::new(text);
        for m in x.mentions.iter() {
            texts.push_str(m.text(text));
            starts.push(utf16.utf16_at(m.byte_start as usize) as u32);
        }
        Ok(Segments {
            canonical: x.canonical,
            reference_date: x.reference_date,
            mentions: x.mentions.into_iter().peekable(),
            texts,
            starts: starts.into_iter(),
            read: 0,
            tables: x.tables,
            calibrated: x.calibrated,
            ranges: ranges.into_iter(),
        })
    }

    /// The whole pipeline, up to linked mentions.
    fn run(
        &self,
        text: &str,
        progress: &mut dyn FnMut(f64),
        calibrated: bool,
    ) -> Result<Extraction, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InputTooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            });
        }
        let wanted = |l: Label| self.labels.as_ref().map_or(true, |ls| ls.contains(&l));
        let user = self
            .custom
            .as_ref()
            .map_or_else(Vec::new, |custom| custom.find(text, wanted));
        let user_candidates: Vec<Candidate> = user.iter().map(|u| u.candidate.clone()).collect();
        // Candidates never cross a segment's end, so each segment is resolved on its own and
        // only its candidates are held at once; what is resolved is held as mentions until
        // values can be settled (`held.rs`). What reads the whole article (the order of
        // numeric dates, the article's own date) reads the dates it can use, kept aside.
        let mut held = held::Held::new(text, &user_candidates);
        let mut dated: Vec<normalize::Valued> = Vec::new();
        let mut found: Vec<Candidate> = Vec::new();
        let ranges = text::segments(text, text::SEGMENT_BYTES);
        for segment in &ranges {
            let part = &text[segment.clone()];
            let tokens = text::tokenize(part);
            let sentences = text::split_sentences(part, &tokens);
            let context = Context {
                text: part,
                tokens: &tokens,
                sentences: &sentences,
                mode: self.mode,
            };
            for recognizer in self.recognizers {
                recognizer.recognize(&context, &mut found);
            }
            for c in &mut found {
                c.start += segment.start;
                c.end += segment.start;
            }
            dated.extend(
                (found.iter())
                    .filter(|c| held::read_across_article(c))
                    .map(|c| c.clone().into()),
            );
            found.retain(|c| wanted(c.label));
            resolve::user_entries_win(&mut found, &user_candidates);
            held.push(resolve::resolve(std::mem::take(&mut found)));
            progress(match text.len() {
                0 => 1.0,
                n => segment.end as f64 / n as f64,
            });
        }
        if ranges.len() > 1 {
            // A long text's words are mostly its own names: the caches the tagger keeps for the
            // next article hand their memory to what follows (`model::forget_words`). Short
            // texts, read one after another, keep them.
            model::forget_words();
        }
        let held::Finished {
            mut mentions,
            rules,
            mut kept,
            kept_at,
        } = held.finish();
        let day_first = normalize::numeric_dates::reads_day_first(&dated, self.day_first);
        normalize::numeric_dates::settle(&mut dated, day_first);
        normalize::numeric_dates::settle(&mut kept, day_first);
        // The article's own date stands in when the options give none.
        let (reference, source) = match self.reference {
            Some(d) => (Some(d), "options"),
            None => (normalize::reference::from_article(text, &dated), "article"),
        };
        drop(dated);
        let (values, points_to) = normalize::values(text, &kept, reference);
        // The values stay in the list `normalize::values` wrote, one slot per kept candidate,
        // which `Tables::values` is: copied into a list of their own, both were held at once.
        // The day a length points to is kept under its slot there too (`Tables::days`).
        let mut days = Vec::with_capacity(points_to.iter().flatten().count());
        let settled = (kept.iter().zip(kept_at))
            .zip(values.iter().zip(points_to))
            .enumerate();
        for (k, ((c, at), (value, day))) in settled {
            let Some(m) = mentions.get_mut(at as usize) else {
                continue;
            };
            m.timex_type = c.value.as_ref().and_then(timeml::timex_type);
            if value.is_some() || day.is_some() {
                m.value = k as u32;
            }
            if let Some(day) = day {
                days.push((k as u32, day));
            }
        }
        drop(kept);
        let tables = Tables {
            values,
            days,
            rules,
            user_rules: user.into_iter().map(|u| u.rule).collect(),
        };
        if let Some(min) = self.min_confidence.filter(|_| calibrated) {
            mentions.retain(|m| m.confidence(true).map_or(true, |c| c >= min));
        }
        let mut canonical = link::link(text, &mut mentions);
        if !tables.user_rules.is_empty() {
            canonical = merge_same_id(text, &mut mentions, &tables, canonical);
        }
        link::salience(text, &mentions, &mut canonical);
        let reference_date = reference.map(|d| ReferenceDate {
            date: d.to_string(),
            source: source.into(),
        });
        Ok(Extraction {
            mentions,
            canonical,
            reference_date,
            ranges,
            tables,
            calibrated,
        })
    }
}

/// The caller's entries given the same `id` become one canonical entity
/// (`custom_entries::merge_same_id`, which works on entities: built here for it alone, only
/// when the caller gave entries or patterns).
fn merge_same_id(
    text: &str,
    mentions: &mut Mentions,
    tables: &Tables,
    canonical: Vec<CanonicalEntity>,
) -> Vec<CanonicalEntity> {
    let mut utf16 = Utf16Cursor::new(text);
    let mut entities: Vec<Entity> = (mentions.iter())
        .map(|m| {
            let start = utf16.utf16_at(m.byte_start as usize) as u32;
            m.to_entity(m.text(text), start, tables, false)
        })
        .collect();
    let canonical = recognize::custom_entries::merge_same_id(&mut entities, canonical);
    for (m, e) in mentions.iter_mut().zip(&entities) {
        m.entity_id = e.entity_id as u32;
    }
    canonical
}

/// What [`Extractor::run`] finds, before it is handed out as a [`Document`] or [`Segments`].
struct Extraction {
    /// Read in place, never joined into one list (`mention::Mentions`).
    mentions: Mentions,
    canonical: Vec<CanonicalEntity>,
    reference_date: Option<ReferenceDate>,
    /// The byte ranges of the segments read.
    ranges: Vec<std::ops::Range<usize>>,
    /// The values, days and rule names the mentions index.
    tables: Tables,
    /// Whether confidences are calibrated (see [`Extractor::extract_uncalibrated`]).
    calibrated: bool,
}

impl Extraction {
    fn into_document(self, text: &str) -> Document {
        let (tables, calibrated) = (&self.tables, self.calibrated);
        let mut utf16 = Utf16Cursor::new(text);
        Document {
            entities: (self.mentions.iter())
                .map(|m| {
                    let start = utf16.utf16_at(m.byte_start as usize) as u32;
                    m.to_entity(m.text(text), start, tables, calibrated)
                })
                .collect(),
            canonical: self.canonical,
            reference_date: self.reference_date,
        }
    }
}

/// Where one segment lies in the text, in both kinds of offsets (see [`Entity`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SegmentRange {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

/// One segment of a text read by [`Extractor::extract_segments`]: where it lies and the
/// entities that start in it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Segment {
    /// Start of the segment in the whole text, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Start in UTF-8 bytes.
    pub byte_start: usize,
    /// End (exclusive) in UTF-8 bytes.
    pub byte_end: usize,
    /// The entities starting in this segment, sorted, with offsets into the whole text.
    pub entities: Vec<Entity>,
}

/// The segments of one extraction, in text order (an iterator of [`Segment`]), and what is
/// known of the whole text once it is linked: the canonical entities and the reference date.
#[derive(Debug)]
pub struct Segments {
    /// The canonical entities of the whole text (see [`Document::canonical`]).
    pub canonical: Vec<CanonicalEntity>,
    /// See [`Document::reference_date`].
    pub reference_date: Option<ReferenceDate>,
    mentions: std::iter::Peekable<mention::IntoIter>,
    /// The texts of all mentions, concatenated in order; `read` bytes of it handed out.
    texts: String,
    /// The UTF-16 starts of the mentions not yet handed out.
    starts: std::vec::IntoIter<u32>,
    read: usize,
    tables: Tables,
    calibrated: bool,
    ranges: std::vec::IntoIter<SegmentRange>,
}

impl Iterator for Segments {
    type Item = Segment;

    fn next(&mut self) -> Option<Segment> {
        let r = self.ranges.next()?;
        let last = self.ranges.len() == 0;
        let mut entities = Vec::new();
        // The last segment takes any entity left (none start past the text's end).
        while let Some(m) =
            (self.mentions).next_if(|m| last || (m.byte_start as usize) < r.byte_end)
        {
            let len = (m.byte_end - m.byte_start) as usize;
            let own = &self.texts[self.read..self.read + len];
            self.read += len;
            let start = self.starts.next().unwrap_or_default();
            entities.push(m.to_entity(own, start, &self.tables, self.calibrated));
        }
        Some(Segment {
            start: r.start,
            end: r.end,
            byte_start: r.byte_start,
            byte_end: r.byte_end,
            entities,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ranges.size_hint()
    }
}

/// Extracts with `options`; for repeated calls with the same options, build an [`Extractor`].
pub fn extract(text: &str, options: &Options) -> Result<Document, Error> {
    if *options == Options::default() {
        static DEFAULT: OnceLock<Extractor> = OnceLock::new();
        return DEFAULT
            .get_or_init(|| Extractor::new(&Options::default()).expect("default options are valid"))
            .extract(text);
    }
    Extractor::new(options)?.extract(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "President Joe Biden met Xqzv Plorbin of Wuxqa Holdings in Geneva on \
                        December 7, 2021. Biden said the Kremlin paid $4 billion.";

    fn with_min(min: Option<f64>) -> Result<Document, Error> {
        extract(
            TEXT,
            &Options {
                min_confidence: min,
                ..Options::default()
            },
        )
    }

    #[test]
    fn names_from_the_tagger_carry_a_confidence_and_rules_none() {
        let doc = with_min(None).unwrap();
        let scored: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.confidence.is_some())
            .collect();
        assert!(scored.len() >= 3, "{:?}", doc.entities);
        for e in &doc.entities {
            match e.confidence {
                Some(c) => assert!((0.0..=1.0).contains(&c), "{e:?}"),
                None => assert!(!e.rule.starts_with("names/tagger"), "{e:?}"),
            }
            if matches!(e.label, Label::Date | Label::Money | Label::Title) {
                assert_eq!(e.confidence, None, "{e:?}");
            }
        }
    }

    #[test]
    fn the_threshold_drops_names_below_it_and_keeps_rules() {
        let all = with_min(None).unwrap();
        assert_eq!(with_min(Some(0.0)).unwrap(), all);
        let lowest = (all.entities.iter())
            .filter_map(|e| e.confidence)
            .fold(1.0, f64::min);
        let cut = with_min(Some(lowest + 1e-9)).unwrap();
        assert!(cut.entities.len() < all.entities.len());
        assert!(cut
            .entities
            .iter()
            .all(|e| e.confidence.map_or(true, |c| c > lowest)));
        let strict = with_min(Some(1.0)).unwrap();
        assert!(strict.entities.iter().all(|e| e.confidence.is_none()));
        let rules = |d: &Document| d.entities.iter().filter(|e| e.confidence.is_none()).count();
        assert_eq!(
            rules(&strict),
            rules(&all),
            "rule mentions are never dropped"
        );
        // Linking sees only what is kept.
        for c in &strict.canonical {
            assert!(c.mentions.iter().all(|&m| m < strict.entities.len()));
        }
    }

    #[test]
    fn a_threshold_outside_0_to_1_is_refused() {
        for bad in [-0.01, 1.5, f64::NAN, f64::INFINITY] {
            let err = with_min(Some(bad)).unwrap_err();
            assert!(matches!(err, Error::BadMinConfidence(_)), "{err:?}");
            assert!(
                err.to_string().contains("expected a number from 0 to 1"),
                "{err}"
            );
        }
        let options: Options = serde_json::from_str(r#"{"minConfidence": 0.5}"#).unwrap();
        assert_eq!(options.min_confidence, Some(0.5));
    }
}

/// The README's Rust examples, compiled and run by `cargo test` so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
