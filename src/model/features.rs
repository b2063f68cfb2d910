//! Feature extraction for the name tagger. A feature is a template number mixed with integer
//! hashes of its parts ([`feature`]), 32 bits wide, so the model stores no strings and
//! nothing is allocated or re-hashed per feature: each distinct word is read once
//! ([`Word::read`]) into the hashes of its normalised form, shape and affixes (and kept for the
//! next articles, `Known`), and every template then combines integers.
//!
//! The features are the classic ones for news: the word and its neighbours ±2, word shape,
//! prefixes and suffixes, position in the sentence, whether the whole sentence is in capitals
//! (headlines), gazetteer membership of the word and its neighbours, and three document-level
//! cues: whether the word appears capitalised inside a sentence, or in lower case, elsewhere in
//! the same article, and, for a word met more than once, the clusters of the words around all
//! its occurrences ("context aggregation", Ratinov & Roth 2009: "Mr. X" or "X said" there
//! tells what X is here, in a headline or a list where its own neighbours say nothing; what it
//! gave and the variants that did not pay are in docs/DESIGN.md); and the word clusters (learned from
//! unlabelled text, `lexicon/clusters.rs`) of the word and its neighbours ±2, fine and coarse,
//! which carry what training learnt about a word over to words used alike. They come in
//! groups, one function each:
//!
//! - [`word_features`]: what one word contributes from one place of the window (itself, or as
//!   the neighbour at ±1, ±2). These depend on the word alone, so the tagger sums their
//!   weights once per distinct word (`tagger.rs`). **A new per-word feature goes there**: a
//!   hash in [`Word`] filled by [`Word::read`], a template number in `template`, a push in
//!   [`word_features`]. The tagger caches a word's sums across articles by its normalised form
//!   and shape, so the new hash must depend on those only, or join the cache key.
//! - [`position_features`]: the word first in its sentence or not, in a headline in capitals
//!   or not (summed once per word too, for ordinary positions).
//! - [`article_features`]: the word seen capitalised or in lower case elsewhere in the article,
//!   and the clusters around its occurrences (summed once per distinct word of the article).
//! - [`context_features`]: what a token has from its neighbours (shape trigram, word pairs,
//!   gazetteers, hyphens).
//! - [`tag_features`] and [`tag_word_features`]: a bias, the tags already chosen to the left,
//!   and the word's kind earlier in the article.
//!
//! Training lists every feature of a token ([`prepare`]); tagging sums the same features'
//! weights in groups. Both call these functions, so they can never disagree.

use super::Kind;
#[cfg(feature = "train")]
use super::Tag;
use super::TAGS;
use crate::hash::{combine, mix, Fnv};
use crate::lexicon::clusters::{Clusters, FINE};
use crate::lexicon::{Gazetteer, Lexicon, WordMark};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use std::hash::BuildHasher;
use std::sync::Mutex;

/// Templates: one per kind of feature, each a number mixed into a seed at compile time.
/// Changing one changes the features' hashes, so the model must be retrained.
mod template {
    const fn seed(number: u64) -> u64 {
        super::mix(number + 1)
    }
    pub const BIAS: u64 = seed(0);
    pub const WORD: u64 = seed(1);
    pub const SHAPE: u64 = seed(2);
    pub const SUFFIX: u64 = seed(3);
    pub const PREFIX: u64 = seed(4);
    pub const WORD_BEFORE: u64 = seed(5);
    pub const WORD_AFTER: u64 = seed(6);
    pub const WORD_BEFORE_2: u64 = seed(7);
    pub const WORD_AFTER_2: u64 = seed(8);
    pub const SHAPE_BEFORE: u64 = seed(9);
    pub const SHAPE_AFTER: u64 = seed(10);
    pub const SHAPES_AROUND: u64 = seed(11);
    pub const PAIR_BEFORE: u64 = seed(12);
    pub const PAIR_AFTER: u64 = seed(13);
    pub const FIRST_SHAPE: u64 = seed(14);
    pub const CAPITALS_SHAPE: u64 = seed(15);
    pub const CAPITALS_WORD: u64 = seed(16);
    pub const GAZETTEER: u64 = seed(17);
    pub const GAZETTEER_BEFORE: u64 = seed(18);
    pub const GAZETTEER_AFTER: u64 = seed(19);
    pub const ARTICLE_CAPITALISED: u64 = seed(20);
    pub const ARTICLE_LOWER_CASE: u64 = seed(21);
    pub const HYPHEN: u64 = seed(22);
    pub const CLUSTER: u64 = seed(23);
    pub const CLUSTER_BEFORE: u64 = seed(24);
    pub const CLUSTER_AFTER: u64 = seed(25);
    pub const CLUSTER_BEFORE_2: u64 = seed(26);
    pub const CLUSTER_AFTER_2: u64 = seed(27);
    pub const CLUSTER_SHAPE: u64 = seed(28);
    pub const PREV_TAG: u64 = seed(30);
    pub const PREV_TAGS: u64 = seed(31);
    pub const PREV_TAG_WORD: u64 = seed(32);
    pub const PREV_TAG_SHAPE: u64 = seed(33);
    pub const HISTORY: u64 = seed(34);
    pub const HISTORY_PREV_TAG: u64 = seed(35);
    pub const CONTEXT_CLUSTER: u64 = seed(36);
}

