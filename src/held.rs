//! The resolved candidates as they are held from one segment to the next, until the whole text
//! is read and their values can be settled (the order of numeric dates and the article's own
//! date need every date): each becomes a [`Mention`] at once (28 bytes), and only the few
//! normalisation reads are also kept, as what it reads of them ([`Valued`], 56 bytes; a whole
//! [`Candidate`] is 88), with their values' slots (64 bytes). Holding every candidate whole
//! until then was the pipeline's high-water mark for a long text (docs/PERFORMANCE.md, "Peak
//! memory, round 2"); the kept ones whole were the largest item above the text ("Around the
//! tagger, round 2").
//!
//! `normalize::values` gives a value to candidates that carry a raw one, and otherwise reads a
//! candidate only as a neighbour of a time of day: its label (another time lets it look one
//! further) and the text between them, which joins them only if it is at most 8 bytes of
//! separators (white space, commas, brackets) around one of "at", "on", "-", "to", "before",
//! "by" (`normalize::joins_time`). So a candidate with no raw value, not a time, whose text
//! could not be part of such a gap (a capital, a digit, or over 8 bytes: every name in
//! practice) can only block a time from its date, and it still does when left out: the text
//! between its neighbours then holds all of it. Those are left out; every other one is kept,
//! and values are the same as with them all.

use crate::candidate::{Candidate, RawValue};
use crate::distinct::Distinct;
use crate::mention::{margin_bits, Mention, Mentions, Rule, NONE};
use crate::normalize::Valued;
use crate::timex::{DateExpr, DayRef};
use crate::Label;

/// Whether normalisation may read `c`, found in `text` (the module docs say why the others
/// cannot matter): its own text could stand in a gap joining a time to its date only if made
/// of separators and the letters of the joining words.
fn read_by_normalisation(c: &Candidate, text: &str) -> bool {
    let in_gap = |ch: char| ch.is_whitespace() || ",()-abefnorty".contains(ch);
    c.value.is_some()
        || c.label == Label::Time
        || (c.end - c.start <= 8
            && text
                .get(c.start..c.end)
                .map_or(true, |t| t.chars().all(in_gap)))
}

/// Whether what reads the whole article reads `c`: the day-first vote counts numeric dates
/// (`normalize::numeric_dates::reads_day_first`), and the article's own date
/// (`normalize::reference::from_article`) is a full calendar date, a numeric one once settled,
/// or a time on a day with a year. Every other date ("December 7", "Tuesday", "2021") is read by
/// neither, so only these are kept aside while the text is read.
pub(crate) fn read_across_article(c: &Candidate) -> bool {
    matches!(
        c.value,
        Some(RawValue::Date(
            DateExpr::Numeric { .. }
                | DateExpr::Calendar {
                    year: Some(_),
                    month: Some(_),
                    day: Some(_),
                }
                | DateExpr::Time {
                    day: Some(DayRef::Date { year: Some(_), .. }),
                    ..
                }
        ))
    )
}

/// Kept candidates a block holds (768 KB in the wasm, 48 bytes each; smaller blocks raised
/// native RSS, glibc placing them among each segment's lists: docs/PERFORMANCE.md, "Peak
/// memory, round 8").
const KEPT_BLOCK: usize = 1 << 14;

/// Mentions made as segments are read, and the candidates normalisation will read.
pub(crate) struct Held<'t> {
    text: &'t str,
    mentions: Mentions,
    /// The candidates normalisation reads, in text order, in blocks of [`KEPT_BLOCK`] joined
    /// once the text is read (one list grown by doubling set the wasm's high-water mark at its
    /// last doubling: docs/PERFORMANCE.md, "Peak memory, round 8"), and the index of each
    /// one's mention.
    kept: Vec<Vec<Valued>>,
    kept_at: Vec<u32>,
    /// The distinct built-in rule names, which [`Rule::builtin`] indexes.
    rules: Distinct<'static>,
    /// The caller's entries and patterns (sorted, not overlapping), merged in by start.
    user: std::iter::Peekable<std::iter::Enumerate<std::slice::Iter<'t, Candidate>>>,
}

/// What [`Held::finish`] gives.
pub(crate) struct Finished {
    pub mentions: Mentions,
    pub rules: Vec<&'static str>,
    /// The candidates normalisation reads, each with the index of its mention.
    pub kept: Vec<Valued>,
    pub kept_at: Vec<u32>,
}

