//! A listed city or country that opens a sentence is a place where the tagger left it untagged
//! ("Washington later apologized to Turkey"): at a sentence's start every word is capitalised,
//! so the tagger has one cue fewer there. Not a given name ("Austin later resigned"), nor the
//! first word of a longer name ("Washington Post"), nor a word glued to the next
//! ("Washington-based"). OntoNotes train: 13 names made right, 12 extras ("Reading the report",
//! "Nice to speak"); docs/DESIGN.md, "Names, round 14".

use super::super::span::Span;
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::text::TokenKind;
use crate::Label;

/// Adds, as GPE, each sentence's untagged first word that the city or country gazetteer lists
/// and the given names' does not; the names come back sorted.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    let mut added = false;
    let mut k = 0;
    for r in context.sentences {
        let i = r.start;
        // The names are sorted: skip those before the sentence, then see whether one covers it.
        while k < spans.len() && spans[k].end <= i {
            k += 1;
        }
        let t = &context.tokens[i];
        let text = t.text(context.text);
        let next = context.tokens.get(i + 1).filter(|_| i + 1 < r.end);
        if spans.get(k).is_some_and(|s| s.first <= i)
            || t.kind != TokenKind::Word
            || text.len() < 3
            || !text.starts_with(char::is_uppercase)
            || next.is_some_and(|n| {
                let w = n.text(context.text);
                n.start == t.end && (n.kind == TokenKind::Word || w == "-")
                    || w.starts_with(char::is_uppercase)
            })
        {
            continue;
        }
        let bits = lex.lookup([text]);
        if bits & (Gazetteer::Country.bit() | Gazetteer::City.bit()) != 0
            && bits & Gazetteer::GivenName.bit() == 0
        {
            spans.push(Span {
                first: i,
                end: i + 1,
                label: Label::Gpe,
                margin: 0.0,
            });
            added = true;
        }
    }
    if added {
        crate::sort::sort_by(&mut spans, |a, b| a.first.cmp(&b.first));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    #[test]
    fn a_listed_place_opening_a_sentence_is_a_place() {
        let text = "The strike hit a village. Washington later apologized to Turkey. \
                    Lisbon, the capital, stayed calm.";
        let got = pass_on(run, text, &[("Turkey", Label::Gpe)]);
        let want = [
            ("Washington", Label::Gpe),
            ("Turkey", Label::Gpe),
            ("Lisbon", Label::Gpe),
        ];
        assert_eq!(got, want.map(|(w, l)| (w.to_string(), l)));
    }

    #[test]
    fn given_names_longer_names_glued_words_and_tagged_names_stay() {
        let text = "Austin later resigned. Washington Post editors met. Washington-based \
                    groups sued. Paris was quiet. Officials went to Lisbon.";
        let names = [("Washington Post", Label::Org), ("Paris", Label::Person)];
        let got = pass_on(run, text, &names);
        let want = [("Washington Post", Label::Org), ("Paris", Label::Person)];
        assert_eq!(got, want.map(|(w, l)| (w.to_string(), l)));
    }
}
