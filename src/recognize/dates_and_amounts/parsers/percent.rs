//! Percentages: "12%", "12.53 %", "12 per cent", "twelve percent", "5 pct", and ranges of them
//! ("5% to 6%", "between 5% and 6%", "70-80%"). The value is the number of per cent (12.53), not a
//! fraction.

use super::numbers::{modified, number};
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::verb_of_change;
use crate::resolve::priority;
use crate::{Label, Value};

/// Where [`at`] can begin: a number ("a" for "a million"), or "between".
pub const START: Start = Start {
    words: &["a", "between", "just"],
    ..Start::AMOUNT
};

/// A percentage, or a range of them as one PERCENT valued by its upper end, as OntoNotes
/// train marks "X% to Y%" (one span 106 times, two 23) and "between X% and Y%" (22 of 22);
/// after "from" or a verb of change ("fell 2% to 5%") the two stay apart (two 8, one 8), as
/// with money.
pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    // "just 5%": inside a percentage (OntoNotes train: 14 of 20 such), not other amounts
    // (CARDINAL 12 of 36, MONEY 6 of 10), so not in `AMOUNT_MODIFIERS`.
    if view.is(i, "just") {
        let f = at(view, i + 1).filter(|f| f.start == i + 1 && view.near(i + 1))?;
        return Some(Found { start: i, ..f });
    }
    if view.is(i, "between") {
        let low = bare(view, i + 1).filter(|_| view.near(i + 1))?;
        let joined = view.next_is(low.end, "and") || view.next_is(low.end, "to");
        let high = bare(view, low.end + 1).filter(|_| joined && view.near(low.end + 1))?;
        return Some(Found { start: i, ..high });
    }
    let Some(f) = modified(view, i, bare) else {
        return modified(view, i, hyphen_range);
    };
    let after_a_move =
        i > 0 && view.near(i) && (view.is(i - 1, "from") || verb_of_change(view.low(i - 1)));
    if !after_a_move && view.next_is(f.end, "to") {
        if let Some(high) = bare(view, f.end + 1).filter(|_| view.near(f.end + 1)) {
            return Some(Found {
                start: f.start,
                ..high
            });
        }
    }
    Some(f)
}

/// "70-80%", "70 - 80%" (as tokenised text writes it): one PERCENT valued by its upper end, as
/// OntoNotes train marks a number, a hyphen and a percentage (31 of 32; "70 to 80 percent" is
/// instead a CARDINAL and a PERCENT, 16 of 19, and stays so).
fn hyphen_range(view: &TokenView, i: usize) -> Option<Found> {
    let low = number(view, i)?;
    let k = low.end;
    if !view.hyphen(k) {
        return None;
    }
    // After a joined hyphen the number reader sees a code ("S-400"), so the digits are read here.
    let high = if view.joined(k + 1) {
        let value = view
            .num(k + 1)
            .filter(|_| view.digits(k + 1) == view.raw(k + 1).len() as u8)?;
        let pct = view.joined(k + 2) && view.raw(k + 2) == "%";
        pct.then(|| Found {
            start: k + 1,
            end: k + 3,
            label: Label::Percent,
            rule: "percent/number",
            priority: priority::AMOUNT,
            value: RawValue::Final(Value::Number(f64::from(value))),
        })?
    } else {
        bare(view, k + 1)?
    };
    Some(Found {
        start: i,
        rule: "percent/range",
        ..high
    })
}

fn bare(view: &TokenView, i: usize) -> Option<Found> {
    let n = number(view, i)?;
    let j = n.end;
    // "%uh", "%um": a transcript's filler, no percent sign.
    let sign = view.raw(j) == "%" && !(view.joined(j + 1) && view.is_word(j + 1));
    let end = if view.near(j) && (sign || matches!(view.low(j), "percent" | "pct")) {
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
