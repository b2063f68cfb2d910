//! The TimeML value of a date or time expression, against the reference date.
//!
//! Resolution fills what the text left out from the reference date and writes the TimeML
//! `value` at the precision of the text: `2021-12-07`, `2021-12`, `2021`, `2021-W49`,
//! `2021-Q3`, `199` (the 1990s), `2021-12-07TMO`, `2021-12-05T08:45+05:30`, `P3Y`,
//! `PRESENT_REF`. Without a reference date, what is missing stays unresolved as TimeML writes
//! it: `XXXX-12-07`, `XXXX-WXX-2`.

use super::numeric_dates::as_calendar;
use crate::timex::calendar::{days_in_month, CivilDate, Weekday};
use crate::timex::{DateExpr, DayRef, Lean, OffsetFrom, Repeat, Season, Unit, Vague};
use std::fmt::Write;

/// The TimeML value, resolved against `reference` where the text leaves fields out.
pub fn resolve(expr: &DateExpr, reference: Option<CivilDate>) -> String {
    let mut out = String::with_capacity(16);
    write(expr, reference, &mut out);
    out
}

fn write(expr: &DateExpr, reference: Option<CivilDate>, out: &mut String) {
    let year_or_ref = |y: Option<i32>| y.or(reference.map(|r| r.year()));
    match *expr {
        DateExpr::Calendar { year, month, day } => {
            let year = year.or_else(|| Some(nearest_year(reference?, month?, day.unwrap_or(1))));
            write_year(out, year);
            if let Some(m) = month {
                let _ = write!(out, "-{m:02}");
                if let Some(d) = day {
                    let _ = write!(out, "-{d:02}");
                }
            }
        }
        numeric @ DateExpr::Numeric { .. } => {
            // Not settled (a caller that skipped `numeric_dates`): month first if both read.
            write(&as_calendar(numeric, false), reference, out);
        }
        DateExpr::MonthDay { month, day, lean } => {
            let year = reference.map(|r| month_day_year(r, month, day, lean));
            write_year(out, year);
            let _ = write!(out, "-{month:02}-{day:02}");
        }
        DateExpr::WeekdayFrom {
            month,
            day,
            weekday,
            lean,
        } => {
            let on = |y: i32| {
                let d = CivilDate::new(y, month, day)?;
                let ahead = weekday.days_from_monday() - d.weekday().days_from_monday();
                d.add_days(ahead.rem_euclid(7))
            };
            // "last Thanksgiving" is the one before the reference however near the next is.
            let on = reference.and_then(|r| {
                let d = on(month_day_year(r, month, day, lean))?;
                match lean {
                    Lean::Before if d >= r => on(d.year() - 1),
                    Lean::After if d <= r => on(d.year() + 1),
                    _ => Some(d),
                }
            });
            match on {
                Some(d) => {
                    let _ = write!(out, "{d}");
                }
                None => {
                    let _ = write!(out, "XXXX-{month:02}-XX");
                }
            }
        }
        DateExpr::Month { month, lean } => {
            let year = reference.map(|r| month_year(r, month, lean));
            write_year(out, year);
            let _ = write!(out, "-{month:02}");
        }
        DateExpr::MonthInYear {
            month,
            day,
            year_offset,
        } => {
            write_year(out, reference.map(|r| r.year() + year_offset));
            let _ = write!(out, "-{month:02}");
            if let Some(day) = day {
                let _ = write!(out, "-{day:02}");
            }
        }
        DateExpr::Day(day) => write_day(out, day, reference),
        DateExpr::Weekend(day) => match day_date(day, reference) {
            Some(d) => {
                let (y, w) = iso_week(d);
                let _ = write!(out, "{y:04}-W{w:02}-WE");
            }
            None => out.push_str("XXXX-WXX-WE"),
        },
        DateExpr::Relative { unit, offset } | DateExpr::MentionedPeriod { unit, offset } => {
            write_relative(out, unit, offset, reference)
        }
        DateExpr::Decade(start) => {
            let _ = write!(out, "{:03}", start.div_euclid(10));
        }
        DateExpr::Century(n) => {
            let _ = write!(out, "{:02}", n - 1);
        }
        DateExpr::Quarter { year, quarter } => {
            // A quarter named alone is this year's, unless it is still to come: then the
            // text reports last year's ("fourth-quarter results" in January).
            let year = year.or_else(|| {
                let r = reference?;
                let current = (r.month() as u8 - 1) / 3 + 1;
                Some(r.year() - i32::from(quarter > current))
            });
            write_year(out, year);
            let _ = write!(out, "-Q{quarter}");
        }
        DateExpr::Half { year, half } => {
            write_year(out, year_or_ref(year));
            let _ = write!(out, "-H{half}");
        }
        DateExpr::PartOfYear {
            n,
            half,
            year_offset,
        } => {
            write_year(out, reference.map(|r| r.year() + year_offset));
            let _ = write!(out, "-{}{n}", if half { 'H' } else { 'Q' });
        }
        DateExpr::Season {
            year,
            year_offset,
            season,
        } => {
            // "last summer" read in December is this year's summer.
            let ends = match season {
                Season::Spring => 5,
                Season::Summer => 8,
                Season::Fall => 11,
                Season::Winter => 2,
            };
            let year = year.or_else(|| {
                let r = reference?;
                let ended = r.month() > ends;
                Some(r.year() + year_offset + i32::from(year_offset < 0 && ended))
            });
            write_year(out, year);
            out.push_str(match season {
                Season::Spring => "-SP",
                Season::Summer => "-SU",
                Season::Fall => "-FA",
                Season::Winter => "-WI",
            });
        }
        DateExpr::Elapsed {
            hours,
            minutes,
            seconds,
            hundredths,
        } => {
            out.push_str("PT");
            for (n, letter) in [(hours, 'H'), (minutes, 'M')] {
                if n > 0 {
                    let _ = write!(out, "{n}{letter}");
                }
            }
            if hundredths > 0 {
                // "35.2", "35.25", "35.05": the fraction without a trailing zero.
                let _ = if hundredths % 10 == 0 {
                    write!(out, "{seconds}.{}S", hundredths / 10)
                } else {
                    write!(out, "{seconds}.{hundredths:02}S")
                };
            } else if seconds > 0 {
                let _ = write!(out, "{seconds}S");
            }
            if out.ends_with('T') {
                out.push_str("0S");
            }
        }
        DateExpr::YearsMonths { years, months } => {
            let _ = write!(out, "P{years}Y{months}M");
        }
        DateExpr::Duration { amount, unit } => write_duration(out, amount, unit),
        DateExpr::Fraction { thousandths, unit } => write_fraction(out, thousandths, unit),
        DateExpr::Offset { amount, unit, .. } => write_duration(out, Some(amount), unit),
        DateExpr::Set(Repeat::Every { amount, unit }) => {
            let (letter, per) = unit.iso();
            let t = if unit.is_clock() { "T" } else { "" };
            let _ = write!(out, "P{t}{}{letter}", amount.saturating_mul(per));
        }
        DateExpr::Set(Repeat::DayPart(part)) => {
            let _ = write!(out, "XXXX-XX-XXT{}", part.code());
        }
        DateExpr::Set(Repeat::Weekday(w)) => {
            let _ = write!(out, "XXXX-WXX-{}", w.iso_number());
        }
        DateExpr::Vague(v) => out.push_str(match v {
            Vague::Present => "PRESENT_REF",
            Vague::Past => "PAST_REF",
            Vague::Future => "FUTURE_REF",
        }),
        DateExpr::Time {
            day,
            hour,
            minute,
            zone,
        } => {
            write_day(out, day.unwrap_or(DayRef::Offset(0)), reference);
            let _ = write!(out, "T{hour:02}:{minute:02}");
            match zone {
                Some(0) => out.push('Z'),
                Some(z) => {
                    let sign = if z < 0 { '-' } else { '+' };
                    let z = z.unsigned_abs();
                    let _ = write!(out, "{sign}{:02}:{:02}", z / 60, z % 60);
                }
                None => {}
            }
        }
        DateExpr::PartOfDay { day, part } => {
            write_day(out, day, reference);
            out.push('T');
            out.push_str(part.code());
        }
    }
}

