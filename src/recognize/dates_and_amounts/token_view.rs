//! The text's tokens as the date and amount parsers see them, classified once: each token's text
//! and lower-cased ASCII form (slices of the text and of one lower-cased copy, so matching a
//! keyword never allocates), its number when it is digits, how it is joined to the token before
//! it, its entry in the keyword table (what the word lists of [`super::words`] say of it) and
//! which parsers may begin at it. Each token is hashed once rather than compared with every
//! list.
//!
//! Matching is on tokens, not on a regex over the text: no Unicode tables in the binary and one
//! linear pass per parser.

use super::words::{
    AMOUNT_MODIFIERS, AUXILIARIES, FUTURE_CUES, MAGNITUDES, MONTHS, ORDINALS, PAST_CUES,
    READ_AFTER_ARTICLE, SMALL_NUMBERS, UNITS, UNITS_OF_MEASURE, WEEKDAYS,
};
use crate::recognize::{Context, Mode};
use crate::text::TokenKind;
use crate::timex::calendar::Weekday;
use crate::timex::{Lean, Unit};
use rustc_hash::FxHasher;
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

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
pub struct TokenFacts<'a> {
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
    /// Which parsers may begin at this token: bit `p` stands for the parser `p`.
    pub starts: u16,
    /// How many tokens the amount modifier beginning here takes ("more than": 2; 0: none).
    modifier: u8,
}

/// The text's tokens with their lexical facts; `sentence[i]` indexes the sentence of token `i`.
pub struct TokenView<'a> {
    pub tokens: Vec<TokenFacts<'a>>,
    pub sentence: Vec<u32>,
    pub sentences: &'a [std::ops::Range<usize>],
    keywords: &'a KeywordTable,
    /// The convention to mark by: TimeML mode also marks what OntoNotes leaves out ("now",
    /// "every morning").
    pub mode: Mode,
    /// The number read at each token, once asked for (`None` until then): most parsers begin
    /// by reading the number at the token they start from, and several read the ones after it,
    /// so `parsers::numbers::number` reads each token's once.
    pub numbers: Vec<Cell<Option<Option<Number>>>>,
}

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub end: usize,
    pub value: f64,
    /// Written in words ("two million").
    pub words: bool,
    /// Plain digits without separators, decimals or magnitude ("2021", "7"): could be a year
    /// or a day.
    pub plain: bool,
    /// Carries a magnitude ("lakh", "million", "bn").
    pub scaled: bool,
}

