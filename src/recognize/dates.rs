//! Dates the text states on the calendar: "16 June 2021", "June 16, 2021", "Dec. 7",
//! "7th of December", "2021-12-06", "12/06/2021", "Friday, Oct. 23", "June 2021",
//! "June this year", "January", "early December", "mid-2021", "in 2019", "fiscal 2022",
//! "the 1990s", "the 20th century", "Q3 2021", "the third quarter", "the first half",
//! "this summer".
//!
//! Month names count only when capitalised ("may", "march" are verbs); "May" alone only after a
//! word that introduces a date ("in May"), since it is also a name and a modal verb.
//! A numeric date that reads both ways (12/06/2021) is settled per document: see
//! `normalize::numeric_dates`.

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::tense::lean_at;
use super::RawValue;
use crate::resolve::priority;
use crate::timex::calendar::CivilDate;
use crate::timex::{DateExpr, DayRef, Lean, Season};
use crate::Label;

/// Where [`at`] can begin: a number, a month, a weekday, an ordinal ("third quarter"), "Q3",
/// or a word that one of the parsers below begins with.
pub const START: Start = Start {
    numbers: true,
    months: true,
    weekdays: true,
    ordinals: true,
    words: &[
        "the",
        "early",
        "late",
        "mid",
        "end",
        "fiscal",
        "q1",
        "q2",
        "q3",
        "q4",
        "this",
        "last",
        "next",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "christmas",
        "new",
    ],
    ..Start::NOWHERE
};

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    // The words the other parsers look for first are keywords: a token that is none, a number
    // mostly, can only begin these.
    if !lx.is_keyword(i) {
        return iso(lx, i)
            .or_else(|| numeric(lx, i))
            .or_else(|| calendar(lx, i))
            .or_else(|| quarter(lx, i))
            .or_else(|| century(lx, i));
    }
    iso(lx, i)
        .or_else(|| numeric(lx, i))
        .or_else(|| weekday_then_date(lx, i))
        .or_else(|| with_modifier(lx, i))
        .or_else(|| calendar(lx, i))
        .or_else(|| quarter(lx, i))
        .or_else(|| century(lx, i))
        .or_else(|| season(lx, i))
        .or_else(|| holiday(lx, i))
}

/// Holidays on a fixed day: "Christmas", "Christmas Day", "Christmas Eve", "New Year's Day",
/// "New Year's Eve" (the year by tense, as for any month and day).
fn holiday(lx: &Lexed, i: usize) -> Option<Found> {
    let (month, day, end) = if lx.raw(i) == "Christmas" {
        match lx.near(i + 1).then(|| lx.raw(i + 1)) {
            Some("Eve") => (12, 24, i + 2),
            Some("Day") => (12, 25, i + 2),
            _ => (12, 25, i + 1),
        }
    } else if lx.raw(i) == "New"
        && lx.next_is(i + 1, "year")
        && matches!(lx.raw(i + 2), "'" | "’")
        && lx.is(i + 3, "s")
        && lx.near(i + 4)
    {
        match lx.raw(i + 4) {
            "Day" => (1, 1, i + 5),
            "Eve" => (12, 31, i + 5),
            _ => return None,
        }
    } else {
        return None;
    };
    let lean = lean_at(lx, i);
    found(
        i,
        end,
        "date/holiday",
        DateExpr::MonthDay { month, day, lean },
    )
}

fn found(start: usize, end: usize, rule: &'static str, expr: DateExpr) -> Option<Found> {
    Some(Found {
        start,
        end,
        label: Label::Date,
        rule,
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(expr),
    })
}

fn calendar_expr(year: Option<i32>, month: u32, day: Option<u32>) -> Option<DateExpr> {
    if let Some(d) = day {
        // 2020 is a leap year, so a date without a year is checked leniently.
        CivilDate::new(year.unwrap_or(2020), month, d)?;
    }
    Some(DateExpr::Calendar {
        year,
        month: Some(month),
        day,
    })
}

/// A month and day without a year takes the sentence's tense into account.
fn with_lean(lx: &Lexed, i: usize, expr: DateExpr) -> DateExpr {
    match expr {
        DateExpr::Calendar {
            year: None,
            month: Some(month),
            day: Some(day),
        } => DateExpr::MonthDay {
            month,
            day,
            lean: lean_at(lx, i),
        },
        other => other,
    }
}

/// A four-digit year token, 1000–2099.
fn year(lx: &Lexed, i: usize) -> Option<i32> {
    (lx.digits(i) == 4)
        .then(|| lx.num(i))
        .flatten()
        .filter(|y| (1000..2100).contains(y))
        .map(|y| y as i32)
}

