//! The caller's own entities: gazetteer entries (`{text, label, id?}`) and regular expressions
//! (`{pattern, label, id?}`) passed in [`crate::Options`].
//!
//! Entries match case-folded ("acme corp" finds "ACME Corp"), as whole words, leftmost-longest;
//! they are indexed once by their first word, so finding them is one pass over the text's word
//! starts with a hash look-up each (an Aho-Corasick automaton would cost the page ~60 KB of
//! code for the same result, since matches must start at a word boundary anyway). Patterns use `regex-lite`, the regex
//! project's small engine (linear time, no backtracking; JavaScript-like ASCII `\w`, `\d`, `\b`,
//! no `\p{..}` classes) with a size limit, so no user input can make extraction blow up. The
//! full `regex` crate would add ~190 KB gzipped of Unicode tables to the page for user patterns
//! alone.
//!
//! **Priority:** the caller knows their domain better than the built-in rules, so user matches
//! win every overlap: a built-in candidate that overlaps any user match is dropped
//! (`crate::resolve::user_entries_win`), whatever its length. Among user matches, the leftmost wins, then the longest,
//! then entries before patterns, then the earlier in the caller's list.

use super::Candidate;
use crate::resolve::priority;
use crate::{CanonicalEntity, Entity, Error, Label};
use regex_lite::{Regex, RegexBuilder};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A phrase the caller wants found with `label`, e.g. `{ text: "Acme Corp", label: "ORG" }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomEntry {
    pub text: String,
    pub label: Label,
    /// The caller's identifier; reported in the entity's `rule` as `custom/entry:<id>`.
    #[serde(default)]
    pub id: Option<String>,
}

/// A regular expression (Rust `regex` syntax as `regex-lite` reads it: ASCII classes, no
/// `\p{..}`) whose matches get `label`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPattern {
    pub pattern: String,
    pub label: Label,
    /// The caller's identifier; reported in the entity's `rule` as `custom/pattern:<id>`.
    #[serde(default)]
    pub id: Option<String>,
}

/// The fields of [`CustomEntry`] and [`CustomPattern`], for the JavaScript checks (js/read.js),
/// which refuse unknown fields.
#[cfg(target_arch = "wasm32")]
pub(crate) const ENTRY_FIELDS: &[&str] = &["text", "label", "id"];
#[cfg(target_arch = "wasm32")]
pub(crate) const PATTERN_FIELDS: &[&str] = &["pattern", "label", "id"];

/// Compiled size limit per pattern: generous for real patterns, small enough that a hostile
/// `a{1000}{1000}` is refused with an error instead of eating memory.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;
const PATTERN_LENGTH_LIMIT: usize = 10_000;

/// A user match: the candidate and the `rule` text the entity will carry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct UserMatch {
    pub(crate) candidate: Candidate,
    pub(crate) rule: String,
}

/// Entries and patterns, compiled once per [`crate::Extractor`].
pub(crate) struct CustomEntries {
    entries: Vec<CustomEntry>,
    /// The case-folded entry texts, in `entries` order.
    folded: Vec<String>,
    /// First word of a folded entry text (see [`first_word`]) → indices into `entries`.
    by_first_word: FxHashMap<String, Vec<usize>>,
    patterns: Vec<(Regex, CustomPattern)>,
}

impl CustomEntries {
    /// Checks and compiles; `None` when there is nothing to find.
    pub(crate) fn new(
        entries: &[CustomEntry],
        patterns: &[CustomPattern],
    ) -> Result<Option<Self>, Error> {
        if entries.is_empty() && patterns.is_empty() {
            return Ok(None);
        }
        let mut folded = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            let f = fold(entry.text.trim()).0;
            if f.is_empty() {
                return Err(Error::BadCustomEntry(format!(
                    "entries[{i}] has an empty text"
                )));
            }
            folded.push(f);
        }
        let mut by_first_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, f) in folded.iter().enumerate() {
            by_first_word
                .entry(first_word(f).to_string())
                .or_default()
                .push(i);
        }
        let mut compiled = Vec::with_capacity(patterns.len());
        for (i, p) in patterns.iter().enumerate() {
            let bad = |why: String| Error::BadCustomPattern {
                index: i,
                pattern: p.pattern.chars().take(80).collect(),
                message: why,
            };
            if p.pattern.len() > PATTERN_LENGTH_LIMIT {
                return Err(bad(format!("longer than {PATTERN_LENGTH_LIMIT} bytes")));
            }
            let regex = RegexBuilder::new(&p.pattern)
                .size_limit(PATTERN_SIZE_LIMIT)
                .nest_limit(100)
                .build()
                .map_err(|e| bad(e.to_string()))?;
            compiled.push((regex, p.clone()));
        }
        Ok(Some(CustomEntries {
            entries: entries.to_vec(),
            folded,
            by_first_word,
            patterns: compiled,
        }))
    }

    /// Every user match in `text`, sorted by position, never overlapping; only labels that
    /// `keep` accepts are considered (so a filtered-out entry never hides a built-in one).
    pub(crate) fn find(&self, text: &str, keep: impl Fn(Label) -> bool) -> Vec<UserMatch> {
        // (start, end, kind: 0 entry / 1 pattern, index in its list)
        let mut found: Vec<(usize, usize, u8, usize)> = Vec::new();
        if !self.entries.is_empty() {
            let (folded, origin) = fold(text);
            let mut previous_is_word = false;
            for (p, c) in folded.char_indices() {
                // Only where a whole-word match may start: not inside a word.
                let starts_here = !(previous_is_word && is_word(c));
                previous_is_word = is_word(c);
                if !starts_here {
                    continue;
                }
                let rest = &folded[p..];
                let Some(candidates) = self.by_first_word.get(first_word(rest)) else {
                    continue;
                };
                for &i in candidates {
                    if !rest.starts_with(self.folded[i].as_str()) || !keep(self.entries[i].label) {
                        continue;
                    }
                    let (Some(start), Some(end)) = (origin[p], origin[p + self.folded[i].len()])
                    else {
                        continue; // the match starts or ends inside one character's folding
                    };
                    if whole_words(text, start, end) {
                        found.push((start, end, 0, i));
                    }
                }
            }
        }
        for (i, (regex, p)) in self.patterns.iter().enumerate() {
            if !keep(p.label) {
                continue;
            }
            for m in regex.find_iter(text) {
                if m.start() < m.end() {
                    found.push((m.start(), m.end(), 1, i));
                }
            }
        }
        // Leftmost, then longest, then entries before patterns, then list order.
        crate::sort::sort_by(&mut found, |a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
        });
        let mut out: Vec<UserMatch> = Vec::new();
        let mut reached = 0;
        for (start, end, kind, index) in found {
            if start < reached {
                continue;
            }
            reached = end;
            let (label, id, what) = if kind == 0 {
                let e = &self.entries[index];
                (e.label, &e.id, "entry")
            } else {
                let p = &self.patterns[index].1;
                (p.label, &p.id, "pattern")
            };
            out.push(UserMatch {
                candidate: Candidate {
                    start,
                    end,
                    label,
                    rule: if kind == 0 {
                        "custom/entry"
                    } else {
                        "custom/pattern"
                    },
                    priority: priority::USER,
                    value: None,
                    margin: None,
                },
                rule: match id {
                    Some(id) => format!("custom/{what}:{id}"),
                    None => format!("custom/{what}"),
                },
            });
        }
        out
    }
}

/// Joins into one canonical entity the mentions that user entries or patterns gave the same `id`
/// and label ("Acme Corp" and "ACME" both `id: "acme"`), after linking; other entities keep
/// their grouping. Canonical ids stay in order of first mention.
pub(crate) fn merge_same_id(
    entities: &mut [Entity],
    canonical: Vec<CanonicalEntity>,
) -> Vec<CanonicalEntity> {
    let id_of = |e: &Entity| {
        e.rule
            .strip_prefix("custom/")
            .and_then(|r| r.split_once(':'))
            .map(|(_, id)| (e.label, id.to_string()))
    };
    let mut target: FxHashMap<(Label, String), usize> = FxHashMap::default();
    let mut moved = false;
    for e in entities.iter_mut() {
        if let Some(key) = id_of(e) {
            let to = *target.entry(key).or_insert(e.entity_id);
            moved |= to != e.entity_id;
            e.entity_id = to;
        }
    }
    if !moved {
        return canonical;
    }
    // Renumber the canonical entities still used, in their old order, and rebuild mentions.
    let mut new_id = vec![usize::MAX; canonical.len()];
    for e in entities.iter() {
        new_id[e.entity_id] = 0;
    }
    let mut out: Vec<CanonicalEntity> = Vec::new();
    for (old, c) in canonical.into_iter().enumerate() {
        if new_id[old] == 0 {
            new_id[old] = out.len();
            out.push(CanonicalEntity {
                id: out.len(),
                mentions: vec![],
                ..c
            });
        }
    }
    for (index, e) in entities.iter_mut().enumerate() {
        e.entity_id = new_id[e.entity_id];
        let c = &mut out[e.entity_id];
        c.mentions.push(index);
        if e.text.chars().count() > c.name.chars().count() {
            c.name = e.text.clone();
        }
    }
    out
}

/// Lower-cases `text` and maps each byte offset of the result back to `text`: `Some(offset)`
/// where a character's folding begins (and at the end), `None` inside one.
fn fold(text: &str) -> (String, Vec<Option<usize>>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let before = folded.len();
        folded.extend(c.to_lowercase());
        origin.push(Some(at));
        origin.resize(origin.len() + folded.len() - before - 1, None);
    }
    origin.push(Some(text.len()));
    (folded, origin)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The leading run of word characters of `s`, or its first character when that is no word
/// character ("acme corp" → "acme", "#tag" → "#"): the key entries are indexed by.
fn first_word(s: &str) -> &str {
    let run = s.find(|c: char| !is_word(c)).unwrap_or(s.len());
    let first = s.chars().next().map_or(0, char::len_utf8);
    &s[..if run == 0 { first } else { run }]
}

/// True when `text[start..end]` neither begins nor ends inside a word.
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let word = is_word;
    let inside_before = text[..start].chars().next_back().is_some_and(word)
        && text[start..].chars().next().is_some_and(word);
    let inside_after = text[..end].chars().next_back().is_some_and(word)
        && text[end..].chars().next().is_some_and(word);
    !inside_before && !inside_after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, label: Label, id: Option<&str>) -> CustomEntry {
        CustomEntry {
            text: text.into(),
            label,
            id: id.map(Into::into),
        }
    }

    fn spans(c: &CustomEntries, text: &str) -> Vec<(String, Label, String)> {
        c.find(text, |_| true)
            .into_iter()
            .map(|m| {
                (
                    text[m.candidate.start..m.candidate.end].to_string(),
                    m.candidate.label,
                    m.rule,
                )
            })
            .collect()
    }

    #[test]
    fn entries_sharing_a_first_word_or_starting_with_punctuation_all_match() {
        let c = CustomEntries::new(
            &[
                entry("New York", Label::Gpe, None),
                entry("new york times", Label::Org, None),
                entry("#MeToo", Label::Event, None),
                entry("C++", Label::Language, None),
            ],
            &[],
        )
        .unwrap()
        .unwrap();
        let found: Vec<_> = spans(&c, "The New York Times; new yorker; #metoo in C++ and c++x")
            .into_iter()
            .map(|(t, l, _)| (t, l))
            .collect();
        assert_eq!(
            found,
            [
                ("New York Times".into(), Label::Org),
                ("#metoo".into(), Label::Event),
                ("C++".into(), Label::Language),
                ("c++".into(), Label::Language),
            ]
        );
    }

    #[test]
    fn entries_match_case_folded_whole_words_leftmost_longest() {
        let c = CustomEntries::new(
            &[
                entry("Acme", Label::Org, None),
                entry("acme corp", Label::Org, Some("acme")),
                entry("ÉCOLE", Label::Org, None),
            ],
            &[],
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            spans(&c, "ACME Corp and Acmeville; école, Acme."),
            [
                ("ACME Corp".into(), Label::Org, "custom/entry:acme".into()),
                ("école".into(), Label::Org, "custom/entry".into()),
                ("Acme".into(), Label::Org, "custom/entry".into()),
            ]
        );
    }

    #[test]
    fn folding_that_changes_length_keeps_offsets_on_the_original() {
        // 'İ' lower-cases to two characters; offsets must still slice the original text.
        let c = CustomEntries::new(&[entry("istanbul", Label::Gpe, None)], &[])
            .unwrap()
            .unwrap();
        let text = "İİ Istanbul İstanbul";
        let got = spans(&c, text);
        assert_eq!(got[0].0, "Istanbul");
        for m in c.find(text, |_| true) {
            assert!(
                text.is_char_boundary(m.candidate.start) && text.is_char_boundary(m.candidate.end)
            );
        }
    }

    #[test]
    fn patterns_match_and_entries_win_ties() {
        let c = CustomEntries::new(
            &[entry("AK-203", Label::Product, None)],
            &[CustomPattern {
                pattern: r"[A-Z]{2}-\d{3}".into(),
                label: Label::Cardinal,
                id: Some("codes".into()),
            }],
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            spans(&c, "AK-203 and SU-570"),
            [
                ("AK-203".into(), Label::Product, "custom/entry".into()),
                (
                    "SU-570".into(),
                    Label::Cardinal,
                    "custom/pattern:codes".into()
                ),
            ]
        );
    }

    #[test]
    fn bad_patterns_and_empty_entries_are_clear_errors() {
        let p = |s: &str| CustomPattern {
            pattern: s.into(),
            label: Label::Org,
            id: None,
        };
        let err = CustomEntries::new(&[], &[p("ok"), p("(unclosed")])
            .err()
            .unwrap();
        assert!(err.to_string().contains("patterns[1]"), "{err}");
        assert!(err.to_string().contains("(unclosed"), "{err}");
        let err = CustomEntries::new(&[], &[p("a{1000}{1000}")])
            .err()
            .unwrap();
        assert!(err.to_string().contains("patterns[0]"), "{err}");
        let err = CustomEntries::new(&[entry("  ", Label::Org, None)], &[])
            .err()
            .unwrap();
        assert!(err.to_string().contains("entries[0]"), "{err}");
    }

    #[test]
    fn mentions_with_the_same_id_become_one_canonical_entity() {
        let options = crate::Options {
            entries: Some(vec![
                entry("Acme Corp", Label::Org, Some("acme")),
                entry("ACME", Label::Org, Some("acme")),
                entry("Globex", Label::Org, None),
            ]),
            ..Default::default()
        };
        let doc = crate::Extractor::new(&options)
            .unwrap()
            .extract("Acme said Globex and Acme Corp met. Globex agreed.")
            .unwrap();
        let groups: Vec<(String, Vec<&str>)> = doc
            .canonical
            .iter()
            .enumerate()
            .map(|(i, c)| {
                assert_eq!(c.id, i);
                let texts = c
                    .mentions
                    .iter()
                    .map(|&m| doc.entities[m].text.as_str())
                    .collect();
                (c.name.clone(), texts)
            })
            .collect();
        assert_eq!(
            groups,
            [
                ("Acme Corp".to_string(), vec!["Acme", "Acme Corp"]),
                ("Globex".to_string(), vec!["Globex", "Globex"]),
            ]
        );
        for (i, e) in doc.entities.iter().enumerate() {
            assert!(doc.canonical[e.entity_id].mentions.contains(&i));
        }
    }
}
