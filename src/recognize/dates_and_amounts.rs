//! The one recogniser for dates, times and amounts: classifies the tokens once
//! ([`Lexed`](super::lexicon::Lexed)), then tries each small parser at every token where it can
//! begin (its [`Start`], one bit per parser in each token). Each parser lives in a file of its
//! own and reads one kind of expression; overlaps between their finds (a year inside a full
//! date, a number inside an amount) are left to [`crate::resolve`], where the longest wins.
//!
//! Boundaries follow TimeML (TempEval-3) for dates and times: no leading "on" or "at", but "the"
//! and modifiers that are part of the expression ("the third quarter", "early December", "the
//! past two weeks", "more than four hours"). Amounts follow OntoNotes: the currency and the
//! magnitude are inside ("$4.5 billion", "Rs 5,000 crore"), the counted noun is not ("7.5 lakh"
//! of "7.5 lakh AK-203 assault rifles"; it becomes the value's `unit`).

use super::lexicon::{Lexed, Start};
use super::{
    dates, durations, money, numbers, ordinals, percent, quantities, relative_dates, times,
    weekdays,
};
use super::{Candidate, Context, RawValue, Recognizer};
use crate::Label;

/// What a parser found: tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub rule: &'static str,
    pub priority: u8,
    pub value: RawValue,
}

type Parser = fn(&Lexed, usize) -> Option<Found>;

/// The parsers, each with where it can begin (see [`Start`]); at most 16, one bit each in
/// [`Lx::starts`](super::lexicon::Lx::starts).
pub const PARSERS: &[(Parser, &Start)] = &[
    (dates::at, &dates::START),
    (relative_dates::at, &relative_dates::START),
    (weekdays::at, &weekdays::START),
    (times::at, &times::START),
    (durations::at, &durations::START),
    (money::at, &money::START),
    (percent::at, &percent::START),
    (quantities::at, &quantities::START),
    (ordinals::at, &ordinals::START),
    (numbers::cardinal, &numbers::START),
];
const _: () = assert!(PARSERS.len() <= 16);

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

    fn recognize(&self, cx: &Context, out: &mut Vec<Candidate>) {
        let lower = cx.text.to_ascii_lowercase();
        let lx = Lexed::new(cx, &lower);
        for i in 0..lx.len() {
            let starts = lx.t[i].starts;
            if starts == 0 {
                continue;
            }
            let here = PARSERS
                .iter()
                .enumerate()
                .filter(|(p, _)| starts & 1 << p != 0);
            for (_, (parse, _)) in here {
                if let Some(f) = parse(&lx, i).filter(|f| f.start < f.end && f.end <= lx.len()) {
                    out.push(Candidate {
                        start: lx.t[f.start].start,
                        end: lx.t[f.end - 1].end,
                        label: f.label,
                        rule: f.rule,
                        priority: f.priority,
                        value: Some(f.value),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;

    /// Every phrasing of the test corpus, and its text around it.
    fn corpus_lines() -> impl Iterator<Item = String> {
        [
            include_str!("../../tests/corpus/dates.txt"),
            include_str!("../../tests/corpus/amounts.txt"),
            include_str!("../../tests/corpus/negative.txt"),
            include_str!("../../tests/corpus/samples.txt"),
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
            with_context(&line, |cx| {
                let lower = cx.text.to_ascii_lowercase();
                let lx = Lexed::new(cx, &lower);
                for i in 0..lx.len() {
                    for (p, (parse, _)) in PARSERS.iter().enumerate() {
                        if let Some(f) = parse(&lx, i) {
                            checked += 1;
                            assert!(
                                lx.t[i].starts & 1 << p != 0,
                                "parser {p} found {:?} at {:?} in {line:?}, which its Start rules out",
                                f.rule,
                                lx.raw(i)
                            );
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
