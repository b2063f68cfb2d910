//! Errors for bad input to the API: each names the problem so that the CLI and JavaScript
//! callers can show it as is.

use crate::label::UnknownLabel;
use std::fmt;

/// Why the input was refused; `Display` gives a message naming the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A reference date that is not an ISO 8601 calendar date (`YYYY-MM-DD`).
    BadReferenceDate(String),
    /// A label name outside [`crate::Label::ALL`].
    UnknownLabel(String),
    /// Text longer than [`crate::MAX_INPUT_BYTES`].
    InputTooLarge {
        /// The text's length in UTF-8 bytes.
        bytes: usize,
        /// [`crate::MAX_INPUT_BYTES`].
        limit: usize,
    },
    /// A custom gazetteer entry that cannot be used (empty text).
    BadCustomEntry(String),
    /// A custom pattern that is not a valid regular expression or is too large.
    BadCustomPattern {
        /// Its index in `patterns`.
        index: usize,
        /// The pattern as given.
        pattern: String,
        /// What the regex compiler said.
        message: String,
    },
    /// A `min_confidence` that is not a number in [0, 1]: what is wrong with it (`"NaN"`,
    /// `"below 0"`, `"above 1"`).
    BadMinConfidence(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadReferenceDate(s) => {
                write!(
                    f,
                    "invalid reference date {s:?}: expected an ISO 8601 date such as 2021-12-06"
                )
            }
            Error::UnknownLabel(s) => UnknownLabel(s.clone()).fmt(f),
            Error::InputTooLarge { bytes, limit } => {
                write!(
                    f,
                    "input of {bytes} bytes is larger than the limit of {limit} bytes"
                )
            }
            Error::BadCustomEntry(why) => write!(f, "invalid custom entry: {why}"),
            Error::BadCustomPattern {
                index,
                pattern,
                message,
            } => write!(
                f,
                "invalid pattern patterns[{index}] {pattern:?}: {message}"
            ),
            Error::BadMinConfidence(v) => write!(
                f,
                "invalid minimum confidence ({v}): expected a number from 0 to 1"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<UnknownLabel> for Error {
    fn from(e: UnknownLabel) -> Self {
        Error::UnknownLabel(e.0)
    }
}
