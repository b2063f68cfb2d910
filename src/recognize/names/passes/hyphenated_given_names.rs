//! "Kao Chin - yen", "Roh Moo - hyun": a Chinese or Korean given name of two syllables joined by
//! a hyphen, the second in lower case, belongs to the person's name. The tagger reads such a
//! name whole when the hyphen is written tight ("Lee Teng-hui"), but stops before the hyphen
//! when it stands between spaces, as OntoNotes' re-joined text writes it; only that spaced
//! hyphen is read, so a tight one stays the tagger's ("the Ronald Reagan-era rules"). OntoNotes
//! *train*, persons of two words or more before " - " and a lower-case word of two to six
//! letters that is no function word: gold draws the whole name 28 times, stops where the tagger
//! stopped 0 times (2 other); the function words keep "Michel Houellebecq - who" and "Abu Mazen
//! - to" as they are, and the length "Newt Gingrich - instigated".

use super::super::span::{same_line, Span};
use super::super::words::NOT_A_HEAD_NOUN;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Extends each person of two words or more over a lower-case syllable after a spaced hyphen.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let word = |i: usize| context.tokens.get(i).map_or("", |t| t.text(context.text));
    for k in 0..spans.len() {
        let s = spans[k];
        let e = s.end;
        let next_free = spans.get(k + 1).map_or(true, |n| n.first > e + 1);
        if s.label == Label::Person
            && e - s.first > 1
            && word(e - 1).starts_with(|c: char| c.is_uppercase())
            && word(e) == "-"
            && context.tokens[e].start > context.tokens[e - 1].end
            && syllable(word(e + 1))
            && word(e + 2) != "-"
            && next_free
            && same_line(context, e - 1, e + 1)
        {
            spans[k].end = e + 2;
        }
    }
    spans
}

/// Whether `w` reads as the second syllable of a given name: two to six lower-case letters, no
/// function word ("who", "to") and no participle ("led").
fn syllable(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !w.ends_with("ed")
        && NOT_A_HEAD_NOUN.binary_search(&w).is_err()
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn extended(text: &str, name: &str) -> Vec<(String, Label)> {
        pass_on(run, text, &[(name, Label::Person)])
    }

    #[test]
    fn a_lower_case_syllable_after_a_spaced_hyphen_joins_the_name() {
        for (text, name, whole) in [
            (
                "The painter Kao Chin - yen opened a studio.",
                "Kao Chin",
                "Kao Chin - yen",
            ),
            (
                "President Roh Moo - hyun said so.",
                "Roh Moo",
                "Roh Moo - hyun",
            ),
            (
                "A letter from Lin Wen - yueh arrived.",
                "Lin Wen",
                "Lin Wen - yueh",
            ),
        ] {
            assert_eq!(
                extended(text, name),
                [(whole.to_string(), Label::Person)],
                "{text}"
            );
        }
    }

    #[test]
    fn function_words_long_words_and_one_word_names_stay_outside() {
        for (text, name) in [
            ("They asked Michel Duvall - who declined.", "Michel Duvall"),
            ("It fell to Abu Samir - to the dismay of many.", "Abu Samir"),
            (
                "Critics of Newt Garland - instigated by rivals - spoke.",
                "Newt Garland",
            ),
            ("It was a Garland - led revolt.", "Garland"),
            ("The Ronald Garland-era rules stayed.", "Ronald Garland"),
            ("Teng Hsiang - yang - so ran the survey.", "Teng Hsiang"),
            ("He met Kao Chin -\nyen was absent.", "Kao Chin"),
        ] {
            assert_eq!(
                extended(text, name),
                [(name.to_string(), Label::Person)],
                "{text}"
            );
        }
    }
}