/// The feature of `template` with these parts. Training tells features apart by all 32 bits;
/// the shipped model keeps 24 of them (`weights.rs`).
#[inline]
pub(crate) fn feature(template: u64, parts: &[u64]) -> u32 {
    parts.iter().fold(template, |h, &p| combine(h, p)) as u32
}

/// `combine(h, part)` as a `const fn` (`hash::combine` is not one), for the first combinations
/// of features that are worked out once, not per token: tests check the features made from
/// them against [`feature`].
const fn head(h: u64, part: u64) -> u64 {
    mix(h.rotate_left(29) ^ part)
}

/// The words past either end of a sentence, as the features see them.
const START: u64 = 1;
const END: u64 = 2;

/// What the features need of one word, read once per distinct word of an article.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    /// Hash of the normalised form: lower case, digits as `0`, curly quotes and dashes as
    /// ASCII ("Russia’s 2021" → `russia's 0000`).
    pub(crate) norm: u64,
    /// Hash of the shape: `X` upper, `x` lower, `d` digit, other characters as themselves,
    /// runs cut at two ("Biden" → `Xxx`, "S-400" → `X-dd`).
    pub(crate) shape: u64,
    /// Hashes of the normalised form's first 1–3 and last 1–4 characters, each affix shorter
    /// than the word; `prefixes`/`suffixes` say how many there are.
    affixes: [u64; 7],
    prefixes: u8,
    suffixes: u8,
    /// Starts with a capital ("Biden", "NATO").
    pub(crate) capitalised: bool,
    /// Starts with a lower-case letter.
    pub(crate) lower_initial: bool,
    /// Letters, and capitals among them (to tell headlines in capitals).
    pub(crate) letters: u32,
    pub(crate) capitals: u32,
    /// The word's fine cluster in the word-cluster map (`lexicon/clusters.rs`), if any.
    pub(crate) cluster: Option<u16>,
    /// The first combinations of the context features it begins (`context_features`): the
    /// shape trigram and the word pair with it as the word before, the pair with it as the
    /// token; made once per word, not per token.
    heads: [u64; 3],
}

impl Word {
    const fn heads(norm: u64, shape: u64) -> [u64; 3] {
        use template::*;
        [
            head(SHAPES_AROUND, shape),
            head(PAIR_BEFORE, norm),
            head(PAIR_AFTER, norm),
        ]
    }
}

fn normal_char(c: char) -> char {
    match c {
        c if c.is_ascii_digit() => '0',
        '‘' | '’' | '`' | '´' => '\'',
        '“' | '”' | '„' => '"',
        '–' | '—' | '‐' | '‑' => '-',
        c => c,
    }
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

impl Word {
    /// A word past the sentence's ends: no affixes, no letters.
    const fn edge(hash: u64) -> Word {
        Word {
            norm: hash,
            shape: hash,
            affixes: [0; 7],
            prefixes: 0,
            suffixes: 0,
            capitalised: false,
            lower_initial: false,
            letters: 0,
            capitals: 0,
            cluster: None,
            heads: Word::heads(hash, hash),
        }
    }

    pub(crate) const START: Word = Word::edge(START);
    pub(crate) const END: Word = Word::edge(END);

    /// Reads a word in one pass over its characters.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    pub(crate) fn read(word: &str) -> Word {
        let mut norm = Fnv::START;
        let mut normal_len = 0usize;
        let mut prefixes = [0u64; 3];
        let mut last = ['\0'; 4];
        let mut push = |c: char| {
            let c = normal_char(c);
            norm = norm.char(c);
            normal_len += 1;
            if normal_len <= 3 {
                prefixes[normal_len - 1] = norm.0;
            }
            last = [last[1], last[2], last[3], c];
        };
        let mut shape = Fnv::START;
        let (mut shape_last, mut run) = ('\0', 0);
        let (mut letters, mut capitals) = (0u32, 0u32);
        for c in word.chars() {
            let s = shape_char(c);
            if s == shape_last {
                run += 1;
            } else {
                (shape_last, run) = (s, 1);
            }
            if run <= 2 {
                shape = shape.char(s);
            }
            if c.is_alphabetic() {
                letters = letters.saturating_add(1);
                capitals = capitals.saturating_add(c.is_uppercase() as u32);
            }
            if c.is_ascii() {
                push(c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(&mut push);
            }
        }
        let longest = normal_len.saturating_sub(1);
        let (n_prefixes, n_suffixes) = (longest.min(3), longest.min(4));
        let mut affixes = [0u64; 7];
        affixes[..n_prefixes].copy_from_slice(&prefixes[..n_prefixes]);
        for k in 1..=n_suffixes {
            affixes[3 + k - 1] = last[4 - k..].iter().fold(Fnv::START, |h, &c| h.char(c)).0;
        }
        let first = word.chars().next();
        Word {
            norm: norm.0,
            shape: shape.0,
            affixes,
            prefixes: n_prefixes as u8,
            suffixes: n_suffixes as u8,
            capitalised: first.is_some_and(char::is_uppercase),
            lower_initial: first.is_some_and(char::is_lowercase),
            letters,
            capitals,
            cluster: Clusters::get().of_norm(norm.0),
            heads: Word::heads(norm.0, shape.0),
        }
    }

    fn prefix_hashes(&self) -> &[u64] {
        &self.affixes[..self.prefixes as usize]
    }

    fn suffix_hashes(&self) -> &[u64] {
        &self.affixes[3..3 + self.suffixes as usize]
    }
}

/// Where a word stands relative to the token being tagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Offset {
    Here = 0,
    Before = 1,
    After = 2,
    Before2 = 3,
    After2 = 4,
}

