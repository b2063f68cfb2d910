//! Money: "$4.5 billion", "US$300", "€10m", "£5", "Rs 5,000 crore", "₹500", "500 roubles",
//! "10 million dollars", "USD 20". The value is the amount with its ISO 4217 currency code.
//! A bare "$" is the US dollar, and so are "cents".

use super::dates_and_amounts::Found;
use super::lexicon::{Lexed, Start};
use super::numbers::number;
use super::RawValue;
use crate::resolve::priority;
use crate::{Label, Value};

/// A currency written before the amount, from token `i`: the code and the token after it.
fn symbol_before(lx: &Lexed, i: usize) -> Option<(&'static str, usize)> {
    let raw = lx.raw(i);
    let dollar = |k: usize| lx.raw(k) == "$" && lx.joined(k);
    let code = match raw {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₹" => "INR",
        "¥" => "JPY",
        "₽" => "RUB",
        "US" | "C" | "A" | "HK" | "S" | "NZ" if dollar(i + 1) => {
            let code = match raw {
                "US" => "USD",
                "C" => "CAD",
                "A" => "AUD",
                "HK" => "HKD",
                "S" => "SGD",
                _ => "NZD",
            };
            return Some((code, i + 2));
        }
        "Rs" | "INR" => "INR",
        "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "RUB" | "CHF" | "CAD" | "AUD" => {
            return Some((code_static(raw)?, i + 1));
        }
        _ => return None,
    };
    let mut next = i + 1;
    if raw == "Rs" {
        next = lx.skip_dot(next);
    }
    Some((code, next))
}

fn code_static(raw: &str) -> Option<&'static str> {
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "CHF", "CAD", "AUD",
    ]
    .into_iter()
    .find(|c| *c == raw)
}

/// A currency written after the amount ("roubles", "dollars", "USD").
fn word_after(lx: &Lexed, i: usize) -> Option<&'static str> {
    if !lx.near(i) {
        return None;
    }
    let raw = lx.raw(i);
    if let Some(code) = code_static(raw) {
        return Some(code);
    }
    Some(match lx.low(i) {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "sterling" => "GBP",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        _ => return None,
    })
}

/// Where [`at`] can begin: a currency written before the amount, or the amount.
pub const START: Start = Start {
    numbers: true,
    signs: true,
    number_words: true,
    words: &[
        "$", "us", "c", "a", "hk", "s", "nz", "rs", "inr", "usd", "eur", "gbp", "jpy", "cny",
        "rub", "chf", "cad", "aud",
    ],
    ..Start::NOWHERE
};

pub fn at(lx: &Lexed, i: usize) -> Option<Found> {
    // A currency before the amount is a keyword or a sign outside ASCII (no lower-cased form).
    let before = lx.is_keyword(i) || lx.low(i).is_empty();
    if let Some((code, k)) = before.then(|| symbol_before(lx, i)).flatten() {
        if !(lx.joined(k) || lx.near(k)) {
            return None;
        }
        let n = number(lx, k)?;
        return Some(money(i, n.end, n.value, code));
    }
    let n = number(lx, i)?;
    if lx.near(n.end) && matches!(lx.low(n.end), "cents" | "cent") {
        return Some(money(i, n.end + 1, n.value / 100.0, "USD"));
    }
    let code = word_after(lx, n.end)?;
    Some(money(i, n.end + 1, n.value, code))
}

fn money(start: usize, end: usize, amount: f64, currency: &'static str) -> Found {
    Found {
        start,
        end,
        label: Label::Money,
        rule: "money/amount",
        priority: priority::AMOUNT,
        value: RawValue::Final(Value::Money {
            amount,
            currency: currency.to_string(),
        }),
    }
}
