//! Times of day: "8:45 IST", "10 a.m. ET", "10:35 a.m.", "10pm", "noon", "midnight", "0735 GMT",
//! and a weekday or day word right after ("10 p.m. Wednesday", "noon today"), which TimeML
//! keeps in the same expression and OntoNotes marks apart, a DATE (but "midnight tonight").
//! Zones are kept in the value as UTC offsets (`2021-12-05T08:45+05:30`); a time with no day of
//! its own takes the date written just before it ("5 December 2021, 8:45 IST"), else the
//! reference date (see `normalize`).
//!
//! A clock without a.m. or p.m. takes it from what follows: the part of the day ("7 in the
//! evening" is 19:00, "four in the morning") or the second end of a range ("2:15-3:45pm",
//! "from 9 to 11 a.m. EST", whose zone it shares too). OntoNotes marks a range as one TIME
//! (train: 18 clock ranges as one span), valued by its first end; TimeML marks each end, so in
//! that mode only the first end is read here. In OntoNotes mode "about" and "around" are inside
//! (train: 7 inside, 3 outside); TempEval-3 train goes both ways ("about 10:35 a.m." outside,
//! "around 7:15 p.m." inside), so TimeML mode leaves them out.

use super::spelled_years::below_hundred;
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{day_part, time_zone};
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::{DateExpr, DayPart, DayRef, Lean};
use crate::Label;

/// "a.m.", "am", "p.m", "PM" at `i`: whether it is p.m., and the token after it.
fn meridiem(view: &TokenView, i: usize) -> Option<(bool, usize)> {
    if !view.near(i) {
        return None;
    }
    match view.low(i) {
        "am" => return Some((false, i + 1)),
        "pm" => return Some((true, i + 1)),
        "a" | "p" => {}
        _ => return None,
    }
    let pm = view.is(i, "p");
    if view.raw(i + 1) == "." && view.joined(i + 1) && view.is(i + 2, "m") && view.joined(i + 2) {
        return Some((pm, view.skip_dot(i + 3)));
    }
    None
}

