//! "Fiat S.p. A.", "Lurgi G.m.b. H.": the Penn Treebank's spacing cuts these two legal forms in
//! two, and the sentence splitter then ends a sentence at the stop before the last letter, so
//! the tagger draws "Fiat S.p." and a name "A." of its own. The company takes its whole form
//! back. OntoNotes *train*: 12 such forms, each one ORG with its last letter in gold; the CLI
//! drew all twelve cut.

use super::super::span::Span;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// The two forms, as the name ends and as the text goes on after it.
const CUT_FORMS: [(&str, &str); 2] = [("S.p", " A."), ("G.m.b", " H.")];

/// Extends over the form's last letter each name that ends in its first part; drops a name
/// drawn on that letter.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let tokens = context.tokens;
    for k in 0..spans.len() {
        let s = spans[k];
        let end = tokens[s.end - 1].end;
        let name = &context.text[tokens[s.first].start..end];
        let Some(last) = CUT_FORMS.iter().find_map(|&(head, tail)| {
            let (name, rest) = match name.strip_suffix('.') {
                Some(n) => (n, &context.text[end..]),
                None => (name, context.text[end..].strip_prefix('.')?),
            };
            (name.ends_with(head) && rest.starts_with(tail))
                .then(|| end + context.text[end..].len() - rest.len() + tail.len())
        }) else {
            continue;
        };
        let Some(new_end) = tokens[s.end..].iter().position(|t| t.end == last) else {
            continue;
        };
        spans[k].end += new_end + 1;
        spans[k].label = Label::Org;
    }
    // A name the tagger drew on the letter loses it, and is gone if nothing else is left.
    let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
    for mut s in spans {
        if let Some(p) = kept.last() {
            s.first = s.first.max(p.end);
        }
        if s.first < s.end {
            kept.push(s);
        }
    }
    kept
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
