//! Dates written in digits: "2021-12-06", "2021/12/06", "12/06/2021", "6/12/21", and ISO 8601
//! date-times ("2021-12-05T08:45:00+05:30", a TIME). A numeric date that reads both ways
//! ("12/06/2021") is settled per article, in `normalize::numeric_dates`.

use super::calendar_dates::{calendar_expr, full_year, year};
use super::{found_date as found, Found};
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::resolve::priority;
use crate::timex::calendar::CivilDate;
use crate::timex::{DateExpr, DayRef, NumericOrder};
use crate::Label;

/// Where [`iso`] and [`numeric`] can begin: a number.
pub const START: Start = Start {
    numbers: true,
    ..Start::NOWHERE
};

/// "2021-12-06", "2021/12/06", and ISO 8601 date-times "2021-12-05T08:45:00+05:30" (TIME).
pub fn iso(view: &TokenView, i: usize) -> Option<Found> {
    let y = year(view, i)?;
    if let Some(f) = iso_date_time(view, i, y) {
        return Some(f);
    }
    let sep = view.raw(i + 1);
    let shape = matches!(sep, "-" | "/")
        && (1..=4).all(|k| view.joined(i + k))
        && view.raw(i + 3) == sep
        && view.digits(i + 2) == 2
        && view.digits(i + 4) == 2;
    if !shape {
        return None;
    }
    let expr = calendar_expr(Some(y), view.num(i + 2)?, Some(view.num(i + 4)?))?;
    found(i, i + 5, "date/iso", expr)
}

/// "2021-12-05T08:45", with optional seconds and a zone ("Z", "+05:30"): the day and hour are
/// one token ("05T08") for the tokeniser.
fn iso_date_time(view: &TokenView, i: usize, y: i32) -> Option<Found> {
    let two = |k: usize| {
        (view.digits(k) == 2 && view.joined(k))
            .then(|| view.num(k))
            .flatten()
    };
    let sep = |k: usize, c: &str| view.raw(k) == c && view.joined(k);
    if !(sep(i + 1, "-") && sep(i + 3, "-") && sep(i + 5, ":")) {
        return None;
    }
    let month = two(i + 2)?;
    let dh = view.raw(i + 4).as_bytes();
    if !view.joined(i + 4) || dh.len() != 5 || !matches!(dh[2], b'T' | b't') {
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
        let r = view.raw(k);
        let zulu = r.len() == 3 && matches!(r.as_bytes()[2], b'Z' | b'z') && view.joined(k);
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
            let sign = if view.raw(end) == "-" { -1 } else { 1 };
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
pub fn numeric(view: &TokenView, i: usize) -> Option<Found> {
    let sep = view.raw(i + 1);
    if !(1..=2).contains(&view.digits(i))
        || !matches!(sep, "/" | "-")
        || !(1..=2).contains(&view.digits(i + 2))
        || !matches!(view.digits(i + 4), 2 | 4)
        || view.raw(i + 3) != sep
        || !(1..=4).all(|k| view.joined(i + k))
        || (view.joined(i) && view.is_word(i - 1))
    {
        return None;
    }
    let (a, b) = (view.num(i)?, view.num(i + 2)?);
    let y = match (view.num(i + 4)?, view.digits(i + 4)) {
        (yy, 2) => full_year(yy),
        (y, _) => y as i32,
    };
    // Which readings are dates; `normalize::numeric_dates` settles the order.
    let day_first = calendar_expr(Some(y), b, Some(a)).is_some();
    let month_first = calendar_expr(Some(y), a, Some(b)).is_some();
    let (rule, order) = match (day_first, month_first) {
        (true, false) => ("date/numeric-day-first", NumericOrder::DayFirst),
        (false, true) => ("date/numeric-month-first", NumericOrder::MonthFirst),
        (true, true) if a == b => ("date/numeric-month-first", NumericOrder::MonthFirst),
        (true, true) => ("date/numeric", NumericOrder::Either),
        (false, false) => return None,
    };
    let expr = DateExpr::Numeric {
        first: a,
        second: b,
        year: y,
        order,
    };
    found(i, i + 5, rule, expr)
}
