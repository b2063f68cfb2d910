//! Ranges of dates whose ends share a year or a month: "12 - 19 March 2024", "Aug. 7-28",
//! "Feb 3 - Apr 9, 2025", "May to October", "2009-2010", "1990-91", "between 1978 and 1983".
//!
//! The first end takes what the second writes and it leaves out: "12" of "12 - 19 March 2024"
//! is 2024-03-12, "Feb 3" of "Feb 3 - Apr 9, 2025" is 2025-02-03 (a year earlier when its month
//! comes after the second's: "Nov. 10 to Jan. 15, 1990" starts in 1989).
//!
//! OntoNotes marks a range as one DATE (on train, 65 year ranges as one span against 11 as
//! two, 15 month and day ranges against 3), with "between" inside and "from" outside; its
//! value is the first end's. TimeML marks each end as a TIMEX3 of its own, so in that mode only
//! the first end is read here, with the value it takes from the second; the second end is read
//! as usual (a two-digit year, "91" of "1990-91", is read here as the year it abbreviates).

use super::calendar_dates::{calendar, day_at, trailing_year, year};
use super::{found_date as found, Found};
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::Mode;
use crate::timex::DateExpr;

/// Where [`between`] can begin; the other readings begin where a calendar date does.
pub const START: Start = Start {
    words: &["between"],
    ..Start::NOWHERE
};

/// The sign or word between the two ends at `i` ("-", "–", "to", "through"; "and" only after
/// "between"): the token after it.
fn separator(view: &TokenView, i: usize, and: bool) -> Option<usize> {
    if !view.near(i) || !view.near(i + 1) {
        return None;
    }
    let ok = match view.raw(i) {
        "-" | "–" | "—" => true,
        _ => matches!(view.low(i), "to" | "through") || (and && view.is(i, "and")),
    };
    ok.then_some(i + 1)
}

/// "2009-2010", "1957-58", "1992 to 1996" at `i`: the two years and the token after the range.
fn year_range(view: &TokenView, i: usize, and: bool) -> Option<(i32, i32, usize)> {
    let first = year(view, i)?;
    let j = separator(view, i + 1, and)?;
    // "2021-12-06" is one date, "1990-91-92" no range.
    if view.joined(j + 1)
        && matches!(view.raw(j + 1), "-" | "/" | "." | ":" | ",")
        && view.joined(j + 2)
        && view.digits(j + 2) > 0
    {
        return None;
    }
    let second = match view.digits(j) {
        4 => year(view, j)?,
        2 => {
            let n = view.num(j)? as i32;
            first - first % 100 + n + if n < first % 100 { 100 } else { 0 }
        }
        _ => return None,
    };
    (second > first && second - first <= 100).then_some((first, second, j + 1))
}

/// The first end of a range, completed with the year (and month) of the second.
fn complete(first: DateExpr, second: DateExpr) -> DateExpr {
    let (y2, m2) = match second {
        DateExpr::Calendar {
            year: Some(y),
            month: Some(m),
            ..
        } => (y, m),
        _ => return first,
    };
    // "Nov. 10 to Jan. 15, 1990" starts in 1989.
    let year = |m1: u32| Some(if m1 > m2 { y2 - 1 } else { y2 });
    match first {
        DateExpr::Calendar {
            year: None,
            month: Some(m),
            day,
        } => DateExpr::Calendar {
            year: year(m),
            month: Some(m),
            day,
        },
        DateExpr::MonthDay { month, day, .. } => DateExpr::Calendar {
            year: year(month),
            month: Some(month),
            day: Some(day),
        },
        DateExpr::Month { month, .. } => DateExpr::Calendar {
            year: year(month),
            month: Some(month),
            day: None,
        },
        other => other,
    }
}

fn date_of(f: &Found) -> Option<DateExpr> {
    match f.value {
        RawValue::Date(e) => Some(e),
        _ => None,
    }
}

