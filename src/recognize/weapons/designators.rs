//! Designators: a short capitalised code, a hyphen and a number ("S-400", "AK-203", "MiG-29",
//! "Su-30MKI", "F-35A"), and "Type" with a number before a weapon noun ("Type 055 destroyer").

use super::words::{NOT_DESIGNATORS, NOT_WEAPON_NOUNS, RATINGS, WEAPON_NOUNS};
use super::{glued, word, Sentence};
use crate::recognize::dates_and_amounts::words::is_month;
use crate::text::TokenKind;

/// The end (token index, exclusive) of a designator starting at token `i`, if one does.
pub(super) fn at(s: &Sentence, i: usize) -> Option<usize> {
    let tokens = s.tokens;
    let code = word(s, i);
    if tokens[i].kind != TokenKind::Word
        || code.len() > 4
        || !code.starts_with(|c: char| c.is_ascii_uppercase())
        || !code.chars().all(|c| c.is_ascii_alphabetic())
        // "SARS-CoV-2": the code begins the word.
        || (i > s.first && glued(&tokens[i - 1], &tokens[i]) && tokens[i - 1].kind != TokenKind::Punct)
        || (i > s.first && glued(&tokens[i - 1], &tokens[i]) && word(s, i - 1) == "-")
    {
        return None;
    }
    if code == "Type" {
        return type_number(s, i);
    }
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
