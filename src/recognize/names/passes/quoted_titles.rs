//! A title in quotes after a word that says a work follows is a WORK_OF_ART: the film "The Thin
//! Blue Line", a book titled "Feeding Frenzy", "Funny Business" (Soho, 228 pages). OntoNotes
//! *train*, capitalised runs in double quotes: after such a word (`WORK_WORDS`, up to three words
//! back) or before "(", WORK_OF_ART 90 times of 130 (30 unmarked, many of them films and books
//! the annotators passed over: "Tin Cup", "The Rise and Fall of the Third Reich"; 10 other
//! labels); without either, 318 of 1,072, so quotes alone say little ("No-Smoking Week").

use super::super::span::Span;
use super::super::words::{LOWER_CASE_IN_TITLES, WORK_WORDS};
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::text::TokenKind;
use crate::Label;

/// The longest title, in words, read between quotes.
const MOST_WORDS: usize = 12;

/// Proposes each quoted title after a work word as a WORK_OF_ART, unless a name runs across
/// its quotes.
pub(crate) fn propose(context: &Context, spans: &[Span], out: &mut Vec<Candidate>) {
    let tokens = context.tokens;
    let word = |i: usize| tokens[i].text(context.text);
    let opening = |i: usize| matches!(word(i), "\"" | "“");
    let closing = |i: usize| matches!(word(i), "\"" | "”");
    for open in (0..tokens.len()).filter(|&i| opening(i)) {
        let first = open + 1;
        let Some(close) = (first..tokens.len().min(first + 2 * MOST_WORDS)).find(|&i| closing(i))
        else {
            continue;
        };
        // "Feeding Frenzy," and "Story of Women.": the sentence's comma or stop stays out.
        let end = (first..close)
            .rev()
            .find(|&i| !matches!(word(i), "," | "."))
            .map_or(first, |i| i + 1);
        if end == first
            || context.text[tokens[open].end..tokens[close].start].contains('\n')
            || !title_case(context, first, end)
            || !(after_a_work_word(context, open)
                || tokens
                    .get(close + 1)
                    .is_some_and(|t| t.text(context.text) == "("))
            || spans
                .iter()
                .any(|s| (s.first < first && s.end > first) || (s.first < end && s.end > end))
        {
            continue;
        }
        out.push(Candidate {
            start: tokens[first].start,
            end: tokens[end - 1].end,
            label: Label::WorkOfArt,
            rule: "names/quoted-title",
            priority: priority::NAME_RULE,
            value: None,
            margin: None,
        });
    }
}

/// Whether tokens `first..end` read as a title: a capitalised first word, then capitalised
/// words, numbers, short function words and a little punctuation ("Waiting for Godot", "Get
/// Rich or Die Trying", "Rural Enterprise: Tough Row To Hoe"), at most [`MOST_WORDS`] words.
fn title_case(context: &Context, first: usize, end: usize) -> bool {
    let tokens = &context.tokens[first..end];
    let capital = |t: &crate::text::Token| t.text(context.text).starts_with(char::is_uppercase);
    capital(&tokens[0])
        && tokens.iter().filter(|t| t.kind != TokenKind::Punct).count() <= MOST_WORDS
        && tokens.iter().all(|t| match t.kind {
            TokenKind::Word => capital(t) || LOWER_CASE_IN_TITLES.contains(&t.text(context.text)),
            TokenKind::Number => true,
            TokenKind::Punct => matches!(
                t.text(context.text),
                "-" | ":" | "'" | "&" | "?" | "!" | "," | "."
            ),
        })
}

/// Whether one of the three words before the opening quote says a work follows ("the film",
/// "a book titled", "his 1981 novel").
fn after_a_work_word(context: &Context, open: usize) -> bool {
    (open.saturating_sub(3)..open).any(|i| {
        let w = context.tokens[i].text(context.text).to_ascii_lowercase();
        WORK_WORDS.contains(&w.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::propose;

    fn titles(text: &str) -> Vec<&str> {
        super::super::proposed(text, propose)
    }

    #[test]
    fn a_quoted_title_after_a_work_word_is_a_work_of_art() {
        for (text, title) in [
            (
                "She reviewed the film \"The Thin Blue Line\" last week.",
                "The Thin Blue Line",
            ),
            (
                "His 1981 novel \"Wedding Song\" also is out.",
                "Wedding Song",
            ),
            (
                "A book titled \"Feeding Frenzy,\" it sold well.",
                "Feeding Frenzy",
            ),
            (
                "\"Funny Business\" (Soho, 228 pages) is a satire.",
                "Funny Business",
            ),
            (
                "The song “Here Comes Santa Claws” was a hit.",
                "Here Comes Santa Claws",
            ),
        ] {
            assert_eq!(titles(text), [title], "{text}");
        }
    }

    #[test]
    fn quotes_alone_or_lower_case_words_are_no_title() {
        for text in [
            "They launched a \"No Smoking Week\" at the institute.",
            "The cry on the floor was \"Pull your offers\" then.",
            "The film \"was a disaster\", he said.",
            "The film \"Unfinished",
            "The film \"Half\nA Title\" broke.",
        ] {
            assert_eq!(titles(text), [] as [&str; 0], "{text}");
        }
    }
}
