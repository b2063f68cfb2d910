//! A name tagged somewhere in the article is the same name where the tagger missed it.

use super::super::span::Span;
use super::super::words::is_not_a_head_noun;
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
        if s.end - s.first == 1 || s.label == Label::Person {
            for word in context.tokens[s.first..s.end]
                .iter()
                .map(|t| t.text(context.text))
                .filter(|w| capitalised(w) && w.chars().nth(1).is_some())
                .filter(|w| !is_not_a_head_noun(w))
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
        // Only a capitalised word is ever learnt: the others are not looked up.
        let text = t.text(context.text);
        if !capitalised(text) {
            continue;
        }
        let Some(&(label, margin)) = known.get(text) else {
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

/// Whether a word begins with a capital: every word learnt does.
fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
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
