//! Measured quantities: a number with a unit of measure, "400 km", "5 kg", "10,000 tonnes",
//! "60 mph", "3 million barrels", "36 square feet", "a 352-mile pipeline", "20 pounds" (a
//! weight: `money.rs` reads pounds sterling only with a magnitude). The value is the amount and the unit as written in its
//! short form (`km`, `kg`, `t`, `mi` ...). Counts of things ("5,000 troops") are read in
//! `numbers.rs`.

use super::numbers::{modified, number, plural_magnitudes};
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{currency_name, verb_of_change};
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: a number ("a" for "a million"), or a measure without one
/// ("thousands of miles", "half a mile").
pub const START: Start = Start {
    words: &[
        "the",
        "these",
        "those",
        "a",
        "between",
        "several",
        "half",
        "tens",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
    ],
    ..Start::AMOUNT
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    match view.low(i) {
        "the" | "these" | "those" => return determined(view, i),
        // "between 9,000 and 18,000 feet" (OntoNotes train: 2 of 2 one QUANTITY with it).
        "between" => {
            let f = range(view, i + 1, true).filter(|_| view.near(i + 1))?;
            return Some(Found { start: i, ..f });
        }
        _ => {}
    }
    // "Estimated volume was a light 1.7 million ounces": the market's word for the volume is
    // inside (OntoNotes train: "a light" 3 of 3, "a moderate" 2 of 2, in the metals reports;
    // "a heavy" 0 of 1, left out).
    if view.is(i, "a") {
        let k = i + 1;
        if matches!(view.low(k), "light" | "moderate") && view.near(k) {
            let f = modified(view, k + 1, bare).filter(|f| f.start == k + 1 && view.near(k + 1))?;
            return plural(view, &f).then_some(Found { start: i, ..f });
        }
    }
    modified(view, i, |view, i| {
        bare(view, i).or_else(|| range(view, i, false))
    })
}

/// "five to eight feet", "10 or 16 feet", "5 - 10 miles an hour", "a 20 - to - 30 - mile
/// stretch": a number joined to a measure is one QUANTITY, valued by its upper end as ranges of
/// money are (OntoNotes train: 20 of 23 such ranges in newswire one span; elsewhere 29 ranges of
/// degrees split, all in two weather forecasts, so temperatures stay two: "2 to [8 degrees]").
/// Not a change and a level ("jumped by 46 million to 221 million ounces"), nor from a year.
/// After "between" (`between`) the ends may be joined by "and" too.
fn range(view: &TokenView, i: usize, between: bool) -> Option<Found> {
    let low = number(view, i)?;
    let k = low.end;
    let k = if view.hyphen(k) && view.next_is(k + 1, "to") && view.hyphen(k + 2) {
        k + 3
    } else if view.next_is(k, "to")
        || view.next_is(k, "or")
        || between && view.next_is(k, "and")
        || view.spaced_hyphen(k)
    {
        k + 1
    } else {
        return None;
    };
    let year = low.plain && (1000.0..=2100.0).contains(&low.value);
    let b = i.wrapping_sub(1);
    let a_move = i > 0 && (view.is(b, "by") || view.is(b, "from") || verb_of_change(view.low(b)));
    if year || a_move || !view.near(k) {
        return None;
    }
    number(view, k)?;
    let high = bare(view, k).filter(|f| f.start == k)?;
    let degrees =
        matches!(&high.value, RawValue::Final(Value::Quantity { unit, .. }) if unit == "deg");
    (!degrees).then_some(Found { start: i, ..high })
}

/// "the 80 million tons", "these 645,000 tons", "the 15 acres": a determiner before a measure
/// in a plural unit is inside it (OntoNotes train: 12 of 14 such measures we found had it in
/// the gold); before a singular unit the measure is an adjective and the determiner the
/// noun's ("the 40 - foot hole", "the 10,000 ton class").
fn determined(view: &TokenView, i: usize) -> Option<Found> {
    let k = i + 1;
    let amount = view.digits(k) > 0
        || view.keyword(k).small_number.is_some()
        || view.keyword(k).amount_modifier;
    if !amount || !view.near(k) {
        return None;
    }
    let f = modified(view, k, bare).filter(|f| f.start == k)?;
    plural(view, &f).then_some(Found { start: i, ..f })
}

/// `f` ends in a plural unit, so the word before it is the measure's ("the 15 acres"), not the
/// noun's it describes ("the 40 - foot hole").
fn plural(view: &TokenView, f: &Found) -> bool {
    let last = view.low(f.end - 1);
    (last.ends_with('s') || last == "feet") && !view.hyphen(f.end)
}

