//! Designators: a short capitalised code, a hyphen and a number ("S-400", "AK-203", "MiG-29",
//! "Su-30MKI", "F-35A", "F/A-18"), and "Type" with a number before a weapon noun ("Type 055 destroyer").

use super::words::{NOT_DESIGNATORS, NOT_WEAPON_NOUNS, RATINGS, WEAPON_NOUNS};
use super::{glued, word, Sentence};
use crate::recognize::dates_and_amounts::words::is_month;
use crate::text::TokenKind;

/// The end (token index, exclusive) of a designator starting at token `i`, if one does.
pub(super) fn at(s: &Sentence, i: usize) -> Option<usize> {
    let tokens = s.tokens;
    let code = word(s, i);
    if tokens[i].kind != TokenKind::Word
        || !is_code(code)
        // "SARS-CoV-2": the code begins the word.
        || (i > s.first && glued(&tokens[i - 1], &tokens[i]) && tokens[i - 1].kind != TokenKind::Punct)
        || (i > s.first && glued(&tokens[i - 1], &tokens[i]) && word(s, i - 1) == "-")
    {
        return None;
    }
    if code == "Type" {
        return type_number(s, i);
    }
    // "F/A-18" (or "F / A-18"): a one-letter role before the code.
    if code.len() == 1 && i + 2 < s.end && word(s, i + 1) == "/" && is_code(word(s, i + 2)) {
        return coded(s, i + 2, word(s, i + 2));
    }
    coded(s, i, code)
}

/// Up to four ASCII letters, the first a capital: "S", "AK", "MiG", "Type".
fn is_code(w: &str) -> bool {
    w.len() <= 4
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_alphabetic())
}

/// The end of "S-400" from its code at token `i`: the hyphen, the number, none of the
/// look-alikes.
fn coded(s: &Sentence, i: usize, code: &str) -> Option<usize> {
    let tokens = s.tokens;
    let (dash, number) = (i + 1, i + 2);
    if number >= s.end
        || word(s, dash) != "-"
        || NOT_DESIGNATORS.iter().any(|d| d.0 == code)
        || is_month(code)
    {
        return None;
    }
    // "F-16" as written, or "F - 16" as tokenised text spaces it (capitals only, so no score
    // line "Real - 2" reads as one).
    let spaced = !glued(&tokens[i], &tokens[dash]) && !glued(&tokens[dash], &tokens[number]);
    let joined = glued(&tokens[i], &tokens[dash]) && glued(&tokens[dash], &tokens[number]);
    let capitals = code.len() <= 3 && code.chars().all(|c| c.is_ascii_uppercase());
    let n = word(s, number);
    if !(joined || spaced && capitals) || !n.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let next = (number + 1 < s.end).then(|| word(s, number + 1));
    let weapon_noun = next.is_some_and(|w| WEAPON_NOUNS.contains(&w));
    // "rated A-1": a bond rating, unless a weapon noun follows ("B-2 bombers").
    let rating = RATINGS.contains(&code) && matches!(n, "1" | "2" | "3");
    if (rating && !weapon_noun) || next.is_some_and(|w| NOT_WEAPON_NOUNS.contains(&w)) {
        return None;
    }
    Some(number + 1)
}

/// "Type 055 destroyers", "Type 99 tanks": "Type", a number of two digits or more, a weapon noun
/// ("Type 2 diabetes" is none).
fn type_number(s: &Sentence, i: usize) -> Option<usize> {
    let number = i + 1;
    (number + 1 < s.end
        && s.tokens[number].kind == TokenKind::Number
        && word(s, number).len() >= 2
        && WEAPON_NOUNS.contains(&word(s, number + 1)))
    .then_some(number + 1)
}
