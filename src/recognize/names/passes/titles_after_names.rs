//! "Kremlin spokesperson", "Russian President", "White House Press Secretary": a title right
//! after an organisation, place or people is a TITLE, with or without a name after it.

use super::super::span::{words_into, Span};
use super::super::words::is_title;
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::Label;

/// Proposes the longest title (up to three words, on the same line) after each ORG, GPE or NORP.
pub(crate) fn propose(context: &Context, spans: &[Span], out: &mut Vec<Candidate>) {
    // The three words after each name, in one list for them all.
    let mut w = Vec::new();
    for s in spans
        .iter()
        .filter(|s| matches!(s.label, Label::Org | Label::Gpe | Label::Norp))
    {
        let next = s.end;
        let same_line = |i: usize| {
            !context.text[context.tokens[i - 1].end..context.tokens[i].start].contains('\n')
        };
        words_into(context, next, context.tokens.len().min(next + 3), &mut w);
        let longest = (1..=w.len())
            .rev()
            .find(|&m| is_title(&w[..m]) && (next..next + m).all(same_line));
        if let Some(m) = longest {
            out.push(Candidate {
                start: context.tokens[next].start,
                end: context.tokens[next + m - 1].end,
                label: Label::Title,
                rule: "names/title-after",
                priority: priority::NAME_RULE,
                value: None,
                margin: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn titles_after_an_organisation_or_place_are_titles_even_without_a_name() {
        let text = "The Kremlin spokesperson then mentioned it. The White House Press Secretary \
                    said so, and the Pentagon rules apply.";
        let f = found(text);
        assert!(f.contains(&("spokesperson", Label::Title)), "{f:?}");
        assert!(f.contains(&("Press Secretary", Label::Title)), "{f:?}");
        assert!(!f.iter().any(|x| x.0 == "rules"), "{f:?}");
    }
}
