//! "Fiat S.p. A.", "Lurgi G.m.b. H.": the Penn Treebank's spacing cuts these two legal forms in
//! two, and the sentence splitter then ends a sentence at the stop before the last letter, so
//! the tagger draws "Fiat S.p." and a name "A." of its own. The company takes its whole form
//! back. OntoNotes *train*: 12 such forms, each one ORG with its last letter in gold; the CLI
//! drew all twelve cut.

use super::super::span::Span;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// The two forms: how the name ends, and how the text goes on from there.
const CUT_FORMS: [(&str, &str); 2] = [("S.p", ". A."), ("G.m.b", ". H.")];

/// Extends over the form's last letter each name that ends in its first part; a name the
/// tagger drew on that letter loses it, and is gone if nothing else is left.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let (text, tokens) = (context.text, context.tokens);
    let mut taken = 0;
    spans.retain_mut(|s| {
        s.first = s.first.max(taken);
        if s.first >= s.end {
            return false;
        }
        let start = tokens[s.first].start;
        let name = text[start..tokens[s.end - 1].end].trim_end_matches('.');
        let cut = start + name.len();
        if let Some((_, tail)) = CUT_FORMS
            .iter()
            .find(|(head, tail)| name.ends_with(head) && text[cut..].starts_with(tail))
        {
            while tokens.get(s.end).is_some_and(|t| t.end <= cut + tail.len()) {
                s.end += 1;
            }
            s.label = Label::Org;
        }
        taken = s.end;
        true
    });
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    #[test]
    fn a_cut_legal_form_is_whole_again() {
        let text = "Shares of Fiat S.p. A. rose, and Lurgi G.m.b. H., a German firm, fell.";
        let names = [
            ("Fiat S.p.", Label::Org),
            ("A.", Label::Person),
            ("Lurgi G.m.b", Label::Person),
            ("H.", Label::Person),
        ];
        assert_eq!(
            pass_on(run, text, &names),
            [
                ("Fiat S.p. A.".to_string(), Label::Org),
                ("Lurgi G.m.b. H.".to_string(), Label::Org)
            ]
        );
    }

    #[test]
    fn whole_forms_and_other_letters_stay() {
        let text = "Fiat S.p.A. rose. Mr. S.p. Rao met Lurgi G.m.b. B. Smith.";
        let names = [
            ("Fiat S.p.A.", Label::Org),
            ("S.p. Rao", Label::Person),
            ("Lurgi G.m.b.", Label::Org),
            ("B. Smith", Label::Person),
        ];
        let got = pass_on(run, text, &names);
        assert_eq!(got.len(), 4);
        for ((name, label), (found, found_label)) in names.iter().zip(&got) {
            assert_eq!((name, label), (&found.as_str(), found_label));
        }
    }
}
