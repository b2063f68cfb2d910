//! Money: "$4.5 billion", "US$300", "€10m", "£5", "Rs 5,000 crore", "₹500", "500 roubles",
//! "10 million dollars", "USD 20". The value is the amount with its ISO 4217 currency code.
//! A bare "$" is the US dollar, and so are "cents".

use super::numbers::{modified, number};
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{
    currency_code, currency_name, currency_sign, dollar_country, dollar_prefix,
};
use crate::resolve::priority;
use crate::{Label, Value};

/// A currency written before the amount, from token `i`: the code and the token after it.
fn symbol_before(view: &TokenView, i: usize) -> Option<(&'static str, usize)> {
    let raw = view.raw(i);
    if let Some(code) = dollar_prefix(raw) {
        let dollar = view.raw(i + 1) == "$" && view.joined(i + 1);
        return dollar.then_some((code, i + 2));
    }
    match raw {
        // The pound sign as the Penn Treebank and some wire services write it ("#18.5 million").
        "#" => Some(("GBP", i + 1)),
        "Rs" => Some(("INR", view.skip_dot(i + 1))),
        "INR" => Some(("INR", i + 1)),
        _ => Some((currency_sign(raw).or_else(|| currency_code(raw))?, i + 1)),
    }
}

/// A currency written after the amount ("roubles", "dollars", "USD").
fn word_after(view: &TokenView, i: usize) -> Option<&'static str> {
    if !view.near(i) {
        return None;
    }
    currency_code(view.raw(i)).or_else(|| currency_name(view.low(i)))
}

/// Where [`at`] can begin: a currency written before the amount, or the amount (with its
/// modifier).
pub const START: Start = Start {
    numbers: true,
    signs: true,
    number_words: true,
    amount_modifiers: true,
    words: &[
        "$", "#", "nt", "us", "c", "a", "hk", "s", "nz", "rs", "inr", "usd", "eur", "gbp", "jpy",
        "cny", "rub", "chf", "cad", "aud",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    modified(view, i, bare)
}

fn bare(view: &TokenView, i: usize) -> Option<Found> {
    // A currency before the amount is a keyword or a sign outside ASCII (no lower-cased form).
    let before = view.is_keyword(i) || view.low(i).is_empty();
    if let Some((code, k)) = before.then(|| symbol_before(view, i)).flatten() {
        if !(view.joined(k) || view.near(k)) {
            return None;
        }
        let n = number(view, k)?;
        // "#" is a pound only before an amount with a magnitude ("#18.5 million"), not "#1".
        if view.raw(i) == "#" && !n.scaled {
            return None;
        }
        return Some(money(i, n.end, n.value, code));
    }
    let n = number(view, i)?;
    // "a 75-cent fee", "a 2,000 - yuan fine": the currency as an adjective.
    let w = if view.hyphen(n.end) { n.end + 1 } else { n.end };
    if view.near(w) && matches!(view.low(w), "cents" | "cent") {
        return Some(money(i, w + 1, n.value / 100.0, "USD"));
    }
    if view.near(w) && matches!(view.low(w), "pence" | "penny") {
        return Some(money(i, w + 1, n.value / 100.0, "GBP"));
    }
    if let Some(code) = word_after(view, w) {
        // "20 pounds" is a weight (`quantities.rs`), "240 million pounds" money: OntoNotes
        // train marks "N pounds" as QUANTITY 12 times and MONEY never without a magnitude,
        // as MONEY 4 of 5 times with one.
        if matches!(view.low(w), "pound" | "pounds") && !n.scaled {
            return None;
        }
        // "10 billion yuan RMB": the code after the name stays in.
        let end = if code == "CNY" && view.next_is(w + 1, "rmb") {
            w + 2
        } else {
            w + 1
        };
        return Some(money(i, end, n.value, code));
    }
    // "800 million US dollars", "14 million Irish punts": one or two capitalised words name
    // whose currency it is.
    let named = (1..=2).find(|&k| {
        (n.end..n.end + k).all(|j| view.near(j) && view.capitalised(j))
            && view.near(n.end + k)
            && currency_name(view.low(n.end + k)).is_some()
    })?;
    let name = n.end + named;
    let mut code = currency_name(view.low(name))?;
    if code == "USD" {
        if let Some(c) = dollar_country(view.raw(name - 1)) {
            code = c;
        }
    }
    Some(money(i, name + 1, n.value, code))
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
