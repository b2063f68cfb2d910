//! What TimeML marks as pointing at the present, past or future without a date, and OntoNotes
//! leaves out: "now", "currently", "right now", "these days", "at present" (`PRESENT_REF`);
//! "recently", "the past" (`PAST_REF`); "the future", "the near future" (`FUTURE_REF`). Found
//! in TimeML mode only, but for "these days", which OntoNotes marks as a DATE too (train: 39 of
//! 73 uses, above the break-even of half DATE's F1; dev 6 of 8).
//!
//! The words are the ones TempEval-3's annotators mark most of the time they occur; "soon",
//! "previously" and the adjective "current" are marked in fewer than half their uses there, and
//! are left out.

use super::{found_date, Found};
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::vague_adverb;
use crate::recognize::Mode;
use crate::timex::{DateExpr, Vague};

/// Where [`at`] can begin: the adverbs of [`vague_adverb`], and the first words of the phrases.
pub const START: Start = Start {
    words: &[
        "now",
        "currently",
        "nowadays",
        "recently",
        "formerly",
        "right",
        "more",
        "these",
        "at",
        "the",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    if view.mode != Mode::TimeMl && !(view.is(i, "these") && view.next_is(i + 1, "days")) {
        return None;
    }
    let (end, vague) = match view.low(i) {
        // "right now", "more recently": the modifier joins the span.
        "right" | "more" if view.near(i + 1) => (i + 2, vague_adverb(view.low(i + 1))?),
        "these" if view.next_is(i + 1, "days") => (i + 2, Vague::Present),
        "at" if view.next_is(i + 1, "present") => (i + 2, Vague::Present),
        "the" => the_past_or_future(view, i)?,
        w => (i + 1, vague_adverb(w)?),
    };
    found_date(i, end, "vague/present-past-future", DateExpr::Vague(vague))
}

/// "the past", "the future", "the near future"; not "the past two weeks" (a length) or "the
/// past few years".
fn the_past_or_future(view: &TokenView, i: usize) -> Option<(usize, Vague)> {
    let near = view.next_is(i + 1, "near");
    let k = if near { i + 2 } else { i + 1 };
    let vague = match view.low(k) {
        "past" if !near => Vague::Past,
        "future" => Vague::Future,
        _ => return None,
    };
    if !view.near(k) {
        return None;
    }
    let next = k + 1;
    let counted = view.near(next)
        && (view.digits(next) > 0
            || view.keyword(next).small_number.is_some()
            || view.keyword(next).unit.is_some()
            || matches!(view.low(next), "few" | "several" | "couple" | "decade"));
    (!counted).then_some((next, vague))
}
