//! Where "the" belongs to a name, as OntoNotes draws them: "the Senate Finance Committee", "the
//! Gulf War", "the Clean Air Act" keep their article, one-word names never do ("the Pentagon" →
//! "Pentagon"), and a name before a noun leaves "the" to the noun ("the Air Force contract").
//! OntoNotes *train*, ORG, FAC, EVENT, LAW, LOC and PRODUCT names after "the": of two words or
//! more and not before a lower-case noun, 5,126 of 5,240 take it (97.8 %); before such a noun
//! 635 of 1,197 (left to the tagger); of one word, 54 of 3,154 (1.7 %). GPE ("the United
//! States" but "the West Bank area") and WORK_OF_ART measured no better on dev and are left as
//! tagged.

use super::super::span::{before_a_noun, same_line, Span};
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Adds "the" before a name of two words or more that heads its phrase; drops it from a name of
/// one word.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let tokens = context.tokens;
    let word = |i: usize| tokens[i].text(context.text);
    let is_the = |i: usize| matches!(word(i), "the" | "The");
    // Words are runs of tokens without a space between them ("U.S." is one).
    let words_in = |first: usize, end: usize| {
        1 + (first + 1..end)
            .filter(|&i| tokens[i - 1].end < tokens[i].start)
            .count()
    };
    let mut previous_end = 0;
    for s in spans.iter_mut() {
        if !matches!(
            s.label,
            Label::Org | Label::Fac | Label::Event | Label::Law | Label::Loc | Label::Product
        ) {
            previous_end = s.end;
            continue;
        }
        let has_the = s.end - s.first > 1 && is_the(s.first);
        let core = if has_the { s.first + 1 } else { s.first };
        if words_in(core, s.end) == 1 {
            s.first = core;
        } else if !has_the
            && s.first > previous_end
            && is_the(s.first - 1)
            && same_line(context, s.first - 1, s.first)
            && !before_a_noun(context, s.end)
        {
            s.first -= 1;
        }
        previous_end = s.end;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn drawn(text: &str, names: &[(&str, Label)]) -> Vec<String> {
        pass_on(run, text, names).into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn a_name_of_several_words_that_heads_its_phrase_takes_its_article() {
        for (text, name) in [
            (
                "It went to the Senate Finance Committee on Monday.",
                "Senate Finance Committee",
            ),
            (
                "Trade at the Tokyo Stock Exchange, analysts said.",
                "Tokyo Stock Exchange",
            ),
            ("Sales fell during the Gulf War.", "Gulf War"),
            ("The firm broke the Clean Air Act twice.", "Clean Air Act"),
            (
                "The Ways and Means Committee approved it.",
                "Ways and Means Committee",
            ),
        ] {
            let the = text.find(name).unwrap() - "the ".len();
            let got = drawn(text, &[(name, Label::Org)]);
            assert_eq!(got, [&text[the..the + 4 + name.len()]], "{text}");
        }
    }

    #[test]
    fn before_a_noun_a_line_break_or_another_name_the_article_stays_out() {
        for (text, name, label) in [
            (
                "He bid for the Air Force contract.",
                "Air Force",
                Label::Org,
            ),
            (
                "Rain hit the Tokyo Stock Exchange index.",
                "Tokyo Stock Exchange",
                Label::Org,
            ),
            (
                "It fell to the\nSenate Finance Committee.",
                "Senate Finance Committee",
                Label::Org,
            ),
            ("She met the New York Mets.", "New York Mets", Label::Person),
            ("They crossed the West Bank.", "West Bank", Label::Gpe),
        ] {
            assert_eq!(drawn(text, &[(name, label)]), [name], "{text}");
        }
    }

    #[test]
    fn a_name_of_one_word_never_takes_it() {
        for (text, name) in [
            ("Reporters waited outside the Pentagon.", "the Pentagon"),
            ("The Treasury said nothing.", "The Treasury"),
            ("The U.S. Navy said nothing.", "The U.S."),
        ] {
            let got = drawn(text, &[(name, Label::Org)]);
            assert_eq!(got, [&name[4..]], "{text}");
        }
    }
}