fn hour_24(hour: u32, pm: Option<bool>) -> Option<u8> {
    let h = match pm {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    (h <= 24).then_some(h as u8)
}

/// Where [`at`] can begin: a number, a number word ("four in the morning"), "about", or a
/// named time of day.
pub const START: Start = Start {
    numbers: true,
    number_words: true,
    words: &[
        "noon",
        "midday",
        "midnight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "about",
        "around",
        "approximately",
        "early",
        "late",
        "mid",
        "midmorning",
        "midafternoon",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(part) = day_part(view.low(i)) {
        return part_after_day(view, i, part);
    }
    if matches!(
        view.low(i),
        "early" | "late" | "mid" | "midmorning" | "midafternoon"
    ) {
        return stretch_of_day(view, i);
    }
    if matches!(view.low(i), "about" | "around" | "approximately") {
        if view.mode == Mode::TimeMl {
            return None;
        }
        let f = view.near(i + 1).then(|| time(view, i + 1)).flatten()?;
        return Some(Found { start: i, ..f });
    }
    time(view, i)
}

/// A clock reading as read so far: the hour (0–24), minute, the token after it, and whether
/// a.m. or p.m. is still open (an hour 1–12 without either).
#[derive(Clone, Copy)]
struct Clock {
    hour: u8,
    minute: u8,
    end: usize,
    open: bool,
}

/// The hour `open_hour` (1–12) in the same half of the day as `other` (0–24) when it comes
/// before it, else in the half before: "9" of "9 - 11 p.m." is 21:00, "11" of "11 - 2 p.m."
/// 11:00, "10" of "10 to noon" 10:00.
fn before(open_hour: u8, other: u8) -> u8 {
    let h = open_hour % 12;
    let other_pm = (12..24).contains(&other);
    match other {
        12 => h,
        0 | 24 => h + 12,
        _ if h < other % 12 => h + if other_pm { 12 } else { 0 },
        _ if other_pm => h,
        _ => h + 12,
    }
}

/// A time of day at `i`, with its range, zone and day.
fn time(view: &TokenView, i: usize) -> Option<Found> {
    // Not inside a word or a number ("COVID-19", "1.30"), but a range's second end may
    // follow its hyphen ("2:15-3:45pm").
    let after_range = i >= 2 && view.raw(i - 1) == "-" && view.digits(i - 2) > 0;
    if i > 0
        && view.joined(i)
        && !after_range
        && (view.is_word(i - 1) || matches!(view.raw(i - 1), "." | ":" | "," | "-"))
    {
        return None;
    }
    if let Some(f) = race_time(view, i) {
        return Some(f);
    }
    let stated = clock(view, i);
    let first = stated.or_else(|| hour_alone(view, i))?;
    if let Some(f) = range(view, i, first) {
        return Some(f);
    }
    let (c, evening) = match (stated, part_of_day(view, i, first)) {
        (_, Some(c)) => (c, false),
        // "tonight at 9:30", "tonight at 10.45": an open clock after the evening is in it.
        (Some(c), None) => match tonight_at(view, i, c).filter(|_| c.open) {
            Some(t) => (t, true),
            None => (c, false),
        },
        (None, None) => (tonight_at(view, i, first)?, true),
    };
    let (zone, mut day, end) = zone_and_day(view, c.end);
    if evening {
        day = day.or(Some(DayRef::Offset(0)));
    }
    // "0735 GMT": four digits are a time only with a zone.
    if view.digits(i) == 4 && zone.is_none() {
        return None;
    }
    found_time(i, end, "time/clock", c, zone, day)
}

/// "won in 3:07:35", "a time of 2:05:11", "in 2:07:35.2": hours, minutes and seconds after a
/// word that introduces a length are how long something took (`PT3H7M35S`), not a clock time.
/// Without one it stays a clock (OntoNotes train: all 26 "h:mm:ss" are time stamps).
fn race_time(view: &TokenView, i: usize) -> Option<Found> {
    if i == 0 || !matches!(view.low(i - 1), "in" | "of" | "clocked" | "timed") {
        return None;
    }
    let part = |k: usize| {
        (view.raw(k - 1) == ":" && view.joined(k - 1) && view.joined(k) && view.digits(k) == 2)
            .then(|| view.num(k))
            .flatten()
            .filter(|&n| n < 60)
    };
    let hours = view.num(i).filter(|_| (1..=2).contains(&view.digits(i)))?;
    let (minutes, seconds) = (part(i + 2)?, part(i + 4)?);
    let mut end = i + 5;
    // "2:07:35.2": tenths or hundredths of a second.
    let mut hundredths = 0;
    let decimal = view.raw(end) == "." && view.joined(end) && view.joined(end + 1);
    if let Some(d) = view.num(end + 1).filter(|_| decimal) {
        hundredths = match view.digits(end + 1) {
            1 => d * 10,
            2 => d,
            _ => return None,
        };
        end += 2;
    }
    // "in 10:35:20 a.m." is a clock.
    if meridiem(view, end).is_some() || (view.near(end) && time_zone(view.raw(end)).is_some()) {
        return None;
    }
    Some(Found {
        start: i,
        end,
        label: Label::Time,
        rule: "time/elapsed",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Elapsed {
            hours: hours as u8,
            minutes: minutes as u8,
            seconds: seconds as u8,
            hundredths: hundredths as u8,
        }),
    })
}

fn found_time(
    start: usize,
    end: usize,
    rule: &'static str,
    c: Clock,
    zone: Option<i16>,
    day: Option<DayRef>,
) -> Option<Found> {
    Some(Found {
        start,
        end,
        label: Label::Time,
        rule,
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Time {
            day,
            hour: c.hour,
            minute: c.minute,
            zone,
        }),
    })
}

