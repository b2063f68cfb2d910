//! A name never has a lower-case word other than those standing apart: "Biden pressed Putin" is
//! two names and a verb; nor a participle glued to a country: "US-led" is the place "US". A
//! title the tagger drew as a work ("Like a Prayer", "Late Edition with Wolf Blitzer") keeps
//! its small words: OntoNotes *train*, gold names missed 18 fewer, 5 more.

use super::super::span::{words, Span};
use super::super::words::{CONNECTORS, LOWER_CASE_IN_NAMES, PARTICIPLES, PARTICLES};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::text::{Token, TokenKind};
use crate::Label;

/// Cuts spans at lower-case words; each part that begins with a capital keeps the span's label,
/// for [`labels_from_article`](super::labels_from_article) to settle. Lower-case parts joined by
/// a hyphen stay ("Kim In-so", "Inzamam-ul-Haq", "post-Games", "Boston-based") unless a
/// participle follows a country ("US-led"); a part of one letter alone ("serie *A*") is no name.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    spans
        .iter_mut()
        .for_each(|s| without_participle(context, s));
    let breaks = |i: usize| {
        let (t, w) = (&context.tokens[i], context.tokens[i].text(context.text));
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
            && !(i > 0 && glued(&context.tokens[i - 1], t))
            && (!spaced_hyphen_before(context, i) || PARTICIPLES.contains(&w))
            && !context.tokens.get(i + 1).is_some_and(|n| glued(t, n))
            && !CONNECTORS.contains(&w)
            && !PARTICLES.contains(&w)
            && !LOWER_CASE_IN_NAMES.contains(&w)
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        if s.label == Label::WorkOfArt || !(s.first..s.end).any(breaks) {
            out.push(s);
            continue;
        }
        let mut first = s.first;
        for end in (s.first..s.end).filter(|&i| breaks(i)).chain([s.end]) {
            // "Toronto - based": the hyphen before a cut goes with it.
            let stop = if end > first && context.tokens[end - 1].text(context.text) == "-" {
                end - 1
            } else {
                end
            };
            let part = words(context, first, stop);
            if part
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && !(part.len() == 1 && part[0].chars().count() == 1)
            {
                out.push(Span {
                    first,
                    end: stop,
                    label: s.label,
                    margin: s.margin,
                });
            }
            first = end + 1;
        }
    }
    out
}

/// "US-led" → GPE "US", "NATO-backed" → ORG "NATO": a country or organisation before a glued
/// participle, as OntoNotes marks it (the tagger saw the whole as one odd word: "US-led" as a
/// PRODUCT). Cities and peoples keep the participle ("Boston-based", "Kurdish-controlled"):
/// CoNLL marks the whole word MISC, and cutting them cost CoNLL dev 0.9194 → 0.9180.
fn without_participle(context: &Context, s: &mut Span) {
    let t = context.tokens;
    let end = s.end;
    if end < s.first + 3
        || !PARTICIPLES.contains(&t[end - 1].text(context.text))
        || t[end - 2].text(context.text) != "-"
        || !glued(&t[end - 3], &t[end - 2])
        || !glued(&t[end - 2], &t[end - 1])
    {
        return;
    }
    let bits = Lexicon::get().lookup(words(context, s.first, end - 2));
    if bits & Gazetteer::Country.bit() != 0 {
        (s.end, s.label) = (end - 2, Label::Gpe);
    } else if bits & Gazetteer::Organisation.bit() != 0 {
        (s.end, s.label) = (end - 2, Label::Org);
    }
}

/// "Chen Shui - bian": a hyphen spaced as tokenised text spaces it, after a capitalised word
/// (the lower-case word after it is in the same name in 849 of 1,263 cases in OntoNotes train;
/// most others are participles, "Toronto - based").
fn spaced_hyphen_before(context: &Context, i: usize) -> bool {
    i >= 2
        && context.tokens[i - 1].text(context.text) == "-"
        && context.tokens[i - 2]
            .text(context.text)
            .starts_with(char::is_uppercase)
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

    /// The pass alone on one PERSON span over the whole text: the parts' texts.
    fn parts(text: &str) -> Vec<String> {
        parts_of(text, Label::Person)
    }

    fn parts_of(text: &str, label: Label) -> Vec<String> {
        with_context(text, |context| {
            let whole = Span {
                first: 0,
                end: context.tokens.len(),
                label,
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
        assert_eq!(parts("US-led"), ["US"]);
        assert_eq!(parts("Boston-based"), ["Boston-based"]);
        assert_eq!(parts("Kim In-so"), ["Kim In-so"]);
        assert_eq!(parts("Chen Shui - bian"), ["Chen Shui - bian"]);
        assert_eq!(parts("Toronto - based Maple"), ["Toronto", "Maple"]);
        assert_eq!(parts("serie A"), Vec::<String>::new());
    }

    #[test]
    fn a_work_keeps_its_small_words() {
        let title = "Like a Prayer";
        assert_eq!(parts_of(title, Label::WorkOfArt), [title]);
        assert_eq!(parts_of(title, Label::Org), ["Like", "Prayer"]);
    }
}