impl Offset {
    pub(crate) const ALL: [Offset; 5] = [
        Offset::Here,
        Offset::Before,
        Offset::After,
        Offset::Before2,
        Offset::After2,
    ];
}

/// The features word `w` gives the token at `offset` from it. They depend on nothing but the
/// word, which is what lets the tagger sum their weights once per distinct word.
#[cfg_attr(newsmark_speed, optimize(speed))]
pub(crate) fn word_features(w: &Word, offset: Offset, out: &mut Vec<u32>) {
    use template::*;
    match offset {
        Offset::Here => {
            out.push(feature(WORD, &[w.norm]));
            out.push(feature(SHAPE, &[w.shape]));
            out.extend(w.suffix_hashes().iter().map(|&a| feature(SUFFIX, &[a])));
            out.extend(w.prefix_hashes().iter().map(|&a| feature(PREFIX, &[a])));
        }
        Offset::Before => {
            out.push(feature(WORD_BEFORE, &[w.norm]));
            out.push(feature(SHAPE_BEFORE, &[w.shape]));
        }
        Offset::After => {
            out.push(feature(WORD_AFTER, &[w.norm]));
            out.push(feature(SHAPE_AFTER, &[w.shape]));
        }
        Offset::Before2 => out.push(feature(WORD_BEFORE_2, &[w.norm])),
        Offset::After2 => out.push(feature(WORD_AFTER_2, &[w.norm])),
    }
    if let Some(c) = w.cluster {
        let t = [
            CLUSTER,
            CLUSTER_BEFORE,
            CLUSTER_AFTER,
            CLUSTER_BEFORE_2,
            CLUSTER_AFTER_2,
        ][offset as usize];
        // Two granularities, like Brown-cluster prefixes: the fine cluster and its coarse one.
        out.push(feature(t, &[0, c as u64]));
        out.push(feature(t, &[1, (c / FINE) as u64]));
        if offset == Offset::Here {
            out.push(feature(CLUSTER_SHAPE, &[w.shape, c as u64]));
        }
    }
}

/// An article's sentences as the tagger receives them: their words one after another in one
/// list, not a list per sentence (two allocations a sentence, docs/PERFORMANCE.md, "Around the
/// tagger, round 4").
#[derive(Default)]
pub(crate) struct Sentences<'a> {
    words: Vec<&'a str>,
    /// Per word, whether it is a hyphen joined to words on both sides ("EU-wide").
    inner_hyphen: Vec<bool>,
    /// Where each sentence ends in `words`.
    ends: Vec<usize>,
}

impl<'a> Sentences<'a> {
    pub(crate) fn with_capacity(words: usize, sentences: usize) -> Sentences<'a> {
        Sentences {
            words: Vec::with_capacity(words),
            inner_hyphen: Vec::with_capacity(words),
            ends: Vec::with_capacity(sentences),
        }
    }

    /// Adds a sentence: each word, and whether it is an inner hyphen.
    pub(crate) fn push(&mut self, words: impl IntoIterator<Item = (&'a str, bool)>) {
        for (w, hyphen) in words {
            self.words.push(w);
            self.inner_hyphen.push(hyphen);
        }
        self.ends.push(self.words.len());
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Each sentence's words and inner hyphens.
    fn iter(&self) -> impl Iterator<Item = (&[&'a str], &[bool])> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(a, &b)| (&self.words[a..b], &self.inner_hyphen[a..b]))
    }
}

/// A sentence read: its words as indices into [`Article::words`], and what its context
/// features need; a view of the article's lists ([`Article::sentences`]).
pub(crate) struct ReadSentence<'a> {
    pub(crate) ids: &'a [u32],
    /// Most of the sentence's letters are capitals (a headline or a shouted line).
    pub(crate) in_capitals: bool,
    words: &'a [&'a str],
    inner_hyphen: &'a [bool],
}

