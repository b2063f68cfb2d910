//! A language's name is also its people's ("French", "Chinese"): the tagger reads most as NORP,
//! and the words around it say which. OntoNotes *train*, a language's name (one OntoNotes marks
//! LANGUAGE at least twice) after "in" or "into" and before no noun: LANGUAGE 41, NORP 3; after
//! a verb of speaking, learning or translating ("speaks French"): LANGUAGE 39, NORP 4; before
//! "language": LANGUAGE 39, NORP 5. After "of" it is mixed ("professor of Chinese", "the people
//! of Chinese descent": 26 LANGUAGE, 115 NORP) and left to the tagger.

use super::super::span::{before_a_noun, same_line, Span};
use super::super::words::{LANGUAGE_VERBS, MORE_LANGUAGES};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Relabels LANGUAGE a one-word NORP that names a language where the words around it say so.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    let word = |i: usize| context.tokens[i].text(context.text);
    for s in spans
        .iter_mut()
        .filter(|s| s.label == Label::Norp && s.end - s.first == 1)
    {
        let name = word(s.first);
        if !MORE_LANGUAGES.contains(&name) && !lex.contains(Gazetteer::Language, [name]) {
            continue;
        }
        let next = (s.end < context.tokens.len() && same_line(context, s.first, s.end))
            .then(|| word(s.end));
        let before = (s.first > 0 && same_line(context, s.first - 1, s.first))
            .then(|| word(s.first - 1).to_ascii_lowercase());
        // "in Chinese Buddhism", "in Chinese history": the people's.
        let alone = !before_a_noun(context, s.end)
            && !next.is_some_and(|w| w.starts_with(char::is_uppercase));
        let cue_before = alone
            && before.is_some_and(|w| {
                matches!(w.as_str(), "in" | "into") || LANGUAGE_VERBS.contains(&w.as_str())
            });
        if cue_before || matches!(next, Some("language" | "languages" | "speaking")) {
            s.label = Label::Language;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn label_of(text: &str, name: &str) -> Label {
        pass_on(run, text, &[(name, Label::Norp)])[0].1
    }

    #[test]
    fn the_words_around_a_language_say_it_is_one() {
        for (text, name) in [
            ("The minister answered in French.", "French"),
            ("She speaks French at home.", "French"),
            ("The letter was translated into Arabic.", "Arabic"),
            ("He runs a Spanish language newspaper.", "Spanish"),
            ("Classes are taught in Mandarin, not English.", "Mandarin"),
        ] {
            assert_eq!(label_of(text, name), Label::Language, "{text}");
        }
    }

    #[test]
    fn the_people_stay_a_people() {
        for (text, name) in [
            ("French officials met in Paris.", "French"),
            ("Investors in Chinese companies lost money.", "Chinese"),
            ("It is rooted in Chinese Buddhism.", "Chinese"),
            ("A professor of Chinese descent spoke.", "Chinese"),
            ("The visitors were\nin\nFrench.", "French"),
        ] {
            assert_eq!(label_of(text, name), Label::Norp, "{text}");
        }
    }
}
