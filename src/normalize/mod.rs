//! Normalisation: turns what recognisers read ("December 7", "Tuesday", "7.5 lakh") into
//! values, against the reference date, which the options give or the article states
//! ([`mod@reference`]).

pub mod numeric_dates;
pub mod reference;
pub mod timex_value;

use crate::candidate::{Candidate, RawValue};
use crate::timex::calendar::CivilDate;
use crate::timex::{DateExpr, DayRef};
use crate::{Label, Value};

/// A resolved candidate as normalisation reads it: where it is, its label and its raw value.
/// 56 bytes where a [`Candidate`] takes 88 (its rule, priority and margin are not read): a long
/// text holds one for every date and amount until it is read to the end
/// (docs/PERFORMANCE.md, "Around the tagger, round 2").
#[derive(Debug, Clone, PartialEq)]
pub struct Valued {
    pub start: u32,
    pub end: u32,
    pub label: Label,
    pub value: Option<RawValue>,
}

impl From<Candidate> for Valued {
    fn from(c: Candidate) -> Valued {
        Valued {
            start: c.start as u32,
            end: c.end as u32,
            label: c.label,
            value: c.value,
        }
    }
}

/// The final value of a candidate's raw value.
pub fn normalize(raw: &RawValue, reference: Option<CivilDate>) -> Option<Value> {
    match raw {
        RawValue::Final(v) => Some(v.clone()),
        RawValue::Date(expr) => Some(Value::Timex(timex_value::resolve(expr, reference))),
    }
}

/// The values of resolved candidates (sorted, not overlapping), in order, and for offsets the
/// day they point to (`Entity::points_to`). "the next day", "three days later" count from the
/// last day named before them, else the reference date. A time of day that names no day takes
/// the date written next to it ("5 December 2021, 8:45 IST", "10 a.m. on Tuesday", "10:35 a.m.
/// (0735 GMT) Friday"), else the reference date.
pub fn values(
    text: &str,
    resolved: &[Valued],
    reference: Option<CivilDate>,
) -> (Vec<Option<Value>>, Vec<Option<String>>) {
    let mut out = Vec::with_capacity(resolved.len());
    let mut points_to = Vec::with_capacity(resolved.len());
    // The last day, and the first day of the last period at any precision, named so far.
    let (mut named, mut period): (Option<CivilDate>, Option<CivilDate>) = (None, None);
    // The first day of the last quarter named ("the third quarter").
    let mut quarter: Option<CivilDate> = None;
    for c in resolved {
        let (value, day) = match &c.value {
            Some(RawValue::Date(expr)) => {
                let (anchor, expr) = if timex_value::counts_from_mentioned(expr) {
                    (named.or(reference), *expr)
                } else if timex_value::counts_from_mentioned_period(expr) {
                    (period.or(reference), *expr)
                } else if timex_value::counts_from_mentioned_quarter(expr) && quarter.is_some() {
                    (quarter, *expr)
                } else {
                    (reference, timex_value::without_quarter(*expr))
                };
                let expr = &expr;
                let value = timex_value::resolve(expr, anchor);
                quarter = timex_value::quarter_named(expr, &value).or(quarter);
                if !matches!(expr, DateExpr::Time { day: None, .. }) {
                    named = value.get(..10).and_then(CivilDate::parse_iso).or(named);
                    period = timex_value::first_day(&value).or(period);
                }
                let day = timex_value::points_to(expr, anchor);
                named = day.as_deref().and_then(CivilDate::parse_iso).or(named);
                (Some(Value::Timex(value)), day)
            }
            Some(raw) => (normalize(raw, reference), None),
            None => (None, None),
        };
        out.push(value);
        points_to.push(day);
    }
    for (i, c) in resolved.iter().enumerate() {
        if let Some(RawValue::Date(expr @ DateExpr::Time { day: None, .. })) = &c.value {
            if let Some(day) = neighbouring_day(text, resolved, &out, i) {
                out[i] = normalize(&RawValue::Date(on_day(*expr, day)), reference);
            }
        }
    }
    (out, points_to)
}

/// The time of day `time`, on `date` when it named no day of its own.
fn on_day(time: DateExpr, date: CivilDate) -> DateExpr {
    match time {
        DateExpr::Time {
            day: None,
            hour,
            minute,
            zone,
        } => DateExpr::Time {
            day: Some(DayRef::Date {
                year: Some(date.year()),
                month: date.month(),
                day: date.day(),
            }),
            hour,
            minute,
            zone,
        },
        other => other,
    }
}

/// The day of the date right before candidate `i`, or right after it (past other times of day
/// in between), when only a comma, "at", "on" or brackets separate them.
fn neighbouring_day(
    text: &str,
    resolved: &[Valued],
    values: &[Option<Value>],
    i: usize,
) -> Option<CivilDate> {
    let day_of = |k: usize| match (&resolved[k].value, &values[k]) {
        (Some(RawValue::Date(e)), Some(Value::Timex(v)))
            if !matches!(e, DateExpr::Time { .. }) && v.len() == 10 =>
        {
            CivilDate::parse_iso(v)
        }
        _ => None,
    };
    let between = |from: u32, to: u32| joins_time(&text[from as usize..to as usize]);
    if i > 0 && between(resolved[i - 1].end, resolved[i].start) {
        if let Some(day) = day_of(i - 1) {
            return Some(day);
        }
    }
    let mut from = resolved[i].end;
    for k in (i + 1..resolved.len()).take(2) {
        if !between(from, resolved[k].start) {
            return None;
        }
        if let Some(day) = day_of(k) {
            return Some(day);
        }
        if resolved[k].label != Label::Time {
            return None;
        }
        from = resolved[k].end;
    }
    None
}

/// What may stand between a date and the time of day on it ("Friday before 5pm"), or between
/// two times on one date ("8:00 AM to 6:00 PM, Wednesday, 14 May 2025").
fn joins_time(between: &str) -> bool {
    let t = between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'));
    between.len() <= 8 && matches!(t, "" | "at" | "on" | "-" | "to" | "before" | "by")
}