fn write_duration(out: &mut String, amount: Option<u32>, unit: Unit) {
    let (letter, per) = unit.iso();
    out.push('P');
    if unit.is_clock() {
        out.push('T');
    }
    match amount {
        Some(n) => {
            let _ = write!(out, "{}{letter}", n.saturating_mul(per));
        }
        None => {
            let _ = write!(out, "X{letter}");
        }
    }
}

/// A fractional length: whole months for a year's fraction when they come out whole
/// ("two and a half years" `P30M`, as TempEval-3 writes them), else a decimal of the unit
/// (`P3.2Y`, `P2.5W`), which ISO 8601 allows in the last component.
fn write_fraction(out: &mut String, thousandths: u32, unit: Unit) {
    let (letter, per) = unit.iso();
    let total = u64::from(thousandths) * u64::from(per);
    if unit == Unit::Year && (total * 12) % 1000 == 0 {
        let _ = write!(out, "P{}M", total * 12 / 1000);
        return;
    }
    let t = if unit.is_clock() { "T" } else { "" };
    let _ = write!(out, "P{t}{}", total / 1000);
    let frac = total % 1000;
    if frac > 0 {
        let digits = format!("{frac:03}");
        let _ = write!(out, ".{}", digits.trim_end_matches('0'));
    }
    out.push(letter);
}

