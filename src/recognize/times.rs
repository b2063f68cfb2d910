//! Times of day: "8:45 IST", "10 a.m. ET", "10:35 a.m.", "10pm", "noon", "midnight", "0735 GMT",
//! and a weekday or day word right after ("10 p.m. Wednesday", "noon today"), which TimeML
//! keeps in the same expression. Zones are kept in the value as UTC offsets
//! (`2021-12-05T08:45+05:30`); a time with no day of its own takes the date written just before
//! it ("5 December 2021, 8:45 IST"), else the reference date (see `normalize`).

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::tense::lean_at;
use super::RawValue;
use crate::resolve::priority;
use crate::timex::{DateExpr, DayRef};
use crate::Label;

/// Time-zone abbreviations common in news, with their offset in minutes east of UTC.
fn zone(abbr: &str) -> Option<i16> {
    Some(match abbr {
        "GMT" | "UTC" | "Z" => 0,
        "IST" => 330,
        "BST" | "CET" => 60,
        "CEST" | "EET" => 120,
        "EEST" | "MSK" => 180,
        "PKT" => 300,
        "WIB" | "ICT" => 420,
        "SGT" | "HKT" | "AWST" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        // The season-neutral American zones: standard time.
        "ET" => -300,
        "CT" => -360,
        "MT" => -420,
        "PT" => -480,
        _ => return None,
    })
}

/// "a.m.", "am", "p.m", "PM" at `i`: whether it is p.m., and the token after it.
fn meridiem(lx: &Lexed, i: usize) -> Option<(bool, usize)> {
    if !lx.near(i) {
        return None;
    }
    match lx.low(i) {
        "am" => return Some((false, i + 1)),
        "pm" => return Some((true, i + 1)),
        "a" | "p" => {}
        _ => return None,
    }
    let pm = lx.is(i, "p");
    if lx.raw(i + 1) == "." && lx.joined(i + 1) && lx.is(i + 2, "m") && lx.joined(i + 2) {
        return Some((pm, lx.skip_dot(i + 3)));
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
    words: &["noon", "midday", "midnight"],
    ..Start::NOWHERE
};

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    let (hour, minute, mut end) = clock(lx, i)?;
    let mut zone_offset = None;
    if lx.near(end) {
        if let Some(z) = zone(lx.raw(end)) {
            zone_offset = Some(z);
            end += 1;
        }
    }
    // "0735 GMT": four digits are a time only with a zone.
    if lx.digits(i) == 4 && zone_offset.is_none() {
        return None;
    }
    let mut day = None;
    if lx.near(end) {
        day = match lx.low(end) {
            "today" | "tonight" => Some(DayRef::Offset(0)),
            "yesterday" => Some(DayRef::Offset(-1)),
            "tomorrow" => Some(DayRef::Offset(1)),
            _ => lx
                .keyword(end)
                .weekday
                .filter(|_| lx.capitalised(end))
                .map(|w| DayRef::Weekday(w, lean_at(lx, end))),
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

/// The clock reading at `i`: hour, minute and the token after it.
fn clock(lx: &Lexed, i: usize) -> Option<(u8, u8, usize)> {
    match lx.low(i) {
        "noon" | "midday" => return Some((12, 0, i + 1)),
        "midnight" => return Some((24, 0, i + 1)),
        _ => {}
    }
    if lx.joined(i) && (lx.is_word(i - 1) || matches!(lx.raw(i - 1), "." | ":" | "," | "-")) {
        return None;
    }
    // "10am", "10pm"
    if let Some((h, suffix @ ("am" | "pm"))) = lx.digits_then_letters(i) {
        let hour = hour_24(h, Some(suffix == "pm"))?;
        return Some((hour, 0, i + 1));
    }
    if lx.digits(i) == 4 {
        let n = lx.num(i)?;
        let (h, m) = (n / 100, n % 100);
        return (h < 24 && m < 60).then_some((h as u8, m as u8, i + 1));
    }
    if !(1..=2).contains(&lx.digits(i)) {
        return None;
    }
    let h = lx.num(i)?;
    if lx.raw(i + 1) == ":" && lx.joined(i + 1) && lx.joined(i + 2) && lx.digits(i + 2) == 2 {
        let m = lx.num(i + 2)?;
        if m >= 60 || (lx.joined(i + 3) && lx.raw(i + 3) == ":" && lx.digits(i + 4) == 0) {
            return None;
        }
        let mut end = i + 3;
        // Seconds: "10:35:20".
        if lx.raw(end) == ":" && lx.joined(end) && lx.digits(end + 1) == 2 && lx.joined(end + 1) {
            end += 2;
        }
        let pm = meridiem(lx, end);
        let hour = hour_24(h, pm.map(|p| p.0))?;
        return Some((hour, m as u8, pm.map_or(end, |p| p.1)));
    }
    let (pm, end) = meridiem(lx, i + 1)?;
    Some((hour_24(h, Some(pm))?, 0, end))
}
