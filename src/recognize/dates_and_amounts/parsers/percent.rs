//! Percentages: "12%", "12.53 %", "12 per cent", "twelve percent", "5 pct". The value is the
//! number of per cent (12.53), not a fraction.

use super::numbers::{modified, number};
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: a number ("a" for "a million").
pub const START: Start = Start::AMOUNT;

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    modified(view, i, bare)
}

fn bare(view: &TokenView, i: usize) -> Option<Found> {
    let n = number(view, i)?;
    let j = n.end;
    let end = if view.near(j) && (view.raw(j) == "%" || matches!(view.low(j), "percent" | "pct")) {
        j + 1
    } else if view.next_is(j, "per") && view.next_is(j + 1, "cent") {
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
