//! Times of day: "8:45 IST", "10 a.m. ET", "10:35 a.m.", "10pm", "noon", "midnight", "0735 GMT",
//! and a weekday or day word right after ("10 p.m. Wednesday", "noon today"), which TimeML
//! keeps in the same expression. Zones are kept in the value as UTC offsets
//! (`2021-12-05T08:45+05:30`); a time with no day of its own takes the date written just before
//! it ("5 December 2021, 8:45 IST"), else the reference date (see `normalize`).

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

/// Where [`at`] can begin: a number or a named time of day.
pub const START: Start = Start {
    numbers: true,
    words: &[
        "noon",
        "midday",
        "midnight",
        "morning",
        "afternoon",
        "evening",
        "night",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(part) = day_part(view.low(i)) {
        return part_after_day(view, i, part);
    }
    let (hour, minute, mut end) = clock(view, i)?;
    let mut zone_offset = None;
    if view.near(end) {
        if let Some(z) = time_zone(view.raw(end)) {
            zone_offset = Some(z);
            end += 1;
        }
    }
    // "0735 GMT": four digits are a time only with a zone.
    if view.digits(i) == 4 && zone_offset.is_none() {
        return None;
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
        if day.is_some() {
            end += 1;
        }
    }
    Some(Found {
        start: i,
        end,
        label: Label::Time,
        rule: "time/clock",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Time {
            day,
            hour,
            minute,
            zone: zone_offset,
        }),
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

/// The clock reading at `i`: hour, minute and the token after it.
fn clock(view: &TokenView, i: usize) -> Option<(u8, u8, usize)> {
    match view.low(i) {
        "noon" | "midday" => return Some((12, 0, i + 1)),
        "midnight" => return Some((24, 0, i + 1)),
        _ => {}
    }
    if view.joined(i) && (view.is_word(i - 1) || matches!(view.raw(i - 1), "." | ":" | "," | "-")) {
        return None;
    }
    // "10am", "10pm"
    if let Some((h, suffix @ ("am" | "pm"))) = view.digits_then_letters(i) {
        let hour = hour_24(h, Some(suffix == "pm"))?;
        return Some((hour, 0, i + 1));
    }
    if view.digits(i) == 4 {
        let n = view.num(i)?;
        let (h, m) = (n / 100, n % 100);
        return (h < 24 && m < 60).then_some((h as u8, m as u8, i + 1));
    }
    if !(1..=2).contains(&view.digits(i)) {
        return None;
    }
    let h = view.num(i)?;
    if view.raw(i + 1) == ":" && view.joined(i + 1) && view.joined(i + 2) && view.digits(i + 2) == 2
    {
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
        let hour = hour_24(h, pm.map(|p| p.0))?;
        return Some((hour, m as u8, pm.map_or(end, |p| p.1)));
    }
    let (pm, end) = meridiem(view, i + 1)?;
    Some((hour_24(h, Some(pm))?, 0, end))
}
