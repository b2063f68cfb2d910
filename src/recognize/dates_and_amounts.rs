//! The one recogniser for dates, times and amounts: classifies the tokens once
//! ([`Lexed`](super::lexicon::Lexed)), then tries each small parser at every token. Each parser
//! lives in a file of its own and reads one kind of expression; overlaps between their finds
//! (a year inside a full date, a number inside an amount) are left to [`crate::resolve`], where
//! the longest wins.
//!
//! Boundaries follow TimeML (TempEval-3) for dates and times: no leading "on" or "at", but "the"
//! and modifiers that are part of the expression ("the third quarter", "early December", "the
//! past two weeks", "more than four hours"). Amounts follow OntoNotes: the currency and the
//! magnitude are inside ("$4.5 billion", "Rs 5,000 crore"), the counted noun is not ("7.5 lakh"
//! of "7.5 lakh AK-203 assault rifles"; it becomes the value's `unit`).

use super::lexicon::Lexed;
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

const PARSERS: &[Parser] = &[
    dates::at,
    relative_dates::at,
    weekdays::at,
    times::at,
    durations::at,
    money::at,
    percent::at,
    quantities::at,
    ordinals::at,
    numbers::cardinal,
];

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
        let lx = Lexed::new(cx);
        for i in (0..lx.len()).filter(|&i| lx.may_start(i)) {
            for parse in PARSERS {
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
