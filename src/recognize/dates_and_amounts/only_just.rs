//! "only" and "just" before a date or time, which OntoNotes keeps inside it ("only three
//! months", "just last year", "just two weeks ago"). One step after every parser rather than a
//! start of each, since any of them may read what follows the word.
//!
//! OntoNotes train, what the gold does with the word before a DATE or TIME we find: "only"
//! inside 38 times, outside 20 ("only 28 years old", an age, outside 3 of 5, so ages are left
//! alone); "just" inside before a day named or a length ago (29 to 12), outside before a bare
//! length of days or longer (9 inside, 14 outside), so there it stays out; before a length of
//! hours or minutes both are inside (train 11 of 13). After "the" ("the only annual
//! occasion") the word is an adjective of the noun. TimeML's annotators leave both out.

use super::parsers::Found;
use super::token_view::TokenView;
use crate::candidate::RawValue;
use crate::recognize::Mode;
use crate::timex::DateExpr;
use crate::Label;

/// Where `found` begins once an "only" or "just" before it is taken in.
pub fn start(view: &TokenView, found: &Found) -> usize {
    let s = found.start;
    if view.mode != Mode::OntoNotes
        || !matches!(found.label, Label::Date | Label::Time)
        || s == 0
        || !view.near(s)
        || (s > 1 && view.is(s - 2, "the"))
        || found.rule == "duration/age"
    {
        return s;
    }
    let long_length = matches!(
        found.value,
        RawValue::Date(DateExpr::Duration { unit, .. }) if !unit.is_clock()
    );
    if view.is(s - 1, "only") || (view.is(s - 1, "just") && !long_length) {
        s - 1
    } else {
        s
    }
}
