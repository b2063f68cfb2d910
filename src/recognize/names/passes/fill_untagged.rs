//! A name tagged somewhere in the article is the same name where the tagger missed it.

use super::super::span::{words, Span};
use super::super::words::NOT_A_HEAD_NOUN;
use crate::recognize::{Candidate, Context};
use crate::text::TokenKind;
use crate::Label;
use rustc_hash::FxHashMap;

/// Adds every capitalised occurrence, not glued to another word, of a one-word name or of a word
/// of a person's full name, with that name's label; the names come back sorted. A function word
/// is never learnt: a stray "The" tagged once would mark every sentence that opens with it
/// (OntoNotes train: "The" alone came out a name 176 times, never rightly).
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let mut known: FxHashMap<&str, (Label, f32)> = FxHashMap::default();
    for s in &spans {
        let w = words(context, s.first, s.end);
        if w.len() == 1 || s.label == Label::Person {
            for word in w
                .into_iter()
                .filter(|w| w.chars().count() > 1 && w.starts_with(char::is_uppercase))
                .filter(|w| !NOT_A_HEAD_NOUN.contains(&w.to_lowercase().as_str()))
            {
                known.entry(word).or_insert((s.label, s.margin));
            }
        }
    }
    let mut covered = vec![false; context.tokens.len()];
    for s in &spans {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, t) in context.tokens.iter().enumerate() {
        let Some(&(label, margin)) = known.get(t.text(context.text)) else {
            continue;
        };
        let joined = |j: Option<usize>| {
            j.and_then(|j| context.tokens.get(j)).is_some_and(|n| {
                n.kind == TokenKind::Word && (n.end == t.start || n.start == t.end)
            })
        };
        if !covered[i] && !joined(i.checked_sub(1)) && !joined(Some(i + 1)) {
            spans.push(Span {
                first: i,
                end: i + 1,
                label,
                margin,
            });
        }
    }
    crate::sort::sort_by(&mut spans, |a, b| a.first.cmp(&b.first));
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::{found, pass_on};
    use crate::Label;

    #[test]
    fn a_function_word_tagged_once_is_not_spread() {
        let text = "The vote failed. The Harbor Board met. Harbor rose. The end.";
        let names = [("The", Label::Org), ("Harbor", Label::Org)];
        let got: Vec<String> = pass_on(run, text, &names)
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(got, ["The", "Harbor", "Harbor"], "{got:?}");
    }

    #[test]
    fn surnames_of_people_named_in_full_are_people_everywhere() {
        let text = "Mr Smith said that Mary Jones would go. Jones went to London, and Jones \
                    and Smith took the train.";
        let f = found(text);
        assert!(f.contains(&("Mary Jones", Label::Person)), "{f:?}");
        assert_eq!(f.iter().filter(|x| x.0 == "Jones").count(), 2, "{f:?}");
        assert!(
            f.iter()
                .filter(|x| x.0 == "Jones")
                .all(|x| x.1 == Label::Person),
            "{f:?}"
        );
    }
}
