//! "Chapter 11", "Article II", "Section 12B": a part of a law named by its number is a LAW.
//! OntoNotes *train*: such a word before a number or Roman numeral starts a LAW 68 times of 72
//! (51 alone, 17 in a longer law); the tagger cuts them ("Article" LAW + "II" ORG) or leaves
//! them out. Before "of the … Code" train draws it alone 8 times and with the law 7: the
//! section alone is proposed, and a longer tagged LAW still wins.

use super::super::span::{same_line, Span};
use super::super::words::SECTION_WORDS;
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::text::TokenKind;
use crate::Label;

/// Proposes each section word with its number as a LAW.
pub(crate) fn propose(context: &Context, _: &[Span], out: &mut Vec<Candidate>) {
    let tokens = context.tokens;
    for i in 1..tokens.len() {
        if !SECTION_WORDS.contains(&tokens[i - 1].text(context.text))
            || !is_section_number(tokens[i].text(context.text), tokens[i].kind)
            || !same_line(context, i - 1, i)
        {
            continue;
        }
        out.push(Candidate {
            start: tokens[i - 1].start,
            end: tokens[i].end,
            label: Label::Law,
            rule: "names/legal-section",
            priority: priority::NAME_RULE,
            value: None,
            margin: None,
        });
    }
}

/// A section's number: digits ("11"), digits and a letter ("2A") or a Roman numeral ("II").
fn is_section_number(word: &str, kind: TokenKind) -> bool {
    let roman = || word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let lettered = || {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.len() + 1 == word.len()
            && digits.bytes().all(|b| b.is_ascii_digit())
    };
    kind == TokenKind::Number || (kind == TokenKind::Word && (roman() || lettered()))
}

#[cfg(test)]
mod tests {
    use super::propose;

    fn sections(text: &str) -> Vec<&str> {
        super::super::proposed(text, propose)
    }

    #[test]
    fn a_section_word_and_its_number_are_one_law() {
        assert_eq!(
            sections("It filed under Chapter 11, citing Article II and Section 12B."),
            ["Chapter 11", "Article II", "Section 12B"]
        );
    }

    #[test]
    fn a_section_word_without_a_number_names_none() {
        assert_eq!(
            sections("The next Chapter opens; Section\n5 of it; Article Writers; Title IX2."),
            [] as [&str; 0]
        );
    }
}