/// The zone and the day word after a clock ending at `end` ("EST", "Wednesday", "today"), and
/// the token after those the TIME takes in.
fn zone_and_day(view: &TokenView, mut end: usize) -> (Option<i16>, Option<DayRef>, usize) {
    let mut zone = None;
    if view.near(end) {
        if let Some(z) = time_zone(view.raw(end)) {
            zone = Some(z);
            end += 1;
        }
    }
    // OntoNotes keeps "Eastern", "London time", "local time" in the TIME (train: 6 of 7).
    if zone.is_none() && view.mode == Mode::OntoNotes && view.near(end) {
        let time_at = |k: usize| view.next_is(k, "time");
        if matches!(
            view.low(end),
            "eastern" | "pacific" | "central" | "mountain"
        ) {
            end += if time_at(end + 1) { 2 } else { 1 };
        } else if (view.capitalised(end) || view.is(end, "local"))
            && view.is_word(end)
            && time_at(end + 1)
        {
            end += 2;
        }
    }
    let mut day = None;
    if view.near(end) {
        day = match view.low(end) {
            "today" | "tonight" => Some(DayRef::Offset(0)),
            "yesterday" => Some(DayRef::Offset(-1)),
            "tomorrow" => Some(DayRef::Offset(1)),
            _ => view
                .keyword(end)
                .weekday
                .filter(|_| view.capitalised(end))
                .map(|w| DayRef::Weekday(w, lean_at(view, end))),
        };
        // OntoNotes marks the day apart, a DATE of its own ("5:04 p.m." + "Tuesday", "noon" +
        // "yesterday": train 24 of 31), but "midnight tonight" whole (4 of 4); the clock's
        // value keeps the day either way.
        let apart = view.mode == Mode::OntoNotes && !view.is(end, "tonight");
        if day.is_some() && !apart {
            end += 1;
        }
    }
    (zone, day, end)
}

/// "2:15-3:45pm", "9 - 11 p.m. EST", "from 10 a.m. to 6 p.m.": the second end states a.m. or
/// p.m. (or is a 24-hour clock), which an open first end takes, with its zone and day.
fn range(view: &TokenView, i: usize, first: Clock) -> Option<Found> {
    let sep = first.end;
    let dash = matches!(view.raw(sep), "-" | "–");
    // "between 2:15 and 3:45pm": the first end takes p.m. too, but stays a TIME of its own
    // (OntoNotes train writes "between 8:00 and 9:00 a.m." as two).
    let between = i > 0 && view.is(i - 1, "between") && view.is(sep, "and");
    if !view.near(sep) || !(dash || between || matches!(view.low(sep), "to" | "until" | "till")) {
        return None;
    }
    let second = view.near(sep + 1).then(|| clock(view, sep + 1)).flatten()?;
    if second.open || (first.open && second.hour == 24) {
        return None;
    }
    let mut c = first;
    if first.open {
        c.hour = before(first.hour, second.hour);
    }
    let (zone, day, end) = zone_and_day(view, second.end);
    match view.mode {
        Mode::OntoNotes if !between => found_time(i, end, "time/range", c, zone, day),
        _ => found_time(i, first.end, "time/range-start", c, zone, day),
    }
}

/// "tonight at 9", "this evening at 8": an hour alone after the evening of the reference day
/// is in it (21:00).
fn tonight_at(view: &TokenView, i: usize, c: Clock) -> Option<Clock> {
    let evening = i >= 2
        && view.is(i - 1, "at")
        && (view.is(i - 2, "tonight")
            || (i >= 3 && view.is(i - 2, "evening") && view.is(i - 3, "this")));
    (evening && (5..=11).contains(&c.hour)).then_some(Clock {
        hour: c.hour + 12,
        open: false,
        ..c
    })
}