/// "2021-12-06", "2021/12/06", and ISO 8601 date-times "2021-12-05T08:45:00+05:30" (TIME).
fn iso(lx: &Lexed, i: usize) -> Option<Found> {
    let y = year(lx, i)?;
    if let Some(f) = iso_date_time(lx, i, y) {
        return Some(f);
    }
    let sep = lx.raw(i + 1);
    let shape = matches!(sep, "-" | "/")
        && (1..=4).all(|k| lx.joined(i + k))
        && lx.raw(i + 3) == sep
        && lx.digits(i + 2) == 2
        && lx.digits(i + 4) == 2;
    if !shape {
        return None;
    }
    let expr = calendar_expr(Some(y), lx.num(i + 2)?, Some(lx.num(i + 4)?))?;
    found(i, i + 5, "date/iso", expr)
}

/// "2021-12-05T08:45", with optional seconds and a zone ("Z", "+05:30"): the day and hour are
/// one token ("05T08") for the tokeniser.
fn iso_date_time(lx: &Lexed, i: usize, y: i32) -> Option<Found> {
    let two = |k: usize| {
        (lx.digits(k) == 2 && lx.joined(k))
            .then(|| lx.num(k))
            .flatten()
    };
    let sep = |k: usize, c: &str| lx.raw(k) == c && lx.joined(k);
    if !(sep(i + 1, "-") && sep(i + 3, "-") && sep(i + 5, ":")) {
        return None;
    }
    let month = two(i + 2)?;
    let dh = lx.raw(i + 4).as_bytes();
    if !lx.joined(i + 4) || dh.len() != 5 || !matches!(dh[2], b'T' | b't') {
        return None;
    }
    let digits = |a: u8, b: u8| {
        (a.is_ascii_digit() && b.is_ascii_digit())
            .then(|| u32::from(a - b'0') * 10 + u32::from(b - b'0'))
    };
    let (day, hour) = (digits(dh[0], dh[1])?, digits(dh[3], dh[4])?);
    CivilDate::new(y, month, day)?;
    let mut end = i + 6;
    // Minutes, then optional ":ss", with "Z" glued to the last number ("00Z").
    let last_number = |k: usize| -> Option<(u32, bool)> {
        if let Some(n) = two(k) {
            return Some((n, false));
        }
        let r = lx.raw(k);
        let zulu = r.len() == 3 && matches!(r.as_bytes()[2], b'Z' | b'z') && lx.joined(k);
        zulu.then(|| digits(r.as_bytes()[0], r.as_bytes()[1]))?
            .map(|n| (n, true))
    };
    let (minute, mut utc) = last_number(end)?;
    end += 1;
    if !utc && sep(end, ":") {
        if let Some((_, z)) = last_number(end + 1) {
            utc = z;
            end += 2;
        }
    }
    let mut zone = utc.then_some(0i16);
    if !utc && (sep(end, "+") || sep(end, "-")) && sep(end + 2, ":") {
        if let (Some(h), Some(m)) = (two(end + 1), two(end + 3)) {
            let sign = if lx.raw(end) == "-" { -1 } else { 1 };
            zone = Some(sign * (h * 60 + m) as i16);
            end += 4;
        }
    }
    if hour > 24 || minute > 59 {
        return None;
    }
    Some(Found {
        start: i,
        end,
        label: Label::Time,
        rule: "time/iso",
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(DateExpr::Time {
            day: Some(DayRef::Date {
                year: Some(y),
                month,
                day,
            }),
            hour: hour as u8,
            minute: minute as u8,
            zone,
        }),
    })
}

/// "12/06/2021", "6/12/21", "12-06-2021".
fn numeric(lx: &Lexed, i: usize) -> Option<Found> {
    let sep = lx.raw(i + 1);
    if !(1..=2).contains(&lx.digits(i))
        || !matches!(sep, "/" | "-")
        || !(1..=2).contains(&lx.digits(i + 2))
        || !matches!(lx.digits(i + 4), 2 | 4)
        || lx.raw(i + 3) != sep
        || !(1..=4).all(|k| lx.joined(i + k))
        || (lx.joined(i) && lx.is_word(i - 1))
    {
        return None;
    }
    let (a, b) = (lx.num(i)?, lx.num(i + 2)?);
    let mut y = lx.num(i + 4)? as i32;
    if lx.digits(i + 4) == 2 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    // Only one reading is a date: it is the one. Both: the document or the options decide,
    // in `normalize::numeric_dates`.
    let day_first = calendar_expr(Some(y), b, Some(a));
    let month_first = calendar_expr(Some(y), a, Some(b));
    let (rule, expr) = match (day_first, month_first) {
        (Some(e), None) => ("date/numeric-day-first", e),
        (None, Some(e)) => ("date/numeric-month-first", e),
        (Some(_), Some(_)) if a == b => ("date/numeric-month-first", month_first?),
        (Some(_), Some(_)) => (
            "date/numeric",
            DateExpr::Numeric {
                first: a,
                second: b,
                year: y,
            },
        ),
        (None, None) => return None,
    };
    found(i, i + 5, rule, expr)
}