/// An article read for tagging: each distinct word read once, and the article-wide cues (words
/// seen capitalised inside a sentence, words seen in lower case) that tell a name from an
/// ordinary word in a headline in capitals.
pub(crate) struct Article<'a> {
    pub(crate) words: Vec<Word>,
    /// Per distinct word, what gazetteer marking needs.
    marks: Vec<WordMark>,
    /// The sentences' words and inner hyphens.
    text: &'a Sentences<'a>,
    /// Per token of the article, its word's index in `words`: one list for the article, which
    /// its sentences slice as `text` is (not a list per sentence, docs/PERFORMANCE.md, "Peak
    /// memory, round 8").
    ids: Vec<u32>,
    /// Per sentence, whether it is in capitals ([`ReadSentence::in_capitals`]).
    in_capitals: Vec<bool>,
    capitalised_inside: FxHashSet<u64>,
    lower_case: FxHashSet<u64>,
    /// Per capitalised word (normalised form), the clusters of the words around its first
    /// occurrences in ordinary sentences.
    contexts: FxHashMap<u64, Contexts>,
}

/// The clusters of the words before and after a word's first [`Contexts::MAX`] occurrences
/// (`NONE` where a neighbour has none): "Mr. X" here, "X said" there, "in X" or "X Inc"
/// elsewhere in the article tell what X is where its own neighbours do not.
#[derive(Clone, Copy)]
struct Contexts {
    seen: u8,
    around: [[u16; 2]; Contexts::MAX],
}

impl Contexts {
    const MAX: usize = 8;
    const NONE: u16 = u16::MAX;
    const EMPTY: Contexts = Contexts {
        seen: 0,
        around: [[Contexts::NONE; 2]; Contexts::MAX],
    };
}

fn in_capitals(words: impl Iterator<Item = Word>) -> bool {
    let (letters, capitals) = words.fold((0u64, 0u64), |(l, c), w| {
        (l + w.letters as u64, c + w.capitals as u64)
    });
    letters >= 6 && capitals * 10 >= letters * 8
}

/// Words read in earlier articles, with their marks: most of an article's words were met
/// before ("the", "said", the week's names), and reading one costs a pass over its characters
/// with Unicode case tests, the cluster look-up and the lexicon's, where finding it again costs
/// a hash of its bytes, a look-up and a comparison. Both depend on the text alone. It is also
/// the article's index of its words: each known word holds its id in the article that met it
/// last, so a token is looked up once, in this one table (docs/PERFORMANCE.md, "Around the
/// tagger, round 2").
#[derive(Default)]
struct Known {
    /// By the word's hash and length; a word whose key another holds is read every time.
    index: FxHashMap<(u64, u64), u32>,
    /// The words' text, one after another.
    text: String,
    words: Vec<KnownWord>,
    /// The number of the article being read (from 1: a word's `met_in` 0 is no article).
    article: u32,
}

/// A word [`Known`] holds.
#[derive(Clone, Copy)]
struct KnownWord {
    word: Word,
    mark: WordMark,
    /// Where its text starts in [`Known::text`].
    start: usize,
    /// The last article that met it, and its id in that article's words.
    met_in: u32,
    id: u32,
}

/// An article's distinct words as they are met, and those [`Known`] cannot hold.
#[derive(Default)]
struct NewWords<'a> {
    words: Vec<Word>,
    marks: Vec<WordMark>,
    others: FxHashMap<&'a str, u32>,
}

impl NewWords<'_> {
    fn push(&mut self, word: Word, mark: WordMark) -> u32 {
        self.words.push(word);
        self.marks.push(mark);
        self.words.len() as u32 - 1
    }
}

/// One [`Known`] per thread reading at once: an article takes one and gives it back.
static KNOWN: Mutex<Vec<Known>> = Mutex::new(Vec::new());

/// Empties every thread's [`Known`] (module `model`'s `forget_words` says when).
pub(crate) fn forget_known() {
    if let Ok(mut k) = KNOWN.lock() {
        *k = Vec::new();
    }
}

impl Known {
    /// Words kept at most (about 180 bytes each with the index: 2.9 MB), before the next article
    /// empties it; words past it are read every time, so its list never doubles past this (it
    /// did: 2.2 MB at a 10 MB text's peak, docs/PERFORMANCE.md, "Peak memory, round 6").
    const MAX: usize = 1 << 14;

    fn take() -> Known {
        let mut known = KNOWN
            .lock()
            .ok()
            .and_then(|mut k| k.pop())
            .unwrap_or_default();
        // Emptied when full, and before its articles' numbers wrap round to ones its words hold.
        if known.words.len() >= Known::MAX || known.article == u32::MAX {
            known = Known::default();
        }
        known.article += 1;
        known
    }

    fn give_back(self) {
        if let Ok(mut k) = KNOWN.lock() {
            k.push(self);
        }
    }

    /// The id of `w` in the article being read, which `new` numbers: a word met before in
    /// this article keeps its id, any other is given the next one.
    fn id<'a>(&mut self, w: &'a str, lexicon: &Lexicon, new: &mut NewWords<'a>) -> u32 {
        let Known {
            index,
            text,
            words,
            article,
        } = self;
        let key = (FxBuildHasher.hash_one(w), w.len() as u64);
        let at = match index.get(&key) {
            Some(&at) => Some(at as usize),
            None if words.len() < Known::MAX => {
                index.insert(key, words.len() as u32);
                words.push(KnownWord {
                    word: Word::read(w),
                    mark: lexicon.word(w),
                    start: text.len(),
                    met_in: 0,
                    id: 0,
                });
                text.push_str(w);
                Some(words.len() - 1)
            }
            None => None,
        };
        let known = at.and_then(|at| words.get_mut(at)).filter(|k| {
            let start = k.start;
            text.as_bytes().get(start..start + w.len()) == Some(w.as_bytes())
        });
        match known {
            Some(k) => {
                if k.met_in != *article {
                    k.met_in = *article;
                    k.id = new.push(k.word, k.mark);
                }
                k.id
            }
            None => match new.others.get(w) {
                Some(&id) => id,
                None => {
                    let id = new.push(Word::read(w), lexicon.word(w));
                    new.others.insert(w, id);
                    id
                }
            },
        }
    }
}

