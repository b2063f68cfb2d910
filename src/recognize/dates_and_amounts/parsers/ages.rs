//! Ages, which OntoNotes marks as DATE valued as a length in years ("John Smith, 45,", "at age
//! 11", "the age of 16"); TimeML marks no age, so TimeML mode reads none of these.

use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::{DateExpr, Unit};
use crate::Label;

/// Where [`at`] can begin: "age", or "the" before "age of".
pub const START: Start = Start {
    words: &["age", "the"],
    ..Start::NOWHERE
};

/// "age 11", "the age of 16", "the age of eighteen" (OntoNotes train: "age N" one DATE 10
/// times, the number alone 7, a longer DATE 14, CARDINAL once; "the age of N" one DATE 15, the
/// number alone 9, CARDINAL once). A capitalised "Age" names an era or a title ("Ice Age 4").
pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    if view.mode == Mode::TimeMl {
        return None;
    }
    let k = if view.is(i, "the") {
        (view.next_is(i + 1, "age") && view.next_is(i + 2, "of")).then_some(i + 3)?
    } else {
        // "Ice Age 4" is a title.
        (view.is(i, "age") && !view.capitalised(i)).then_some(i + 1)?
    };
    // Whole years in digits or one number word ("11", "eighteen"), not "11.5" nor "11,000".
    let decimal =
        view.joined(k + 1) && matches!(view.raw(k + 1), "." | ",") && view.digits(k + 2) > 0;
    let years = view
        .num(k)
        .filter(|_| view.digits(k) <= 3 && !decimal)
        .or(view.keyword(k).small_number)
        .filter(|y| view.near(k) && (1..=120).contains(y))?;
    age(i, k + 1, years)
}

/// An age of `years` over tokens `start..end`.
fn age(start: usize, end: usize, years: u32) -> Option<Found> {
    Some(Found {
        start,
        end,
        label: Label::Date,
        rule: "duration/age",
        priority: priority::DURATION,
        value: RawValue::Date(DateExpr::Duration {
            amount: Some(years),
            unit: Unit::Year,
        }),
    })
}

/// "John Smith, 45, was named": a number set off by commas after a name is an age (train: DATE
/// 103 times, CARDINAL 4, unmarked 6).
pub fn after_name(view: &TokenView, i: usize) -> Option<Found> {
    let years = view
        .num(i)
        .filter(|n| (1..=110).contains(n) && view.digits(i) <= 3)?;
    if view.mode == Mode::TimeMl || i < 2 || view.raw(i - 1) != "," || !view.near(i) {
        return None;
    }
    // The name's last word, or the full stop of "Jr." after it.
    let word = if view.raw(i - 2) == "." && i >= 3 {
        i - 3
    } else {
        i - 2
    };
    let named = view.capitalised(word) && view.is_word(word) && view.keyword(word).month.is_none();
    let set_off = view.joined(i + 1)
        && matches!(view.raw(i + 1), "," | "." | ";")
        && !(view.raw(i + 1) != "," && view.digits(i + 2) > 0 && view.joined(i + 2));
    if !(named && set_off) {
        return None;
    }
    age(i, i + 1, years)
}