/// A capitalised month name at `i` (with its abbreviation's full stop): month and next token.
fn month_at(lx: &Lexed, i: usize) -> Option<(u32, usize)> {
    if !lx.capitalised(i) {
        return None;
    }
    let w = lx.low(i);
    let m = lx.keyword(i).month?;
    let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
    let next = if abbreviated {
        lx.skip_dot(i + 1)
    } else {
        i + 1
    };
    Some((m, next))
}

/// A day of the month at `i`: "7", "07", "7th", "seventh" is not read (rare in news).
fn day_at(lx: &Lexed, i: usize) -> Option<u32> {
    let d = match lx.digits(i) {
        1 | 2 => lx.num(i)?,
        _ => {
            let (n, suffix) = lx.digits_then_letters(i)?;
            matches!(suffix, "st" | "nd" | "rd" | "th").then_some(n)?
        }
    };
    (1..=31).contains(&d).then_some(d)
}

/// Whether the token at `i` is followed by something that makes a number at `i` part of a
/// time or a longer number ("7:30", "7.5").
fn continues_number(lx: &Lexed, i: usize) -> bool {
    lx.joined(i + 1)
        && matches!(lx.raw(i + 1), ":" | "." | ",")
        && lx.joined(i + 2)
        && lx.digits(i + 2) > 0
}

/// Optional ", 2021" / " 2021" after a month-day: the year and the end.
fn trailing_year(lx: &Lexed, j: usize) -> (Option<i32>, usize) {
    let k = if lx.raw(j) == "," && lx.joined(j) {
        j + 1
    } else {
        j
    };
    match year(lx, k).filter(|_| lx.near(k) && !continues_number(lx, k)) {
        Some(y) => (Some(y), k + 1),
        None => (None, j),
    }
}

/// Day-month-year, month-day-year, month-year, a month with a relative year, a month alone,
/// and years.
fn calendar(lx: &Lexed, i: usize) -> Option<Found> {
    // "16 June 2021", "7th of December"
    if let Some(d) = day_at(lx, i).filter(|_| !continues_number(lx, i)) {
        let j = if lx.next_is(i + 1, "of") {
            i + 2
        } else {
            i + 1
        };
        if let Some((m, next)) = lx.near(j).then(|| month_at(lx, j)).flatten() {
            let (y, end) = trailing_year(lx, next);
            let expr = with_lean(lx, i, calendar_expr(y, m, Some(d))?);
            return found(i, end, "date/day-month-year", expr);
        }
    }
    if let Some((m, next)) = month_at(lx, i) {
        // "June 16, 2021", "Dec. 7"
        if let Some(d) = lx
            .near(next)
            .then(|| day_at(lx, next))
            .flatten()
            .filter(|_| !continues_number(lx, next))
        {
            let (y, end) = trailing_year(lx, next + 1);
            let expr = with_lean(lx, i, calendar_expr(y, m, Some(d))?);
            return found(i, end, "date/month-day-year", expr);
        }
        // "June 2021", "June of 2021"
        let k = if lx.next_is(next, "of") {
            next + 1
        } else {
            next
        };
        if let Some(y) = lx.near(k).then(|| year(lx, k)).flatten() {
            return found(
                i,
                k + 1,
                "date/month-year",
                calendar_expr(Some(y), m, None)?,
            );
        }
        // "June this year", "July last year"
        if lx.near(next) && lx.is(next + 1, "year") && lx.near(next + 1) {
            if let Some(year_offset) = this_last_next(lx.low(next)) {
                let expr = DateExpr::MonthInYear {
                    month: m,
                    year_offset,
                };
                return found(i, next + 2, "date/month-relative-year", expr);
            }
        }
        // "January" alone, placed by the sentence's tense; abbreviations and "May" need more.
        let w = lx.low(i);
        let introduced = i > 0
            && matches!(
                lx.low(i - 1),
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "through"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "from"
                    | "before"
                    | "after"
                    | "during"
            );
        if next == i + 1 && (w.len() > 3 || w == "may") && (w != "may" || introduced) {
            let lean = match i.checked_sub(1).map(|p| lx.low(p)) {
                Some("last") => Lean::Before,
                Some("next") => Lean::After,
                _ => lean_at(lx, i),
            };
            let start = if i > 0 && matches!(lx.low(i - 1), "last" | "next" | "this") {
                i - 1
            } else {
                i
            };
            let expr = if lx.is(start, "this") {
                DateExpr::MonthInYear {
                    month: m,
                    year_offset: 0,
                }
            } else {
                DateExpr::Month { month: m, lean }
            };
            return found(start, i + 1, "date/month", expr);
        }
        return None;
    }
    years(lx, i)
}

