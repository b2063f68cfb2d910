//! Tokenisation: words, numbers and single punctuation marks, each with its byte span.
//!
//! A word is a run of letters and digits, with the combining marks, joiners and variation
//! selectors that belong to it, so that no span ever ends inside a grapheme such as "é" written
//! as e + U+0301. Hyphens and apostrophes split ("Biden-Putin" → `Biden` `-` `Putin`), so that
//! possessives and compounds never leak into a name's span.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Contains at least one letter ("Biden", "AK", "2nd").
    Word,
    /// Digits only ("2021", "7").
    Number,
    /// One character that is neither letter, digit nor space.
    Punct,
}

/// A token's byte span in the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Marks that extend the character before them (combining diacritics, ZWJ/ZWNJ, variation
/// selectors, emoji skin tones).
fn extends_previous(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0100..=0xE01EF)
}

/// The end of an ANSI control sequence whose parameters start at `from`: parameter bytes
/// (0x30–0x3F), intermediate bytes (0x20–0x2F), then one final byte (0x40–0x7E). All ASCII, so
/// the result is a char boundary.
fn csi_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while bytes.get(at).is_some_and(|b| (0x30..=0x3F).contains(b)) {
        at += 1;
    }
    while bytes.get(at).is_some_and(|b| (0x20..=0x2F).contains(b)) {
        at += 1;
    }
    if bytes.get(at).is_some_and(|b| (0x40..=0x7E).contains(b)) {
        at += 1;
    }
    at
}

/// Splits `text` into tokens. Linear time; every offset is a char boundary.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut word: Option<(usize, bool)> = None; // (start, has a letter)
    let close = |tokens: &mut Vec<Token>, word: &mut Option<(usize, bool)>, end: usize| {
        if let Some((start, letter)) = word.take() {
            let kind = if letter {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            tokens.push(Token { start, end, kind });
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII letters, digits and spaces, most of any news text, take the short way.
        match bytes[i] {
            b'a'..=b'z' | b'A'..=b'Z' => {
                match &mut word {
                    Some((_, letter)) => *letter = true,
                    None => word = Some((i, true)),
                }
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                if word.is_none() {
                    word = Some((i, false));
                }
                i += 1;
                continue;
            }
            b' ' => {
                close(&mut tokens, &mut word, i);
                i += 1;
                continue;
            }
            0x1b if bytes.get(i + 1) == Some(&b'[') => {
                // A terminal escape ("\x1b[0m") pasted from a console is markup, not text.
                close(&mut tokens, &mut word, i);
                i = csi_end(bytes, i + 2);
                continue;
            }
            _ => {}
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let next = i + c.len_utf8();
        if c.is_alphanumeric() {
            match &mut word {
                Some((_, letter)) => *letter |= c.is_alphabetic(),
                None => word = Some((i, c.is_alphabetic())),
            }
        } else if extends_previous(c) {
            // Stays with whatever precedes it: a word, or the punctuation token just pushed.
            if word.is_none() {
                if let Some(last) = tokens.last_mut().filter(|t| t.end == i) {
                    last.end = next;
                }
            }
        } else {
            close(&mut tokens, &mut word, i);
            // Control characters separate like spaces and are no token of their own.
            if !c.is_whitespace() && !c.is_control() {
                tokens.push(Token {
                    start: i,
                    end: next,
                    kind: TokenKind::Punct,
                });
            }
        }
        i = next;
    }
    close(&mut tokens, &mut word, text.len());
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            texts("Biden-Putin met on 7 December."),
            ["Biden", "-", "Putin", "met", "on", "7", "December", "."]
        );
        assert_eq!(
            texts("Russia’s S-400"),
            ["Russia", "’", "s", "S", "-", "400"]
        );
        let kinds: Vec<_> = tokenize("AK 203 ,").iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [TokenKind::Word, TokenKind::Number, TokenKind::Punct]
        );
    }

    #[test]
    fn keeps_combining_marks_and_emoji_modifiers_whole() {
        assert_eq!(
            texts("Jose\u{301} Mari\u{301}a"),
            ["Jose\u{301}", "Mari\u{301}a"]
        );
        assert_eq!(texts("hi 👍🏽 there"), ["hi", "👍🏽", "there"]);
        assert_eq!(texts("👩\u{200D}💻!"), ["👩\u{200D}", "💻", "!"]);
    }

    #[test]
    fn terminal_escapes_and_control_characters_are_no_tokens() {
        assert_eq!(
            texts("\u{1b}[1;31mBiden\u{1b}[0m said\u{7}\0 ok"),
            ["Biden", "said", "ok"]
        );
        assert_eq!(
            texts("a\u{1b}[\u{e9}"),
            ["a", "\u{e9}"],
            "an unfinished escape ends at once"
        );
        assert_eq!(texts("\u{1b}"), Vec::<&str>::new());
    }

    #[test]
    fn handles_empty_and_space_only_text() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \r\n\t\u{a0}").is_empty());
        assert_eq!(
            texts("\u{301}x"),
            ["x"],
            "a leading lone mark is skipped, not a panic"
        );
    }
}