impl<'t> Held<'t> {
    /// Nothing held yet, for `text`, with the caller's matches `user`.
    pub fn new(text: &'t str, user: &'t [Candidate]) -> Held<'t> {
        Held {
            text,
            mentions: Mentions::default(),
            kept: Vec::new(),
            kept_at: Vec::new(),
            rules: Distinct::default(),
            user: user.iter().enumerate().peekable(),
        }
    }

    /// Adds one segment's resolved built-in candidates (sorted, after every earlier segment's,
    /// overlapping no caller's match), with the caller's non-empty matches that start before
    /// each: the order resolving them all together gives.
    pub fn push(&mut self, resolved: Vec<Candidate>) {
        for c in resolved {
            self.add_user_before(c.start);
            self.add(c, None);
        }
    }

    fn add_user_before(&mut self, start: usize) {
        while let Some((i, u)) = self.user.next_if(|(_, u)| u.start < start) {
            if u.start < u.end {
                self.add(u.clone(), Some(i as u32));
            }
        }
    }

    fn add(&mut self, c: Candidate, user: Option<u32>) {
        let rule = match user {
            Some(i) => Rule::user(i),
            None => Rule::builtin(self.rules.id(c.rule)),
        };
        self.mentions.push(Mention {
            byte_start: c.start as u32,
            byte_end: c.end as u32,
            entity_id: 0,
            value: NONE,
            rule,
            margin: margin_bits(c.margin),
            label: c.label,
            timex_type: None,
        });
        if read_by_normalisation(&c, self.text) {
            self.kept_at.push((self.mentions.len() - 1) as u32);
            match self.kept.last_mut() {
                Some(last) if last.len() < KEPT_BLOCK => last.push(c.into()),
                // The first block grows as a text needs, the others are made whole.
                last => {
                    let mut block = match last {
                        None => Vec::new(),
                        Some(_) => Vec::with_capacity(KEPT_BLOCK),
                    };
                    block.push(c.into());
                    self.kept.push(block);
                }
            }
        }
    }

    /// Everything held, with the caller's matches after the last built-in candidate.
    pub fn finish(mut self) -> Finished {
        self.add_user_before(usize::MAX);
        Finished {
            mentions: self.mentions,
            rules: self.rules.list,
            kept: {
                // Joined into the first block, grown once to the exact length (natively,
                // glibc moves a block that large by remapping its pages, not copying them).
                let mut blocks = self.kept.into_iter();
                let mut kept = blocks.next().unwrap_or_default();
                kept.reserve_exact(self.kept_at.len() - kept.len());
                for block in blocks {
                    kept.extend(block);
                }
                kept
            },
            kept_at: self.kept_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidate::RawValue;
    use crate::timex::DateExpr;

    fn cand(text: &str, word: &str, label: Label, value: Option<DateExpr>) -> Candidate {
        let start = text.find(word).unwrap();
        Candidate {
            start,
            end: start + word.len(),
            label,
            rule: "test",
            priority: 0,
            value: value.map(RawValue::Date),
            margin: None,
        }
    }

    /// The values of what `Held` keeps, against the values of every candidate; and how many kept.
    fn kept_values_match(text: &str, all: Vec<Candidate>) -> usize {
        let mut held = Held::new(text, &[]);
        held.push(all.clone());
        let done = held.finish();
        assert_eq!(done.mentions.len(), all.len());
        let all: Vec<Valued> = all.into_iter().map(Valued::from).collect();
        let (values, days) = crate::normalize::values(text, &all, None);
        let (kept_values, kept_days) = crate::normalize::values(text, &done.kept, None);
        for (k, &at) in done.kept_at.iter().enumerate() {
            assert_eq!(kept_values[k], values[at as usize], "{text}: {k}");
            assert_eq!(kept_days[k], days[at as usize], "{text}: {k}");
        }
        for (i, v) in values.iter().enumerate() {
            assert!(
                v.is_none() || done.kept_at.contains(&(i as u32)),
                "{text}: {i}"
            );
        }
        done.kept.len()
    }

    #[test]
    fn what_normalisation_reads_is_kept_and_names_are_not() {
        let date = DateExpr::Calendar {
            year: Some(2021),
            month: Some(12),
            day: Some(7),
        };
        let time = DateExpr::Time {
            day: None,
            hour: 17,
            minute: 0,
            zone: None,
        };
        let with = |text: &str, between: &str, label| {
            let all = vec![
                cand(text, "7 December 2021", Label::Date, Some(date)),
                cand(text, between, label, None),
                cand(text, "5pm", Label::Time, Some(time)),
            ];
            kept_values_match(text, all)
        };
        // A valueless mention that could be a joining word's gap is kept: left out, the time
        // would take the date's day past it.
        assert_eq!(with("7 December 2021 at 5pm", "at", Label::Person), 3);
        assert_eq!(with("7 December 2021 (-) 5pm", "-", Label::Product), 3);
        // A valueless time is kept whatever its text.
        assert_eq!(
            with(
                "7 December 2021 Noontide Hour 5pm",
                "Noontide Hour",
                Label::Time
            ),
            3
        );
        // Names are not, and still keep the time from the date.
        assert_eq!(with("7 December 2021 Biden 5pm", "Biden", Label::Person), 2);
        assert_eq!(
            with("7 December 2021 by Ottoline 5pm", "by Ottoline", Label::Org),
            2
        );
    }

    #[test]
    fn the_article_wide_reads_see_the_same_through_the_dates_kept() {
        use crate::normalize::{numeric_dates, reference};
        use crate::timex::{calendar::Weekday, Lean, NumericOrder};
        let text = "Published: 25/12/2021\nOn Tuesday, 2021 and December 7, then 13/06/2021 at 5pm on 7 December 2021.";
        let numeric = |order| DateExpr::Numeric {
            first: 12,
            second: 6,
            year: 2021,
            order,
        };
        let calendar = |year, day| DateExpr::Calendar {
            year,
            month: Some(12),
            day,
        };
        let time_on = |year| DateExpr::Time {
            day: Some(DayRef::Date {
                year,
                month: 12,
                day: 6,
            }),
            hour: 17,
            minute: 0,
            zone: None,
        };
        let dates = [
            ("25/12/2021", numeric(NumericOrder::DayFirst), true),
            (
                "Tuesday",
                DateExpr::Day(DayRef::Weekday(Weekday::Tuesday, Lean::Past)),
                false,
            ),
            ("2021", calendar(Some(2021), None), false),
            (
                "December 7",
                DateExpr::MonthDay {
                    month: 12,
                    day: 7,
                    lean: Lean::Past,
                },
                false,
            ),
            ("13/06/2021", numeric(NumericOrder::DayFirst), true),
            ("at 5pm", time_on(None), false),
            ("5pm", time_on(Some(2021)), true),
            ("7 December 2021", calendar(Some(2021), Some(7)), true),
        ];
        let all: Vec<Candidate> = (dates.iter())
            .map(|(word, value, _)| cand(text, word, Label::Date, Some(*value)))
            .collect();
        for (c, (word, _, kept)) in all.iter().zip(&dates) {
            assert_eq!(read_across_article(c), *kept, "{word}");
        }
        let mut kept: Vec<Valued> = (all.iter())
            .filter(|c| read_across_article(c))
            .map(|c| c.clone().into())
            .collect();
        let mut all: Vec<Valued> = all.into_iter().map(Valued::from).collect();
        // Two day-first numeric dates carry the vote.
        assert!(numeric_dates::reads_day_first(&all, None));
        assert!(numeric_dates::reads_day_first(&kept, None));
        numeric_dates::settle(&mut all, false);
        numeric_dates::settle(&mut kept, false);
        let published = reference::from_article(text, &all);
        assert!(published.is_some());
        assert_eq!(reference::from_article(text, &kept), published);
    }

    #[test]
    fn the_callers_matches_go_in_by_start_with_their_index() {
        let text = "Acme met Biden on Oslo, then Zeta.";
        let user = [
            cand(text, "Acme", Label::Org, None),
            cand(text, "on", Label::Org, None),
            cand(text, "Zeta", Label::Org, None),
        ];
        let mut held = Held::new(text, &user);
        held.push(vec![cand(text, "Biden", Label::Person, None)]);
        held.push(vec![cand(text, "Oslo", Label::Gpe, None)]);
        let done = held.finish();
        let got: Vec<_> = (done.mentions.iter())
            .map(|m| (m.text(text), m.rule))
            .collect();
        assert_eq!(
            got,
            [
                ("Acme", Rule::user(0)),
                ("Biden", Rule::builtin(0)),
                ("on", Rule::user(1)),
                ("Oslo", Rule::builtin(0)),
                ("Zeta", Rule::user(2)),
            ]
        );
        assert_eq!(done.rules, ["test"]);
        // "on" could stand in a gap between a time and its date.
        assert_eq!(done.kept_at, [2]);
    }

    /// A long text's kept candidates fill several blocks and come out as one list, in text
    /// order, each beside its mention's index.
    #[test]
    fn kept_candidates_over_several_blocks_come_out_in_order() {
        let n = 2 * KEPT_BLOCK + 3;
        let text = "at noon, ".repeat(n);
        let mut held = Held::new(&text, &[]);
        for segment in 0..3 {
            let times = (segment * n / 3..(segment + 1) * n / 3).map(|i| Candidate {
                start: i * 9 + 3,
                end: i * 9 + 7,
                ..cand(&text, "noon", Label::Time, None)
            });
            held.push(times.collect());
        }
        let done = held.finish();
        assert_eq!((done.kept.len(), done.kept_at.len()), (n, n));
        for (i, (k, &at)) in done.kept.iter().zip(&done.kept_at).enumerate() {
            assert_eq!((k.start as usize, at as usize), (i * 9 + 3, i));
        }
    }
}
