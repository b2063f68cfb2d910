//! A name never has a lower-case word other than those standing apart: "Biden pressed Putin" is
//! two names and a verb.

use super::super::span::{words, Span};
use super::super::words::{CONNECTORS, LOWER_CASE_IN_NAMES, PARTICLES};
use crate::recognize::{Candidate, Context};
use crate::text::{Token, TokenKind};

/// Cuts spans at lower-case words; each part that begins with a capital keeps the span's label,
/// for [`labels_from_article`](super::labels_from_article) to settle. Lower-case parts joined by
/// a hyphen stay ("Kim In-so", "Inzamam-ul-Haq", "post-Games", and "Boston-based", one MISC name
/// in CoNLL's convention); a part of one letter alone ("serie *A*") is no name.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let breaks = |i: usize| {
        let (t, w) = (&context.tokens[i], context.tokens[i].text(context.text));
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
            && !(i > 0 && glued(&context.tokens[i - 1], t))
            && !context.tokens.get(i + 1).is_some_and(|n| glued(t, n))
            && !CONNECTORS.contains(&w)
            && !PARTICLES.contains(&w)
            && !LOWER_CASE_IN_NAMES.contains(&w)
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        if !(s.first..s.end).any(breaks) {
            out.push(s);
            continue;
        }
        let mut first = s.first;
        for end in (s.first..s.end).filter(|&i| breaks(i)).chain([s.end]) {
            let part = words(context, first, end);
            if part
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && !(part.len() == 1 && part[0].chars().count() == 1)
            {
                out.push(Span {
                    first,
                    end,
                    label: s.label,
                    margin: s.margin,
                });
            }
            first = end + 1;
        }
    }
    out
}

fn glued(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

#[cfg(test)]
mod tests {
    use super::super::super::span::Span;
    use super::run;
    use crate::recognize::with_context;
    use crate::Label;

    /// The pass alone on one span over the whole text: the parts' texts.
    fn parts(text: &str) -> Vec<String> {
        with_context(text, |context| {
            let whole = Span {
                first: 0,
                end: context.tokens.len(),
                label: Label::Person,
                margin: 0.0,
            };
            run(context, vec![whole], &mut Vec::new())
                .iter()
                .map(|s| {
                    context.text[context.tokens[s.first].start..context.tokens[s.end - 1].end]
                        .to_string()
                })
                .collect()
        })
    }

    #[test]
    fn names_are_cut_at_lower_case_words_that_stand_apart() {
        assert_eq!(parts("Biden pressed Putin"), ["Biden", "Putin"]);
        assert_eq!(parts("Bank of England"), ["Bank of England"]);
        assert_eq!(parts("Charles de Gaulle"), ["Charles de Gaulle"]);
        assert_eq!(parts("Boston-based"), ["Boston-based"]);
        assert_eq!(parts("serie A"), Vec::<String>::new());
    }
}
