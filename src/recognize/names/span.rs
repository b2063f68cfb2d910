//! A name while the passes work on it: a span of tokens and its label, not yet a candidate; and
//! what the passes ask of the words around it.

use super::words::NOT_A_HEAD_NOUN;
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

/// [`words`] into `out`, for a pass that reads every span's words: one list for them all, not
/// an allocation and a free per span.
pub(super) fn words_into<'a>(
    context: &Context<'a>,
    first: usize,
    end: usize,
    out: &mut Vec<&'a str>,
) {
    out.clear();
    out.extend(
        context.tokens[first..end]
            .iter()
            .map(|t| t.text(context.text)),
    );
}

/// Whether the word after a name is a lower-case noun the name modifies: a lower-case word that
/// is no function word, no past participle ("approved") and no adverb ("recently").
pub(super) fn before_a_noun(context: &Context, end: usize) -> bool {
    let Some(next) = context.tokens.get(end) else {
        return false;
    };
    let w = next.text(context.text);
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && same_line(context, end - 1, end)
        && NOT_A_HEAD_NOUN.binary_search(&w).is_err()
        && !w.ends_with("ed")
        && !w.ends_with("ly")
}

/// Whether the word after a name is a noun that heads the phrase, by a stricter test than
/// `before_a_noun`: a word ending in "-s" is more often a verb there ("the Tennessee Valley
/// Authority plans"), and so is one ending in "-ing" or a negation ("didn't"). OntoNotes *train*,
/// names after "the" before such a word: "-s" (not "-ss", "-us", "-is") keeps "the" 137 times,
/// drops it 77; "-ing" 56 and 28.
pub(super) fn before_a_head_noun(context: &Context, end: usize) -> bool {
    if !before_a_noun(context, end) {
        return false;
    }
    let word = |i: usize| context.tokens.get(i).map_or("", |t| t.text(context.text));
    let w = word(end);
    let plural_or_verb =
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
    let negated = w.ends_with('n') && word(end + 1) == "'" && word(end + 2) == "t";
    !plural_or_verb && !w.ends_with("ing") && !negated
}

/// Whether tokens `a` and `b` are on one line (no line break between them).
pub(super) fn same_line(context: &Context, a: usize, b: usize) -> bool {
    !context.text[context.tokens[a].end..context.tokens[b].start].contains('\n')
}
