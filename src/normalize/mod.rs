//! Normalisation: turns what recognisers read ("December 7", "Tuesday") into values, against
//! the reference date.

pub mod calendar;
pub mod temporal;

use crate::recognize::RawValue;
use crate::Value;
use calendar::CivilDate;

/// The final value of a candidate's raw value.
pub fn normalize(raw: &RawValue, reference: Option<CivilDate>) -> Option<Value> {
    match raw {
        RawValue::Final(v) => Some(v.clone()),
        RawValue::Date(expr) => Some(Value::Timex(expr.resolve(reference))),
    }
}
