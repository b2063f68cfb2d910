//! Lengths of time and repetitions: "three years", "two-year", "the past two weeks", "the first
//! nine months", "more than four hours", "a few days", "recent years", "every week".
//!
//! Labels follow OntoNotes: a length in days or longer is DATE, in hours, minutes or seconds
//! TIME. Values are TimeML durations (`P3Y`, `PT4H`, `PXD` when the amount is vague). A
//! repetition ("every week", "weekly", "every morning", "each Thursday") is TimeML's SET, with
//! the period as value (`P1W`) or the day it falls on (`XXXX-XX-XXTMO`, `XXXX-WXX-4`); labelled
//! DATE, or TIME when it repeats a time of day. "daily" is one in OntoNotes mode only in lower
//! case and not after a determiner (OntoNotes marks more than half of those uses).
//!
//! In TimeML mode, "recent years" and "the coming months" point at the past or future
//! (`PAST_REF`, `FUTURE_REF`), as TempEval-3 marks them more often than as lengths.

use super::calendar_dates;
use super::numbers::number;
use super::quarters_halves_centuries::year_named;
use super::relative_dates::approx_prefix;
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{day_part, repeat_adverb, yield_measure};
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::{DateExpr, Lean, OffsetFrom, Repeat, Unit, Vague};
use crate::Label;

fn duration(start: usize, end: usize, rule: &'static str, amount: Option<u32>, u: Unit) -> Found {
    Found {
        start,
        end,
        label: if u.is_clock() {
            Label::Time
        } else {
            Label::Date
        },
        rule,
        priority: priority::DURATION,
        value: RawValue::Date(DateExpr::Duration { amount, unit: u }),
    }
}