/// An hour alone, 1–12, in digits or words ("9" of "9 - 11 p.m.", "four in the morning").
fn hour_alone(view: &TokenView, i: usize) -> Option<Clock> {
    let h = match view.digits(i) {
        0 => view.keyword(i).small_number?,
        1 | 2 => view.num(i)?,
        _ => return None,
    };
    // "9:30", "9.5", "9,000" are no hour alone; "at 9." ending a sentence is.
    let more = view.joined(i + 1)
        && matches!(view.raw(i + 1), ":" | "." | ",")
        && (view.joined(i + 2) || view.raw(i + 1) == ":");
    if !(1..=12).contains(&h) || more {
        return None;
    }
    Some(Clock {
        hour: h as u8,
        minute: 0,
        end: i + 1,
        open: true,
    })
}

/// Whether the word before token `i` introduces a time: "at", "by", "until", "before" ...
fn after_time_word(view: &TokenView, i: usize) -> bool {
    i > 0
        && matches!(
            view.low(i - 1),
            "at" | "by" | "until" | "till" | "before" | "after" | "since"
        )
}

/// An open clock at `i` followed by the part of the day that settles it ("7 in the evening",
/// "9:30 in the morning", "11 at night", "8 tonight"), or by "o'clock". An hour alone needs a word that
/// introduces a time before it ("at 7 in the evening", not "scored 7 in the morning session").
fn part_of_day(view: &TokenView, i: usize, c: Clock) -> Option<Clock> {
    let e = c.end;
    if !c.open || !view.near(e) {
        return None;
    }
    let introduced =
        after_time_word(view, i) || (i > 0 && matches!(view.low(i - 1), "about" | "around"));
    if view.is(e, "o") && view.raw(e + 1) == "'" && view.is(e + 2, "clock") && view.joined(e + 2) {
        let settled = Clock { end: e + 3, ..c };
        return Some(part_of_day(view, i, settled).unwrap_or(settled));
    }
    if e == i + 1 && !introduced {
        return None;
    }
    // "9.30 tonight", "at 8 tonight": the evening; "tonight" is read after as the day.
    if view.is(e, "tonight") {
        return (5..=11).contains(&c.hour).then_some(Clock {
            hour: c.hour + 12,
            open: false,
            ..c
        });
    }
    let (part, end) = if view.is(e, "in") && view.next_is(e + 1, "the") && view.near(e + 2) {
        (day_part(view.low(e + 2))?, e + 3)
    } else if view.is(e, "at") && view.next_is(e + 1, "night") {
        (DayPart::Night, e + 2)
    } else {
        return None;
    };
    // Only the hours the part holds: "2 in the evening" is no time.
    let hour = match (part, c.hour) {
        (DayPart::Morning, h @ 1..=11) => h,
        (DayPart::Afternoon, 12) => 12,
        (DayPart::Afternoon, h @ 1..=6) | (DayPart::Evening, h @ 5..=11) => h + 12,
        (DayPart::Night, h @ 8..=12) => h + 12,
        (DayPart::Night, h @ 1..=4) => h,
        _ => return None,
    };
    Some(Clock {
        hour,
        end,
        open: false,
        ..c
    })
}

/// OntoNotes mode: the part of the day after a day ("morning" of "Tuesday morning", "night" of
/// "yesterday night") is a TIME of its own, the day a DATE (`weekdays.rs`, `relative_dates.rs`).
fn part_after_day(view: &TokenView, i: usize, part: DayPart) -> Option<Found> {
    if view.mode == Mode::TimeMl || i == 0 || !view.near(i) {
        return None;
    }
    let d = i - 1;
    let day = match view.low(d) {
        "today" => DayRef::Offset(0),
        "yesterday" => DayRef::Offset(-1),
        "tomorrow" => DayRef::Offset(1),
        _ => {
            let w = view.keyword(d).weekday.filter(|_| view.capitalised(d))?;
            let lean = match view.low(d.wrapping_sub(1)) {
                "last" | "past" if view.near(d) => Lean::Before,
                "next" | "upcoming" | "coming" if view.near(d) => Lean::After,
                _ => lean_at(view, d),
            };
            DayRef::Weekday(w, lean)
        }
    };
    Some(Found {
        start: i,
        end: i + 1,
        label: Label::Time,
        rule: "time/part-of-day",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::PartOfDay { day, part }),
    })
}