/// The first day of the period a TimeML value names, for `YYYY`, `YYYY-MM` and `YYYY-MM-DD`
/// (and a time on that day): what "the month before" counts from.
pub fn first_day(value: &str) -> Option<CivilDate> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|_| value[r].parse::<u32>().ok())
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    let field = |at: usize| match b.get(at) {
        Some(b'-') => digits(at + 1..at + 3),
        _ => None,
    };
    let end_ok = |at: usize| matches!(b.get(at), None | Some(b'T'));
    match (field(4), field(7)) {
        (Some(m), Some(d)) if end_ok(10) => CivilDate::new(year, m, d),
        (Some(m), None) if end_ok(7) => CivilDate::new(year, m, 1),
        (None, _) if end_ok(4) => CivilDate::new(year, 1, 1),
        _ => None,
    }
}

/// Whether `expr` is counted from the last period the text named before it (at any precision):
/// "the month before", "the year before".
pub fn counts_from_mentioned_period(expr: &DateExpr) -> bool {
    matches!(expr, DateExpr::MentionedPeriod { unit, .. } if *unit != Unit::Quarter)
}

/// Whether `expr` is counted from the last quarter the text named ("a year earlier" in a
/// quarterly report, TimeML mode).
pub fn counts_from_mentioned_quarter(expr: &DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::MentionedPeriod {
            unit: Unit::Quarter,
            ..
        }
    )
}

/// What `expr` counts back from the reference date when the text named no quarter: whole years
/// as years ("a year earlier" → the year before), else quarters.
pub fn without_quarter(expr: DateExpr) -> DateExpr {
    match expr {
        DateExpr::MentionedPeriod {
            unit: Unit::Quarter,
            offset,
        } if offset % 4 == 0 => DateExpr::Relative {
            unit: Unit::Year,
            offset: offset / 4,
        },
        DateExpr::MentionedPeriod { unit, offset } => DateExpr::Relative { unit, offset },
        other => other,
    }
}

/// The first day of the quarter `expr` names, from its `value`: a quarter by its number or
/// the latest one ("the third quarter", "the quarter"), not one counted back a year or more
/// ("the year-ago quarter"), which is not what the article reports on.
pub fn quarter_named(expr: &DateExpr, value: &str) -> Option<CivilDate> {
    let names = match *expr {
        DateExpr::Quarter { .. } | DateExpr::PartOfYear { half: false, .. } => true,
        DateExpr::Relative {
            unit: Unit::Quarter,
            offset,
        } => offset > -4,
        _ => false,
    };
    let (year, q) = value.split_once("-Q").filter(|_| names)?;
    let (year, q) = (year.parse::<i32>().ok()?, q.parse::<u32>().ok()?);
    CivilDate::new(year, (q.checked_sub(1)? * 3) + 1, 1).filter(|_| q <= 4)
}

/// Whether `expr` is counted from the last day the text named before it ("the next day",
/// "three days later", "late morning"): `normalize::values` then passes that day as the reference.
pub fn counts_from_mentioned(expr: &DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Day(DayRef::Mentioned(_))
            | DateExpr::PartOfDay {
                day: DayRef::Mentioned(_),
                ..
            }
            | DateExpr::Offset {
                from: OffsetFrom::Mentioned,
                ..
            }
    )
}