impl<'a> Article<'a> {
    // Out of line (called once per article) so that profiles show its share.
    #[inline(never)]
    pub(crate) fn read(sentences: &'a Sentences<'a>) -> Article<'a> {
        let tokens = sentences.words.len();
        let distinct = tokens / 2 + 1;
        let mut new = NewWords {
            words: Vec::with_capacity(distinct),
            marks: Vec::with_capacity(distinct),
            others: FxHashMap::default(),
        };
        let lexicon = Lexicon::get();
        let mut known = Known::take();
        let mut article = Article {
            words: Vec::new(),
            marks: Vec::new(),
            text: sentences,
            ids: Vec::with_capacity(tokens),
            in_capitals: Vec::with_capacity(sentences.len()),
            // Sized up front: growing a hash set rehashes it, which showed in wasm profiles.
            capitalised_inside: FxHashSet::with_capacity_and_hasher(
                distinct / 4,
                Default::default(),
            ),
            lower_case: FxHashSet::with_capacity_and_hasher(distinct, Default::default()),
            contexts: FxHashMap::with_capacity_and_hasher(distinct / 4, Default::default()),
        };
        for (sentence, _) in sentences.iter() {
            let start = article.ids.len();
            (article.ids).extend(sentence.iter().map(|&w| known.id(w, lexicon, &mut new)));
            let ids = &article.ids[start..];
            let words = &new.words;
            let caps = in_capitals(ids.iter().map(|&id| words[id as usize]));
            for (i, &id) in ids.iter().enumerate() {
                let w = &words[id as usize];
                if w.letters == 0 {
                    continue;
                }
                if w.lower_initial {
                    article.lower_case.insert(w.norm);
                } else if i > 0 && !caps && w.capitalised {
                    article.capitalised_inside.insert(w.norm);
                }
                if w.capitalised && !caps {
                    let cluster = |j: Option<usize>| {
                        j.and_then(|j| ids.get(j))
                            .and_then(|&id| words[id as usize].cluster)
                            .unwrap_or(Contexts::NONE)
                    };
                    let c = article.contexts.entry(w.norm).or_insert(Contexts::EMPTY);
                    if (c.seen as usize) < Contexts::MAX {
                        c.around[c.seen as usize] =
                            [cluster(i.checked_sub(1)), cluster(Some(i + 1))];
                        c.seen += 1;
                    }
                }
            }
            article.in_capitals.push(caps);
        }
        known.give_back();
        article.words = new.words;
        article.marks = new.marks;
        article
    }

    /// The article's sentences, in order.
    pub(crate) fn sentences(&self) -> impl Iterator<Item = ReadSentence<'_>> {
        let starts = std::iter::once(0).chain(self.text.ends.iter().copied());
        (starts.zip(&self.text.ends).zip(&self.in_capitals)).map(|((a, &b), &in_capitals)| {
            ReadSentence {
                ids: &self.ids[a..b],
                in_capitals,
                words: &self.text.words[a..b],
                inner_hyphen: &self.text.inner_hyphen[a..b],
            }
        })
    }

    /// Per word of sentence `s`: the gazetteers of the longest entry covering it, and whether
    /// it begins it, into `out`, which it replaces. Worked out per sentence, when tagged, so an
    /// article never holds them all.
    pub(crate) fn gazetteers(&self, s: &ReadSentence, out: &mut Vec<(u16, bool)>) {
        let mark = |i: usize| self.marks[s.ids[i] as usize];
        Lexicon::get().mark_words(s.words, mark, out);
    }

    /// Word `i` of sentence `s`, or the edge past either end.
    #[inline]
    pub(crate) fn word(&self, s: &ReadSentence, i: isize) -> &Word {
        match usize::try_from(i).ok().and_then(|i| s.ids.get(i)) {
            Some(&id) => &self.words[id as usize],
            None if i < 0 => &Word::START,
            None => &Word::END,
        }
    }
}

const GAZETTEERS: usize = Gazetteer::ALL.len();

/// `feature(template, &[g, begins])` of the gazetteer features, by template (`GAZETTEER`,
/// `GAZETTEER_BEFORE`, `GAZETTEER_AFTER`), gazetteer and `begins`, worked out at compile time.
const GAZETTEER_FEATURES: [[[u32; 2]; GAZETTEERS]; 3] = {
    use template::*;
    let templates = [GAZETTEER, GAZETTEER_BEFORE, GAZETTEER_AFTER];
    let mut table = [[[0; 2]; GAZETTEERS]; 3];
    let mut t = 0;
    while t < 3 {
        let mut g = 0;
        while g < GAZETTEERS {
            let h = head(templates[t], Gazetteer::ALL[g] as u64);
            table[t][g] = [head(h, 0) as u32, head(h, 1) as u32];
            g += 1;
        }
        t += 1;
    }
    table
};

