//! What every recogniser produces and every later stage consumes: a proposed span with its
//! label and raw value. A leaf module, so recognisers, resolution and normalisation all import
//! it and none of them imports another for it.

use crate::timex::DateExpr;
use crate::{Label, Value};

/// A proposed entity, by byte span; not yet checked against other candidates.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte offset where the span starts in the text the recogniser read.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// What the span is.
    pub label: Label,
    /// Provenance, `"<recogniser>/<rule>"`.
    pub rule: &'static str,
    /// Breaks ties between overlapping candidates of equal length: higher wins; one of the
    /// named steps of `crate::resolve::priority`.
    pub priority: u8,
    /// The value as the recogniser read it, if the label has one.
    pub value: Option<RawValue>,
    /// For a name the tagger found: its raw beam margin (`crate::model::confidence`), which
    /// becomes [`crate::Entity::confidence`] once calibrated; `None` from rules.
    pub margin: Option<f32>,
}

/// A value as a recogniser sees it, before normalisation against the reference date.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    /// Already final (numbers, money).
    Final(Value),
    /// A date that may need the reference date to resolve ("December 7", "Tuesday").
    Date(DateExpr),
}
