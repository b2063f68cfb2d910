//! The shared tokens, looked at once for the date and amount parsers: each token's text and
//! lower-cased ASCII form (slices of the text and of one lower-cased copy, so matching a keyword
//! never allocates), its number when it is digits, how it is joined to the token before it, its
//! entry in the keyword table and which parsers may begin at it. The word lists every parser
//! shares (months, weekdays, number words, magnitudes, time units) live here too; the table also
//! holds the lists of other files that are consulted at many tokens (tense cues, function words,
//! units of measure), so that each token is hashed once rather than compared string by string.
//!
//! Matching is on tokens, not on a regex over the text: no Unicode tables in the binary and one
//! linear pass per parser.

use super::dates_and_amounts::PARSERS;
use super::numbers::{Num, FUNCTION_WORDS};
use super::quantities::UNITS_OF_MEASURE;
use super::tense::{AUXILIARIES, FUTURE_CUES, PAST_CUES};
use super::Context;
use crate::text::TokenKind;
use crate::timex::calendar::Weekday;
use crate::timex::{Lean, Unit};
use rustc_hash::FxHasher;
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Nothing: "7.5", "S-400", "10m".
    Joined,
    /// Spaces on the same line.
    Space,
    /// A line break, or the start of the text: no phrase crosses it.
    Break,
}

/// One token, as the parsers see it.
#[derive(Debug, Clone, Copy)]
pub struct Lx<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub gap: Gap,
    /// The number, for digit tokens of at most nine digits.
    pub num: Option<u32>,
    /// Digits, for digit tokens.
    pub digits: u8,
    /// The token as written.
    raw: &'a str,
    /// Lower-cased, when all ASCII (only such tokens can be keywords); else "".
    low: &'a str,
    /// The token's entry in the keyword table, looked up once (0: none).
    keyword: u16,
    /// Which parsers may begin at this token: bit `p` stands for `PARSERS[p]`.
    pub starts: u16,
}

/// The text's tokens with their lexical facts; `sentence[i]` indexes the sentence of token `i`.
pub struct Lexed<'a> {
    pub text: &'a str,
    pub t: Vec<Lx<'a>>,
    pub sentence: Vec<u32>,
    pub sentences: &'a [std::ops::Range<usize>],
    keywords: &'static Keywords,
    /// The number last read at a token, and where: most parsers begin by reading the number at
    /// the token they start from (see [`number`](super::numbers::number)).
    pub last_number: Cell<Option<(usize, Option<Num>)>>,
}

impl<'a> Lexed<'a> {
    /// The tokens of `cx`; `lower` is its text with ASCII letters lower-cased
    /// (`cx.text.to_ascii_lowercase()`), kept by the caller so that tokens can point into it.
    pub fn new(cx: &Context<'a>, lower: &'a str) -> Self {
        let bytes = cx.text.as_bytes();
        // Most texts are all ASCII: one pass over the text spares one per token.
        let all_ascii = cx.text.is_ascii();
        let table = keywords();
        let mut prev_end = None;
        let t = cx
            .tokens
            .iter()
            .map(|tok| {
                let gap = match prev_end {
                    None => Gap::Break,
                    Some(e) if e == tok.start => Gap::Joined,
                    Some(e) => {
                        let between = &bytes[e..tok.start];
                        if between != b" " && (between.contains(&b'\n') || between.contains(&b'\r'))
                        {
                            Gap::Break
                        } else {
                            Gap::Space
                        }
                    }
                };
                prev_end = Some(tok.end);
                let raw = &cx.text[tok.start..tok.end];
                let word = raw.as_bytes();
                let ascii = all_ascii || word.is_ascii();
                let digit = tok.kind == TokenKind::Number && ascii;
                let num = (digit && word.len() <= 9)
                    .then(|| raw.parse().ok())
                    .flatten();
                let low = if ascii {
                    &lower[tok.start..tok.end]
                } else {
                    ""
                };
                let keyword = table.index_of(low.as_bytes());
                let starts = if !ascii && matches!(raw, "€" | "£" | "₹" | "¥" | "₽") {
                    table.signs
                } else if digit || word.first().is_some_and(u8::is_ascii_digit) {
                    table.numbers | table.entries[keyword as usize].starts
                } else {
                    table.entries[keyword as usize].starts
                };
                Lx {
                    start: tok.start,
                    end: tok.end,
                    kind: tok.kind,
                    gap,
                    num,
                    digits: if digit { word.len().min(255) as u8 } else { 0 },
                    raw,
                    low,
                    keyword,
                    starts,
                }
            })
            .collect::<Vec<_>>();
        let mut sentence = vec![0u32; cx.tokens.len()];
        for (s, range) in cx.sentences.iter().enumerate() {
            for slot in &mut sentence[range.clone()] {
                *slot = s as u32;
            }
        }
        Lexed {
            text: cx.text,
            t,
            sentence,
            sentences: cx.sentences,
            keywords: table,
            last_number: Cell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Lower-cased text of token `i`; "" past the end or for tokens that are not all ASCII.
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |x| x.low)
    }

