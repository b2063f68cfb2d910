//! Acronyms defined in parentheses: "North Atlantic Treaty Organisation (NATO)" makes both the
//! expansion and every "NATO" in the article one label, so linking can join them.

use super::super::span::Span;
use super::super::words::{CONNECTORS, LAW_WORDS};
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::Label;
use rustc_hash::FxHashMap;

/// The acronym's letters, if `word` looks like one ("NATO", "CAATSA"; not "I" or "The").
fn acronym_letters(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| c.is_uppercase()).collect();
    (letters.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic())
        && letters.len() == word.len())
    .then_some(letters)
}

/// The token index where an expansion ending just before `open` starts, when the initials of
/// its capitalised words spell `letters`.
fn expansion_start(
    context: &Context,
    sentence_start: usize,
    open: usize,
    letters: &str,
) -> Option<usize> {
    let mut initials = String::new();
    let mut i = open;
    while i > sentence_start && open - i < 16 {
        i -= 1;
        let word = context.tokens[i].text(context.text);
        let first = word.chars().next()?;
        if first.is_uppercase() {
            initials.insert(0, first);
            if initials == letters {
                return Some(i);
            }
            if !letters.ends_with(&initials) {
                return None;
            }
        } else if !CONNECTORS.contains(&word) {
            return None;
        }
    }
    None
}

/// The label the tagger gave `word` most often where it tagged it alone: it sees the acronym
/// in every context, the expansion once ("National League for Democracy" looks like an event).
fn acronym_label(context: &Context, tagged: &[(usize, usize, Label)], word: &str) -> Option<Label> {
    let mut votes: Vec<(Label, usize)> = Vec::new();
    for &(_, _, label) in tagged.iter().filter(|t| &context.text[t.0..t.1] == word) {
        match votes.iter_mut().find(|v| v.0 == label) {
            Some(v) => v.1 += 1,
            None => votes.push((label, 1)),
        }
    }
    // The first of the most frequent, for determinism.
    let best = votes.iter().map(|v| v.1).max()?;
    votes.iter().find(|v| v.1 == best).map(|v| v.0)
}

/// Proposes each expansion with its acronym in parentheses after it, and the acronym wherever
/// else it stands, with one label: LAW for "... Act" and the like, else the label the tagger
/// gave the acronym alone most often, else the tagger's label of the expansion (not a person's
/// or a people's), else ORG.
pub(crate) fn propose(context: &Context, spans: &[Span], out: &mut Vec<Candidate>) {
    let tagged: Vec<(usize, usize, Label)> = spans
        .iter()
        .map(|s| {
            (
                context.tokens[s.first].start,
                context.tokens[s.end - 1].end,
                s.label,
            )
        })
        .collect();
    let tagged = &tagged[..];
    let mut defined: FxHashMap<&str, Label> = FxHashMap::default();
    for range in context.sentences {
        let ts = &context.tokens[range.clone()];
        for j in 1..ts.len().saturating_sub(2) {
            if ts[j].text(context.text) != "(" || ts[j + 2].text(context.text) != ")" {
                continue;
            }
            let word = ts[j + 1].text(context.text);
            let Some(letters) = acronym_letters(word) else {
                continue;
            };
            let Some(start) = expansion_start(context, range.start, range.start + j, &letters)
            else {
                continue;
            };
            let (from, to) = (context.tokens[start].start, ts[j - 1].end);
            let last = ts[j - 1].text(context.text).to_lowercase();
            let tagger = tagged
                .iter()
                .filter(|t| t.0 >= from && t.1 <= to && t.1 - t.0 > (to - from) / 2)
                .map(|t| t.2)
                .find(|l| !matches!(l, Label::Person | Label::Norp));
            let label = if LAW_WORDS.contains(&last.as_str()) {
                Label::Law
            } else {
                acronym_label(context, tagged, word)
                    .or(tagger)
                    .unwrap_or(Label::Org)
            };
            for (start, end, rule) in [
                (from, to, "names/acronym-expansion"),
                (ts[j + 1].start, ts[j + 1].end, "names/acronym"),
            ] {
                out.push(Candidate {
                    start,
                    end,
                    label,
                    rule,
                    priority: priority::NAME_RULE,
                    value: None,
                    margin: None,
                });
            }
            defined.entry(word).or_insert(label);
        }
    }
    // The acronym alone, elsewhere in the article, is the same thing.
    if defined.is_empty() {
        return;
    }
    for t in context.tokens {
        if let Some(&label) = defined.get(t.text(context.text)) {
            out.push(Candidate {
                start: t.start,
                end: t.end,
                label,
                rule: "names/acronym",
                priority: priority::NAME_RULE,
                value: None,
                margin: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::propose;
    use crate::recognize::names::tests::{found, has};
    use crate::recognize::with_context;
    use crate::Label;

    #[test]
    fn acronyms_defined_in_parentheses_take_the_expansions_label() {
        let text = "Sanctions under the Countering America's Adversaries Through Sanctions Act \
                    (CAATSA) may follow. CAATSA was passed in 2017.";
        let f = found(text);
        let act = "Countering America's Adversaries Through Sanctions Act";
        assert!(f.contains(&(act, Label::Law)), "{f:?}");
        assert_eq!(
            f.iter().filter(|x| *x == &("CAATSA", Label::Law)).count(),
            2,
            "{f:?}"
        );
        let text = "troops of the North Atlantic Treaty Organisation (NATO) moved east.";
        // As OntoNotes draws it, with its article.
        assert!(
            has(text, "the North Atlantic Treaty Organisation", Label::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "NATO", Label::Org));
        let text = "He said (OK) it was fine.";
        let mut out = Vec::new();
        with_context(text, |context| propose(context, &[], &mut out));
        assert!(out.is_empty(), "no expansion, no acronym: {out:?}");
    }
}
