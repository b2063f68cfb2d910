//! Sentence boundaries, as token ranges: after `.`, `!` or `?` followed by a capital, digit or
//! quote, and at every line break (headlines, datelines and bylines stand on their own lines).
//! A full stop after an initial ("J. Smith") or a common abbreviation ("Dr.", "Gen.") ends nothing.

use super::{Token, TokenKind};
use std::ops::Range;

/// Abbreviations usually followed by a capitalised name or word, not by a new sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "St",
    "Mt", "Jr", "Sr", "Rev", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "vs", "Inc", "Corp", "Co", "Ltd", "U.S", "e.g", "i.e",
];

fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    let Some(word) = dot
        .checked_sub(1)
        .map(|i| tokens[i])
        .filter(|w| w.end == tokens[dot].start)
    else {
        return false;
    };
    let w = word.text(text);
    ABBREVIATIONS.contains(&w) || (w.chars().count() == 1 && w.starts_with(char::is_uppercase))
}

pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 1..tokens.len() {
        let (prev, next) = (tokens[i - 1], tokens[i]);
        let gap = &text.as_bytes()[prev.end..next.start];
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        let line_break = gap.iter().enumerate().any(|(k, &b)| {
            b == b'\n'
                || b == b'\r'
                || (b == 0xE2 && matches!(gap.get(k + 1..k + 3), Some([0x80, 0xA8 | 0xA9])))
        });
        // Checked in order of cost: most tokens are no terminal mark.
        let ends = || {
            prev.kind == TokenKind::Punct
                && !gap.is_empty()
                && matches!(prev.text(text), "." | "!" | "?")
                && !(prev.text(text) == "." && is_abbreviation(text, tokens, i - 1))
                && next
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c))
        };
        if line_break || ends() {
            sentences.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        sentences.push(start..tokens.len());
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn split(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens)
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn splits_at_terminal_punctuation_and_line_breaks() {
        assert_eq!(
            split("Biden spoke. Putin listened!\nHeadline here"),
            ["Biden spoke.", "Putin listened!", "Headline here"]
        );
        assert_eq!(
            split("It rose 7.5 per cent. \"Good\" he said"),
            ["It rose 7.5 per cent.", "\"Good\" he said"]
        );
        assert_eq!(split("a\r\nb\rc"), ["a", "b", "c"]);
        assert!(split("").is_empty());
        assert_eq!(
            split("Dr. Jane met Gen. Lee and J. Smith. Then left"),
            ["Dr. Jane met Gen. Lee and J. Smith.", "Then left"]
        );
    }
}
