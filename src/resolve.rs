//! Overlap resolution: the one rule that decides between candidates that claim the same text.
//!
//! Sort key, as in spaCy's EntityRuler: longest span first, then higher priority, then earliest
//! start (then label, so the result never depends on recogniser order). Each candidate is kept
//! if it overlaps nothing kept before it. The result is sorted by position and never overlaps.

use crate::recognize::Candidate;
use std::collections::BTreeMap;

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
}