/// The features of the gazetteers in `bits`, in the order of [`Gazetteer::ALL`].
#[cfg_attr(newsmark_speed, optimize(speed))]
fn gazetteer_features(
    features: &[[u32; 2]; GAZETTEERS],
    (bits, begins): (u16, bool),
    out: &mut Vec<u32>,
) {
    if bits == 0 {
        return;
    }
    for (g, f) in Gazetteer::ALL.iter().zip(features) {
        if bits & g.bit() != 0 {
            out.push(f[begins as usize]);
        }
    }
}

/// The features of word `w` where it stands in its sentence: first or not, in a sentence in
/// capitals or not. Tokens inside ordinary sentences (most of them) share one set per word.
#[cfg_attr(newsmark_speed, optimize(speed))]
pub(crate) fn position_features(w: &Word, first: bool, in_capitals: bool, out: &mut Vec<u32>) {
    use template::*;
    out.push(feature(FIRST_SHAPE, &[first as u64, w.shape]));
    out.push(feature(CAPITALS_SHAPE, &[in_capitals as u64, w.shape]));
    if in_capitals {
        out.push(feature(CAPITALS_WORD, &[w.norm]));
    }
}

/// The features of word `w` in its article: whether it appears capitalised inside a sentence,
/// or in lower case, elsewhere; and, for a capitalised word met more than once, the clusters
/// (fine and coarse) of the words before and after its occurrences (`Contexts`; each feature
/// once). The same for every occurrence in the article.
#[cfg_attr(newsmark_speed, optimize(speed))]
pub(crate) fn article_features(article: &Article, w: &Word, out: &mut Vec<u32>) {
    use template::*;
    if article.capitalised_inside.contains(&w.norm) {
        out.push(feature(ARTICLE_CAPITALISED, &[w.shape]));
    }
    if article.lower_case.contains(&w.norm) {
        out.push(feature(ARTICLE_LOWER_CASE, &[w.shape]));
    }
    // Met once, the word's contexts are its own neighbours, which the window already has.
    let Some(c) = article.contexts.get(&w.norm).filter(|c| c.seen >= 2) else {
        return;
    };
    let start = out.len();
    for around in &c.around[..c.seen as usize] {
        for (side, &cluster) in (0u64..).zip(around) {
            if cluster == Contexts::NONE {
                continue;
            }
            for f in [
                feature(CONTEXT_CLUSTER, &[side, cluster as u64]),
                feature(CONTEXT_CLUSTER, &[side + 2, (cluster / FINE) as u64]),
            ] {
                // At most 32 features: a scan is cheaper than sorting, in time and in code.
                if !out[start..].contains(&f) {
                    out.push(f);
                }
            }
        }
    }
}

/// The features token `i` of sentence `s` has from its neighbours: shapes and words around
/// it, gazetteer entries (`gazetteers`, from [`Article::gazetteers`]), hyphens.
#[cfg_attr(newsmark_speed, optimize(speed))]
pub(crate) fn context_features(
    article: &Article,
    s: &ReadSentence,
    gazetteers: &[(u16, bool)],
    i: usize,
    out: &mut Vec<u32>,
) {
    use template::*;
    let ii = i as isize;
    let (w, before, after) = (
        article.word(s, ii),
        article.word(s, ii - 1),
        article.word(s, ii + 1),
    );
    // SHAPES_AROUND of the three shapes, PAIR_BEFORE of `before` and `w`, PAIR_AFTER of `w`
    // and `after`, from the words' heads.
    out.push(combine(combine(before.heads[0], w.shape), after.shape) as u32);
    out.push(combine(before.heads[1], w.norm) as u32);
    out.push(combine(w.heads[2], after.norm) as u32);
    gazetteer_features(&GAZETTEER_FEATURES[0], gazetteers[i], out);
    if i > 0 {
        gazetteer_features(&GAZETTEER_FEATURES[1], gazetteers[i - 1], out);
    }
    if let Some(&g) = gazetteers.get(i + 1) {
        gazetteer_features(&GAZETTEER_FEATURES[2], g, out);
    }
    if s.inner_hyphen.get(i + 1).copied().unwrap_or(false) {
        out.push(feature(HYPHEN, &[w.shape, 0]));
    }
    if i > 0 && s.inner_hyphen[i - 1] {
        out.push(feature(HYPHEN, &[w.shape, 1]));
    }
}

/// The tag before a token as a feature part: the tag, or `TAGS` at the start of a sentence.
#[cfg(feature = "train")]
#[inline]
pub(crate) fn prev_tag(tags: &[Tag], i: usize, back: usize) -> usize {
    i.checked_sub(back).map_or(TAGS, |j| tags[j])
}

