//! Which way a sentence points in time, for the words that name a weekday or month without
//! saying which one: "said on Friday" is the Friday before, "will meet on Tuesday" the Tuesday
//! after. The nearest cue before the expression in its sentence decides, else the nearest after
//! it; none means the nearest day.

use super::token_view::TokenView;
use crate::timex::Lean;

/// How many words either side of the expression cues are looked for in.
const REACH: usize = 12;

/// The lean of the expression at token `i`.
pub fn lean_at(view: &TokenView, i: usize) -> Lean {
    // "the Tuesday call": a weekday naming a known event is the nearest one.
    if i > 0 && view.is(i - 1, "the") {
        return Lean::Nearest;
    }
    let Some(sentence) = view.sentences.get(view.sentence[i] as usize) else {
        return Lean::Nearest;
    };
    // "postponed until Tuesday", "as soon as Monday", "until mid-November": the limit of what is
    // still to come, whatever the verb's tense (TempEval-3 train: 4 ahead, 2 the same day, 0
    // before). A sentence that opens with it looks back ("Until Thursday, they had not ...").
    let mut p = i;
    while p > 0 && matches!(view.low(p - 1), "early" | "late" | "mid" | "-") {
        p -= 1;
    }
    let until = p > sentence.start + 1 && matches!(view.low(p - 1), "until" | "till");
    let as_soon_as =
        p > 2 && view.is(p - 1, "as") && view.is(p - 2, "soon") && view.is(p - 3, "as");
    // "a labour pact effective June 1", "Effective Monday, fares rise": when a change takes hold.
    let effective = p > 0 && view.is(p - 1, "effective");
    if until || as_soon_as || effective {
        return Lean::Future;
    }
    // The verb that governs a date usually comes before it ("met on Friday", "will hold a
    // call on Tuesday, officials confirmed"), so the words before are read first.
    // The reach counts words: "443.6 million" or "a.m." are one word read as several tokens.
    let mut words = 0;
    let before = (sentence.start..i).rev().take_while(|&k| {
        words += usize::from(view.is_word(k) && view.digits(k) == 0);
        words <= REACH
    });
    let mut words_after = 0;
    let after = (i + 1..sentence.end).take_while(|&k| {
        words_after += usize::from(view.is_word(k) && view.digits(k) == 0);
        words_after <= REACH
    });
    // "would play this Sunday" is the coming one; "would" alone is most often a plan reported
    // in the past ("said they would look for ways around Wednesday's ruling": TempEval-3 train,
    // bare "would" as a future cue: 0 values gained, 1 lost).
    let this = view.is(i, "this");
    for k in before.chain(after) {
        if this && view.is(k, "would") {
            return Lean::Future;
        }
        if let Some(lean) = cue(view, k) {
            return lean;
        }
    }
    // "Thursday's closing price", "Wednesday's ruling": a possessive day names what already
    // happened (TempEval-3 train: 12 bare weekdays with "'s" in the past, 5 the same day, 0
    // ahead).
    let apostrophe = matches!(view.raw(i + 1), "'" | "\u{2019}") && view.joined(i + 1);
    if apostrophe && view.is(i + 2, "s") && view.joined(i + 2) {
        return Lean::Past;
    }
    Lean::Nearest
}

fn cue(view: &TokenView, k: usize) -> Option<Lean> {
    // The cue words (`words::PAST_CUES`, `FUTURE_CUES`, `AUXILIARIES`) are in the keyword table.
    let lean = match view.keyword(k).cue {
        // "next to the embassy" is a place, not a time.
        Some(Lean::Future) if view.is(k, "next") && view.next_is(k + 1, "to") => return None,
        // "had been scheduled to expire", "had been due": the plan is past.
        Some(Lean::Future) if k > 1 && view.is(k - 1, "been") && view.is(k - 2, "had") => {
            return Some(Lean::Past)
        }
        Some(Lean::Future) => return Some(Lean::Future),
        Some(lean) => lean,
        // "are to meet", "is to resume", "are supposed to conclude": what is arranged ahead
        // ("was supposed to" stays a past participle, read as past).
        None if k > 0
            && matches!(view.low(k), "to" | "supposed")
            && matches!(view.low(k - 1), "is" | "are") =>
        {
            return Some(Lean::Future)
        }
        None => {
            let w = view.low(k);
            if !(w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed")) {
                return None;
            }
            Lean::Past
        }
    };
    // A participle after "be" is passive ("will be held", "to be addressed"): its auxiliary,
    // read next, decides.
    let passive = k > 0 && view.keyword(k - 1).auxiliary;
    (!passive && !adjective(view, k)).then_some(lean)
}

/// A past form used as an adjective: after a determiner, maybe past an adverb in "-ly" ("will
/// visit the flooded villages", "its newly elected board", "the last remaining"). No verb
/// follows a determiner, so the cue is no tense.
fn adjective(view: &TokenView, k: usize) -> bool {
    let mut d = k;
    if d > 1 && view.low(d - 1).ends_with("ly") {
        d -= 1;
    }
    d > 0 && DETERMINERS.contains(&view.low(d - 1)) || k > 0 && view.hyphen(k - 1)
}

/// The words before a noun (and its adjectives) that no verb follows.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those",
];
