//! Which tokens the weapons recogniser need look at, told from two bytes and a length. Every
//! token used to go through the three readings in turn, and a capitalised word was compared
//! with each well-known system, a lower-case one with each weapon noun: 7 % of the CLI's
//! instructions on OntoNotes dev, for a recogniser that finds a few names per thousand
//! articles. A reading can begin only at a designator's code (an ASCII capital, at most four
//! bytes), the first word of a well-known system or a weapon noun; the lists' words are
//! written into a table at compile time, keyed by their first two bytes, of the lengths they
//! have. A token whose bytes and length are in none is skipped, so the output is the same.

use super::words::{KNOWN_SYSTEMS, WEAPON_NOUNS};

/// Lengths (bit `n` for `n` bytes) of the listed words, by [`key`] of their first two bytes.
const LISTED: [u16; 1 << 11] = {
    let mut table = [0u16; 1 << 11];
    let mut i = 0;
    while i < KNOWN_SYSTEMS.len() {
        mark(&mut table, KNOWN_SYSTEMS[i][0].as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < WEAPON_NOUNS.len() {
        mark(&mut table, WEAPON_NOUNS[i].as_bytes());
        i += 1;
    }
    table
};

const fn mark(table: &mut [u16; 1 << 11], word: &[u8]) {
    assert!(
        word.len() >= 2 && word.len() < 16,
        "a listed word outside the table's reach"
    );
    table[key(word[0], word[1])] |= 1 << word.len();
}

/// The first byte's low six bits (which keep an ASCII letter's case) and the second's low five.
const fn key(first: u8, second: u8) -> usize {
    ((first as usize & 63) << 5) | (second as usize & 31)
}

/// Which readings may begin at a token: false only where none can.
#[derive(Clone, Copy)]
pub(super) struct Begins {
    /// A designator's code: an ASCII capital, at most four bytes ("S", "MiG", "Type").
    pub(super) code: bool,
    /// A well-known system's first word or a weapon noun, by the table.
    pub(super) listed: bool,
}

/// What may begin at a token of these bytes: the designator's reading is tried only at a
/// code, the lists' only at a listed word's bytes and length.
#[inline]
pub(super) fn begins(word: &[u8]) -> Begins {
    match *word {
        [first, second, ..] if first.is_ascii_alphabetic() && word.len() < 16 => Begins {
            code: first.is_ascii_uppercase() && word.len() <= 4,
            listed: (LISTED[key(first, second)] >> word.len()) & 1 == 1,
        },
        [first] => Begins {
            code: first.is_ascii_uppercase(),
            listed: false,
        },
        _ => Begins {
            code: false,
            listed: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_and_code_passes() {
        for w in KNOWN_SYSTEMS
            .iter()
            .map(|n| n[0])
            .chain(WEAPON_NOUNS.iter().copied())
        {
            assert!(begins(w.as_bytes()).listed, "{w}");
        }
        for code in ["S", "AK", "MiG", "Su", "F", "Type", "B"] {
            assert!(begins(code.as_bytes()).code, "{code}");
        }
    }

    #[test]
    fn ordinary_words_are_skipped() {
        for w in [
            "the",
            "that",
            "there",
            "said",
            "Tuesday",
            "tanker",
            "Minister",
            "",
            "-",
            "2024",
            "été",
            "Washington",
            "Tanks",
        ] {
            let b = begins(w.as_bytes());
            assert!(!b.code && !b.listed, "{w}");
        }
    }
}