/// Where [`at`] can begin: "every", "the", a modifier, an approximation, an amount, or a
/// plural unit ("for years").
pub const START: Start = Start {
    numbers: true,
    number_words: true,
    words: &[
        "every",
        "each",
        "the",
        "recent",
        "coming",
        "past",
        "next",
        "nearly",
        "almost",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "another",
        "more",
        "less",
        "fewer",
        "at",
        "up",
        "no",
        "several",
        "many",
        "a",
        "an",
        "hourly",
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "annual",
        "quarterly",
        "semiannual",
        "years",
        "months",
        "decades",
        "weeks",
        "days",
        "hours",
        "minutes",
        "half",
        "this",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    // "every" and "each" are keywords; a token that is none (a number) can only be a length.
    if !view.is_keyword(i) {
        return length(view, i).map(|f| apostrophe(view, f));
    }
    every(view, i)
        .or_else(|| adverb(view, i))
        .or_else(|| length(view, i).map(|f| apostrophe(view, f)))
}

/// "18 years' worth", "a few days' events": in OntoNotes a plural length keeps the apostrophe
/// glued after it (train, newswire: 8 of the 9 such lengths, the ninth unmarked; dev 3 of 3).
fn apostrophe(view: &TokenView, mut f: Found) -> Found {
    let k = f.end;
    let bare = matches!(view.raw(k), "'" | "\u{2019}") && view.joined(k) && !view.possessive(k);
    if bare && view.mode != Mode::TimeMl && view.low(k - 1).ends_with('s') {
        f.end += 1;
    }
    f
}

fn set(start: usize, end: usize, rule: &'static str, repeat: Repeat) -> Found {
    let time = match repeat {
        Repeat::Every { unit, .. } => unit.is_clock(),
        Repeat::DayPart(_) => true,
        Repeat::Weekday(_) => false,
    };
    Found {
        start,
        end,
        label: if time { Label::Time } else { Label::Date },
        rule,
        priority: priority::DURATION,
        value: RawValue::Date(DateExpr::Set(repeat)),
    }
}

/// "every week", "each year", "every two years", "every morning", "each Thursday".
fn every(view: &TokenView, i: usize) -> Option<Found> {
    if !matches!(view.low(i), "every" | "each") || !view.near(i + 1) {
        return None;
    }
    // OntoNotes leaves "every day", "every year", "every month", "every morning", "every
    // evening" unmarked more often than not (train: marked 37, unmarked 89); "each year" (21 of
    // 46), "every night" (6 of 10) and "every two years" are kept.
    let unmarked = ["day", "year", "month", "morning", "evening"];
    if view.mode != Mode::TimeMl && view.is(i, "every") && unmarked.contains(&view.low(i + 1)) {
        return None;
    }
    if let Some(w) = view.keyword(i + 1).weekday {
        return Some(set(i, i + 2, "set/every", Repeat::Weekday(w)));
    }
    if let Some(part) = day_part(view.low(i + 1)) {
        return Some(set(i, i + 2, "set/every", Repeat::DayPart(part)));
    }
    let (amount, k) = match number(view, i + 1).filter(|n| !n.scaled && n.value.fract() == 0.0) {
        Some(n) => (n.value as u32, n.end),
        None => (1, i + 1),
    };
    let unit = view.keyword(k).unit.filter(|_| view.near(k))?;
    Some(set(i, k + 1, "set/every", Repeat::Every { amount, unit }))
}

/// "weekly", "annually"; "daily" (in OntoNotes mode only in lower case and not after a
/// determiner: train marks such uses 54 times of 94, above the break-even of half DATE's F1;
/// "the daily newspaper", "a daily basis" 12 of 36, and never "Daily", a newspaper's name);
/// "annual", "quarterly", "semiannual" in OntoNotes mode (train marks "annual" as DATE in 214
/// of its 367 uses, "quarterly" in 43 of 51; TempEval-3 marks none of them), but not "annual"
/// before a measure of an economy's yield ("annual output", "annual GDP": train 4 of 48, the
/// news wire's economic reports; `words::yield_measure`).
fn adverb(view: &TokenView, i: usize) -> Option<Found> {
    let ontonotes = view.mode != Mode::TimeMl;
    let (amount, unit) = match view.low(i) {
        "annual" if ontonotes && !(view.near(i + 1) && yield_measure(view.low(i + 1))) => {
            (1, Unit::Year)
        }
        "annual" => return None,
        "quarterly" if ontonotes => (1, Unit::Quarter),
        "semiannual" if ontonotes => (6, Unit::Month),
        w => (1, repeat_adverb(w)?),
    };
    let determiner = i > 0
        && matches!(
            view.low(i - 1),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
        );
    if unit == Unit::Day && ontonotes && (view.raw(i) != "daily" || determiner) {
        return None;
    }
    let repeat = Repeat::Every { amount, unit };
    Some(set(i, i + 1, "set/adverb", repeat))
}

/// A length of hours or minutes with a half: "half an hour", "a half hour", "half-hour", "two
/// and a half hours", "an hour and a half", "5 1/2 hours", "a minute and a half". OntoNotes
/// train marks them TIME (exact 16, inside a longer TIME 22, unmarked 16). The value is an
/// elapsed time (`PT1H30M`, as TempEval-3 writes "5 1/2 hours"). The value, where it starts
/// and the token after it.
fn with_half(view: &TokenView, i: usize) -> Option<(DateExpr, usize, usize)> {
    let (whole, half_read, k) = match number(view, i) {
        _ if matches!(view.low(i), "a" | "an") => (1, false, i + 1),
        Some(n)
            if !n.scaled && (1.0..=1000.0).contains(&n.value) && (n.value * 2.0).fract() == 0.0 =>
        {
            (n.value as u32, n.value.fract() != 0.0, n.end)
        }
        _ => (0, false, i),
    };
    let and_a_half = |k: usize| {
        view.next_is(k, "and") && view.next_is(k + 1, "a") && view.next_is(k + 2, "half")
    };
    let unit_at = |k: usize| view.keyword(k).unit.filter(|_| view.near(k));
    let (unit, end) = match (unit_at(k), unit_at(k + 3)) {
        // "5 1/2 hours"
        (Some(u), _) if whole > 0 && half_read => (u, k + 1),
        // "an hour and a half"
        (Some(u), _) if whole > 0 && and_a_half(k + 1) => (u, k + 4),
        // "two and a half hours"
        (None, Some(u)) if whole > 0 && !half_read && and_a_half(k) => (u, k + 4),
        _ => return half_hour(view, i, if whole == 1 { k } else { i }),
    };
    let value = match unit {
        Unit::Hour => DateExpr::Elapsed {
            hours: u8::try_from(whole).ok()?,
            minutes: 30,
            seconds: 0,
            hundredths: 0,
        },
        Unit::Minute => DateExpr::Elapsed {
            hours: 0,
            minutes: u8::try_from(whole).ok()?,
            seconds: 30,
            hundredths: 0,
        },
        _ => return None,
    };
    Some((value, i, end))
}

/// "two hours and 30 minutes", "an hour, 15 minutes", "3 minutes and 20 seconds", "1 minute
/// 43.95 seconds": a length in two clock units, one TIME in OntoNotes and TempEval-3 alike, valued as the time elapsed
/// (`PT2H30M`); "seven years and three months" one DATE (`P7Y3M`; OntoNotes train marks it
/// whole once of twice). The value and the token after it.
fn two_units(view: &TokenView, i: usize) -> Option<(DateExpr, usize)> {
    let whole = |k: usize| match number(view, k) {
        Some(n) if !n.scaled && n.value.fract() == 0.0 && (1.0..256.0).contains(&n.value) => {
            Some((n.value as u8, n.end))
        }
        None if matches!(view.low(k), "a" | "an") => Some((1, k + 1)),
        _ => None,
    };
    let unit_at = |k: usize| view.keyword(k).unit.filter(|_| view.near(k));
    let (first, k) = whole(i)?;
    let big = unit_at(k)?;
    if !matches!(big, Unit::Hour | Unit::Minute | Unit::Year) {
        return None;
    }
    let mut m = k + 1;
    if view.raw(m) == "," {
        m += 1;
    }
    if view.is(m, "and") {
        m += 1;
    }
    // "3 minutes 31.18 seconds": a race time, its seconds with a fraction and often nothing
    // between the units (OntoNotes train: 11 of 11 such times one TIME, all in newswire).
    let fraction = number(view, m)
        .filter(|n| big == Unit::Minute && !n.scaled && n.value.fract() != 0.0 && n.value < 60.0);
    if (m == k + 1 && fraction.is_none()) || !view.near(m) {
        return None;
    }
    let (second, hundredths, s) = match fraction {
        Some(n) => {
            let hundredths = (n.value.fract() * 100.0).round().min(99.0);
            (n.value as u8, hundredths as u8, n.end)
        }
        None => {
            let (second, s) = whole(m).filter(|&(n, _)| n < 60)?;
            (second, 0, s)
        }
    };
    if hundredths > 0 && unit_at(s) != Some(Unit::Second) {
        return None;
    }
    let value = match (big, unit_at(s)?) {
        (Unit::Hour, Unit::Minute) => DateExpr::Elapsed {
            hours: first,
            minutes: second,
            seconds: 0,
            hundredths: 0,
        },
        (Unit::Year, Unit::Month) if second < 12 => DateExpr::YearsMonths {
            years: first,
            months: second,
        },
        (Unit::Minute, Unit::Second) => DateExpr::Elapsed {
            hours: 0,
            minutes: first,
            seconds: second,
            hundredths,
        },
        _ => return None,
    };
    Some((value, s + 1))
}

/// "half an hour", "a half hour", "half-hour", with "half" at `h` (after "a" at `i`).
fn half_hour(view: &TokenView, i: usize, h: usize) -> Option<(DateExpr, usize, usize)> {
    if !view.is(h, "half") || (h > i && !view.near(h)) {
        return None;
    }
    let half = DateExpr::Elapsed {
        hours: 0,
        minutes: 30,
        seconds: 0,
        hundredths: 0,
    };
    let end = if view.next_is(h + 1, "an") && view.next_is(h + 2, "hour") {
        h + 3
    } else if view.next_is(h + 1, "hour") {
        h + 2
    } else if view.hyphen(h + 1) && view.is(h + 2, "hour") {
        // "a half-hour show": the article belongs to the noun (train marks "half - hour" alone).
        let noun = view.is_word(h + 3)
            && view.near(h + 3)
            && !matches!(
                view.low(h + 3),
                "later" | "earlier" | "before" | "after" | "ago" | "of" | "into" | "to"
            );
        return Some((half, if noun { h } else { i }, h + 3));
    } else {
        return None;
    };
    Some((half, i, end))
}

/// A length with a fraction of its unit at `i`: "3.2 years", "2 1/2 weeks", "a 3 1/2 - year
/// agreement", "two and a half months", "a year and a half". OntoNotes train marks them DATE
/// (exact 28, inside a longer DATE 36, unmarked 10; the number alone is never CARDINAL). The
/// amount in thousandths of the unit, the unit and the token after the length.
fn fraction(view: &TokenView, i: usize) -> Option<(u32, Unit, usize)> {
    let n = number(view, i).filter(|n| !n.scaled && n.value > 0.0 && n.value <= 100_000.0);
    let unit_at = |k: usize| view.keyword(k).unit.filter(|_| view.near(k));
    let and_a_half = |k: usize| {
        view.next_is(k, "and") && view.next_is(k + 1, "a") && view.next_is(k + 2, "half")
    };
    let (value, unit, end) = match n {
        // "3.2 years", "2 1/2 weeks", "3 1/2 - year"
        Some(n) if n.value.fract() != 0.0 => {
            if let Some(u) = unit_at(n.end) {
                (n.value, u, n.end + 1)
            } else if view.hyphen(n.end) && !view.low(n.end + 1).ends_with('s') {
                (n.value, view.keyword(n.end + 1).unit?, n.end + 2)
            } else {
                return None;
            }
        }
        _ => {
            let (whole, k) = match n {
                Some(n) if n.value.fract() == 0.0 => (n.value, n.end),
                None if matches!(view.low(i), "a" | "an") => (1.0, i + 1),
                _ => return None,
            };
            match unit_at(k) {
                // "a year and a half", "two weeks and a half"
                Some(u) if and_a_half(k + 1) => (whole + 0.5, u, k + 4),
                // "two and a half months"
                None if whole > 1.0 || n.is_some() => {
                    let u = unit_at(k + 3).filter(|_| and_a_half(k))?;
                    (whole + 0.5, u, k + 4)
                }
                _ => return None,
            }
        }
    };
    Some(((value * 1000.0).round() as u32, unit, end))
}

/// The amount of a duration at `i`: a number, "a few", "several", or "a"/"an" where a length
/// is expected. Returns the amount (`None` when vague) and the token after it.
fn amount(
    view: &TokenView,
    i: usize,
    length_expected: impl Fn() -> bool,
) -> Option<(Option<u32>, usize)> {
    match view.low(i) {
        "several" | "many" => return Some((None, i + 1)),
        // "the past few weeks", "the next few days" (OntoNotes train: 129 exact DATE of 143),
        // "the last couple of weeks" (16 of 23; "a couple of days" only 11 of 36, so not).
        "few" | "couple" if length_expected() && i > 0 && !view.is(i - 1, "a") => {
            let of = view.is(i, "couple") && view.next_is(i + 1, "of");
            // TimeML counts a couple as two ("the next couple of years" `P2Y`).
            let two = of && view.mode == Mode::TimeMl;
            return Some((two.then_some(2), if of { i + 2 } else { i + 1 }));
        }
        "a" if view.next_is(i + 1, "few") => return Some((None, i + 2)),
        // TimeML: "a couple of years" is `P2Y` (TempEval-3 train: both uses of "couple of").
        "a" if view.mode == Mode::TimeMl
            && view.next_is(i + 1, "couple")
            && view.next_is(i + 2, "of") =>
        {
            return Some((Some(2), i + 3))
        }
        _ => {}
    }
    // "a hundred years" is a number; "a year" is one year, where a length is expected.
    let Some(n) = number(view, i) else {
        return (matches!(view.low(i), "a" | "an") && length_expected())
            .then_some((Some(1), i + 1));
    };
    // "a million years", "80 million years": a magnitude's count of years is a length too
    // (OntoNotes train: DATE whole or inside a longer one 4 of 5, the CARDINAL never); not of
    // a shorter unit, nor before a singular ("C$ 1.15 billion second quarter").
    let years = matches!(
        view.keyword(n.end).unit,
        Some(Unit::Year | Unit::Decade | Unit::Century)
    ) && view.low(n.end).ends_with('s');
    let magnitude = years && n.scaled && n.value <= f64::from(u32::MAX);
    if n.value.fract() != 0.0 || n.value > 100_000.0 && !magnitude || n.value < 1.0 {
        return None;
    }
    Some((Some(n.value as u32), n.end))
}

/// "three years", "the past two weeks", "more than four hours", "two-year", "recent years".
fn length(view: &TokenView, i: usize) -> Option<Found> {
    // "recent years", "the coming weeks": plural units with no number.
    let the = view.is(i, "the") && view.near(i + 1);
    let k = if the { i + 1 } else { i };
    if matches!(view.low(k), "recent" | "coming")
        && view.near(k + 1)
        && view.low(k + 1).ends_with('s')
    {
        let u = view.keyword(k + 1).unit.filter(|u| !u.is_clock())?;
        // TimeML: "recent years" is PAST_REF, "the coming weeks" FUTURE_REF; "recent months",
        // "recent weeks", "recent days" a vague length (TempEval-3 train: "recent years" PAST_REF
        // 3 of 5, the shorter units `PXM`/`PXW`/`PXD` 5 of 6).
        let recent_length = view.is(k, "recent") && u != Unit::Year;
        if view.mode == Mode::TimeMl && !recent_length {
            let v = if view.is(k, "recent") {
                Vague::Past
            } else {
                Vague::Future
            };
            return super::found_date(i, k + 2, "vague/recent", DateExpr::Vague(v));
        }
        return Some(duration(i, k + 2, "duration/vague", None, u));
    }
    // "for years", "in decades", "over the years", "in the months ahead": a plural unit alone
    // after a preposition of time is a vague length in OntoNotes (train: 115 of 155 marked
    // so); TempEval-3 marks fewer than half. "for hours", "within minutes" the same, a TIME
    // (train: bare "hours"/"minutes" after for/in/after/within TIME 12 times, unmarked 5).
    if view.mode != Mode::TimeMl
        && i > 0
        && view.near(i)
        && matches!(view.low(i - 1), "for" | "in" | "over" | "after" | "within")
    {
        let k = if the { i + 1 } else { i };
        let clock = matches!(view.low(k), "hours" | "minutes") && k == i && !view.is(i - 1, "over");
        if (clock
            || matches!(
                view.low(k),
                "years" | "months" | "decades" | "weeks" | "days"
            ))
            && (k == i || view.near(k))
        {
            let u = view.keyword(k).unit?;
            let end = if view.next_is(k + 1, "ahead") {
                k + 2
            } else {
                k + 1
            };
            return Some(duration(i, end, "duration/vague", None, u));
        }
    }
    // "the past two weeks", "the first nine months", "the last 20 years"
    let mut k = i;
    let mut anchored = false;
    if the {
        k += 1;
        if matches!(
            view.low(k),
            "past" | "last" | "next" | "first" | "previous" | "coming"
        ) {
            k += 1;
            anchored = true;
        }
    } else if (matches!(view.low(k), "past" | "next")
        || view.is(k, "this") && view.is(k + 1, "half"))
        && view.near(k + 1)
    {
        k += 1;
        anchored = true;
    }
    let j = approx_prefix(view, k);
    if let Some((value, end)) = two_units(view, j).filter(|_| j == k || view.near(j)) {
        let years = matches!(value, DateExpr::YearsMonths { .. });
        return Some(Found {
            start: if the && !anchored { i + 1 } else { i },
            end,
            label: if years { Label::Date } else { Label::Time },
            rule: "duration/two-units",
            priority: priority::DURATION,
            value: RawValue::Date(value),
        });
    }
    if let Some((value, at, end)) = with_half(view, j).filter(|_| j == k || view.near(j)) {
        let start = if at > j {
            at
        } else if the && !anchored {
            i + 1
        } else {
            i
        };
        return Some(Found {
            start,
            end,
            label: Label::Time,
            rule: "duration/half",
            priority: priority::DURATION,
            value: RawValue::Date(value),
        });
    }
    if let Some((thousandths, unit, end)) = fraction(view, j).filter(|_| j == k || view.near(j)) {
        let start = if the && !anchored { i + 1 } else { i };
        return Some(Found {
            value: RawValue::Date(DateExpr::Fraction { thousandths, unit }),
            rule: "duration/fraction",
            ..duration(start, end, "", None, unit)
        });
    }
    // Asked only for "a" / "an". In TimeML mode "only a week", "just a month", "barely a
    // year", "over a week" are lengths without the modifier (TempEval-3 train: 4 of 4);
    // OntoNotes takes "only" and "just" in afterwards (`only_just`).
    let modified = |w| {
        matches!(w, "only" | "just") || view.mode == Mode::TimeMl && matches!(w, "barely" | "over")
    };
    let length_expected = || {
        j > k
            || anchored
            || (i > 0
                && (matches!(view.low(i - 1), "for" | "within" | "than" | "after" | "in")
                    || modified(view.low(i - 1))))
    };
    if (j > i && !view.near(j)) || (k > i && !view.near(k)) {
        return None;
    }
    let (n, after) = amount(view, j, length_expected)?;
    // "three or four years", "15 to 16 years": OntoNotes marks the range as one length (train:
    // 118 exact DATE, 14 exact TIME, 23 unmarked); its value is the upper bound.
    let (n, after) = match range_end(view, after) {
        Some(upper) if view.mode != Mode::TimeMl && n.is_some() => upper,
        _ => (n, after),
    };
    // "two-year", "10-day": the unit joined by a hyphen and in the singular.
    if view.hyphen(after) {
        let w = view.low(after + 1);
        let u = view.keyword(after + 1).unit.filter(|_| !w.ends_with('s'))?;
        let mut end = after + 2;
        // "a two-year-old": an age, which OntoNotes marks (as DATE) and TimeML does not.
        if view.hyphen(end) && view.is(end + 1, "old") {
            if view.mode == Mode::TimeMl {
                return None;
            }
            end += 2;
        }
        // "the 10-day truce": the article belongs to the noun, not to the duration.
        let start = if the && !anchored { i + 1 } else { i };
        return Some(duration(start, end, "duration/adjective", n, u));
    }
    let after = counted_adjective(view, after);
    let u = view.keyword(after).unit.filter(|_| view.near(after))?;
    if view.is(after, "second") && view.is(j, "a") && before_a_noun(view, after + 1) {
        return None;
    }
    if the && !anchored && n.is_none() {
        return None;
    }
    // "the 1988 quarter": after "the", a year before a singular unit names that year's period,
    // not a length of 1988 quarters ("a 1000 year flood" stays a length).
    let singular = !view.low(after).ends_with('s');
    if let Some(year) = n.filter(|&y| the && !anchored && singular && (1000..=2100).contains(&y)) {
        let year = Some(year as i32);
        let expr = DateExpr::Calendar {
            year,
            month: None,
            day: None,
        };
        return super::found_date(i, after + 1, "date/year-period", expr);
    }
    // "52 years old": an age, as above.
    if view.next_is(after + 1, "old") && n.is_some() {
        if view.mode == Mode::TimeMl {
            return None;
        }
        return Some(duration(i, after + 2, "duration/age", n, u));
    }
    // "three days later", "a few weeks earlier": OntoNotes keeps the adverb inside (49 of 53
    // such phrasings in train); so does "two days before" ending a clause, not "two days
    // before the vote". TimeML marks the length alone ("Three days" P3D). Either way the
    // length points at a day counted from the last one named.
    let end = after + 1;
    if !u.is_clock() && view.near(end) {
        let later = match view.low(end) {
            "later" => Some(true),
            "earlier" => Some(false),
            "after" | "before" if matches!(view.raw(end + 1), "." | "," | ";" | "") => {
                Some(view.is(end, "after"))
            }
            _ => None,
        };
        if let Some(later) = later {
            let stop = if view.mode == Mode::TimeMl {
                end
            } else {
                end + 1
            };
            return Some(offset(i, stop, n, u, later, OffsetFrom::Mentioned));
        }
        // "four days from now": a day after the reference (train: 10 exact DATE, 3 inside one,
        // of 19).
        if view.is(end, "from") && view.next_is(end + 1, "now") {
            return Some(offset(i, end + 2, n, u, true, OffsetFrom::Reference));
        }
        // "will reopen in two weeks": after "in" in a sentence about the future, a day after
        // the reference; the span stays the length, as OntoNotes and TimeML mark it. "in the
        // next three years", "in the past six weeks" are the stretch, no day.
        if i > 0 && view.is(i - 1, "in") && !the && !anchored && lean_at(view, i) == Lean::Future {
            return Some(offset(i, end, n, u, true, OffsetFrom::Reference));
        }
    }
    // "the first nine months of 1989", "the first ten months of this year", "... of the year":
    // in OntoNotes one DATE with the year (train 43 of 44, "of the year" 8 of 8); TempEval-3
    // marks the year apart (2 of 2).
    let first_of = the && matches!(view.low(i + 1), "first" | "last") && view.next_is(end, "of");
    if first_of && view.mode != Mode::TimeMl {
        if calendar_dates::year(view, end + 1).is_some() && view.near(end + 1) {
            return Some(duration(i, end + 2, "duration/part-of-year", n, u));
        }
        let the_year = view.next_is(end + 1, "the") && view.next_is(end + 2, "year");
        if the_year || year_named(view, end + 1).is_some() {
            return Some(duration(i, end + 3, "duration/part-of-year", n, u));
        }
    }
    Some(duration(i, end, "duration/length", n, u))
}

/// "in a second area", "for a second time", "a second - story room": before a noun (at `k`) "a
/// second" is the ordinal (OntoNotes train: 7 of 8 after "in", "for" and the like); "for a
/// second.", "a second later", "a second or two" are the length.
fn before_a_noun(view: &TokenView, k: usize) -> bool {
    let next = view.low(k);
    view.near(k)
        && (view.hyphen(k) || next.starts_with(|c: char| c.is_ascii_lowercase()))
        && !matches!(
            next,
            "later" | "earlier" | "ago" | "or" | "and" | "to" | "of" | "longer"
        )
}

/// "four straight years", "16 consecutive quarters", "two more hours", "30 trading days": an
/// adjective between the count and a plural unit is inside the length (OntoNotes train: 20 of
/// 21 such phrasings a DATE or TIME, whole or inside a longer one; the count alone 1). The
/// token of the unit when one follows the adjective at `k`, else `k`.
fn counted_adjective(view: &TokenView, k: usize) -> usize {
    let adjective = matches!(
        view.low(k),
        "straight"
            | "consecutive"
            | "successive"
            | "more"
            | "previous"
            | "long"
            | "trading"
            | "working"
            | "business"
    );
    let plural_unit =
        view.near(k + 1) && view.low(k + 1).ends_with('s') && view.keyword(k + 1).unit.is_some();
    if adjective && view.near(k) && plural_unit {
        k + 1
    } else {
        k
    }
}

fn offset(
    start: usize,
    end: usize,
    n: Option<u32>,
    unit: Unit,
    later: bool,
    from: OffsetFrom,
) -> Found {
    let mut f = duration(start, end, "duration/offset", n, unit);
    if let Some(amount) = n {
        f.value = RawValue::Date(DateExpr::Offset {
            amount,
            unit,
            later,
            from,
        });
    }
    f
}

/// The upper end of a range of lengths at `k` ("or four" of "three or four years"): its amount
/// and the token after it, when a unit follows.
fn range_end(view: &TokenView, k: usize) -> Option<(Option<u32>, usize)> {
    if !(view.near(k) && matches!(view.low(k), "or" | "to") && view.near(k + 1)) {
        return None;
    }
    let m = number(view, k + 1).filter(|m| !m.scaled && m.value.fract() == 0.0)?;
    if !(1.0..=100_000.0).contains(&m.value) {
        return None;
    }
    let unit_follows = view.near(m.end) && view.keyword(m.end).unit.is_some();
    unit_follows.then_some((Some(m.value as u32), m.end))
}
