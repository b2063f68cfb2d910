//! Normalisation: turns what recognisers read ("December 7", "Tuesday", "7.5 lakh") into
//! values, against the reference date, which the options give or the article states
//! ([`reference`]).

pub mod calendar;
pub mod reference;
pub mod temporal;

use crate::recognize::{Candidate, RawValue};
use crate::Value;
use calendar::CivilDate;
use temporal::DateExpr;

/// The final value of a candidate's raw value.
pub fn normalize(raw: &RawValue, reference: Option<CivilDate>) -> Option<Value> {
    match raw {
        RawValue::Final(v) => Some(v.clone()),
        RawValue::Date(expr) => Some(Value::Timex(expr.resolve(reference))),
    }
}

/// The values of resolved candidates (sorted, not overlapping), in order. A time of day that
/// names no day takes the date written just before it ("5 December 2021, 8:45 IST",
/// "on June 16 at 10 a.m."), else the reference date.
pub fn values(
    text: &str,
    resolved: &[Candidate],
    reference: Option<CivilDate>,
) -> Vec<Option<Value>> {
    let mut out: Vec<Option<Value>> = Vec::with_capacity(resolved.len());
    for (i, c) in resolved.iter().enumerate() {
        let raw = match &c.value {
            Some(RawValue::Date(expr @ DateExpr::Time { day: None, .. })) => {
                let day = i
                    .checked_sub(1)
                    .filter(|&p| joins_time(&text[resolved[p].end..c.start]))
                    .and_then(|p| match (&resolved[p].value, &out[p]) {
                        (Some(RawValue::Date(_)), Some(Value::Timex(v))) => v
                            .get(..10)
                            .and_then(CivilDate::parse_iso)
                            .filter(|_| v.len() == 10),
                        _ => None,
                    });
                match day {
                    Some(d) => RawValue::Date(expr.on_day(d)),
                    None => RawValue::Date(*expr),
                }
            }
            Some(raw) => raw.clone(),
            None => {
                out.push(None);
                continue;
            }
        };
        out.push(normalize(&raw, reference));
    }
    out
}

/// What may stand between a date and the time of day on it.
fn joins_time(between: &str) -> bool {
    let t = between.trim_matches(|c: char| c.is_whitespace() || c == ',');
    between.len() <= 6 && matches!(t, "" | "at" | "," | "-")
}
