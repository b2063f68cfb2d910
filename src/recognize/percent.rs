//! Percentages: "12%", "12.53 %", "12 per cent", "twelve percent", "5 pct". The value is the
//! number of per cent (12.53), not a fraction.

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::numbers::number;
use super::RawValue;
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: a number ("a" for "a million").
pub const START: Start = Start::AMOUNT;

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    let n = number(lx, i)?;
    let j = n.end;
    let end = if lx.near(j) && (lx.raw(j) == "%" || matches!(lx.low(j), "percent" | "pct")) {
        j + 1
    } else if lx.next_is(j, "per") && lx.next_is(j + 1, "cent") {
        j + 2
    } else {
        return None;
    };
    Some(Found {
        start: i,
        end,
        label: Label::Percent,
        rule: "percent/number",
        priority: priority::AMOUNT,
        value: RawValue::Final(Value::Number(n.value)),
    })
}
