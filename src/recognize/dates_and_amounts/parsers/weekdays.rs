//! Weekdays: "Tuesday", "last Friday", "upcoming Monday", "this Sunday", "Tuesday morning",
//! "late Tuesday", "Monday of next week" ("earlier Friday" is "Friday", as TimeML annotators
//! draw it).
//!
//! Which Tuesday: a word before it decides when there is one ("last" is the one before the
//! reference date, "next", "upcoming", "coming" the one after); otherwise, and after "this", the
//! sentence's tense
//! ([`lean_at`]): "said on Friday" is the Friday before, "will meet on Tuesday" the Tuesday
//! after, and with no cue the nearest.
//!
//! A weekday in the plural ("on Mondays") is a repetition, TimeML's SET (`XXXX-WXX-1`): OntoNotes
//! marks it as one DATE (train: 15 of 26, 5 more inside a longer DATE).

use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{day_part, WEEKDAYS};
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::{DateExpr, DayRef, Lean, Repeat};
use crate::Label;

/// Where [`at`] can begin: a weekday or the word before it.
pub const START: Start = Start {
    weekdays: true,
    words: &[
        "last",
        "past",
        "next",
        "upcoming",
        "coming",
        "this",
        "early",
        "late",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(found) = plural(view, i) {
        return Some(found);
    }
    let (lean, w_at) = match view.low(i) {
        "last" | "past" => (Some(Lean::Before), i + 1),
        "next" | "upcoming" | "coming" => (Some(Lean::After), i + 1),
        // "this Sunday": the coming one in a sentence about the future, the one just gone in
        // one about the past (the tense decides), else the nearest.
        "this" => (Some(lean_at(view, i)), i + 1),
        "early" | "late" => (None, i + 1),
        _ => (None, i),
    };
    if w_at > i && !view.near(w_at) {
        return None;
    }
    let w = view
        .keyword(w_at)
        .weekday
        .filter(|_| view.capitalised(w_at))?;
    // "Monday of next week", "Friday of this week": that weekday in the week named.
    let in_week = match (view.next_is(w_at + 1, "of"), view.low(w_at + 2)) {
        (true, "last") => Some(-1),
        (true, "this") => Some(0),
        (true, "next") => Some(1),
        _ => None,
    }
    .filter(|_| lean.is_none() && view.near(w_at + 2) && view.next_is(w_at + 3, "week"));
    if let Some(weeks) = in_week {
        return Some(Found {
            start: i,
            end: w_at + 4,
            label: Label::Date,
            rule: "weekday/in-week",
            priority: priority::DATE_OR_TIME,
            value: RawValue::Date(DateExpr::Day(DayRef::InWeek(w, weeks))),
        });
    }
    let day = DayRef::Weekday(w, lean.unwrap_or_else(|| lean_at(view, w_at)));
    // "Tuesday morning" is one TIMEX3; OntoNotes marks "Tuesday" DATE and "morning" TIME
    // (train: 55 split, 38 one TIME, 4 one DATE), the TIME read by `times::part_after_day`.
    let part = day_part(view.low(w_at + 1)).filter(|_| view.near(w_at + 1));
    if let Some(part) = part.filter(|_| view.mode == Mode::TimeMl) {
        return Some(Found {
            start: i,
            end: w_at + 2,
            label: Label::Date,
            rule: "weekday/part-of-day",
            priority: priority::DATE_OR_TIME,
            value: RawValue::Date(DateExpr::PartOfDay { day, part }),
        });
    }
    // "last Friday's", "late Monday's": OntoNotes keeps the possessive inside a weekday with
    // a word before it (train 19 of 19), outside a bare one ("Friday's": 23 of 23).
    let end = if view.possessive(w_at + 1) && w_at > i && view.mode != Mode::TimeMl {
        w_at + 3
    } else {
        w_at + 1
    };
    Some(Found {
        start: i,
        end,
        label: Label::Date,
        rule: "weekday/day",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Day(day)),
    })
}

/// "Mondays", "on Fridays": every such weekday.
fn plural(view: &TokenView, i: usize) -> Option<Found> {
    let singular = view.low(i).strip_suffix('s')?;
    let &(_, w) = WEEKDAYS.iter().find(|(d, _)| *d == singular)?;
    view.capitalised(i).then_some(Found {
        start: i,
        end: i + 1,
        label: Label::Date,
        rule: "weekday/plural",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Set(Repeat::Weekday(w))),
    })
}
