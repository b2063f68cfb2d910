//! Ordinals: "first", "21st", "3rd", "twentieth". The value is the number.
//! "second" is left out unless it is clearly a rank ("the second"), since it is also a unit
//! of time.

use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: "21st" or an ordinal word.
pub const START: Start = Start {
    numbers: true,
    ordinals: true,
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    let n = match view.digits_then_letters(i) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        Some(_) => return None,
        None => view.keyword(i).ordinal?,
    };
    if view.is(i, "second") && !(i > 0 && view.is(i - 1, "the")) {
        return None;
    }
    if view.joined(i) && i > 0 && (view.is_word(i - 1) || view.raw(i - 1) == "-") {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        label: Label::Ordinal,
        rule: "ordinal/word",
        priority: priority::ORDINAL,
        value: RawValue::Final(Value::Number(n as f64)),
    })
}
