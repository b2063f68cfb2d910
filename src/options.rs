//! What a caller can ask for. Deserialised from JSON/JavaScript objects with unknown fields
//! rejected, so a typo ("refDate") is an error rather than silently ignored.

use crate::Label;
use serde::{Deserialize, Serialize};

/// Extraction options. Every field is optional.
///
/// JavaScript: `{ referenceDate: "2021-12-06", labels: ["PERSON", "DATE"] }`
/// (`reference_date` is accepted too).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// ISO 8601 date (`YYYY-MM-DD`) that relative dates are resolved against.
    #[serde(default, alias = "referenceDate")]
    pub reference_date: Option<String>,
    /// Only these labels are returned; all when `None`.
    #[serde(default)]
    pub labels: Option<Vec<Label>>,
}