/// The features that do not depend on the word: a bias, the tags chosen before it (`prev`,
/// `prev2`, as [`prev_tag`] gives them), and the kind most often given to the same word earlier
/// in the article (`history`).
pub(crate) fn tag_features(prev: usize, prev2: usize, history: Option<Kind>, out: &mut Vec<u32>) {
    use template::*;
    out.push(feature(BIAS, &[]));
    out.push(feature(PREV_TAG, &[prev as u64]));
    out.push(feature(PREV_TAGS, &[prev2 as u64, prev as u64]));
    if let Some(kind) = history {
        out.push(feature(HISTORY, &[kind as u64]));
        out.push(feature(HISTORY_PREV_TAG, &[kind as u64, prev as u64]));
    }
}

/// `combine(PREV_TAG_WORD, prev)` and `combine(PREV_TAG_SHAPE, prev)` for each tag before,
/// worked out at compile time.
const TAG_WORD_HEADS: [[u64; 2]; TAGS + 1] = {
    let mut heads = [[0; 2]; TAGS + 1];
    let mut prev = 0;
    while prev <= TAGS {
        let p = prev as u64;
        heads[prev] = [
            head(template::PREV_TAG_WORD, p),
            head(template::PREV_TAG_SHAPE, p),
        ];
        prev += 1;
    }
    heads
};

/// The tag features of the word itself with the tag before it: `feature(PREV_TAG_WORD, &[prev,
/// w.norm])` and `feature(PREV_TAG_SHAPE, &[prev, w.shape])`, from their first combination (the
/// template with the tag before), made once, not per token and tagging.
#[cfg_attr(newsmark_speed, optimize(speed))]
pub(crate) fn tag_word_features(prev: usize, w: &Word, out: &mut Vec<u32>) {
    let [word, shape] = TAG_WORD_HEADS[prev];
    out.push(combine(word, w.norm) as u32);
    out.push(combine(shape, w.shape) as u32);
}

/// A sentence ready for training: per token, every feature that does not depend on tags, and
/// the word that tag features combine with.
#[cfg(any(test, feature = "train"))]
pub(crate) struct Prepared {
    pub(crate) features: Vec<Vec<u32>>,
    pub(crate) words: Vec<Word>,
}

