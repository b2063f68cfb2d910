//! Measured quantities: a number with a unit of measure, "400 km", "5 kg", "10,000 tonnes",
//! "60 mph", "3 million barrels". The value is the amount and the unit as written in its
//! short form (`km`, `kg`, `t`, `mi` ...). Counts of things ("5,000 troops") are read in
//! `numbers.rs`.

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
    // "400km" is one token.
    if let Some((v, suffix)) = view.digits_then_letters(i) {
        if !(view.joined(i) && i > 0 && view.is_word(i - 1)) {
            // "10m" is ten million far more often than ten metres.
            let u = view.keyword_of(suffix).measure.filter(|_| suffix != "m")?;
            return Some(quantity(i, i + 1, v as f64, u));
        }
    }
    let n = number(view, i)?;
    let j = n.end;
    let square = matches!(view.low(j), "square" | "sq");
    let w = if square { j + 1 } else { j };
    if !view.near(j) || (square && !view.near(j + 1)) {
        return None;
    }
    let u = view.keyword(w).measure?;
    let unit = match (square, u) {
        (false, u) => u,
        (true, "km") => "km2",
        (true, "mi") => "mi2",
        (true, "m") => "m2",
        _ => return None,
    };
    Some(quantity(i, j + 1 + square as usize, n.value, unit))
}

fn quantity(start: usize, end: usize, amount: f64, unit: &str) -> Found {
    Found {
        start,
        end,
        label: Label::Quantity,
        rule: "quantity/measure",
        priority: priority::MEASURE,
        value: RawValue::Final(Value::Quantity {
            amount,
            unit: unit.to_string(),
        }),
    }
}