impl<'a> TokenView<'a> {
    /// The tokens of `context`; `lower` is its text with ASCII letters lower-cased
    /// (`context.text.to_ascii_lowercase()`), kept by the caller so that tokens can point into it.
    pub fn new(context: &Context<'a>, lower: &'a str, keywords: &'a KeywordTable) -> Self {
        let bytes = context.text.as_bytes();
        // Most texts are all ASCII: one pass over the text spares one per token.
        let all_ascii = context.text.is_ascii();
        let table = keywords;
        let mut prev_end = None;
        let tokens = context
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
                let raw = &context.text[tok.start..tok.end];
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
                TokenFacts {
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
                    modifier: 0,
                }
            })
            .collect::<Vec<_>>();
        let mut tokens = tokens;
        for i in 0..tokens.len() {
            let entry = &table.entries[tokens[i].keyword as usize];
            // A word that begins an amount only as a modifier's first word ("at" of "at least",
            // "more" of "more than") starts the amount parsers only where the whole modifier is
            // written: "at" alone, most of its uses, runs none of them.
            if entry.amount_modifier {
                let len = modifier_len(&tokens, i);
                tokens[i].modifier = len;
                if len > 0 {
                    tokens[i].starts |= entry.modifier_starts;
                }
            }
            // An article begins an expression only before a keyword or a number ("the past two
            // weeks", "the 1990s", "a million", "the weekend": `words::READ_AFTER_ARTICLE`): at
            // its other uses, most of them, no parser is tried.
            if entry.article && tokens[i].starts != 0 {
                let opens = tokens.get(i + 1).is_some_and(|x| {
                    x.keyword != 0 || x.raw.as_bytes().first().is_some_and(u8::is_ascii_digit)
                });
                if !opens {
                    tokens[i].starts = 0;
                }
            }
        }
        // A parser with `Needs` is tried at a number only when what it needs is written between
        // it and the end of its line: one backward pass, the tokens' own facts.
        if table.needy != 0 {
            let mut held = 0u16;
            for x in tokens.iter_mut().rev() {
                held |= table.held_by(x);
                if x.raw.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                    x.starts &= held | !table.needy;
                }
                if x.gap == Gap::Break {
                    held = 0;
                }
            }
        }
        let mut sentence = vec![0u32; context.tokens.len()];
        for (s, range) in context.sentences.iter().enumerate() {
            for slot in &mut sentence[range.clone()] {
                *slot = s as u32;
            }
        }
        TokenView {
            tokens,
            sentence,
            sentences: context.sentences,
            keywords: table,
            mode: context.mode,
            numbers: vec![Cell::new(None); context.tokens.len()],
        }
    }

    /// The token after the amount modifier that begins at token `i` ("about", "more than",
    /// [`AMOUNT_MODIFIERS`]), or `i` when none does.
    #[inline]
    pub fn after_one_modifier(&self, i: usize) -> usize {
        i + self.tokens.get(i).map_or(0, |x| usize::from(x.modifier))
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Lower-cased text of token `i`; "" past the end or for tokens that are not all ASCII.
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |x| x.low)
    }

    /// The token exactly as written; "" past the end.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |x| x.raw)
    }

    /// What the word lists say of token `i` (nothing past the end).
    #[inline]
    pub fn keyword(&self, i: usize) -> &'a Keyword {
        &self.keywords.entries[self.tokens.get(i).map_or(0, |x| x.keyword) as usize]
    }

    /// What the word lists say of the lower-cased `word`, which need not be a token.
    pub fn keyword_of(&self, word: &str) -> &'a Keyword {
        &self.keywords.entries[self.keywords.index_of(word.as_bytes()) as usize]
    }

    /// Token `i` is in the keyword table.
    #[inline]
    pub fn is_keyword(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|x| x.keyword != 0)
    }

    /// Token `i` is `word` (lower-cased, not empty).
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        // Bytes compared in a loop: the words are short, cheaper than a call to `memcmp`.
        self.tokens.get(i).is_some_and(|x| {
            x.low.len() == word.len() && x.low.bytes().zip(word.bytes()).all(|(a, b)| a == b)
        })
    }

    /// Token `i` exists and follows token `i - 1` on the same line.
    #[inline]
    pub fn near(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|x| x.gap != Gap::Break)
    }

    /// Token `i` exists and touches token `i - 1`.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|x| x.gap == Gap::Joined)
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
        self.tokens.get(i)?.num
    }

    #[inline]
    pub fn digits(&self, i: usize) -> u8 {
        self.tokens.get(i).map_or(0, |x| x.digits)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|x| x.kind == TokenKind::Word)
    }

    /// Token `k` is a hyphen joining the words on each side, written "two-year" or, as
    /// tokenised text writes it, "two - year" (not "two -year").
    pub fn hyphen(&self, k: usize) -> bool {
        self.raw(k) == "-" && (self.joined(k) && self.joined(k + 1) || self.spaced_hyphen(k))
    }

    /// Token `k` is a hyphen with a single space on each side, as tokenised text writes "two -
    /// year", "2 - 0" or "MD - 80".
    pub fn spaced_hyphen(&self, k: usize) -> bool {
        self.raw(k) == "-"
            && self.near(k)
            && self.near(k + 1)
            && !self.joined(k)
            && !self.joined(k + 1)
    }

    /// Tokens `k` and `k + 1` are the "'s" glued to the word before them ("June's", "1990's").
    pub fn possessive(&self, k: usize) -> bool {
        matches!(self.raw(k), "'" | "\u{2019}")
            && self.joined(k)
            && self.is(k + 1, "s")
            && self.joined(k + 1)
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
        let x = self.tokens.get(i)?;
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

/// Everything the word lists say of one lower-cased word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Keyword {
    pub month: Option<u32>,
    pub weekday: Option<Weekday>,
    pub small_number: Option<u32>,
    pub magnitude: Option<f64>,
    pub ordinal: Option<u32>,
    pub unit: Option<Unit>,
    /// Which parsers may begin at this word: bit `p` stands for the parser `p`.
    pub starts: u16,
    /// Which parsers may begin at this word only as the first of a whole amount modifier
    /// ("at" of "at least"): the token view adds them where the modifier is written.
    modifier_starts: u16,
    /// Which way the word points in time ([`super::tense`]).
    pub cue: Option<Lean>,
    /// "be", "been", "is" ...: a participle after it is passive.
    pub auxiliary: bool,
    /// The first word of one of [`AMOUNT_MODIFIERS`].
    pub amount_modifier: bool,
    /// A unit of measure's short form ("kilometres": "km").
    pub measure: Option<&'static str>,
    /// "the", "a", "an": parsers begin at one only before a keyword or a number.
    pub article: bool,
    /// The parsers whose [`Needs`] this word meets.
    holds: u16,
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
    /// The first word of a modifier kept inside an amount ("about", "more than",
    /// `words::AMOUNT_MODIFIERS`).
    pub amount_modifiers: bool,
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
        amount_modifiers: false,
        words: &[],
    };

    /// Where an amount can begin: a number, in digits or words ("a" for "a million", "several"
    /// for "several thousand"), or the first word of a modifier kept inside it ("about", "more
    /// than", `words::AMOUNT_MODIFIERS`).
    pub const AMOUNT: Start = Start {
        numbers: true,
        number_words: true,
        amount_modifiers: true,
        words: &["a", "several"],
        ..Start::NOWHERE
    };
}

