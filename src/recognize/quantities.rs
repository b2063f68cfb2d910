//! Measured quantities: a number with a unit of measure, "400 km", "5 kg", "10,000 tonnes",
//! "60 mph", "3 million barrels". The value is the amount and the unit as written in its
//! short form (`km`, `kg`, `t`, `mi` ...). Counts of things ("5,000 troops") are read in
//! `numbers.rs`.

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::numbers::number;
use super::RawValue;
use crate::{Label, Value};

fn unit_of_measure(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mi",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetres" | "centimeters" => "cm",
        "mm" | "millimetres" | "millimeters" => "mm",
        "foot" | "feet" | "ft" => "ft",
        "inch" | "inches" => "in",
        "yard" | "yards" => "yd",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "gram" | "grams" => "g",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "lb" | "lbs" => "lb",
        "litre" | "litres" | "liter" | "liters" => "l",
        "gallon" | "gallons" => "gal",
        "barrel" | "barrels" => "bbl",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" => "ha",
        "mph" => "mph",
        "kmph" => "km/h",
        "mw" | "megawatts" | "megawatt" => "MW",
        "gw" | "gigawatts" | "gigawatt" => "GW",
        "kwh" => "kWh",
        "gb" | "gigabytes" => "GB",
        "mb" | "megabytes" => "MB",
        _ => return None,
    })
}

/// Where [`at`] can begin: a number ("a" for "a million").
pub const START: Start = Start {
    numbers: true,
    signs: false,
    months: false,
    weekdays: false,
    number_words: true,
    ordinals: false,
    words: &["a"],
};

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
    let w = if square { lx.low(j + 1) } else { lx.low(j) };
    if !lx.near(j) || (square && !lx.near(j + 1)) {
        return None;
    }
    let u = unit_of_measure(w)?;
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
        priority: 6,
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
