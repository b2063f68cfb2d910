//! The one recogniser for dates, times and amounts: classifies the tokens once
//! ([`TokenView`]), then tries each parser of [`parsers::PARSERS`] at every token where it can
//! begin. The English words they know are in [`words`], the tense cues that place "Friday" or
//! "December 7" before or after the reference date in [`tense`].
//!
//! Boundaries follow TimeML (TempEval-3) for dates and times: no leading "on" or "at", but "the"
//! and modifiers that are part of the expression ("the third quarter", "early December", "the
//! past two weeks", "more than four hours"). Amounts follow OntoNotes: the currency, the
//! magnitude and a modifier are inside ("$4.5 billion", "Rs 5,000 crore", "about $3 million"),
//! the counted noun is not ("7.5 lakh" of "7.5 lakh AK-203 assault rifles", a CARDINAL).

mod only_just;
mod parsers;
mod tense;
mod token_view;
pub(crate) mod words;

use super::{Context, Recognizer};
use crate::candidate::Candidate;
use parsers::{keyword_table, PARSERS};
use token_view::TokenView;

#[derive(Default)]
pub struct DatesAndAmounts;

impl DatesAndAmounts {
    pub fn new() -> Self {
        DatesAndAmounts
    }
}

impl Recognizer for DatesAndAmounts {
    fn name(&self) -> &'static str {
        "dates-and-amounts"
    }

    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        let lower = context.text.to_ascii_lowercase();
        let view = TokenView::new(context, &lower, keyword_table());
        for i in 0..view.len() {
            // One parser per set bit, lowest first (the order of `PARSERS`).
            let mut starts = view.tokens[i].starts;
            while starts != 0 {
                let parser = &PARSERS[starts.trailing_zeros() as usize];
                starts &= starts - 1;
                let found = (parser.read)(&view, i);
                if let Some(f) = found.filter(|f| f.start < f.end && f.end <= view.len()) {
                    out.push(Candidate {
                        start: view.tokens[only_just::start(&view, &f)].start,
                        end: view.tokens[f.end - 1].end,
                        label: f.label,
                        rule: f.rule,
                        priority: f.priority,
                        value: Some(f.value),
                        margin: None,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::{with_context, Mode};

    /// Every phrasing of the test corpus, and its text around it.
    fn corpus_lines() -> impl Iterator<Item = String> {
        [
            include_str!("../../../tests/corpus/dates.txt"),
            include_str!("../../../tests/corpus/amounts.txt"),
            include_str!("../../../tests/corpus/negative.txt"),
            include_str!("../../../tests/corpus/samples.txt"),
            include_str!("../../../tests/corpus/timeml.txt"),
        ]
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| !l.trim().is_empty() && !l.starts_with(['#', '=', '@']))
        .map(|l| l.replace(['[', ']'], ""))
    }

    #[test]
    fn no_parser_finds_anything_where_its_start_rules_it_out() {
        let mut checked = 0;
        for line in corpus_lines() {
            with_context(&line, |context| {
                for mode in [Mode::OntoNotes, Mode::TimeMl] {
                    let context = Context { mode, ..*context };
                    let lower = context.text.to_ascii_lowercase();
                    let view = TokenView::new(&context, &lower, keyword_table());
                    for i in 0..view.len() {
                        for (p, parser) in PARSERS.iter().enumerate() {
                            if let Some(f) = (parser.read)(&view, i) {
                                checked += 1;
                                assert!(
                                view.tokens[i].starts & 1 << p != 0,
                                "parser {p} found {:?} at {:?} in {line:?}, which its Start rules out",
                                f.rule,
                                view.raw(i)
                            );
                            }
                        }
                    }
                }
            });
        }
        assert!(
            checked > 500,
            "only {checked} finds: the corpus was not read"
        );
    }
}
