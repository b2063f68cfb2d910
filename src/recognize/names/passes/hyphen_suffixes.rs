//! "a Joe Biden-led coalition", "Reagan-era rules": the tagger, learnt on OntoNotes, whose text
//! spaces such hyphens ("U.S. - led"), draws a person over a glued "-led"; the name ends before
//! the hyphen when the word after it is one of [`PARTICIPLES`] ("-era", "-type" among them).
//! OntoNotes train and dev never end a name with one (but two DATEs, "Soviet - era") and end one
//! right before one 282 times in train. Persons only: a country or organisation before one is
//! cut by `split_at_lower_case` (and labelled there: "US-led" GPE), and a city or a people keeps
//! it ("Boston-based"), as CoNLL marks the whole word MISC (cutting every label: CoNLL dev
//! 0.9205 -> 0.9191).

use super::super::span::Span;
use super::super::words::PARTICIPLES;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Cuts each person's name before a last hyphen and such a word.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let text = |i: usize| context.tokens[i].text(context.text);
    for s in &mut spans {
        if s.label == Label::Person
            && s.end - s.first > 2
            && text(s.end - 2) == "-"
            && PARTICIPLES.contains(&text(s.end - 1))
        {
            s.end -= 2;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::{found, pass_on};
    use crate::Label;

    #[test]
    fn a_person_ends_before_a_hyphen_and_a_listed_word() {
        for (text, name, cut) in [
            (
                "A Joe Biden-led coalition met.",
                "Joe Biden-led",
                "Joe Biden",
            ),
            ("The Reagan-era rules went.", "Reagan-era", "Reagan"),
            ("A Merkel-style deal came.", "Merkel-style", "Merkel"),
            (
                "The Kao Chin-backed plan won.",
                "Kao Chin-backed",
                "Kao Chin",
            ),
        ] {
            let left = pass_on(run, text, &[(name, Label::Person)]);
            assert_eq!(left, [(cut.to_string(), Label::Person)], "{text}");
        }
    }

    #[test]
    fn other_names_and_other_words_stay_whole() {
        for (text, name, label) in [
            // A city keeps its participle, as CoNLL marks it.
            ("The Berlin-based group grew.", "Berlin-based", Label::Gpe),
            ("A Rolls-Royce engine failed.", "Rolls-Royce", Label::Org),
            (
                "Jean-Paul Sartre wrote it.",
                "Jean-Paul Sartre",
                Label::Person,
            ),
            ("Ahmad Al-Maliki spoke.", "Ahmad Al-Maliki", Label::Person),
            ("Kao Chin - yen came.", "Kao Chin - yen", Label::Person),
            ("He met Anna-Led.", "Anna-Led", Label::Person),
        ] {
            let left = pass_on(run, text, &[(name, label)]);
            assert_eq!(left, [(name.to_string(), label)], "{text}");
        }
    }

    #[test]
    fn the_whole_pipeline_leaves_the_participle_out() {
        let f = found("Officials said a Joe Biden-led coalition met on Monday.");
        assert!(f.contains(&("Joe Biden", crate::Label::Person)), "{f:?}");
        assert!(!f.iter().any(|x| x.0.contains("led")), "{f:?}");
    }
}
