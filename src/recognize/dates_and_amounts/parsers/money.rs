//! Money: "$4.5 billion", "US$300", "€10m", "£5", "Rs 5,000 crore", "₹500", "500 roubles",
//! "10 million dollars", "USD 20". The value is the amount with its ISO 4217 currency code.
//! A bare "$" is the US dollar, and so are "cents".

use super::numbers::{modified, number, plural_magnitudes};
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{
    currency_code, currency_name, currency_sign, dollar_country, dollar_prefix, verb_of_change,
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
        // Swedish kronor and French francs as financial news abbreviates them ("SKr205", "FFr 1
        // billion"; OntoNotes train: MONEY 8 of 8).
        "SKr" => Some(("SEK", i + 1)),
        "FFr" => Some(("FRF", i + 1)),
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
        "$",
        "#",
        "nt",
        "us",
        "c",
        "a",
        "several",
        "hk",
        "s",
        "nz",
        "rs",
        "skr",
        "ffr",
        "inr",
        "usd",
        "eur",
        "gbp",
        "jpy",
        "cny",
        "rub",
        "chf",
        "cad",
        "aud",
        "between",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "million",
        "billion",
        "trillion",
        "multimillion",
        "multibillion",
        "multi",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    // "a record $953.8 billion": inside money (OntoNotes train: 6 of 8 such amounts), not other
    // amounts (PERCENT 1 of 4, CARDINAL 0 of 3), so not in `AMOUNT_MODIFIERS`.
    if view.is(i, "a") && view.next_is(i + 1, "record") && view.near(i + 2) {
        let f = at(view, i + 2).filter(|f| f.start == i + 2)?;
        return Some(Found { start: i, ..f });
    }
    if view.is(i, "between") {
        return between(view, i);
    }
    // The magnitudes are starts for this alone.
    if matches!(
        view.low(i),
        "million" | "billion" | "trillion" | "multimillion" | "multibillion" | "multi"
    ) {
        return magnitude_adjective(view, i);
    }
    if let Some(f) = magnitudes(view, i) {
        return Some(f);
    }
    // "a billion - dollar deal": the article is the deal's (the adjective is read from the next
    // token).
    if view.is(i, "a") && magnitude_adjective(view, i + 1).is_some() {
        return None;
    }
    let f = modified(view, i, bare_or_range)?;
    let after_a_move =
        i > 0 && view.near(i) && (view.is(i - 1, "from") || verb_of_change(view.low(i - 1)));
    if !after_a_move && view.next_is(f.end, "to") {
        if let Some(range) = up_to(view, &f, f.end + 1) {
            return Some(range);
        }
    }
    Some(f)
}

/// "billions of dollars", "hundreds of millions of yuan": one MONEY valued by the magnitude
/// (OntoNotes train: 49 of 54 such phrasings, 3 inside a longer MONEY, 2 unmarked).
fn magnitudes(view: &TokenView, i: usize) -> Option<Found> {
    let (value, of) = plural_magnitudes(view, i)?;
    let code = word_after(view, of + 1)?;
    Some(money(i, of + 2, value, code))
}

/// "a billion - dollar deal", "multimillion - dollar", "multi-million dollar": a magnitude as
/// an adjective before a singular currency, one MONEY valued by the magnitude (OntoNotes train:
/// 18 of 18 such phrasings with no number before them, dev 3 of 3). After a number ("five
/// billion dollar") the amount is [`bare`]'s.
fn magnitude_adjective(view: &TokenView, i: usize) -> Option<Found> {
    let k = if view.is(i, "multi") && view.hyphen(i + 1) {
        i + 2
    } else {
        i
    };
    let value = match view.low(k) {
        "million" | "multimillion" => 1e6,
        "billion" | "multibillion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    };
    let b = i.wrapping_sub(1);
    let after_number = i > 0
        && view.near(i)
        && (view.digits(b) > 0
            || view.keyword(b).small_number.is_some()
            || view.keyword(b).magnitude.is_some()
            || matches!(view.low(b), "point" | "half" | "several" | "few" | "-"));
    let w = if view.hyphen(k + 1) { k + 2 } else { k + 1 };
    let singular = matches!(view.low(w), "dollar" | "euro" | "pound" | "yen" | "yuan");
    if after_number || !singular || !view.near(k) || !view.near(w) {
        return None;
    }
    Some(money(i, w + 1, value, currency_name(view.low(w))?))
}

/// "$1.5 billion to $2 billion": one MONEY (OntoNotes train: 65 of 79 such ranges, not
/// counting those after "from" or a verb of change, "rose $3.40 to $372.50", which are two
/// amounts 25 times of 31), valued by its upper end like a range of lengths. `k` is the
/// token after "to" or "and".
fn up_to(view: &TokenView, low: &Found, k: usize) -> Option<Found> {
    let high = bare(view, k).filter(|h| view.near(k) && currency(h) == currency(low))?;
    Some(Found {
        start: low.start,
        ..high
    })
}

/// "10 to 15 cents", "five or six yuan", "600 to 700 billion yuan": a bare number joined to
/// an amount whose currency is written after it is one MONEY, valued by its upper end
/// (OntoNotes train: 9 of 12 such ranges one MONEY, 2 split, 1 a year before the amount,
/// "from 1978 to 325 billion", which stays out).
fn range_before_word(view: &TokenView, i: usize, joins: &[&str]) -> Option<Found> {
    let n = number(view, i)?;
    if n.plain && (1000.0..=2100.0).contains(&n.value) {
        return None;
    }
    let k = n.end;
    if !joins.iter().any(|w| view.next_is(k, w)) || !view.near(k + 1) {
        return None;
    }
    // The upper end starts with its number, so its currency is the word after it.
    number(view, k + 1)?;
    let high = bare(view, k + 1)?;
    Some(Found { start: i, ..high })
}

fn bare_or_range(view: &TokenView, i: usize) -> Option<Found> {
    bare(view, i).or_else(|| range_before_word(view, i, &["to", "or"]))
}

/// "between $60 million and $100 million": one MONEY with "between" (train: 20 of 30), and
/// "between 100 and 120 riyals".
fn between(view: &TokenView, i: usize) -> Option<Found> {
    if !view.near(i + 1) {
        return None;
    }
    let Some(low) = bare(view, i + 1) else {
        let range = range_before_word(view, i + 1, &["and", "to"])?;
        return Some(Found { start: i, ..range });
    };
    if !(view.next_is(low.end, "and") || view.next_is(low.end, "to")) {
        return None;
    }
    let range = up_to(view, &low, low.end + 1)?;
    Some(Found { start: i, ..range })
}

fn currency(f: &Found) -> Option<&str> {
    match &f.value {
        RawValue::Final(Value::Money { currency, .. }) => Some(currency),
        _ => None,
    }
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
        // "a hundred and sixty - eight pounds", "fourteen thousand pounds" are weights too
        // (train: 0 of 6 MONEY): the magnitude must be a million or more.
        if matches!(view.low(w), "pound" | "pounds") && !(n.scaled && n.value >= 1e6) {
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
