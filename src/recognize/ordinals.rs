//! Ordinals: "first", "21st", "3rd", "twentieth". The value is the number.
//! "second" is left out unless it is clearly a rank ("the second"), since it is also a unit
//! of time.

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::RawValue;
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: "21st" or an ordinal word.
pub const START: Start = Start {
    numbers: true,
    ordinals: true,
    ..Start::NOWHERE
};

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    let n = match lx.digits_then_letters(i) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        Some(_) => return None,
        None => lx.keyword(i).ordinal?,
    };
    if lx.is(i, "second") && !(i > 0 && lx.is(i - 1, "the")) {
        return None;
    }
    if lx.joined(i) && i > 0 && (lx.is_word(i - 1) || lx.raw(i - 1) == "-") {
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