/// "in 2019", "2021." — a bare year counts where a year is likely: after a word that
/// introduces one, or not followed by a word it could be counting ("2000 troops").
/// Also "fiscal 2022", "the 1990s", "1980s".
fn years(lx: &Lexed, i: usize) -> Option<Found> {
    let fiscal = lx.is(i, "fiscal") && lx.near(i + 1);
    let at = if fiscal { i + 1 } else { i };
    if let Some((n, "s")) = lx.digits_then_letters(at) {
        if (1000..2100).contains(&n) && n % 10 == 0 {
            let start = if at > 0 && lx.is(at - 1, "the") {
                at - 1
            } else {
                at
            };
            return found(start, at + 1, "date/decade", DateExpr::Decade(n as i32));
        }
        return None;
    }
    let y = year(lx, at)?;
    if continues_number(lx, at) || (lx.joined(at) && at > 0 && lx.is_word(at - 1)) {
        return None;
    }
    if lx.joined(at + 1) && matches!(lx.raw(at + 1), "-" | "/") && lx.digits(at + 2) > 0 {
        return None;
    }
    // "the 1998 bombing", "its 1988 recapitalization": a year as a modifier.
    let determiner = at > 0
        && (1900..2100).contains(&y)
        && matches!(
            lx.low(at - 1),
            "the" | "its" | "that" | "this" | "his" | "her" | "their" | "due"
        );
    let mid = at > 1 && lx.raw(at - 1) == "-" && lx.is(at - 2, "mid");
    let introduced = fiscal
        || determiner
        || mid
        || at > 0
            && matches!(
                lx.low(at - 1),
                "in" | "since"
                    | "of"
                    | "by"
                    | "from"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "during"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "year"
                    | "end"
                    | "and"
                    | "or"
                    | "between"
                    | "for"
                    | "summer"
                    | "spring"
                    | "winter"
                    | "autumn"
                    | "fall"
            );
    let counts_something = lx.near(at + 1)
        && lx.is_word(at + 1)
        && lx.raw(at + 1).starts_with(|c: char| c.is_ascii_lowercase());
    if !introduced && (counts_something || !(1900..2100).contains(&y)) {
        return None;
    }
    found(
        i,
        at + 1,
        if fiscal {
            "date/fiscal-year"
        } else {
            "date/year"
        },
        DateExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
        },
    )
}

/// "Friday, Oct. 23", "Thursday, April 6": the weekday joins the date, which gives the value.
fn weekday_then_date(lx: &Lexed, i: usize) -> Option<Found> {
    lx.keyword(i).weekday.filter(|_| lx.capitalised(i))?;
    let k = if lx.raw(i + 1) == "," { i + 2 } else { i + 1 };
    if !lx.near(k) {
        return None;
    }
    let date = calendar(lx, k).filter(|f| f.start == k && f.rule.contains("day"))?;
    Some(Found {
        start: i,
        rule: "date/weekday-date",
        ..date
    })
}

/// "early December", "late November", "mid-November", "mid-2021", "the late 1970s",
/// "early 2021": the modifier joins the span (TimeML), the value is the month or year.
fn with_modifier(lx: &Lexed, i: usize) -> Option<Found> {
    let the = lx.is(i, "the") && lx.near(i + 1);
    let m = if the { i + 1 } else { i };
    if !matches!(lx.low(m), "early" | "late" | "mid" | "end") {
        return None;
    }
    let mut k = m + 1;
    if lx.raw(k) == "-" && lx.joined(k) {
        k += 1;
    } else if lx.is(m, "end") {
        if !lx.next_is(k, "of") {
            return None;
        }
        k += 1;
    }
    if !lx.near(k) {
        return None;
    }
    let inner = calendar(lx, k).filter(|f| f.start == k)?;
    if inner.rule == "date/month" {
        // The month's own lean stays; only the span grows.
    } else if !matches!(inner.rule, "date/month-year" | "date/year" | "date/decade") {
        return None;
    }
    if the && !(inner.rule == "date/decade" || lx.is(m, "end")) {
        return None;
    }
    Some(Found {
        start: i,
        rule: "date/modified",
        ..inner
    })
}

