//! Overlap resolution: the one rule that decides between candidates that claim the same text.
//!
//! Sort key, as in spaCy's EntityRuler: longest span first, then higher priority, then earliest
//! start (then label, so the result never depends on recogniser order). Each candidate is kept
//! if it overlaps nothing kept before it. The result is sorted by position and never overlaps.

use crate::candidate::Candidate;
use std::collections::BTreeMap;

/// The ladder of priorities: which candidate wins between two spans of the same length (a longer
/// span always wins first). Every recogniser takes its step from here, so the order is read in
/// one place; the steps are spaced so a new kind can go between two without renumbering.
pub mod priority {
    /// A bare number ("39"): anything more specific over the same words wins.
    pub const NUMBER: u8 = 10;
    /// An ordinal ("third").
    pub const ORDINAL: u8 = 25;
    /// A name as the tagger found it, before any rule refined it: over an ordinal, so a
    /// capitalised "First" the tagger read as a name's word ("First of America") stays in it.
    pub const TAGGED_NAME: u8 = 30;
    /// A person or title found after a title word ("President Biden").
    pub const TITLED_NAME: u8 = 50;
    /// A measured quantity with its unit ("45 km").
    pub const MEASURE: u8 = 60;
    /// A name a rule settled after the tagger (split titles, weapon designators, acronyms):
    /// over a measure, so "T-90" stays a product.
    pub const NAME_RULE: u8 = 65;
    /// A length or repetition of time ("three years", "every week").
    pub const DURATION: u8 = 70;
    /// Money and percentages.
    pub const AMOUNT: u8 = 80;
    /// Dates and times of day, the most specific reading of their words.
    pub const DATE_OR_TIME: u8 = 100;
    /// The caller's own entries and patterns. They also win over longer built-in spans, by
    /// [`user_entries_win`](super::user_entries_win), before this ladder is consulted.
    pub const USER: u8 = u8::MAX;
}

/// Keeps the candidates that win every overlap (the rule in the module docs), sorted by position.
pub fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| c.start < c.end);
    crate::sort::sort_by(&mut candidates, |a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
            .then(a.label.cmp(&b.label))
    });
    // start → end of every kept span; kept spans never overlap, so neighbours suffice.
    let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
    for c in candidates {
        let clashes_before = kept
            .range(..=c.start)
            .next_back()
            .is_some_and(|(_, k)| k.end > c.start);
        let clashes_after = kept.range(c.start..c.end).next().is_some();
        if !clashes_before && !clashes_after {
            kept.insert(c.start, c);
        }
    }
    kept.into_values().collect()
}

/// The policy for the caller's entries and patterns, applied before [`resolve`]: a built-in
/// candidate overlapping any of `user` (sorted by start, not overlapping each other) is dropped,
/// whatever its length, so a user entry is never cut short or displaced by a built-in span.
pub fn user_entries_win(builtin: &mut Vec<Candidate>, user: &[Candidate]) {
    if user.is_empty() {
        return;
    }
    builtin.retain(|c| {
        // The first user match ending after c.start is the only one that can overlap first.
        let i = user.partition_point(|u| u.end <= c.start);
        !user.get(i).is_some_and(|u| u.start < c.end)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Label;

    fn cand(start: usize, end: usize, label: Label, priority: u8) -> Candidate {
        Candidate {
            start,
            end,
            label,
            rule: "test",
            priority,
            value: None,
            margin: None,
        }
    }

    #[test]
    fn longest_wins_then_priority_then_earliest() {
        let out = resolve(vec![
            cand(0, 5, Label::Person, 9),
            cand(0, 10, Label::Org, 0),
            cand(12, 15, Label::Gpe, 1),
            cand(12, 15, Label::Loc, 2),
            cand(20, 23, Label::Date, 0),
            cand(22, 25, Label::Time, 0),
        ]);
        let got: Vec<_> = out.iter().map(|c| (c.start, c.end, c.label)).collect();
        assert_eq!(
            got,
            [
                (0, 10, Label::Org),
                (12, 15, Label::Loc),
                (20, 23, Label::Date)
            ]
        );
    }

    #[test]
    fn drops_empty_spans_and_keeps_adjacent_ones() {
        let out = resolve(vec![
            cand(3, 3, Label::Date, 0),
            cand(0, 3, Label::Date, 0),
            cand(3, 6, Label::Time, 0),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn built_in_candidates_give_way_to_user_entries_whatever_their_length() {
        let user = [cand(2, 5, Label::Org, priority::USER)];
        let mut builtin = vec![
            cand(0, 1, Label::Person, 0),
            cand(0, 3, Label::Person, 0),
            cand(4, 7, Label::Person, 0),
            cand(6, 7, Label::Person, 0),
            cand(0, 9, Label::Person, 0),
        ];
        user_entries_win(&mut builtin, &user);
        let kept: Vec<_> = builtin.iter().map(|c| (c.start, c.end)).collect();
        assert_eq!(kept, [(0, 1), (6, 7)]);
    }
}