/// "late afternoon", "early - morning", "midmorning", "mid-afternoon": a stretch of a part of
/// the day, a TIME on the last day named (OntoNotes train: "early/late" + part exact TIME 9,
/// inside a longer TIME 3, unmarked 7; "midmorning", "midafternoon" 7 of 9; TempEval-3 train
/// marks "mid afternoon" TIME on the article's day).
fn stretch_of_day(view: &TokenView, i: usize) -> Option<Found> {
    let (end, part) = match view.low(i) {
        "midmorning" => (i + 1, DayPart::Morning),
        "midafternoon" => (i + 1, DayPart::Afternoon),
        _ => {
            let p = if view.hyphen(i + 1) { i + 2 } else { i + 1 };
            let part = day_part(view.low(p)).filter(|_| view.near(p))?;
            // "mid-evening" and "mid-night" are not written; "midnight" is a clock.
            if view.is(i, "mid") && !matches!(part, DayPart::Morning | DayPart::Afternoon) {
                return None;
            }
            (p + 1, part)
        }
    };
    // TimeML keeps a day word after it in the expression ("mid-afternoon yesterday"); OntoNotes
    // marks a day and its part apart.
    let day = match view.low(end) {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    }
    .filter(|_| view.mode == Mode::TimeMl && view.near(end));
    Some(Found {
        start: i,
        end: if day.is_some() { end + 1 } else { end },
        label: Label::Time,
        rule: "time/stretch-of-day",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::PartOfDay {
            day: day.map_or(DayRef::Mentioned(0), DayRef::Offset),
            part,
        }),
    })
}

/// The clock reading at `i` with its a.m. or p.m. ("10:35 a.m.", "10pm", "noon", "0735",
/// "14:30", "2:15" open).
fn clock(view: &TokenView, i: usize) -> Option<Clock> {
    let stated = |hour: u8, end: usize| Clock {
        hour,
        minute: 0,
        end,
        open: false,
    };
    match view.low(i) {
        // "High Noon", "high noon comes today": the idiom, no time (TempEval-3 train: 2 of 2).
        "noon" if i > 0 && view.is(i - 1, "high") => return None,
        "noon" | "midday" => return Some(stated(12, i + 1)),
        "midnight" => return Some(stated(24, i + 1)),
        _ => {}
    }
    // "10am", "10pm"
    if let Some((h, suffix @ ("am" | "pm"))) = view.digits_then_letters(i) {
        return Some(stated(hour_24(h, Some(suffix == "pm"))?, i + 1));
    }
    if view.digits(i) == 4 {
        let n = view.num(i)?;
        let (h, m) = (n / 100, n % 100);
        return (h < 24 && m < 60).then_some(Clock {
            minute: m as u8,
            ..stated(h as u8, i + 1)
        });
    }
    // "nine PM"
    let h = match view.digits(i) {
        0 => view
            .keyword(i)
            .small_number
            .filter(|h| (1..=12).contains(h))?,
        1 | 2 => view.num(i)?,
        _ => return None,
    };
    if view.digits(i) == 0 {
        if let Some(c) = spoken(view, i, h) {
            return Some(c);
        }
    }
    // "3:45pm" is "3" ":" "45pm" for the tokeniser.
    let colon = view.raw(i + 1) == ":" && view.joined(i + 1);
    let glued = colon
        .then(|| view.digits_then_letters(i + 2))
        .flatten()
        .filter(|&(_, s)| matches!(s, "am" | "pm") && view.raw(i + 2).len() == 4);
    if let Some((m, suffix)) = glued {
        let hour = hour_24(h, Some(suffix == "pm"))?;
        return (m < 60 && view.joined(i + 2)).then_some(Clock {
            minute: m as u8,
            ..stated(hour, i + 3)
        });
    }
    if let Some(c) = dotted(view, i, h) {
        return Some(c);
    }
    if view.digits(i) > 0 && colon && view.joined(i + 2) && view.digits(i + 2) == 2 {
        let m = view.num(i + 2)?;
        if m >= 60 || (view.joined(i + 3) && view.raw(i + 3) == ":" && view.digits(i + 4) == 0) {
            return None;
        }
        let mut end = i + 3;
        // Seconds: "10:35:20".
        if view.raw(end) == ":"
            && view.joined(end)
            && view.digits(end + 1) == 2
            && view.joined(end + 1)
        {
            end += 2;
        }
        let pm = meridiem(view, end);
        return Some(Clock {
            hour: hour_24(h, pm.map(|p| p.0))?,
            minute: m as u8,
            end: pm.map_or(end, |p| p.1),
            open: pm.is_none() && (1..=12).contains(&h),
        });
    }
    let (pm, end) = meridiem(view, i + 1)?;
    Some(stated(hour_24(h, Some(pm))?, end))
}

