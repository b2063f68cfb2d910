//! Which way a sentence points in time, for the words that name a weekday or month without
//! saying which one: "said on Friday" is the Friday before, "will meet on Tuesday" the Tuesday
//! after. The nearest cue before the expression in its sentence decides, else the nearest after
//! it; none means the nearest day.

use super::lexicon::Lexed;
use crate::timex::Lean;

/// How far either side of the expression cues are looked for.
const REACH: usize = 12;

/// The lean of the expression at token `i`.
pub fn lean_at(lx: &Lexed, i: usize) -> Lean {
    // "the Tuesday call": a weekday naming a known event is the nearest one.
    if i > 0 && lx.is(i - 1, "the") {
        return Lean::Nearest;
    }
    let Some(sentence) = lx.sentences.get(lx.sentence[i] as usize) else {
        return Lean::Nearest;
    };
    // The verb that governs a date usually comes before it ("met on Friday", "will hold a
    // call on Tuesday, officials confirmed"), so the words before are read first.
    let before = (sentence.start.max(i.saturating_sub(REACH))..i).rev();
    let after = i + 1..sentence.end.min(i + 1 + REACH);
    for k in before.chain(after) {
        if let Some(lean) = cue(lx, k) {
            return lean;
        }
    }
    Lean::Nearest
}

/// Words that point to the future.
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "ll",
    "upcoming",
    "coming",
    "scheduled",
    "expected",
    "due",
    "plans",
    "planned",
    "tomorrow",
    "next",
    "going",
    "aims",
    "intends",
    "hopes",
];

/// Words that point to the past (besides participles in "-ed").
pub const PAST_CUES: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "yesterday",
    "last",
    "came",
    "met",
    "took",
    "told",
    "went",
    "held",
    "made",
    "gave",
    "began",
    "left",
    "won",
    "lost",
    "fell",
    "rose",
    "saw",
    "spoke",
    "wrote",
    "sent",
    "found",
    "got",
    "earlier",
    "previously",
    "brought",
    "paid",
    "led",
    "sold",
    "bought",
    "struck",
    "hit",
    "shot",
    "broke",
    "chose",
    "knew",
    "thought",
    "felt",
];

/// Words that make a participle after them passive ("will be held").
pub const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "to", "also", "get",
];

fn cue(lx: &Lexed, k: usize) -> Option<Lean> {
    // The word lists are in the keyword table (`Keyword::cue`, `Keyword::auxiliary`).
    let lean = match lx.keyword(k).cue {
        Some(Lean::Future) => return Some(Lean::Future),
        Some(lean) => lean,
        None => {
            let w = lx.low(k);
            if !(w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed")) {
                return None;
            }
            Lean::Past
        }
    };
    // A participle after "be" is passive ("will be held", "to be addressed"): its auxiliary,
    // read next, decides.
    let passive = k > 0 && lx.keyword(k - 1).auxiliary;
    (!passive).then_some(lean)
}
