//! The result contract: what [`crate::Extractor::extract`] returns, serialised as-is to JSON (CLI)
//! and to JavaScript objects (wasm).
//!
//! Every entity carries two pairs of offsets into the input text:
//! `start`/`end` in UTF-16 code units (what JavaScript's `String.prototype.slice` and DOM ranges
//! use) and `byte_start`/`byte_end` in UTF-8 bytes (what Rust's `&str` slicing uses). Both are
//! end-exclusive, and both always slice exactly `entity.text` out of the input.
//!
//! ```
//! let doc = newsmark::extract("President Joe Biden spoke on 16 June 2021.", &Default::default()).unwrap();
//! let biden = doc.entities.iter().find(|e| e.text == "Joe Biden").unwrap();
//! assert_eq!(biden.label, newsmark::Label::Person);
//! assert_eq!((biden.start, biden.end), (10, 19));
//! let date = doc.entities.iter().find(|e| e.label == newsmark::Label::Date).unwrap();
//! assert_eq!(date.value, Some(newsmark::Value::Timex("2021-06-16".into())));
//! ```

use serde::{Deserialize, Serialize};

pub use crate::label::Label;

/// The extraction result for one input text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Entity mentions, sorted by position, never overlapping.
    pub entities: Vec<Entity>,
    /// Canonical entities: groups of mentions that name the same thing
    /// ("Joe Biden", "Biden", "President Biden"). `entities[i].entity_id` indexes this list.
    pub canonical: Vec<CanonicalEntity>,
    /// The date that relative expressions ("Tuesday", "last week") were resolved against, and
    /// where it came from; `None` when neither the options nor the article gave one.
    pub reference_date: Option<ReferenceDate>,
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The mention exactly as it appears in the input.
    pub text: String,
    /// What the mention is.
    pub label: Label,
    /// Start, in UTF-16 code units (JavaScript string index).
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Start, in UTF-8 bytes (Rust `&str` index).
    pub byte_start: usize,
    /// End (exclusive), in UTF-8 bytes.
    pub byte_end: usize,
    /// The normalised value, where the label has one (see [`Value`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// For dates and times with a TimeML value: the TIMEX3 type the value's shape gives (a
    /// length is a DURATION, a clock time or part of a day a TIME). Absent on other entities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex_type: Option<TimexType>,
    /// For a length that points at a day ("three days later", "a week earlier", "in two
    /// weeks", "four days from now"), whose `value` is the length (`P3D`) as TimeML writes it:
    /// the day it points to (`"2021-12-09"`), counted from the reference date ("from now", "in")
    /// or from the last day named before it ("later", "earlier"). Absent on other entities and
    /// when there is no day to count from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_to: Option<String>,
    /// Index into [`Document::canonical`] of the entity this mention refers to.
    pub entity_id: usize,
    /// Which rule or model produced the mention (e.g. `"date/day-month-year"`): provenance for
    /// tooltips and debugging.
    pub rule: String,
    /// How likely the mention is to be exactly right (span and label), in [0, 1], for names
    /// whose span came from the statistical tagger: calibrated on CoNLL-2003 dev so that of the
    /// names given 0.9, about 90 % are right (docs/DESIGN.md, "Confidence and salience").
    /// Absent on mentions found by rules (dates, amounts, titles, acronyms, names after a title,
    /// the caller's entries): those are not scored, and `Options::min_confidence` keeps them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

/// A normalised value. Serialised untagged, so JSON consumers see the plain shape:
///
/// | label | shape | example |
/// |---|---|---|
/// | DATE, TIME | TimeML `value` string | `"2021-12-07"`, `"2021-12"`, `"2021-12-05T08:45+05:30"` |
/// | CARDINAL, ORDINAL, PERCENT | number | `750000`, `3`, `12.5` |
/// | MONEY | `{amount, currency}` (ISO 4217) | `{"amount": 4.5e9, "currency": "USD"}` |
/// | QUANTITY | `{amount, unit}` | `{"amount": 400, "unit": "km"}` |
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Value {
    /// A TimeML / ISO 8601 value: date, time, duration (`P3Y`) or `PRESENT_REF` and friends.
    Timex(String),
    /// A count, rank or percentage: `750000` for "7.5 lakh", `3` for "third".
    Number(f64),
    /// An amount of money.
    Money {
        /// How much, in units of `currency` (`4.5e9` for "$4.5 billion").
        amount: f64,
        /// ISO 4217 code (`"USD"`, `"INR"`).
        currency: String,
    },
    /// A measure, or a count of things with what is counted.
    Quantity {
        /// How much.
        amount: f64,
        /// The unit or the counted noun (`"km"`, `"rifles"`).
        unit: String,
    },
}

/// The TimeML (TIMEX3) type of a temporal expression. Serialised upper-case, as in TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "7 December 2021", "last week", "the 1990s", `PRESENT_REF`.
    Date,
    /// A time of day, or a part of one: "8:45 a.m.", "Tuesday morning".
    Time,
    /// A length of time: "three years" (`P3Y`), "four hours" (`PT4H`).
    Duration,
    /// A repetition: "every week".
    Set,
}

impl TimexType {
    /// The name TimeML uses: `"DATE"`, `"TIME"`, `"DURATION"`, `"SET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// Mentions grouped into one thing in the world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanonicalEntity {
    /// Equal to this entity's index in [`Document::canonical`].
    pub id: usize,
    /// The label its mentions share.
    pub label: Label,
    /// The fullest name among the mentions ("Joe Biden" for "Biden", "President Biden").
    pub name: String,
    /// Indices into [`Document::entities`], in text order.
    pub mentions: Vec<usize>,
    /// For people: the role a title next to one of the mentions gives them ("Kremlin
    /// spokesperson Dmitry Peskov" → `{title: "spokesperson", of: "Kremlin"}`). Absent when no
    /// mention has a title beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// How much the article is about this entity, in [0, 1]: from how often it is mentioned,
    /// whether it is in the headline or the first paragraph, and its label (the formula is in
    /// docs/DESIGN.md, "Confidence and salience"). Deterministic; sort by it, highest first, for
    /// what the article is about.
    #[serde(default)]
    pub salience: f64,
}

/// A person's role, read from a TITLE mention just before one of their mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The title as written ("President", "Press Secretary").
    pub title: String,
    /// The organisation, place or people named just before the title ("Kremlin", "US").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
}

/// The anchor for relative dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    pub date: String,
    /// `"options"` when the caller gave it, `"article"` when read from the text's dateline.
    pub source: String,
}