/// "at seven thirty", "about two fifteen this afternoon", "six thirty in the morning", "one
/// forty - five": an hour and its minutes in words, as speech says a clock. The same pairs are
/// phone numbers ("five oh five"), "nine eleven" or scores as often (OntoNotes train: 21 TIME
/// of 63 pairs), so the pair is a clock only after a word that introduces a time ("at",
/// "until", "about" ...) or before a.m., p.m. or the part of the day (train: 16 TIME of 19;
/// the other 3 unmarked or inside a DATE). Minutes are "oh five" or 10, 15, 20–59.
fn spoken(view: &TokenView, i: usize, h: u32) -> Option<Clock> {
    let j = i + 1;
    let (minute, end) = if view.next_is(j, "oh") {
        let m = view
            .keyword(j + 1)
            .small_number
            .filter(|m| (1..10).contains(m));
        (m.filter(|_| view.near(j + 1))?, j + 2)
    } else {
        let j = if view.hyphen(j) { j + 1 } else { j };
        below_hundred(view, j).filter(|&(m, _)| matches!(m, 10 | 15 | 20..=59))?
    };
    if let Some((pm, e)) = meridiem(view, end) {
        return Some(Clock {
            hour: hour_24(h, Some(pm))?,
            minute: minute as u8,
            end: e,
            open: false,
        });
    }
    let c = Clock {
        hour: h as u8,
        minute: minute as u8,
        end,
        open: true,
    };
    let introduced =
        after_time_word(view, i) || (i > 0 && matches!(view.low(i - 1), "about" | "around"));
    (introduced || part_of_day(view, i, c).is_some()).then_some(c)
}

/// Words before "at" that make what follows a level, not a clock ("rated at 8.25", "closed at
/// 10.45", "held at 1.46").
const LEVEL_VERBS: &[&str] = &[
    "rated",
    "stood",
    "stands",
    "closed",
    "closing",
    "close",
    "priced",
    "quoted",
    "traded",
    "trading",
    "valued",
    "estimated",
    "fixed",
    "set",
    "pegged",
    "held",
    "opened",
    "ended",
    "finished",
    "remained",
    "steady",
    "unchanged",
    "yield",
    "yielding",
    "yields",
    "peaked",
    "bottomed",
    "capped",
    "level",
    "rate",
];

