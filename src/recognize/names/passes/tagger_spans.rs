//! Where names come from: the tagger's spans over each sentence, labelled by
//! [`labels_from_tagger`](super::labels_from_tagger), trimmed to words (a word the tokeniser
//! split at an apostrophe made whole: "Sha'er") and kept only when they have a Latin capital and
//! are no interjection.

use super::super::span::Span;
use super::super::words::{CLITICS, INTERJECTIONS};
use super::labels_from_tagger::label_for;
use crate::model;
use crate::recognize::Context;
use crate::text::{Token, TokenKind};

/// The tagger's names in the article.
pub(crate) fn find(context: &Context) -> Vec<Span> {
    let sentences = model::sentences(context.text, context.tokens, context.sentences);
    let tagged = model::confidence::tag_document(&sentences);
    let mut spans: Vec<Span> = Vec::with_capacity(tagged.len());
    for t in tagged {
        let (range, a, b, margin) = (&context.sentences[t.sentence], t.first, t.end, t.margin);
        let label = label_for(t.kind);
        // A name begins with a word or number, ends with one or with the full stop of
        // an abbreviation, glued to a short word ("U.S.", "Fla.", "Inc."; not the
        // sentence's in "at Christmas."), and has a Latin capital: the tagger learnt
        // English news, so its guesses on other scripts ("مرحبا") or on lower-case words
        // are noise.
        let tokens = &context.tokens[range.start..];
        let Some(a) = (a..b).find(|&i| tokens[i].kind != TokenKind::Punct) else {
            continue;
        };
        let abbreviation_dot = |i: usize| {
            tokens[i].text(context.text) == "."
                && tokens[i - 1].end == tokens[i].start
                && tokens[i - 1].text(context.text).chars().count() <= 5
        };
        let b = (a..b)
            .rev()
            .find(|&i| tokens[i].kind != TokenKind::Punct || (i > a && abbreviation_dot(i)))
            .unwrap_or(a)
            + 1;
        let b = over_apostrophe(context.text, &tokens[..range.end - range.start], b);
        let latin = |t: &crate::text::Token| {
            t.text(context.text)
                .chars()
                .any(|c| is_latin_letter(c) && c.is_uppercase())
        };
        // An interjection alone ("Mm", "Uh", "OK") is no name, however capitalised.
        let interjection = b - a == 1 && INTERJECTIONS.contains(&tokens[a].text(context.text));
        if !interjection
            && tokens[a..b]
                .iter()
                .any(|t| t.kind == TokenKind::Word && latin(t))
        {
            spans.push(Span {
                first: range.start + a,
                end: range.start + b,
                label,
                margin,
            });
        }
    }
    spans
}

/// The end of a name cut before an apostrophe inside a word: "Sha'er", "Ta'abbata", "Yan'an",
/// "Shi'ite" (the tokeniser splits at apostrophes, and the tagger often stops there). Only a
/// lower-case part glued on both sides that is no clitic ("'s", "'t", "'ll"): a capital after
/// the mark ("O'Donnell") the tagger gets itself. OntoNotes train, the CLI's names ending before
/// such an apostrophe: the whole word is gold 10 times, the cut one never, neither 6.
fn over_apostrophe(text: &str, tokens: &[Token], b: usize) -> usize {
    let (Some(mark), Some(part)) = (tokens.get(b), tokens.get(b + 1)) else {
        return b;
    };
    let p = part.text(text);
    if matches!(mark.text(text), "'" | "\u{2019}")
        && tokens[b - 1].end == mark.start
        && mark.end == part.start
        && part.kind == TokenKind::Word
        && p.chars().all(|c| c.is_lowercase())
        && !CLITICS.contains(&p)
    {
        b + 2
    } else {
        b
    }
}

/// Basic Latin, Latin-1, Latin Extended A/B and Additional letters ("a", "é", "ł", "ạ").
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{250}' || ('\u{1e00}'..='\u{1eff}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::over_apostrophe;
    use crate::recognize::names::tests::found;
    use crate::text::tokenize;

    #[test]
    fn a_name_cut_at_an_apostrophe_inside_a_word_takes_the_rest() {
        // The end each name would have after its first token: the whole word, or as it was.
        for (text, end) in [
            ("Sha'er spoke", 3),
            ("Yan\u{2019}an rose", 3),
            ("Smith's car", 1),
            ("Lee'll go", 1),
            ("O'Donnell won", 1),
            ("Ann ' er", 1),
            ("Shi'", 1),
        ] {
            assert_eq!(over_apostrophe(text, &tokenize(text), 1), end, "{text:?}");
        }
    }

    #[test]
    fn an_interjection_alone_is_no_name() {
        let text = "Mm. Were you tough? Mm, very tough. OK, Uh, I went home. Oh, Yeah.";
        assert_eq!(found(text), []);
    }

    #[test]
    fn names_have_letters_and_no_punctuation_at_their_ends() {
        let text =
            "👩🏽‍💻 e\u{301} \r\nשלום مرحبا President Joe Biden met on 16 June 2021 🇺🇸 «Moscow».";
        for (name, _) in found(text) {
            assert!(name.starts_with(char::is_alphanumeric), "{name:?}");
            assert!(
                name.ends_with(char::is_alphanumeric) || name.ends_with('.'),
                "{name:?}"
            );
        }
    }
}
