//! A name followed by a comma and a US state's abbreviation is a town: "Ogallala, Neb.",
//! "State College, Pa.", "Falls Church, Va.". American newspapers write a town's state that way,
//! and the tagger, which has never seen most small towns, often reads them as companies or
//! people. Abbreviations only: a full state name after a comma follows as many organisations
//! and reporters as towns ("ABC News, New York").
//!
//! OntoNotes *train*, the CLI's names before ", Neb." and the like: 25 made right, 2 made wrong
//! ("… Water District", whose last word no list knows); the exceptions below keep "Edwards Air
//! Force Base" and names of the form "X of Y" ("Eagle Pencil of Shelbyville").

use super::super::span::Span;
use super::super::words::{HEAD_WORDS, STATE_ABBREVIATIONS};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Relabels GPE the names followed by ", " and a state's abbreviation.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    let word = |i: usize| context.tokens[i].text(context.text);
    for s in spans.iter_mut() {
        if matches!(s.label, Label::Gpe | Label::Norp) || !before_a_state(context, s.end) {
            continue;
        }
        let last = word(s.end - 1);
        let kind_word = HEAD_WORDS.iter().any(|h| h.0 == last)
            || lex.contains(Gazetteer::OrgWord, [last])
            || last.len() == 1
            || (s.first..s.end).any(|i| word(i) == "of");
        if !kind_word {
            s.label = Label::Gpe;
        }
    }
    spans
}

/// Whether the text after token `end - 1` is ", " and a state's abbreviation with its stop.
fn before_a_state(context: &Context, end: usize) -> bool {
    let rest = &context.text[context.tokens[end - 1].end..];
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    STATE_ABBREVIATIONS.split(' ').any(|a| {
        rest.strip_prefix(a)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '.' || c == '-'))
    })
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn label(text: &str, name: &str, tagged: Label) -> Label {
        pass_on(run, text, &[(name, tagged)])[0].1
    }

    #[test]
    fn a_name_before_a_state_abbreviation_is_a_town() {
        for (text, name) in [
            (
                "She farms near Plainview, Neb., with her sons.",
                "Plainview",
            ),
            ("He lives in Cedar Grove, N.J. and commutes.", "Cedar Grove"),
            (
                "The plant in Hollis Springs, Calif.\nIt closed.",
                "Hollis Springs",
            ),
        ] {
            assert_eq!(label(text, name, Label::Org), Label::Gpe, "{text}");
            assert_eq!(label(text, name, Label::Person), Label::Gpe, "{text}");
        }
    }

    #[test]
    fn organisations_bases_and_other_commas_stay() {
        for (text, name, tagged) in [
            (
                "Talks at Linden Air Force Base, Calif., ended.",
                "Linden Air Force Base",
                Label::Fac,
            ),
            (
                "The Harmon Savings Bank, Pa., lent it.",
                "Harmon Savings Bank",
                Label::Org,
            ),
            (
                "Maple Pencil of Cedarville, Tenn., grew.",
                "Maple Pencil of Cedarville",
                Label::Org,
            ),
            ("Acme Tools, Inc. grew.", "Acme Tools", Label::Org),
            (
                "Ask Dana Smith, Pal. She knows.",
                "Dana Smith",
                Label::Person,
            ),
            ("Anchor News, New York, said so.", "Anchor News", Label::Org),
            ("Dale Brook, Calif.-based, grew.", "Dale Brook", Label::Org),
        ] {
            assert_eq!(label(text, name, tagged), tagged, "{text}");
        }
    }
}
