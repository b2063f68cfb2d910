//! Ages, which OntoNotes marks as DATE valued as a length in years ("John Smith, 45,", "at age
//! 11", "the age of 16", "when she was 14", "who turned 40"); TimeML marks no age, so TimeML
//! mode reads none of these.

use super::spelled_years::below_hundred;
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

/// "when she was 14,", "I'm 33,", "who turned 40 this year", "pushing forty", "is now 80 and":
/// a number after a person's "was/is", "turned" or "now" that ends the clause is an age
/// (OntoNotes train, annotated documents: after "he/she/I ... was/is" DATE 20 of 23, the rest
/// CARDINAL or unmarked; "turned/turn/turning" 6 of 6, "pushing/nearing" 3 of 3, "is/, now" 5
/// of 5). What follows must end the clause or start another ("and", "when", "he", "this year"):
/// "was 13 --", "was eight and a half months", "turned 5%" are no ages.
pub fn after_word(view: &TokenView, i: usize) -> Option<Found> {
    if view.mode == Mode::TimeMl || i < 2 || !view.near(i) {
        return None;
    }
    // Whole years in digits or words ("14", "twenty - two"), not "14.5" nor "14,000".
    let more = view.joined(i + 1) && view.digits(i + 2) > 0 && view.joined(i + 2);
    let (years, end) = match view.digits(i) {
        0 => below_hundred(view, i)?,
        1..=3 if !more => (view.num(i)?, i + 1),
        _ => return None,
    };
    if !(1..=110).contains(&years) || !clause_goes_on(view, end) {
        return None;
    }
    let mut k = i - 1;
    if view.is(k, "just") {
        k -= 1;
    }
    // "'s", "'m" may be one token or the apostrophe and a letter.
    let verb = if matches!(view.raw(k), "s" | "m") && view.raw(k.wrapping_sub(1)) == "'" {
        k - 1
    } else {
        k
    };
    let aged = match view.low(k) {
        "turned" | "turns" | "turn" | "turning" | "pushing" | "nearing" => true,
        "now" => view.is(k.wrapping_sub(1), "is") || view.raw(k.wrapping_sub(1)) == ",",
        "was" | "were" | "is" | "am" | "'s" | "'m" | "s" | "m" => matches!(
            view.low(verb.wrapping_sub(1)),
            "he" | "she" | "i" | "they" | "we" | "you"
        ),
        _ => false,
    };
    aged.then(|| age(i, end, years)).flatten()
}

/// Token `k`, after an age, ends the clause or begins another: a stop, a quote, the end of the
/// line, or a word that starts a new part of the sentence.
fn clause_goes_on(view: &TokenView, k: usize) -> bool {
    if !view.near(k) {
        return true;
    }
    match view.raw(k) {
        "," | "." | ";" | "!" | "?" | "\"" => return true,
        _ => {}
    }
    if view.is(k, "and") && view.next_is(k + 1, "a") {
        return false;
    }
    matches!(
        view.low(k),
        "and"
            | "when"
            | "he"
            | "she"
            | "i"
            | "his"
            | "her"
            | "on"
            | "this"
            | "in"
            | "at"
            | "by"
            | "the"
            | "with"
            | "but"
            | "so"
            | "now"
    )
}
