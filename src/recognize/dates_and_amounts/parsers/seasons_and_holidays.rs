//! Seasons and holidays: "this summer", "last fall", "summer 2021", "the summer of 2021",
//! "Christmas", "Christmas Eve", "New Year's Day", "Halloween", and the US holidays on a
//! weekday: "Thanksgiving", "Election Day", "Labor Day", "Memorial Day" (OntoNotes train marks
//! them DATE 21 times, EVENT 5, nothing 4; TempEval-3 train DATE 5 of 5).

use super::calendar_dates::{possessive, year};
use super::spelled_years::spelled_year;
use super::{found_date as found, Found};
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{offset_word, season as season_word};
use crate::timex::calendar::Weekday;
use crate::timex::{DateExpr, Lean};

/// Where [`season`] and [`holiday`] can begin: "this", "last", "next", "the", a season, or a
/// holiday's first word.
pub const START: Start = Start {
    words: &[
        "this",
        "last",
        "next",
        "the",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "christmas",
        "new",
        "thanksgiving",
        "election",
        "labor",
        "memorial",
        "halloween",
    ],
    ..Start::NOWHERE
};

/// "this summer", "last fall", "next spring", "summer 2021", "the summer of 2021"; "last
/// spring's" (see [`possessive`]).
pub fn season(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(year_offset) = offset_word(view.low(i)) {
        // "this past spring" is last spring.
        let past = year_offset == 0 && view.next_is(i + 1, "past");
        let s = if past { i + 2 } else { i + 1 };
        let season = season_word(view.low(s)).filter(|_| view.near(s))?;
        let expr = DateExpr::Season {
            year: None,
            year_offset: if past { -1 } else { year_offset },
            season,
        };
        let (start, end) = possessive(view, i, s + 1);
        return found(start, end, "date/season", expr);
    }
    let k = if view.is(i, "the") { i + 1 } else { i };
    let season = season_word(view.low(k)).filter(|_| k == i || view.near(k))?;
    let y_at = if view.next_is(k + 1, "of") {
        k + 2
    } else {
        k + 1
    };
    // "the winter of nineteen ninety-four", as transcripts write it
    let (y, end) = year(view, y_at)
        .map(|y| (y, y_at + 1))
        .or_else(|| spelled_year(view, y_at, false))
        .filter(|_| view.near(y_at))?;
    let expr = DateExpr::Season {
        year: Some(y),
        year_offset: 0,
        season,
    };
    found(i, end, "date/season", expr)
}

/// Holidays on a fixed day: "Christmas", "Christmas Day", "Christmas Eve", "New Year's Day",
/// "New Year's Eve" (the year by tense, as for any month and day).
pub fn holiday(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(f) = weekday_holiday(view, i) {
        return Some(f);
    }
    let (month, day, end) = if view.raw(i) == "Halloween" {
        (10, 31, i + 1)
    } else if view.raw(i) == "Christmas" {
        match view.near(i + 1).then(|| view.raw(i + 1)) {
            Some("Eve") => (12, 24, i + 2),
            Some("Day") => (12, 25, i + 2),
            _ => (12, 25, i + 1),
        }
    } else if view.raw(i) == "New"
        && view.next_is(i + 1, "year")
        && matches!(view.raw(i + 2), "'" | "’")
        && view.is(i + 3, "s")
        && view.near(i + 4)
    {
        match view.raw(i + 4) {
            "Day" => (1, 1, i + 5),
            "Eve" => (12, 31, i + 5),
            _ => return None,
        }
    } else {
        return None;
    };
    let lean = lean_at(view, i);
    found(
        i,
        end,
        "date/holiday",
        DateExpr::MonthDay { month, day, lean },
    )
}

/// "Thanksgiving" (also "Thanksgiving Day"), "Election Day", "Labor Day", "Memorial Day": US
/// holidays on the first such weekday from a day of their month.
fn weekday_holiday(view: &TokenView, i: usize) -> Option<Found> {
    let day_after = view.near(i + 1) && view.raw(i + 1) == "Day";
    let (month, day, weekday) = match view.raw(i) {
        "Thanksgiving" => (11, 22, Weekday::Thursday),
        "Election" if day_after => (11, 2, Weekday::Tuesday),
        "Labor" if day_after => (9, 1, Weekday::Monday),
        "Memorial" if day_after => (5, 25, Weekday::Monday),
        _ => return None,
    };
    let end = if day_after { i + 2 } else { i + 1 };
    // "last Thanksgiving", "next Election Day"
    let (start, lean) = match i.checked_sub(1).map(|p| view.low(p)) {
        Some("last") => (i - 1, Lean::Before),
        Some("next") => (i - 1, Lean::After),
        _ => (i, lean_at(view, i)),
    };
    let expr = DateExpr::WeekdayFrom {
        month,
        day,
        weekday,
        lean,
    };
    found(start, end, "date/holiday", expr)
}
