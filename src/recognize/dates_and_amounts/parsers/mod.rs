//! The date and amount parsers, and the one ordered list of them ([`PARSERS`]). Each parser is
//! a function `at(view, i)` that reads one family of expressions beginning at token `i`, in a
//! file of its own; overlaps between their finds (a year inside a full date, a number inside an
//! amount) are left to `crate::resolve`, where the longest wins.

mod ages;
mod calendar_dates;
mod date_ranges;
mod durations;
mod money;
mod numbers;
mod numeric_dates;
mod ordinals;
mod percent;
mod present_past_future;
mod quantities;
mod quarters_halves_centuries;
mod relative_dates;
mod seasons_and_holidays;
mod short_years;
mod spelled_years;
mod times;
mod weekdays;

use super::token_view::{KeywordTable, Needs, Start, TokenView};
use crate::candidate::RawValue;
use crate::resolve::priority;
use crate::timex::DateExpr;
use crate::Label;
use std::sync::OnceLock;

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

/// A parser, where its finds can begin (see [`Start`]) and what its finds from a number must
/// hold (see [`Needs`]).
pub struct Parser {
    pub read: fn(&TokenView, usize) -> Option<Found>,
    pub starts: &'static [&'static Start],
    pub needs: Option<Needs>,
}

/// The parsers, each tried at every token where one of its starts allows (one bit each in
/// [`TokenFacts::starts`](super::token_view::TokenFacts::starts), so at most 16).
pub const PARSERS: &[Parser] = &[
    Parser {
        read: calendar_date,
        starts: &[
            &numeric_dates::START,
            &calendar_dates::START,
            &quarters_halves_centuries::START,
            &seasons_and_holidays::START,
            &date_ranges::START,
            &short_years::START,
        ],
        needs: None,
    },
    Parser {
        read: relative_dates::at,
        starts: &[&relative_dates::START],
        needs: None,
    },
    Parser {
        read: weekdays::at,
        starts: &[&weekdays::START],
        needs: None,
    },
    Parser {
        read: times::at,
        starts: &[&times::START],
        needs: None,
    },
    Parser {
        read: present_past_future::at,
        starts: &[&present_past_future::START],
        needs: None,
    },
    Parser {
        read: durations::at,
        starts: &[&durations::START],
        needs: Some(Needs::TimeUnit),
    },
    Parser {
        read: money::at,
        starts: &[&money::START],
        needs: None,
    },
    Parser {
        read: percent::at,
        starts: &[&percent::START],
        needs: Some(Needs::Percent),
    },
    Parser {
        read: quantities::at,
        starts: &[&quantities::START],
        needs: Some(Needs::Measure),
    },
    Parser {
        read: ordinals::at,
        starts: &[&ordinals::START],
        needs: None,
    },
    Parser {
        read: ages::at,
        starts: &[&ages::START],
        needs: None,
    },
    Parser {
        read: numbers::cardinal,
        starts: &[&numbers::START, &numbers::VAGUE_START],
        needs: None,
    },
];
const _: () = assert!(PARSERS.len() <= 16);

/// A date on the calendar at token `i`: the first of these readings that matches is its one
/// find there (so "2021" in "in 2021 third quarter" is a year, and the quarter is read from
/// "third").
fn calendar_date(view: &TokenView, i: usize) -> Option<Found> {
    // The readings led by a word need a keyword at `i`; any other token (a number mostly) can
    // only begin the rest.
    let keyword = view.is_keyword(i);
    let led_by_word = |read: fn(&TokenView, usize) -> Option<Found>| {
        if keyword {
            read(view, i)
        } else {
            None
        }
    };
    numeric_dates::iso(view, i)
        .or_else(|| numeric_dates::numeric(view, i))
        .or_else(|| date_ranges::at(view, i))
        .or_else(|| led_by_word(date_ranges::between))
        .or_else(|| led_by_word(calendar_dates::weekday_then_date))
        .or_else(|| led_by_word(calendar_dates::with_modifier))
        .or_else(|| calendar_dates::calendar(view, i).map(|f| date_ranges::extend(view, f)))
        .or_else(|| quarters_halves_centuries::quarter(view, i))
        .or_else(|| quarters_halves_centuries::century(view, i))
        .or_else(|| led_by_word(short_years::at))
        .or_else(|| led_by_word(seasons_and_holidays::season))
        .or_else(|| led_by_word(seasons_and_holidays::holiday))
}

/// The keyword table with where each of [`PARSERS`] may begin, built once.
pub fn keyword_table() -> &'static KeywordTable {
    static TABLE: OnceLock<KeywordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let starts: Vec<_> = PARSERS.iter().map(|p| (p.starts, p.needs)).collect();
        KeywordTable::new(&starts)
    })
}

/// A DATE find with the priority of dates.
fn found_date(start: usize, end: usize, rule: &'static str, expr: DateExpr) -> Option<Found> {
    Some(Found {
        start,
        end,
        label: Label::Date,
        rule,
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(expr),
    })
}
