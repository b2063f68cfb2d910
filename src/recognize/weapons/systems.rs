//! Named systems: a well-known weapon named alone ("HIMARS", "Iron Dome"), or any capitalised
//! name before a weapon noun ("Abrams tanks", "Kalibr cruise missiles"), the noun left outside.

use super::words::{KNOWN_SYSTEMS, MODIFIERS, OWNERS, WEAPON_NOUNS};
use super::{glued, is_name_word, word, Sentence};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::text::TokenKind;

/// The end (token index, exclusive) of a well-known system starting at token `i`, with a code
/// or number after it ("Bayraktar TB2", "Shahed-136", "Iskander-M").
pub(super) fn known_at(s: &Sentence, i: usize) -> Option<usize> {
    // Every known system begins with a capital: most tokens are turned away without a scan.
    if !word(s, i).starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let name = KNOWN_SYSTEMS.iter().find(|name| {
        i + name.len() <= s.end && name.iter().enumerate().all(|(k, w)| word(s, i + k) == *w)
    })?;
    let end = i + name.len();
    // "Shahed-136", "Iskander-M".
    if end + 1 < s.end
        && word(s, end) == "-"
        && glued(&s.tokens[end - 1], &s.tokens[end])
        && glued(&s.tokens[end], &s.tokens[end + 1])
        && s.tokens[end + 1].kind != TokenKind::Punct
    {
        return Some(end + 2);
    }
    Some(end + usize::from(end < s.end && is_code(word(s, end))))
}

/// The name (token range) a weapon noun at token `noun` follows, skipping modifiers between
/// them: up to two capitalised words and a number or code ("Leopard 2", "Trident II"), less
/// the places, peoples, organisations and armed services before it ("US Apache" → "Apache").
pub(super) fn before_noun(s: &Sentence, noun: usize) -> Option<(usize, usize)> {
    // Weapon nouns are lower-case: a first-byte test spares most tokens the list.
    let w = word(s, noun);
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) || !WEAPON_NOUNS.contains(&w) {
        return None;
    }
    let mut end = noun;
    while end > s.first && (MODIFIERS.contains(&word(s, end - 1)) || word(s, end - 1) == "-") {
        end -= 1;
    }
    let mut first = end;
    if first > s.first && is_code(word(s, first - 1)) {
        first -= 1;
    }
    let number_at = first;
    while first > s.first && end - first < 3 && is_name_word(word(s, first - 1)) {
        first -= 1;
    }
    if first == number_at {
        return None;
    }
    let lex = Lexicon::get();
    let owner = Gazetteer::Country.bit()
        | Gazetteer::City.bit()
        | Gazetteer::Demonym.bit()
        | Gazetteer::Group.bit()
        | Gazetteer::Organisation.bit()
        | Gazetteer::Region.bit()
        | Gazetteer::OrgWord.bit();
    while first < number_at
        && (lex.lookup([word(s, first)]) & owner != 0 || OWNERS.contains(&word(s, first)))
    {
        first += 1;
    }
    let single = word(s, first);
    // A sentence's first word is capitalised whatever it is ("The missiles", "Guided
    // missiles"); an acronym alone is most often an owner ("IDF tanks", "RAF jets").
    let acronym = number_at - first == 1 && single.chars().all(|c| !c.is_lowercase());
    if first == number_at || first == s.first || acronym {
        return None;
    }
    Some((first, end))
}

/// "2", "II", "TB2", "M1A2": what follows a system's name to tell its model.
fn is_code(w: &str) -> bool {
    let digits = w.chars().any(|c| c.is_ascii_digit());
    let roman = w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (digits && w.chars().all(|c| c.is_ascii_alphanumeric()) && w.len() <= 6) || roman
}
