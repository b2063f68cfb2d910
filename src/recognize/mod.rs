//! Recognisers: small, independent finders that each propose candidate spans.
//!
//! Every recogniser reads the shared [`Context`] (text, tokens, sentences) and pushes
//! [`Candidate`]s; none re-tokenises and none looks at another's output. Conflicts between them
//! are settled afterwards, in one place, by `crate::resolve`. Adding a recogniser is a local
//! change: a new file here implementing [`Recognizer`], and one line in [`builtin`].

pub mod custom_entries;
mod dates_and_amounts;
mod names;
mod titled_names;
mod weapons;

pub use dates_and_amounts::DatesAndAmounts;
pub(crate) use names::words::LEGAL_FORMS;

pub use crate::candidate::{Candidate, RawValue};
use crate::text::Token;
use std::ops::Range;

/// Which annotation convention dates, times and amounts follow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// OntoNotes 5 (the default): DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL.
    #[default]
    OntoNotes,
    /// TimeML / TempEval-3: what TIMEX3 marks, with its span conventions.
    TimeMl,
}

/// What recognisers read: the text once, tokenised and split into sentences.
pub struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Sentences as ranges of indices into `tokens`.
    pub sentences: &'a [Range<usize>],
    /// The convention to mark by (`Options::timeml`): OntoNotes or TimeML.
    pub mode: Mode,
}

/// One recogniser in the pipeline.
pub trait Recognizer: Send + Sync {
    /// Short name used as the prefix of its candidates' `rule`.
    fn name(&self) -> &'static str;
    /// Appends this recogniser's candidates for the whole text.
    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>);
}

/// The built-in recognisers. Order does not affect the result (resolution is by span length,
/// then priority, then position); it is only the order they run in.
pub fn builtin() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(dates_and_amounts::DatesAndAmounts::new()),
        Box::new(titled_names::TitledNames::new()),
        Box::new(names::Names),
        Box::new(weapons::Weapons),
    ]
}

/// For tests: runs `f` on the context of `text`, tokenised and split as the pipeline does.
#[cfg(test)]
pub(crate) fn with_context<R>(text: &str, f: impl FnOnce(&Context) -> R) -> R {
    let tokens = crate::text::tokenize(text);
    let sentences = crate::text::split_sentences(text, &tokens);
    f(&Context {
        text,
        tokens: &tokens,
        sentences: &sentences,
        mode: Mode::OntoNotes,
    })
}