/// The range as the mode marks it: its first end's value, where the first end ends (TimeML's
/// span) and where the range ends (OntoNotes').
fn marked(start: usize, expr: DateExpr, first_end: usize, end: usize, mode: Mode) -> Option<Found> {
    match mode {
        Mode::OntoNotes => found(start, end, "date/range", expr),
        Mode::TimeMl => found(start, first_end, "date/range-start", expr),
    }
}

/// The ranges that begin with a number a date reading would not take alone: years ("2009-2010",
/// "1990-91", whose first year is no date by itself) and days ("12 - 19 March 2024"); in
/// TimeML mode also the second year ("91", "2010").
pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    let digits = view.digits(i);
    if digits == 0 {
        return None;
    }
    if view.mode == Mode::TimeMl && matches!(digits, 2 | 4) && i >= 2 {
        if let Some((_, second, end)) = year_range(view, i - 2, false).filter(|r| r.2 == i + 1) {
            let expr = DateExpr::Calendar {
                year: Some(second),
                month: None,
                day: None,
            };
            return found(i, end, "date/range-end", expr);
        }
    }
    starting_with_number(view, i, false)
}

fn starting_with_number(view: &TokenView, i: usize, and: bool) -> Option<Found> {
    if let Some((first, _, end)) = year_range(view, i, and) {
        let expr = DateExpr::Calendar {
            year: Some(first),
            month: None,
            day: None,
        };
        return marked(i, expr, i + 1, end, view.mode);
    }
    // "12 - 19 March 2024": a day, then a day and its month.
    let d1 = day_at(view, i)?;
    let j = separator(view, i + 1, and)?;
    let second =
        calendar(view, j).filter(|f| f.start == j && day_at(view, j).is_some_and(|d2| d2 > d1))?;
    let expr = match date_of(&second)? {
        DateExpr::Calendar { year, month, .. } => DateExpr::Calendar {
            year,
            month,
            day: Some(d1),
        },
        DateExpr::MonthDay { month, lean, .. } => DateExpr::MonthDay {
            month,
            day: d1,
            lean,
        },
        _ => return None,
    };
    marked(i, expr, i + 1, second.end, view.mode)
}

/// `first`, a date read at its start, as the first end of a range when one follows ("and" as
/// the separator after "between"); else `first` as it is.
pub fn extend(view: &TokenView, first: Found) -> Found {
    extended(view, &first, false).unwrap_or(first)
}

fn extended(view: &TokenView, first: &Found, and: bool) -> Option<Found> {
    let j = separator(view, first.end, and)?;
    let expr = date_of(first)?;
    // "Aug. 7 - 28", "July 7 to 15, 1989": a second day of the same month.
    if let DateExpr::MonthDay { month, day, .. } = expr {
        let second_day = day_at(view, j)
            .filter(|&d2| d2 > day && view.keyword(j + 1).month.is_none() && view.digits(j) <= 2);
        if let Some(d2) = second_day {
            let (year, end) = trailing_year(view, j + 1);
            let second = DateExpr::Calendar {
                year,
                month: Some(month),
                day: Some(d2),
            };
            return marked(
                first.start,
                complete(expr, second),
                first.end,
                end,
                view.mode,
            );
        }
    }
    // "Feb 3 - Apr 9, 2025", "January to October 1990", "1990 to March 1991".
    let second = calendar(view, j).filter(|f| f.start == j && view.keyword(j).month.is_some())?;
    let expr = complete(expr, date_of(&second)?);
    marked(first.start, expr, first.end, second.end, view.mode)
}

/// "between 1978 and 1983", "between Aug. 1 and Oct. 31": OntoNotes keeps "between" inside;
/// TimeML marks the two dates as usual.
pub fn between(view: &TokenView, i: usize) -> Option<Found> {
    if !view.is(i, "between") || view.mode == Mode::TimeMl || !view.near(i + 1) {
        return None;
    }
    let range = starting_with_number(view, i + 1, true).or_else(|| {
        let first = calendar(view, i + 1).filter(|f| f.start == i + 1)?;
        extended(view, &first, true)
    })?;
    Some(Found { start: i, ..range })
}