    /// The token exactly as written; "" past the end.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |x| x.raw)
    }

    /// What the word lists say of token `i` (nothing past the end).
    #[inline]
    pub fn keyword(&self, i: usize) -> &'static Keyword {
        &self.keywords.entries[self.t.get(i).map_or(0, |x| x.keyword) as usize]
    }

    /// Token `i` is in the keyword table.
    #[inline]
    pub fn is_keyword(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|x| x.keyword != 0)
    }

    /// Token `i` is `word` (lower-cased, not empty).
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        // Bytes compared in a loop: the words are short, a call to `memcmp` costs more.
        self.t.get(i).is_some_and(|x| {
            x.low.len() == word.len() && x.low.bytes().zip(word.bytes()).all(|(a, b)| a == b)
        })
    }

    /// Token `i` exists and follows token `i - 1` on the same line.
    #[inline]
    pub fn near(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|x| x.gap != Gap::Break)
    }

    /// Token `i` exists and touches token `i - 1`.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|x| x.gap == Gap::Joined)
    }

    /// Token `i` is `word` and on the same line as the token before it.
    #[inline]
    pub fn next_is(&self, i: usize, word: &str) -> bool {
        self.near(i) && self.is(i, word)
    }

    #[inline]
    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).starts_with(|c: char| c.is_ascii_uppercase())
    }

    #[inline]
    pub fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i)?.num
    }

    #[inline]
    pub fn digits(&self, i: usize) -> u8 {
        self.t.get(i).map_or(0, |x| x.digits)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|x| x.kind == TokenKind::Word)
    }

    /// Index after an optional full stop glued to token `i - 1` ("Dec." / "a.m.").
    pub fn skip_dot(&self, i: usize) -> usize {
        if self.joined(i) && self.raw(i) == "." {
            i + 1
        } else {
            i
        }
    }

    /// A word token made of digits then letters ("21st", "10m", "1990s", "400km"): the number
    /// and the lower-cased suffix.
    pub fn digits_then_letters(&self, i: usize) -> Option<(u32, &str)> {
        let x = self.t.get(i)?;
        if x.kind != TokenKind::Word {
            return None;
        }
        let w = x.low;
        let split = w.bytes().position(|b| !b.is_ascii_digit())?;
        if split == 0 || split > 9 || !w[split..].bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        Some((w[..split].parse().ok()?, &w[split..]))
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Whether `word` names a weekday, in any case ("Friday").
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| d.eq_ignore_ascii_case(word))
}

/// Whether `word` names a month, in full or short, in any case ("March", "Dec").
pub fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(word))
}

/// "one" … "ninety": the words a spelled-out number is built from, below a hundred.
const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Multipliers written after a number: "7.5 lakh", "two million", "$4.5bn".
const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("million", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("crore", 1e7),
    ("crores", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// "first" … "tenth" and the round ones after.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("hundredth", 100),
];

/// A time unit, singular or plural.
const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
];

/// Everything the word lists above say of one lower-cased word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Keyword {
    pub month: Option<u32>,
    pub weekday: Option<Weekday>,
    pub small_number: Option<u32>,
    pub magnitude: Option<f64>,
    pub ordinal: Option<u32>,
    pub unit: Option<Unit>,
    /// Which parsers may begin at this word: bit `p` stands for `PARSERS[p]`.
    pub starts: u16,
    /// Which way the word points in time ([`super::tense`]).
    pub cue: Option<Lean>,
    /// "be", "been", "is" ...: a participle after it is passive.
    pub auxiliary: bool,
    /// See [`super::numbers::FUNCTION_WORDS`].
    pub function_word: bool,
    /// A unit of measure's short form ("kilometres": "km").
    pub measure: Option<&'static str>,
}

/// Where a parser's finds can begin, read off its code: the recogniser tries it only at such
/// tokens, so that "the" runs the three parsers that read "the ..." rather than all ten.
pub struct Start {
    /// A token that begins with a digit ("7", "2021", "21st", "10m").
    pub numbers: bool,
    /// A currency sign outside ASCII ("€", "£", "₹", "¥", "₽").
    pub signs: bool,
    pub months: bool,
    pub weekdays: bool,
    /// "one" … "ninety".
    pub number_words: bool,
    /// "first" … "hundredth".
    pub ordinals: bool,
    /// Other lower-cased words.
    pub words: &'static [&'static str],
}

impl Start {
    /// Nowhere: each parser's `START` names what it adds to this.
    pub const NOWHERE: Start = Start {
        numbers: false,
        signs: false,
        months: false,
        weekdays: false,
        number_words: false,
        ordinals: false,
        words: &[],
    };

    /// Where an amount can begin: a number, in digits or words ("a" for "a million").
    pub const AMOUNT: Start = Start {
        numbers: true,
        number_words: true,
        words: &["a"],
        ..Start::NOWHERE
    };
}

/// The longest a keyword may be, in bytes.
const MAX_LEN: usize = 15;

