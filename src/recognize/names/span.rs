//! A name while the passes work on it: a span of tokens and its label, not yet a candidate.

use crate::recognize::Context;
use crate::Label;

/// A name in token indices of the whole text (`end` exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) label: Label,
    /// The tagger's raw margin for the span it came from (`crate::model::confidence`): a part
    /// of a split name keeps its whole's, a name filled in where the tagger missed it takes the
    /// tagged one's.
    pub(super) margin: f32,
}

/// The words of tokens `first..end`.
pub(super) fn words<'a>(context: &Context<'a>, first: usize, end: usize) -> Vec<&'a str> {
    context.tokens[first..end]
        .iter()
        .map(|t| t.text(context.text))
        .collect()
}