/// The day an offset points to ("three days later" from `anchor`), as a TimeML date; `None`
/// for anything else, or with no anchor. Months and years keep the day of the month, or the
/// month's last day when it has fewer ("a month later" from 31 January is 28 February).
pub fn points_to(expr: &DateExpr, anchor: Option<CivilDate>) -> Option<String> {
    let DateExpr::Offset {
        amount,
        unit,
        later,
        ..
    } = *expr
    else {
        return None;
    };
    let a = anchor?;
    let sign: i64 = if later { 1 } else { -1 };
    let n = i64::from(amount) * sign;
    let months = |m: i64| {
        let total = i64::from(a.year()) * 12 + i64::from(a.month()) - 1 + m;
        let (y, m) = (
            i32::try_from(total.div_euclid(12)).ok()?,
            total.rem_euclid(12) as u32 + 1,
        );
        CivilDate::new(y, m, a.day().min(u32::from(days_in_month(y, m as u8))))
    };
    let day = match unit {
        Unit::Day => a.add_days(n)?,
        Unit::Week => a.add_days(n.checked_mul(7)?)?,
        Unit::Month => months(n)?,
        Unit::Quarter => months(n.checked_mul(3)?)?,
        Unit::Year => months(n.checked_mul(12)?)?,
        Unit::Decade => months(n.checked_mul(120)?)?,
        _ => return None,
    };
    Some(day.to_string())
}

fn write_year(out: &mut String, year: Option<i32>) {
    match year {
        Some(y) => {
            let _ = write!(out, "{y:04}");
        }
        None => out.push_str("XXXX"),
    }
}

/// The calendar date a day reference points at.
fn day_date(day: DayRef, reference: Option<CivilDate>) -> Option<CivilDate> {
    match day {
        DayRef::Offset(n) | DayRef::Mentioned(n) => reference?.add_days(n as i64),
        DayRef::InWeek(w, weeks) => {
            let r = reference?;
            let monday = r.add_days(-r.weekday().days_from_monday())?;
            monday.add_days(i64::from(weeks) * 7 + w.days_from_monday())
        }
        DayRef::Weekday(w, lean) => weekday_date(reference?, w, lean),
        DayRef::Date { year, month, day } => {
            let year = year.or_else(|| Some(nearest_year(reference?, month, day)))?;
            CivilDate::new(year, month, day)
        }
    }
}

fn write_day(out: &mut String, day: DayRef, reference: Option<CivilDate>) {
    match day_date(day, reference) {
        Some(d) => {
            let _ = write!(out, "{d}");
        }
        None => match day {
            DayRef::Weekday(w, _) | DayRef::InWeek(w, _) => {
                let _ = write!(out, "XXXX-WXX-{}", w.iso_number());
            }
            DayRef::Date { month, day, .. } => {
                let _ = write!(out, "XXXX-{month:02}-{day:02}");
            }
            DayRef::Offset(_) | DayRef::Mentioned(_) => out.push_str("XXXX-XX-XX"),
        },
    }
}

/// The date of weekday `w` that `lean` picks around `reference`.
pub fn weekday_date(reference: CivilDate, w: Weekday, lean: Lean) -> Option<CivilDate> {
    let (today, w) = (reference.weekday().days_from_monday(), w.days_from_monday());
    let back = (today - w).rem_euclid(7); // days since the last such weekday, 0..=6
    let ahead = (w - today).rem_euclid(7); // days until the next, 0..=6
    let offset = match lean {
        Lean::Past => -back,
        Lean::Future => ahead,
        Lean::Before => -(if back == 0 { 7 } else { back }),
        Lean::After => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Lean::Nearest => {
            if ahead < back {
                ahead
            } else {
                -back
            }
        }
    };
    reference.add_days(offset)
}