/// A clock written with a dot, as British news writes it: "at 10.45", "1.30am", "07.00 GMT".
/// Everywhere else "10.45" is a decimal (OntoNotes, CoNLL and TempEval-3 train: 2 dotted clocks
/// without a.m., p.m. or a zone against hundreds of amounts), so it is a clock only with a.m. or
/// p.m. or a zone after it, or after a word that introduces a time ("at", "by", "until" ...,
/// not after a level such as "closed at") with the clause's end, a day or a part of the day
/// right after it (no "percent", unit or magnitude), or after "at" a word of [`leaving`].
fn dotted(view: &TokenView, i: usize, h: u32) -> Option<Clock> {
    if view.digits(i) == 0 || h > 23 || view.raw(i + 1) != "." || !view.joined(i + 1) {
        return None;
    }
    if !view.joined(i + 2) || (i > 0 && view.joined(i)) {
        return None;
    }
    let (m, pm, end) = match view.digits_then_letters(i + 2) {
        // "1.30am"
        Some((m, s @ ("am" | "pm"))) if view.raw(i + 2).len() == 4 => (m, Some(s == "pm"), i + 3),
        _ if view.digits(i + 2) == 2 && !more_number(view, i + 3) => {
            let m = view.num(i + 2)?;
            match meridiem(view, i + 3) {
                Some((pm, e)) => (m, Some(pm), e),
                None => (m, None, i + 3),
            }
        }
        _ => return None,
    };
    if m >= 60 {
        return None;
    }
    let clock = |hour: u8, open: bool| Clock {
        hour,
        minute: m as u8,
        end,
        open,
    };
    if let Some(pm) = pm {
        return Some(clock(hour_24(h, Some(pm))?, false));
    }
    if view.near(end) && time_zone(view.raw(end)).is_some() {
        return Some(clock(h as u8, false));
    }
    let introduced = after_time_word(view, i) && !(i > 1 && LEVEL_VERBS.contains(&view.low(i - 2)));
    let hour_ok = h > 0 || view.digits(i) == 2;
    let after =
        clause_end_or_day(view, end) || (i > 0 && view.is(i - 1, "at") && leaving(view, end));
    (introduced && hour_ok && after).then(|| clock(h as u8, (1..=12).contains(&h)))
}

/// After "at" and a dotted clock, a word that goes on about a departure or a meeting, never
/// about a level ("leaves at 10.45 from the station", "met at 10.45 with the board"; not
/// "at 10.45 a share", "at 10.45 per cent"). OntoNotes, CoNLL and TempEval-3 train have 22
/// "at H.MM": a level, a unit, "%", a.m./p.m. or the clause's end after each, none of these.
fn leaving(view: &TokenView, k: usize) -> bool {
    view.near(k)
        && matches!(
            view.low(k),
            "from" | "with" | "when" | "near" | "outside" | "after" | "before"
        )
}

/// Token `k` continues a number: "1.30.45", "10.45,2".
fn more_number(view: &TokenView, k: usize) -> bool {
    view.joined(k)
        && (view.digits(k) > 0
            || (matches!(view.raw(k), "." | "," | ":")
                && view.joined(k + 1)
                && view.digits(k + 1) > 0))
}

/// After a dotted clock at `k`: the end of the clause, a day ("on Friday", "today"), the part
/// of the day ("in the morning"), "local time".
fn clause_end_or_day(view: &TokenView, k: usize) -> bool {
    if !view.near(k) || matches!(view.raw(k), "." | "," | ";" | ")" | "!" | "?" | "") {
        return true;
    }
    let day = |k: usize| {
        view.keyword(k).weekday.is_some() && view.capitalised(k)
            || matches!(view.low(k), "today" | "tonight" | "tomorrow" | "yesterday")
    };
    match view.low(k) {
        "on" | "this" | "next" | "last" => {
            view.near(k + 1)
                && (day(k + 1)
                    || view.keyword(k + 1).month.is_some()
                    || view.digits(k + 1) > 0
                    || day_part(view.low(k + 1)).is_some())
        }
        "in" => view.next_is(k + 1, "the") && day_part(view.low(k + 2)).is_some(),
        "local" => view.next_is(k + 1, "time"),
        _ => day(k),
    }
}