/// Lists the features of every token of sentence `s` of `article`.
#[cfg(any(test, feature = "train"))]
pub(crate) fn prepare(article: &Article, s: &ReadSentence) -> Prepared {
    let mut gazetteers = Vec::new();
    article.gazetteers(s, &mut gazetteers);
    let features = (0..s.ids.len())
        .map(|i| {
            let mut f = Vec::with_capacity(40);
            let ii = i as isize;
            for (offset, at) in Offset::ALL
                .into_iter()
                .zip([ii, ii - 1, ii + 1, ii - 2, ii + 2])
            {
                word_features(article.word(s, at), offset, &mut f);
            }
            let w = article.word(s, ii);
            position_features(w, i == 0, s.in_capitals, &mut f);
            article_features(article, w, &mut f);
            context_features(article, s, &gazetteers, i, &mut f);
            f
        })
        .collect();
    Prepared {
        features,
        words: s.ids.iter().map(|&id| article.words[id as usize]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(w: &str) -> u64 {
        Fnv::START.str(w).0
    }

    fn shape(w: &str) -> u64 {
        Fnv::START.str(w).0
    }

    #[test]
    fn words_are_read_into_their_normal_form_shape_and_affixes() {
        let w = Word::read("Biden");
        assert_eq!((w.norm, w.shape), (norm("biden"), shape("Xxx")));
        assert_eq!(w.prefix_hashes(), [norm("b"), norm("bi"), norm("bid")]);
        assert_eq!(
            w.suffix_hashes(),
            [norm("n"), norm("en"), norm("den"), norm("iden")]
        );
        assert_eq!(Word::read("S-400").shape, shape("X-dd"));
        assert_eq!(Word::read("NATO").shape, shape("XX"));
        assert_eq!(Word::read("Russia’s").norm, norm("russia's"));
        assert_eq!(Word::read("2021").norm, norm("0000"));
        assert_eq!(Word::read("ab").prefix_hashes(), [norm("a")]);
        assert!(Word::read("").prefix_hashes().is_empty());
        assert!(Word::read("Putin").capitalised && Word::read("putin").lower_initial);
    }

    #[test]
    fn words_find_their_cluster_whatever_their_case() {
        let paris = Clusters::get().of("paris");
        assert!(paris.is_some());
        for w in ["Paris", "PARIS", "paris"] {
            assert_eq!(Word::read(w).cluster, paris, "{w}");
        }
        assert_eq!(Word::read("Xqzvw").cluster, None);
        assert_eq!(Word::START.cluster, None);
    }

    #[test]
    fn capitals_sentences_are_told_apart() {
        let caps = |ws: &[&str]| in_capitals(ws.iter().map(|w| Word::read(w)));
        assert!(caps(&["BIDEN", "CALLS", "PUTIN"]));
        assert!(!caps(&["Biden", "calls", "Putin"]));
    }

    #[test]
    fn capitalised_words_met_twice_have_the_clusters_around_them() {
        let mut sentences = Sentences::default();
        for words in [
            &["He", "met", "Smith", "in", "Paris"][..],
            // Results tables: a name, then its country.
            &["Smith", "Germany", "2:05"],
            &["Smith", "Germany", "2:07"],
            &["Jones", "Germany", "2:09"],
        ] {
            sentences.push(words.iter().map(|&w| (w, false)));
        }
        let article = Article::read(&sentences);
        let features = |w: &str| {
            let mut out = Vec::new();
            article_features(&article, &Word::read(w), &mut out);
            out
        };
        let germany = Clusters::get()
            .of("germany")
            .expect("a country has a cluster");
        let germany_after = feature(template::CONTEXT_CLUSTER, &[1, germany as u64]);
        let smith = features("Smith");
        assert_eq!(smith.iter().filter(|&&f| f == germany_after).count(), 1);
        // Met once, a word's only context is its own neighbours, which its window has.
        assert!(features("Jones").is_empty());
    }

    #[test]
    fn known_words_read_as_words_read_afresh_with_one_id_per_article() {
        let lexicon = Lexicon::get();
        let afresh = |w: &str| format!("{:?}", (Word::read(w), lexicon.word(w)));
        let mut known = Known::default();
        let texts = [
            "Biden", "biden", "Biden", "New", "2021", "2022", "São", "New",
        ];
        for article in 1..=2 {
            known.article = article;
            let mut new = NewWords::default();
            let ids: Vec<u32> = texts
                .iter()
                .map(|w| known.id(w, lexicon, &mut new))
                .collect();
            assert_eq!(ids, [0, 1, 0, 2, 3, 4, 5, 2], "{article}");
            for (w, &id) in texts.iter().zip(&ids) {
                let read = (new.words[id as usize], new.marks[id as usize]);
                assert_eq!(format!("{read:?}"), afresh(w), "{w}");
            }
        }
        assert_eq!(known.words.len(), 6, "each text read once");
        // A word whose hash and length another word holds is read, not mistaken for it, and
        // keeps one id in its article.
        let key = (FxBuildHasher.hash_one("Putin"), 5);
        known.index.insert(key, 0);
        known.article = 3;
        let mut new = NewWords::default();
        let ids: Vec<u32> = ["Putin", "Biden", "Putin"]
            .iter()
            .map(|w| known.id(w, lexicon, &mut new))
            .collect();
        assert_eq!(ids, [0, 1, 0]);
        assert_eq!(
            format!("{:?}", (new.words[0], new.marks[0])),
            afresh("Putin")
        );
    }

    #[test]
    fn tag_word_features_are_the_templates_with_the_tag_before_and_the_word() {
        use template::*;
        let w = Word::read("Biden");
        for prev in 0..=TAGS {
            let mut out = Vec::new();
            tag_word_features(prev, &w, &mut out);
            let p = prev as u64;
            let expected = [
                feature(PREV_TAG_WORD, &[p, w.norm]),
                feature(PREV_TAG_SHAPE, &[p, w.shape]),
            ];
            assert_eq!(out, expected, "{prev}");
        }
    }

    #[test]
    fn context_features_are_their_templates_over_the_words_around() {
        use template::*;
        let words = ["President", "Biden", "visited", "New", "York"];
        let mut sentences = Sentences::default();
        sentences.push(words.iter().map(|&w| (w, false)));
        let article = Article::read(&sentences);
        let s = &article.sentences().next().expect("one sentence");
        let mut gazetteers = Vec::new();
        article.gazetteers(s, &mut gazetteers);
        assert!(gazetteers.iter().filter(|g| g.0 != 0).count() >= 2);
        for (i, word) in words.iter().enumerate() {
            let at = |k: isize| article.word(s, i as isize + k);
            let (before, w, after) = (at(-1), at(0), at(1));
            let mut expected = vec![
                feature(SHAPES_AROUND, &[before.shape, w.shape, after.shape]),
                feature(PAIR_BEFORE, &[before.norm, w.norm]),
                feature(PAIR_AFTER, &[w.norm, after.norm]),
            ];
            let around = [
                (GAZETTEER, Some(i)),
                (GAZETTEER_BEFORE, i.checked_sub(1)),
                (GAZETTEER_AFTER, Some(i + 1)),
            ];
            for (t, k) in around {
                if let Some(&(bits, begins)) = k.and_then(|k| gazetteers.get(k)) {
                    let marked = Gazetteer::ALL.into_iter().filter(|g| bits & g.bit() != 0);
                    expected.extend(marked.map(|g| feature(t, &[g as u64, begins as u64])));
                }
            }
            let mut out = Vec::new();
            context_features(&article, s, &gazetteers, i, &mut out);
            assert_eq!(out, expected, "{word}");
        }
    }

    #[test]
    fn features_differ_by_template_and_part_order() {
        use template::*;
        assert_ne!(feature(PAIR_BEFORE, &[1, 2]), feature(PAIR_BEFORE, &[2, 1]));
        assert_ne!(feature(WORD_BEFORE, &[7]), feature(WORD_AFTER, &[7]));
    }
}
