//! Ordinals: "first", "21st", "3rd", "twentieth". The value is the number.
//! "second" is left out where it is a unit of time ([`second_of_time`]); so are the tail of a
//! spelled-out number ("twenty - first") and a day of the month ("on the 5th,"), and the few
//! uses train never marks ([`not_a_rank`]).

use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::{DateExpr, Unit};
use crate::{Label, Value};

/// Where [`at`] can begin: "21st", an ordinal word or one of [`ADVERBS`].
pub const START: Start = Start {
    numbers: true,
    ordinals: true,
    words: &ADVERBS,
    ..Start::NOWHERE
};

/// "Firstly" to "fifthly" rank the points of a list (OntoNotes train: ORDINAL 47 of 62).
const ADVERBS: [&str; 5] = ["firstly", "secondly", "thirdly", "fourthly", "fifthly"];

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    let n = match view.digits_then_letters(i) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        Some(_) => return None,
        None => match ADVERBS.iter().position(|w| view.is(i, w)) {
            Some(k) => k as u32 + 1,
            None => view.keyword(i).ordinal?,
        },
    };
    if view.is(i, "second") && second_of_time(view, i) {
        return None;
    }
    if view.joined(i) && i > 0 && (view.is_word(i - 1) || view.raw(i - 1) == "-") {
        return None;
    }
    // After a spaced hyphen it is the tail of a number or a fraction ("twenty - first",
    // "one - tenth"): train marks such an ordinal alone 2 times of 58.
    if i > 0 && view.raw(i - 1) == "-" && view.near(i) {
        return None;
    }
    // "on the 5th," "from the 23rd.": a day of the month, not a rank (train: an ORDINAL 8
    // times of 83).
    let digits = view.digits_then_letters(i).is_some();
    let day = (1..=31).contains(&n)
        && i > 0
        && matches!(view.low(i - 1), "the" | "on")
        && (!view.near(i + 1) || matches!(view.raw(i + 1), "." | "," | ";" | ":" | ")"));
    if digits && day {
        return None;
    }
    if not_a_rank(view, i) {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        label: Label::Ordinal,
        rule: "ordinal/word",
        priority: priority::ORDINAL,
        value: RawValue::Final(Value::Number(n as f64)),
    })
}

/// "second" as a unit of time: after a number or "per", "every", "split" ("ten seconds" aside,
/// "one second", "a split second"), or "a second" closing a phrase ("wait a second.", "a
/// second later", "wait a second here"). Elsewhere it ranks: OntoNotes train marks "second" ORDINAL after "the" 181
/// times (61 more inside a DATE, 16 unmarked), after "a" 71 (14 unmarked, 6 TIME), capitalised
/// 28 of 34, after other words 85 (14 unmarked, 8 TIME).
fn second_of_time(view: &TokenView, i: usize) -> bool {
    if i == 0 || !view.near(i) {
        return false;
    }
    let before = view.low(i - 1);
    let counted = view.digits(i - 1) > 0
        || view.keyword(i - 1).small_number.is_some()
        || matches!(before, "per" | "every" | "each" | "split" | "fraction");
    let closes = !view.near(i + 1)
        || !view.is_word(i + 1)
        || matches!(
            view.low(i + 1),
            "or" | "later"
                | "earlier"
                | "ago"
                | "before"
                | "after"
                | "here"
                | "there"
                | "now"
                | "longer"
                | "more"
                | "too"
        );
    counted || (matches!(before, "a" | "one" | "this" | "that") && closes)
}

/// Ordinals that OntoNotes train never marks alone: "1/5th" (a fraction, 3 of 3 inside a
/// CARDINAL), "fifth graders" / "first - grader" (0 of 4), "the Third World" / "First World"
/// without "War" (0 of 19: 5 inside a LOC, 14 unmarked).
fn not_a_rank(view: &TokenView, i: usize) -> bool {
    let fraction = i >= 2 && view.raw(i - 1) == "/" && view.digits(i - 2) > 0;
    let k = if view.hyphen(i + 1) { i + 2 } else { i + 1 };
    let grader = view.near(k) && matches!(view.low(k), "grader" | "graders");
    let world = view.capitalised(i)
        && view.next_is(i + 1, "world")
        && view.capitalised(i + 1)
        && !view.next_is(i + 2, "war");
    fraction || grader || world
}

/// OntoNotes mode: "the third straight day", "its sixth consecutive month", "the second week
/// in a row", "the first year" are one DATE, not an ORDINAL (train: 97 DATE, 24 ORDINAL, 19
/// unmarked of 140 such day/week/month/year spans). Valued as the length the count covers
/// (`P3D`): the start it counts from is not named.
pub fn nth_period(view: &TokenView, i: usize) -> Option<Found> {
    if view.mode == Mode::TimeMl
        || !matches!(view.low(i), "the" | "a" | "its" | "his" | "her" | "their")
        || !view.near(i + 1)
    {
        return None;
    }
    let n = match view.digits_then_letters(i + 1) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        Some(_) => return None,
        None => view.keyword(i + 1).ordinal?,
    };
    let mut k = i + 2;
    if view.near(k) && matches!(view.low(k), "straight" | "consecutive" | "successive") {
        k += 1;
    }
    let unit = match view.low(k) {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    if !view.near(k) {
        return None;
    }
    let in_a_row =
        view.next_is(k + 1, "in") && view.next_is(k + 2, "a") && view.next_is(k + 3, "row");
    Some(Found {
        start: i,
        end: if in_a_row { k + 4 } else { k + 1 },
        label: Label::Date,
        rule: "ordinal/nth-period",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Duration {
            amount: Some(n),
            unit,
        }),
    })
}
