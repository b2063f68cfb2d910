//! Measured quantities: a number with a unit of measure, "400 km", "5 kg", "10,000 tonnes",
//! "60 mph", "3 million barrels". The value is the amount and the unit as written in its
//! short form (`km`, `kg`, `t`, `mi` ...). Counts of things ("5,000 troops") are read in
//! `numbers.rs`.

use super::dates_and_amounts::Found;
use super::lexicon::{measure, Lexed, Start};
use super::numbers::number;
use super::RawValue;
use crate::resolve::priority;
use crate::{Label, Value};

/// Units of measure: the short form, and the words written for it. They are in the keyword
/// table as `Keyword::measure`.
pub const UNITS_OF_MEASURE: &[(&str, &[&str])] = &[
    (
        "km",
        &[
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
    ),
    ("mi", &["mile", "miles"]),
    ("m", &["metre", "metres", "meter", "meters"]),
    ("cm", &["cm", "centimetres", "centimeters"]),
    ("mm", &["mm", "millimetres", "millimeters"]),
    ("ft", &["foot", "feet", "ft"]),
    ("in", &["inch", "inches"]),
    ("yd", &["yard", "yards"]),
    (
        "kg",
        &["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
    ),
    ("g", &["gram", "grams"]),
    ("t", &["tonne", "tonnes", "ton", "tons"]),
    ("lb", &["lb", "lbs"]),
    ("l", &["litre", "litres", "liter", "liters"]),
    ("gal", &["gallon", "gallons"]),
    ("bbl", &["barrel", "barrels"]),
    ("acre", &["acre", "acres"]),
    ("ha", &["hectare", "hectares"]),
    ("mph", &["mph"]),
    ("km/h", &["kmph"]),
    ("MW", &["mw", "megawatts", "megawatt"]),
    ("GW", &["gw", "gigawatts", "gigawatt"]),
    ("kWh", &["kwh"]),
    ("GB", &["gb", "gigabytes"]),
    ("MB", &["mb", "megabytes"]),
];

fn unit_of_measure(w: &str) -> Option<&'static str> {
    measure(w)
}

/// Where [`at`] can begin: a number ("a" for "a million").
pub const START: Start = Start::AMOUNT;

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    // "400km" is one token.
    if let Some((v, suffix)) = lx.digits_then_letters(i) {
        if !(lx.joined(i) && i > 0 && lx.is_word(i - 1)) {
            // "10m" is ten million far more often than ten metres.
            let u = unit_of_measure(suffix).filter(|_| suffix != "m")?;
            return Some(quantity(i, i + 1, v as f64, u));
        }
    }
    let n = number(lx, i)?;
    let j = n.end;
    let square = matches!(lx.low(j), "square" | "sq");
    let w = if square { j + 1 } else { j };
    if !lx.near(j) || (square && !lx.near(j + 1)) {
        return None;
    }
    let u = lx.keyword(w).measure?;
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

#[cfg(test)]
mod tests {
    #[test]
    fn units_have_short_forms() {
        assert_eq!(super::unit_of_measure("kilometres"), Some("km"));
        assert_eq!(super::unit_of_measure("troops"), None);
    }
}