/// The year of a month named without one.
fn month_year(reference: CivilDate, month: u32, lean: Lean) -> i32 {
    let (ry, rm) = (reference.year(), reference.month());
    let past = if month <= rm { ry } else { ry - 1 };
    let future = if month >= rm { ry } else { ry + 1 };
    match lean {
        Lean::Past => past,
        Lean::Future => future,
        Lean::Before => {
            if month < rm {
                ry
            } else {
                ry - 1
            }
        }
        Lean::After => {
            if month > rm {
                ry
            } else {
                ry + 1
            }
        }
        Lean::Nearest => {
            let back = (rm as i32 - month as i32).rem_euclid(12);
            let ahead = (month as i32 - rm as i32).rem_euclid(12);
            if ahead < back {
                future
            } else {
                past
            }
        }
    }
}

fn write_relative(out: &mut String, unit: Unit, offset: i32, reference: Option<CivilDate>) {
    let Some(r) = reference else {
        out.push_str(match unit {
            Unit::Year => "XXXX",
            Unit::Month => "XXXX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Quarter => "XXXX-QX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            _ => "XXXX-XX-XX",
        });
        return;
    };
    let months_from = |n: i32| {
        let total = r.year() * 12 + r.month() as i32 - 1 + n;
        (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
    };
    match unit {
        Unit::Year => write_year(out, Some(r.year() + offset)),
        Unit::Decade => {
            let _ = write!(out, "{:03}", r.year().div_euclid(10) + offset);
        }
        Unit::Century => {
            let _ = write!(out, "{:02}", r.year().div_euclid(100) + offset);
        }
        Unit::Month => {
            let (y, m) = months_from(offset);
            let _ = write!(out, "{y:04}-{m:02}");
        }
        Unit::Quarter => {
            let (y, m) = months_from(offset * 3);
            let _ = write!(out, "{y:04}-Q{}", (m - 1) / 3 + 1);
        }
        Unit::Week => match r.add_days(offset as i64 * 7) {
            Some(d) => {
                let (y, w) = iso_week(d);
                let _ = write!(out, "{y:04}-W{w:02}");
            }
            None => out.push_str("XXXX-WXX"),
        },
        _ => match r.add_days(offset as i64) {
            Some(d) => {
                let _ = write!(out, "{d}");
            }
            None => out.push_str("XXXX-XX-XX"),
        },
    }
}

/// ISO 8601 week-numbering year and week of a date.
pub fn iso_week(d: CivilDate) -> (i32, u32) {
    let thursday = d.add_days(3 - d.weekday().days_from_monday()).unwrap_or(d);
    let jan1 = CivilDate::new(thursday.year(), 1, 1).unwrap_or(thursday);
    let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
    (thursday.year(), week as u32)
}

/// How far (in days) the nearest reading of a month and day may be before the tense decides.
const NEAR_ENOUGH: i64 = 60;

fn month_day_year(reference: CivilDate, month: u32, day: u32, lean: Lean) -> i32 {
    let nearest = nearest_year(reference, month, day);
    let offset = |y: i32| {
        let d = day.min(days_in_month(y, month as u8) as u32);
        CivilDate::new(y, month, d).map_or(0, |date| date.to_days() - reference.to_days())
    };
    let gap = offset(nearest);
    match lean {
        _ if gap.abs() <= NEAR_ENOUGH => nearest,
        Lean::Past | Lean::Before if gap > 0 => nearest - 1,
        Lean::Future | Lean::After if gap < 0 => nearest + 1,
        _ => nearest,
    }
}

/// The year that puts month/day closest to the reference date: "December 7" read on
/// 2021-01-03 is 2020-12-07, read on 2021-12-06 it is 2021-12-07.
fn nearest_year(reference: CivilDate, month: u32, day: u32) -> i32 {
    let ry = reference.year();
    let distance = |y: i32| {
        // 29 February resolves only in leap years; elsewhere it counts as the last day of February.
        let d = day.min(days_in_month(y, month as u8) as u32);
        CivilDate::new(y, month, d).map_or(i64::MAX, |date| {
            (date.to_days() - reference.to_days()).abs()
        })
    };
    [ry - 1, ry, ry + 1]
        .into_iter()
        .min_by_key(|&y| (distance(y), (y - ry).abs()))
        .unwrap_or(ry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::DayPart;

    fn date(s: &str) -> Option<CivilDate> {
        CivilDate::parse_iso(s)
    }

    #[test]
    fn a_year_before_the_quarter_named_else_the_year() {
        let third = DateExpr::Quarter {
            year: None,
            quarter: 3,
        };
        let q3 = quarter_named(&third, "2021-Q3");
        assert_eq!(q3, date("2021-07-01"));
        let year_back = DateExpr::MentionedPeriod {
            unit: Unit::Quarter,
            offset: -4,
        };
        assert_eq!(resolve(&year_back, q3), "2020-Q3");
        let alone = without_quarter(year_back);
        assert_eq!(resolve(&alone, date("2021-12-06")), "2020");
        // Counted back a year already, or not a quarter: the article did not report on it.
        let year_ago_quarter = DateExpr::Relative {
            unit: Unit::Quarter,
            offset: -5,
        };
        assert_eq!(quarter_named(&year_ago_quarter, "2020-Q3"), None);
        assert_eq!(quarter_named(&third, "2021-Q9"), None);
        assert_eq!(quarter_named(&third, "XXXX-Q3"), None);
    }

    #[test]
    fn keeps_the_precision_the_text_gives() {
        let cal = |year, month, day| DateExpr::Calendar { year, month, day };
        assert_eq!(
            resolve(&cal(Some(2021), Some(6), Some(16)), None),
            "2021-06-16"
        );
        assert_eq!(resolve(&cal(Some(2021), Some(6), None), None), "2021-06");
        assert_eq!(resolve(&cal(Some(1999), None, None), None), "1999");
    }

    #[test]
    fn fills_a_missing_year_from_the_nearest_reference_year() {
        let dec7 = DateExpr::Calendar {
            year: None,
            month: Some(12),
            day: Some(7),
        };
        assert_eq!(resolve(&dec7, date("2021-12-06")), "2021-12-07");
        assert_eq!(resolve(&dec7, date("2021-01-03")), "2020-12-07");
        assert_eq!(
            resolve(&dec7, None),
            "XXXX-12-07",
            "no reference: unresolved, never today's year"
        );
    }

    #[test]
    fn weekdays_follow_the_lean() {
        // 2021-12-05 was a Sunday.
        let sunday = date("2021-12-05").unwrap();
        let on = |w, lean| weekday_date(sunday, w, lean).unwrap().to_string();
        assert_eq!(on(Weekday::Tuesday, Lean::Future), "2021-12-07");
        assert_eq!(on(Weekday::Friday, Lean::Past), "2021-12-03");
        assert_eq!(on(Weekday::Monday, Lean::After), "2021-12-06");
        assert_eq!(on(Weekday::Sunday, Lean::Past), "2021-12-05");
        assert_eq!(on(Weekday::Sunday, Lean::Before), "2021-11-28");
        assert_eq!(on(Weekday::Sunday, Lean::After), "2021-12-12");
        assert_eq!(on(Weekday::Tuesday, Lean::Nearest), "2021-12-07");
        assert_eq!(
            on(Weekday::Thursday, Lean::Nearest),
            "2021-12-02",
            "a tie goes to the past"
        );
    }

    #[test]
    fn relative_units_keep_their_precision() {
        let r = date("2021-12-06");
        let rel = |unit, offset| resolve(&DateExpr::Relative { unit, offset }, r);
        assert_eq!(rel(Unit::Day, -1), "2021-12-05");
        assert_eq!(rel(Unit::Week, -1), "2021-W48");
        assert_eq!(rel(Unit::Month, 1), "2022-01");
        assert_eq!(rel(Unit::Quarter, -1), "2021-Q3");
        assert_eq!(rel(Unit::Year, 0), "2021");
        assert_eq!(
            resolve(
                &DateExpr::Relative {
                    unit: Unit::Week,
                    offset: 0
                },
                None
            ),
            "XXXX-WXX"
        );
        assert_eq!(iso_week(date("2021-01-03").unwrap()), (2020, 53));
    }

    #[test]
    fn writes_times_durations_and_parts_of_days() {
        let r = date("2021-12-05");
        let time = DateExpr::Time {
            day: None,
            hour: 8,
            minute: 45,
            zone: Some(330),
        };
        assert_eq!(resolve(&time, r), "2021-12-05T08:45+05:30");
        assert_eq!(resolve(&time, None), "XXXX-XX-XXT08:45+05:30");
        let dur = |amount, unit| resolve(&DateExpr::Duration { amount, unit }, None);
        assert_eq!(dur(Some(3), Unit::Year), "P3Y");
        assert_eq!(dur(Some(2), Unit::Decade), "P20Y");
        assert_eq!(dur(Some(5), Unit::Hour), "PT5H");
        assert_eq!(dur(None, Unit::Day), "PXD");
        let tuesday_morning = DateExpr::PartOfDay {
            day: DayRef::Weekday(Weekday::Tuesday, Lean::Future),
            part: DayPart::Morning,
        };
        assert_eq!(resolve(&tuesday_morning, r), "2021-12-07TMO");
        assert_eq!(resolve(&DateExpr::Decade(1990), None), "199");
        assert_eq!(resolve(&DateExpr::Century(20), None), "19");
    }

    #[test]
    fn offsets_are_lengths_that_point_at_a_day() {
        let r = date("2021-01-31");
        let offset = |amount, unit, later| DateExpr::Offset {
            amount,
            unit,
            later,
            from: OffsetFrom::Mentioned,
        };
        assert_eq!(resolve(&offset(3, Unit::Day, true), r), "P3D");
        assert_eq!(resolve(&offset(1, Unit::Decade, true), r), "P10Y");
        let to = |e| points_to(&e, r);
        assert_eq!(
            to(offset(3, Unit::Day, true)).as_deref(),
            Some("2021-02-03")
        );
        assert_eq!(
            to(offset(2, Unit::Week, false)).as_deref(),
            Some("2021-01-17")
        );
        assert_eq!(
            to(offset(1, Unit::Month, true)).as_deref(),
            Some("2021-02-28"),
            "a shorter month ends the count"
        );
        assert_eq!(
            to(offset(1, Unit::Year, false)).as_deref(),
            Some("2020-01-31")
        );
        assert_eq!(to(offset(u32::MAX, Unit::Year, true)), None, "out of range");
        assert_eq!(points_to(&offset(3, Unit::Day, true), None), None);
        assert_eq!(to(DateExpr::Day(DayRef::Offset(1))), None);
    }

    #[test]
    fn the_first_day_of_a_named_period() {
        let first = |v| first_day(v).map(|d| d.to_string());
        assert_eq!(first("2021").as_deref(), Some("2021-01-01"));
        assert_eq!(first("2021-06").as_deref(), Some("2021-06-01"));
        assert_eq!(first("2021-06-16").as_deref(), Some("2021-06-16"));
        assert_eq!(first("2021-06-16T08:45").as_deref(), Some("2021-06-16"));
        for not_a_period in [
            "199",
            "2021-W49",
            "2021-Q3",
            "P3Y",
            "XXXX-12-07",
            "PRESENT_REF",
            "",
        ] {
            assert_eq!(first(not_a_period), None, "{not_a_period}");
        }
    }

    #[test]
    fn weekdays_in_a_named_week_and_days_after_a_named_one() {
        // 2021-12-08 was a Wednesday.
        let r = date("2021-12-08");
        let day = |d| resolve(&DateExpr::Day(d), r);
        assert_eq!(day(DayRef::InWeek(Weekday::Monday, 1)), "2021-12-13");
        assert_eq!(day(DayRef::InWeek(Weekday::Sunday, 0)), "2021-12-12");
        assert_eq!(day(DayRef::InWeek(Weekday::Friday, -1)), "2021-12-03");
        assert_eq!(day(DayRef::Mentioned(-1)), "2021-12-07");
        let unresolved = |d| resolve(&DateExpr::Day(d), None);
        assert_eq!(unresolved(DayRef::InWeek(Weekday::Monday, 1)), "XXXX-WXX-1");
        assert_eq!(unresolved(DayRef::Mentioned(1)), "XXXX-XX-XX");
    }

    #[test]
    fn months_alone_follow_the_lean() {
        let r = date("2021-12-05");
        let m = |month, lean| resolve(&DateExpr::Month { month, lean }, r);
        assert_eq!(m(1, Lean::Past), "2021-01");
        assert_eq!(m(1, Lean::Future), "2022-01");
        assert_eq!(m(1, Lean::Nearest), "2022-01");
        assert_eq!(m(6, Lean::Nearest), "2021-06");
        assert_eq!(m(12, Lean::Before), "2020-12");
    }
}