fn bare(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(q) = without_number(view, i) {
        return Some(q);
    }
    // "400km" is one token.
    if let Some((v, suffix)) = view.digits_then_letters(i) {
        if !(view.joined(i) && i > 0 && view.is_word(i - 1)) {
            // "10m" is ten million far more often than ten metres.
            let u = view.keyword_of(suffix).measure.filter(|_| suffix != "m")?;
            return Some(quantity(i, i + 1, v as f64, u));
        }
    }
    let n = number(view, i)?;
    // "a 352-mile pipeline", "a 352 - mile pipeline" as tokenised text writes it.
    let j = if view.hyphen(n.end) { n.end + 1 } else { n.end };
    if !view.near(j) {
        return None;
    }
    let (unit, mut end) = unit_at(view, j)?;
    // "60 miles an hour", "300 meters per second" (train: one QUANTITY 8 times, the length alone 4).
    let per = view.next_is(end, "an") || view.next_is(end, "a") || view.next_is(end, "per");
    let speed = match (unit, view.low(end + 1)) {
        ("mi", "hour") => "mph",
        ("km", "hour") => "km/h",
        ("m", "second") => "m/s",
        ("ft", "second") => "ft/s",
        _ => "",
    };
    let unit = if per && view.near(end + 1) && !speed.is_empty() {
        end += 2;
        speed
    } else {
        unit
    };
    // "two degrees in law": a small number in words before "degrees" is no temperature.
    if unit == "deg" && n.words && n.value < 10.0 {
        return None;
    }
    let mut amount = n.value;
    let mut unit = unit;
    if unit == "deg" && view.next_is(end, "below") && view.next_is(end + 1, "zero") {
        // "11 degrees below zero" (train: 10 of 10 such spans marked whole).
        amount = -amount;
        end += 2;
    } else if unit == "ft" {
        if let Some((inches, after)) = feet_and_inches(view, end, amount) {
            (amount, unit, end) = (inches, "in", after);
        }
    }
    Some(quantity(i, end, amount, unit))
}

/// "five foot nine", "six feet two inches", "a 6 - foot - 2 guard": a height in feet and inches
/// is one QUANTITY, valued in inches (OntoNotes: train 1 of 1 such height inside one span, dev 5
/// of 5 one span). `end` is the token after "foot"; the inches are one token under 12 that no
/// longer number goes on from ("five foot nine hundred" is no height), and a height without
/// "inches" is at most eight feet. Digits glued to a hyphen ("6-foot-2") are not read, as
/// `number` reads none ("S-400").
fn feet_and_inches(view: &TokenView, end: usize, feet: f64) -> Option<(f64, usize)> {
    let k = end + usize::from(view.hyphen(end));
    let inches = number(view, k)
        .filter(|m| m.end == k + 1 && m.value < 12.0)?
        .value;
    if !view.near(k) {
        return None;
    }
    let named = view.near(k + 1) && view.keyword(k + 1).measure == Some("in");
    if !named && feet > 8.0 {
        return None;
    }
    Some((feet * 12.0 + inches, k + 1 + usize::from(named)))
}

/// "thousands of miles", "hundreds of meters", "half a mile", "a quarter of a ton": a measure
/// with no number, valued by the magnitude or the fraction (OntoNotes train: "hundreds/thousands
/// of" a unit QUANTITY 7 times of 8; "half a" or "a quarter of a" a unit 4 of 4, with their
/// modifiers). Not "pounds", which may be money (`money::magnitudes`).
///
/// "a few miles", "several feet", "a couple of inches": a vague count before a plural unit is
/// the measure (train: QUANTITY 11 of 13), valued 2 for "a couple of" and 3 for the others.
fn without_number(view: &TokenView, i: usize) -> Option<Found> {
    // Most starts are digits: leave them at once.
    if view.digits(i) > 0 {
        return None;
    }
    let article = |k: usize| view.next_is(k, "a") || view.next_is(k, "an");
    let (value, k) = if let Some((v, of)) = plural_magnitudes(view, i) {
        (v, of + 1)
    } else if view.is(i, "half") && article(i + 1) {
        (0.5, i + 2)
    } else if view.is(i, "a") && view.next_is(i + 1, "quarter") && view.next_is(i + 2, "of") {
        (0.25, if article(i + 3) { i + 4 } else { return None })
    } else if let Some((value, k)) = vague_few(view, i) {
        let plural = view.low(k).ends_with('s') || view.is(k, "feet");
        if !plural {
            return None;
        }
        (value, k)
    } else {
        return None;
    };
    if !view.near(k) || currency_name(view.low(k)).is_some() {
        return None;
    }
    let (unit, end) = unit_at(view, k)?;
    Some(quantity(i, end, value, unit))
}

/// "a few", "several", "a couple of" at `i`: the count they stand for and the token after them.
fn vague_few(view: &TokenView, i: usize) -> Option<(f64, usize)> {
    if view.is(i, "several") {
        Some((3.0, i + 1))
    } else if view.is(i, "a") && view.next_is(i + 1, "few") {
        Some((3.0, i + 2))
    } else if view.is(i, "a") && view.next_is(i + 1, "couple") && view.next_is(i + 2, "of") {
        Some((2.0, i + 3))
    } else {
        None
    }
}

/// A unit of measure at `j`, with "square", "cubic" or "metric" before it ("square - foot" as
/// tokenised text writes the adjective): its short form and the token after it.
fn unit_at(view: &TokenView, j: usize) -> Option<(&'static str, usize)> {
    let prefix = view.low(j);
    if !matches!(prefix, "square" | "sq" | "cubic" | "metric") {
        return Some((view.keyword(j).measure?, j + 1));
    }
    let w = if view.hyphen(j + 1) { j + 2 } else { j + 1 };
    if !view.near(w) {
        return None;
    }
    let unit = match (prefix, view.keyword(w).measure?) {
        ("metric", "t") => "t",
        ("cubic", "ft") => "ft3",
        ("cubic", "m") => "m3",
        ("cubic", _) | ("metric", _) => return None,
        (_, "km") => "km2",
        (_, "mi") => "mi2",
        (_, "m") => "m2",
        (_, "ft") => "ft2",
        _ => return None,
    };
    Some((unit, w + 1))
}

fn quantity(start: usize, end: usize, amount: f64, unit: &str) -> Found {
    Found {
        start,
        end,
        label: Label::Quantity,
        rule: "quantity/measure",
        priority: priority::MEASURE,
        value: RawValue::Final(Value::Quantity {
            amount,
            unit: unit.to_string(),
        }),
    }
}