/// The keyword table, built once: word → index into the entries; index 0 is "no keyword".
struct Keywords {
    index: HashMap<&'static [u8], u16, BuildHasherDefault<FxHasher>>,
    /// For each first byte and length, a bit per last byte (its low five bits) of the keywords
    /// so shaped: most tokens that are no keyword are ruled out by it without hashing.
    shapes: [[u32; MAX_LEN + 1]; 128],
    entries: Vec<Keyword>,
    /// The parsers that may begin at a number, and at a currency sign.
    numbers: u16,
    signs: u16,
}

fn keywords() -> &'static Keywords {
    static TABLE: OnceLock<Keywords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Keywords {
            index: HashMap::default(),
            entries: vec![Keyword::default()],
            shapes: [[0; MAX_LEN + 1]; 128],
            numbers: 0,
            signs: 0,
        };
        fn entry<'t>(table: &'t mut Keywords, w: &'static str) -> &'t mut Keyword {
            let n = table.entries.len() as u16;
            let i = *table.index.entry(w.as_bytes()).or_insert(n) as usize;
            assert!(w.len() <= MAX_LEN, "{w} is longer than MAX_LEN");
            let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
            table.shapes[usize::from(first)][w.len()] |= 1 << (last & 31);
            if i == table.entries.len() {
                table.entries.push(Keyword::default());
            }
            &mut table.entries[i]
        }
        for &(w, n) in MONTHS {
            entry(&mut table, w).month = Some(n);
        }
        for &(w, d) in WEEKDAYS {
            entry(&mut table, w).weekday = Some(d);
        }
        for &(w, n) in SMALL_NUMBERS {
            entry(&mut table, w).small_number = Some(n);
        }
        for &(w, m) in MAGNITUDES {
            entry(&mut table, w).magnitude = Some(m);
        }
        for &(w, n) in ORDINALS {
            entry(&mut table, w).ordinal = Some(n);
        }
        for &(w, u) in UNITS {
            entry(&mut table, w).unit = Some(u);
        }
        for &w in PAST_CUES {
            entry(&mut table, w).cue = Some(Lean::Past);
        }
        for &w in FUTURE_CUES {
            entry(&mut table, w).cue = Some(Lean::Future);
        }
        for &w in AUXILIARIES {
            entry(&mut table, w).auxiliary = true;
        }
        for &w in FUNCTION_WORDS {
            entry(&mut table, w).function_word = true;
        }
        for &(short, words) in UNITS_OF_MEASURE {
            for &w in words {
                entry(&mut table, w).measure = Some(short);
            }
        }
        for (p, (_, start)) in PARSERS.iter().enumerate() {
            table.numbers |= u16::from(start.numbers) << p;
            table.signs |= u16::from(start.signs) << p;
            for &w in start.words {
                entry(&mut table, w).starts |= 1 << p;
            }
            for k in &mut table.entries[1..] {
                let listed = (start.months && k.month.is_some())
                    || (start.weekdays && k.weekday.is_some())
                    || (start.number_words && k.small_number.is_some())
                    || (start.ordinals && k.ordinal.is_some());
                if listed {
                    k.starts |= 1 << p;
                }
            }
        }
        table
    })
}

impl Keywords {
    /// Index of the lower-cased word `w`'s entry (0: not a keyword).
    fn index_of(&self, w: &[u8]) -> u16 {
        let shaped = match (w.first(), w.last()) {
            (Some(&first), Some(&last)) => self
                .shapes
                .get(usize::from(first))
                .and_then(|lens| lens.get(w.len()))
                .is_some_and(|lasts| lasts & 1 << (last & 31) != 0),
            _ => false,
        };
        if !shaped {
            return 0;
        }
        self.index.get(w).copied().unwrap_or(0)
    }
}

/// What the word lists say of the lower-cased word `w`.
fn keyword(w: &str) -> &'static Keyword {
    let k = keywords();
    &k.entries[k.index_of(w.as_bytes()) as usize]
}

pub fn magnitude(w: &str) -> Option<f64> {
    keyword(w).magnitude
}

/// A unit of measure's short form ("km" for "kilometres").
pub fn measure(w: &str) -> Option<&'static str> {
    keyword(w).measure
}

/// Short magnitudes glued to digits: "10m", "4.5bn", "20k", "3cr".
pub fn glued_magnitude(suffix: &str) -> Option<f64> {
    match suffix {
        "k" => Some(1e3),
        "m" => Some(1e6),
        "b" => Some(1e9),
        "cr" => Some(1e7),
        s => magnitude(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;

    #[test]
    fn lowers_ascii_tokens_and_reads_digits_and_gaps() {
        let text = "Met on 7 Dec.\n10m über";
        with_context(text, |cx| {
            let lower = cx.text.to_ascii_lowercase();
            let lx = Lexed::new(cx, &lower);
            assert_eq!(lx.low(0), "met");
            assert_eq!(lx.num(2), Some(7));
            assert_eq!(lx.low(3), "dec");
            assert_eq!(lx.skip_dot(4), 5);
            assert_eq!(lx.t[5].gap, Gap::Break);
            assert_eq!(lx.digits_then_letters(5), Some((10, "m")));
            assert_eq!(lx.low(6), "", "non-ASCII words match no keyword");
            assert_eq!(lx.raw(6), "über");
            assert_eq!(lx.low(99), "");
        });
    }
}
