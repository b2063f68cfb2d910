//! What a caller can ask for. Deserialised from JSON/JavaScript objects with unknown fields
//! rejected, so a typo ("refDate") is an error rather than silently ignored.

use crate::recognize::custom_entries::{CustomEntry, CustomPattern};
use crate::recognize::Mode;
use crate::Label;
use serde::{Deserialize, Serialize};

/// Every field name [`Options`] accepts, aliases included: for readers that only look up known
/// fields (the wasm's, `src/wasm_read.rs`) and so cannot reject unknown ones themselves, and for
/// the JavaScript checks, which get it from the wasm (`optionNames()`) rather than keep a copy.
pub const OPTION_NAMES: &[&str] = &[
    "reference_date",
    "referenceDate",
    "labels",
    "day_first",
    "dayFirst",
    "entries",
    "patterns",
    "timeml",
    "min_confidence",
    "minConfidence",
];

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
    /// How to read numeric dates that fit both orders ("12/06/2021"): `true` day first
    /// (6 December), `false` month first; `None` lets each article decide from its other dates.
    #[serde(default, alias = "dayFirst")]
    pub day_first: Option<bool>,
    /// The caller's own phrases, e.g. `{ text: "Acme Corp", label: "ORG", id: "acme" }`:
    /// matched case-folded as whole words; they win every overlap with built-in rules.
    #[serde(default)]
    pub entries: Option<Vec<CustomEntry>>,
    /// The caller's own regular expressions, e.g. `{ pattern: "INC-\\d+", label: "PRODUCT" }`;
    /// like entries, they win every overlap with built-in rules.
    #[serde(default)]
    pub patterns: Option<Vec<CustomPattern>>,
    /// Mark dates and times as TimeML (TempEval-3) does rather than as OntoNotes does: `true`
    /// selects [`Mode::TimeMl`]. Every label is still returned; the recognisers read the mode
    /// from their context. Either way DATE and TIME entities carry their TIMEX3 type.
    #[serde(default)]
    pub timeml: Option<bool>,
    /// Drop names whose [`crate::Entity::confidence`] is below this, a number in [0, 1] (other
    /// values are [`crate::Error::BadMinConfidence`]). Mentions without a confidence (found by
    /// rules) are always kept. Dropped mentions are gone before linking, so no canonical entity
    /// refers to them.
    #[serde(default, alias = "minConfidence")]
    pub min_confidence: Option<f64>,
}

impl Options {
    /// The annotation convention these options ask for.
    pub fn mode(&self) -> Mode {
        if self.timeml == Some(true) {
            Mode::TimeMl
        } else {
            Mode::OntoNotes
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_names_are_exactly_the_accepted_fields() {
        for name in OPTION_NAMES {
            let json = format!("{{\"{name}\": null}}");
            assert!(
                serde_json::from_str::<Options>(&json).is_ok(),
                "{name} should be accepted"
            );
        }
        let err = serde_json::from_str::<Options>(r#"{"refDate": "2021-12-06"}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `refDate`"), "{err}");
    }

    #[test]
    fn timeml_selects_the_mode() {
        let mode = |json: &str| serde_json::from_str::<Options>(json).unwrap().mode();
        assert_eq!(mode("{}"), Mode::OntoNotes);
        assert_eq!(mode(r#"{"timeml": false}"#), Mode::OntoNotes);
        assert_eq!(mode(r#"{"timeml": true}"#), Mode::TimeMl);
        assert!(serde_json::from_str::<Options>(r#"{"timeml": "yes"}"#).is_err());
    }
}