/// What a parser's finds that begin at a number always hold, on the number's line: at a
/// number with no such token after it on its line (most numbers of a sports table) the parser
/// is not tried. A test holds that no find lacks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// "%", "percent", "pct" or "cent" (of "per cent").
    Percent,
    /// A unit of time ("day", "years", "hrs": `words::UNITS`).
    TimeUnit,
    /// A unit of measure (`words::UNITS_OF_MEASURE`), or a number glued to letters ("400km").
    Measure,
}

impl Needs {
    /// Keyword `k` meets it (the percent words are no keywords: [`KeywordTable::held_by`]).
    fn held_by(self, k: &Keyword) -> bool {
        match self {
            Needs::Percent => false,
            Needs::TimeUnit => k.unit.is_some(),
            Needs::Measure => k.measure.is_some(),
        }
    }
}

/// How many tokens the amount modifier beginning at token `i` takes (0: none): the first of
/// [`AMOUNT_MODIFIERS`] written there, each word after the first on the same line.
fn modifier_len(tokens: &[TokenFacts], i: usize) -> u8 {
    AMOUNT_MODIFIERS
        .iter()
        .find(|words| {
            words.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + k)
                    .is_some_and(|x| x.low == *w && (k == 0 || x.gap != Gap::Break))
            })
        })
        .map_or(0, |words| words.len() as u8)
}

/// The longest a keyword may be, in bytes.
const MAX_LEN: usize = 15;

/// The keyword table: word → index into the entries; index 0 is "no keyword". Built once, from
/// the word lists and where each parser may begin.
pub struct KeywordTable {
    index: HashMap<&'static [u8], u16, BuildHasherDefault<FxHasher>>,
    /// For each first byte and length, a bit per last byte (its low five bits) of the keywords
    /// so shaped: most tokens that are no keyword are ruled out by it without hashing.
    shapes: [[u32; MAX_LEN + 1]; 128],
    entries: Vec<Keyword>,
    /// The parsers that may begin at a number, and at a currency sign.
    numbers: u16,
    signs: u16,
    /// The parsers with [`Needs`]; those that need a percent sign or word, and those that
    /// need a unit of measure (met by "400km" too).
    needy: u16,
    percent: u16,
    measure: u16,
}

impl KeywordTable {
    /// The table for parsers that begin where `starts[p]` says (bit `p` for parser `p`).
    pub fn new(parsers: &[(&[&Start], Option<Needs>)]) -> KeywordTable {
        let needs: Vec<(u16, Needs)> = parsers
            .iter()
            .enumerate()
            .filter_map(|(p, &(_, needs))| Some((1 << p, needs?)))
            .collect();
        let mut table = KeywordTable {
            index: HashMap::default(),
            entries: vec![Keyword::default()],
            shapes: [[0; MAX_LEN + 1]; 128],
            numbers: 0,
            signs: 0,
            needy: needs.iter().fold(0, |m, &(bit, _)| m | bit),
            percent: 0,
            measure: 0,
        };
        fn entry<'t>(table: &'t mut KeywordTable, w: &'static str) -> &'t mut Keyword {
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
        for words in AMOUNT_MODIFIERS {
            entry(&mut table, words[0]).amount_modifier = true;
        }
        for &(short, words) in UNITS_OF_MEASURE {
            for &w in words {
                entry(&mut table, w).measure = Some(short);
            }
        }
        for &w in READ_AFTER_ARTICLE {
            entry(&mut table, w);
        }
        for w in ["the", "a", "an"] {
            entry(&mut table, w).article = true;
        }
        for (p, start) in parsers
            .iter()
            .enumerate()
            .flat_map(|(p, (of_p, _))| of_p.iter().map(move |start| (p, start)))
        {
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
                if start.amount_modifiers && k.amount_modifier {
                    k.modifier_starts |= 1 << p;
                }
            }
        }
        for k in &mut table.entries[1..] {
            k.modifier_starts &= !k.starts;
        }
        for &(bit, needs) in &needs {
            for k in &mut table.entries[1..] {
                if needs.held_by(k) {
                    k.holds |= bit;
                }
            }
            match needs {
                Needs::Percent => table.percent |= bit,
                Needs::Measure => table.measure |= bit,
                Needs::TimeUnit => {}
            }
        }
        table
    }