/// "Q3 2021", "the third quarter", "third-quarter", "the fiscal first quarter",
/// "the fourth quarter of 2021", "the first half".
fn quarter(lx: &Lexed, i: usize) -> Option<Found> {
    // "Q3", "Q3 2021"
    if let Some(q) = lx
        .low(i)
        .strip_prefix('q')
        .and_then(|d| d.parse::<u8>().ok())
    {
        if !(1..=4).contains(&q) || !lx.capitalised(i) {
            return None;
        }
        let (y, end) = match year(lx, i + 1).filter(|_| lx.near(i + 1)) {
            Some(y) => (Some(y), i + 2),
            None => (None, i + 1),
        };
        let expr = DateExpr::Quarter {
            year: y,
            quarter: q,
        };
        return found(i, end, "date/quarter", expr);
    }
    let mut k = i;
    let the = lx.is(k, "the");
    if the {
        k += 1;
    }
    let year_before = year(lx, k).filter(|_| lx.near(k + 1));
    if year_before.is_some() {
        k += 1;
    }
    if lx.is(k, "fiscal") {
        k += 1;
    }
    let n = lx.keyword(k).ordinal.filter(|_| k == i || lx.near(k))?;
    k += 1;
    let hyphenated = lx.raw(k) == "-" && lx.joined(k);
    if hyphenated {
        k += 1;
    }
    let half = match lx.low(k) {
        "quarter" => false,
        "half" => true,
        _ => return None,
    };
    if !lx.near(k) || n > if half { 2 } else { 4 } {
        return None;
    }
    k += 1;
    let mut year = year_before;
    if year.is_none() && lx.next_is(k, "of") {
        if let Some(y) = self::year(lx, k + 1).filter(|_| lx.near(k + 1)) {
            year = Some(y);
            k += 2;
        }
    }
    let expr = if half {
        DateExpr::Half {
            year,
            half: n as u8,
        }
    } else {
        DateExpr::Quarter {
            year,
            quarter: n as u8,
        }
    };
    // "the third-quarter results": the article belongs to the noun.
    let start = if the && hyphenated && year_before.is_none() {
        i + 1
    } else {
        i
    };
    found(start, k, "date/quarter", expr)
}

/// "the 20th century", "21st century", "the nineteenth century".
fn century(lx: &Lexed, i: usize) -> Option<Found> {
    let k = if lx.is(i, "the") { i + 1 } else { i };
    let n = match lx.digits_then_letters(k) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        _ => lx.keyword(k).ordinal?,
    };
    if !(lx.next_is(k + 1, "century") && (1..=21).contains(&n) && (k == i || lx.near(k))) {
        return None;
    }
    found(i, k + 2, "date/century", DateExpr::Century(n as i32))
}

/// "this summer", "last fall", "next spring", "summer 2021", "the summer of 2021".
fn season(lx: &Lexed, i: usize) -> Option<Found> {
    let s = |w: &str| match w {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "fall" | "autumn" => Some(Season::Fall),
        "winter" => Some(Season::Winter),
        _ => None,
    };
    if let Some(year_offset) = this_last_next(lx.low(i)) {
        let season = s(lx.low(i + 1)).filter(|_| lx.near(i + 1))?;
        let expr = DateExpr::Season {
            year: None,
            year_offset,
            season,
        };
        return found(i, i + 2, "date/season", expr);
    }
    let k = if lx.is(i, "the") { i + 1 } else { i };
    let season = s(lx.low(k)).filter(|_| k == i || lx.near(k))?;
    let y_at = if lx.next_is(k + 1, "of") {
        k + 2
    } else {
        k + 1
    };
    let y = year(lx, y_at).filter(|_| lx.near(y_at))?;
    let expr = DateExpr::Season {
        year: Some(y),
        year_offset: 0,
        season,
    };
    found(i, y_at + 1, "date/season", expr)
}

/// "this" / "last" / "next" as an offset in the unit that follows (0, -1, +1).
fn this_last_next(word: &str) -> Option<i32> {
    match word {
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => None,
    }
}
