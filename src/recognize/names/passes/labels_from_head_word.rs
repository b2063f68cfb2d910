//! A name's last word can say what kind of thing it names, whatever the tagger said: "the Gulf
//! War" is an EVENT, "Kennedy Airport" a FAC, "the Clean Air Act" a LAW, "the Gaza Strip" a GPE
//! (OntoNotes marks it as it marks the West Bank). The words and their counts are in
//! [`HEAD_WORDS`].

use super::super::span::{words, Span};
use super::super::words::HEAD_WORDS;
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};

/// Relabels names of two words or more by their last word, unless a gazetteer knows the name.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    for s in spans.iter_mut().filter(|s| s.end - s.first > 1) {
        let last = context.tokens[s.end - 1].text(context.text);
        let Some(&(_, label)) = HEAD_WORDS.iter().find(|h| h.0 == last) else {
            continue;
        };
        if lex.lookup(words(context, s.first, s.end)) & Gazetteer::Organisation.bit() == 0 {
            s.label = label;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn the_last_word_names_the_kind() {
        let text = "Flights from Kennedy Airport resumed after the Gulf War, under the Clean Air \
                    Act.\nResidents of the Gaza Strip marched. Gaza Strip residents marched.";
        let f = found(text);
        for (name, label) in [
            ("Kennedy Airport", Label::Fac),
            ("Gulf War", Label::Event),
            ("Clean Air Act", Label::Law),
            ("the Gaza Strip", Label::Gpe),
            ("Gaza Strip", Label::Gpe),
        ] {
            assert!(
                f.iter().any(|x| x.0.ends_with(name) && x.1 == label),
                "{name}: {f:?}"
            );
        }
    }
}