    /// The parsers whose [`Needs`] token `x` meets.
    #[inline]
    fn held_by(&self, x: &TokenFacts) -> u16 {
        let mut held = self.entries[usize::from(x.keyword)].holds;
        if x.keyword == 0 {
            if matches!(x.low, "%" | "percent" | "pct" | "cent") {
                held |= self.percent;
            }
            if x.kind == TokenKind::Word && x.low.as_bytes().first().is_some_and(u8::is_ascii_digit)
            {
                held |= self.measure;
            }
        }
        held
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::dates_and_amounts::parsers;
    use crate::recognize::with_context;

    #[test]
    fn lowers_ascii_tokens_and_reads_digits_and_gaps() {
        let text = "Met on 7 Dec.\n10m über";
        with_context(text, |context| {
            let lower = context.text.to_ascii_lowercase();
            let view = TokenView::new(context, &lower, parsers::keyword_table());
            assert_eq!(view.low(0), "met");
            assert_eq!(view.num(2), Some(7));
            assert_eq!(view.low(3), "dec");
            assert_eq!(view.skip_dot(4), 5);
            assert_eq!(view.tokens[5].gap, Gap::Break);
            assert_eq!(view.digits_then_letters(5), Some((10, "m")));
            assert_eq!(view.low(6), "", "non-ASCII words match no keyword");
            assert_eq!(view.raw(6), "über");
            assert_eq!(view.low(99), "");
        });
    }

    #[test]
    fn articles_start_parsers_only_before_a_keyword_or_a_number() {
        let text = "the vote the past week a man a million the 1990s the weekend";
        with_context(text, |context| {
            let lower = context.text.to_ascii_lowercase();
            let view = TokenView::new(context, &lower, parsers::keyword_table());
            let starts: Vec<bool> = [0, 2, 5, 7, 9, 11]
                .iter()
                .map(|&i| view.tokens[i].starts != 0)
                .collect();
            assert_eq!(starts, [false, true, false, true, true, true]);
        });
    }

    #[test]
    fn amount_parsers_begin_at_a_modifiers_first_word_only_where_the_whole_modifier_is() {
        let text = "at least 5 at 5 no more than 3 more 3 more\nthan 3 only about 40";
        with_context(text, |context| {
            let lower = context.text.to_ascii_lowercase();
            let view = TokenView::new(context, &lower, parsers::keyword_table());
            let after: Vec<usize> = [0, 3, 5, 9, 11, 14, 15]
                .iter()
                .map(|&i| view.after_one_modifier(i) - i)
                .collect();
            assert_eq!(
                after,
                [2, 0, 3, 0, 0, 1, 1],
                "at least, at, no more than, more, more / than, only, about"
            );
            let (whole, alone) = (view.tokens[0].starts, view.tokens[3].starts);
            assert!(alone & !whole == 0 && alone != whole, "{whole:b} {alone:b}");
            let (whole, alone) = (view.tokens[6].starts, view.tokens[9].starts);
            assert!(alone & !whole == 0 && alone != whole, "{whole:b} {alone:b}");
            assert_eq!(
                view.tokens[11].starts, alone,
                "a line break ends the modifier"
            );
        });
    }

    #[test]
    fn numbers_start_a_needy_parser_only_before_what_it_needs_on_their_line() {
        let text = "won 3 - 1 in 12 days\n20 % 4 5\n9 km 400km";
        with_context(text, |context| {
            let lower = context.text.to_ascii_lowercase();
            let view = TokenView::new(context, &lower, parsers::keyword_table());
            let bit = |needs| {
                parsers::PARSERS
                    .iter()
                    .position(|p| p.needs == Some(needs))
                    .map(|p| 1u16 << p)
                    .unwrap()
            };
            let (percent, unit) = (bit(Needs::Percent), bit(Needs::TimeUnit));
            let measure = bit(Needs::Measure);
            let has = |i: usize, b: u16| view.tokens[i].starts & b != 0;
            assert_eq!(view.raw(5), "12");
            assert!(has(1, unit) && has(3, unit) && has(5, unit), "days follows");
            assert!(
                !has(1, percent) && !has(5, percent),
                "% is on the next line"
            );
            assert!(has(7, percent) && !has(7, unit), "20 %");
            assert!(!has(9, percent) && !has(10, unit), "nothing after 4 or 5");
            assert!(has(10, view.keywords.numbers & !view.keywords.needy));
            assert!(
                !has(5, measure) && has(11, measure) && has(13, measure),
                "9 km, 400km"
            );
        });
    }

    #[test]
    fn words_not_at_a_token_are_looked_up_too() {
        with_context("", |context| {
            let view = TokenView::new(context, "", parsers::keyword_table());
            assert_eq!(view.keyword_of("kilometres").measure, Some("km"));
            assert_eq!(view.keyword_of("bn").magnitude, Some(1e9));
            assert_eq!(view.keyword_of("troops"), &Keyword::default());
        });
    }
}
