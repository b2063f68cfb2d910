//! Feature extraction for the name tagger: each token becomes a list of hashed features
//! (32-bit FNV-1a of a template number and its strings), so the model stores no strings.
//!
//! The features are the classic ones for news: the word and its neighbours ±2, word shape,
//! prefixes and suffixes, position in the sentence, whether the whole sentence is in capitals
//! (headlines), gazetteer membership of the word and its neighbours, and two document-level
//! cues: whether the word appears capitalised inside a sentence, or in lower case, elsewhere in
//! the same article. Training and tagging share this code, so they can never disagree.

use crate::lexicon::{Gazetteer, Lexicon};
use std::collections::HashSet;

/// FNV-1a over a template number and its parts (each part followed by 0xFF), folded to 24 bits:
/// small enough that the model's sorted keys pack into two bytes each, large enough that the
/// ~25,000 kept features rarely meet an unseen one.
pub fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut feed = |b: u8| {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    };
    feed(template);
    for p in parts {
        p.bytes().for_each(&mut feed);
        feed(0xFF);
    }
    (h ^ (h >> 24)) & 0x00FF_FFFF
}

/// The word as features see it: lower case, digits as `0`, curly quotes and dashes as ASCII.
pub fn norm(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            c if c.is_ascii_digit() => '0',
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '‐' | '‑' => '-',
            c => c,
        })
        .collect()
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters as themselves; runs cut at
/// two ("Biden" → `Xxx`, "S-400" → `X-dd`).
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let (mut last, mut run) = ('\0', 0);
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            (last, run) = (s, 1);
        }
        if run <= 2 {
            out.push(s);
        }
    }
    out
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// A sentence as the tagger sees it.
pub struct Sentence<'a> {
    pub words: Vec<&'a str>,
    /// Whether a hyphen token is joined to words on both sides ("EU-wide").
    pub inner_hyphen: Vec<bool>,
}

/// Whole-article cues: lower-cased words seen capitalised inside a sentence, and words seen in
/// lower case. In a headline in capitals, they tell a name from an ordinary word.
#[derive(Default)]
pub struct DocStats {
    capitalised_inside: HashSet<String>,
    lower_case: HashSet<String>,
}

impl DocStats {
    pub fn new(sentences: &[Sentence]) -> Self {
        let mut stats = DocStats::default();
        for s in sentences {
            let caps = sentence_in_capitals(&s.words);
            for (i, w) in s.words.iter().enumerate() {
                if !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                if w.starts_with(char::is_lowercase) {
                    stats.lower_case.insert(norm(w));
                } else if i > 0 && !caps && is_capitalised(w) {
                    stats.capitalised_inside.insert(norm(w));
                }
            }
        }
        stats
    }
}

/// Most of the sentence's letters are capitals (a headline or a shouted line).
fn sentence_in_capitals(words: &[&str]) -> bool {
    let (mut upper, mut letters) = (0, 0);
    for c in words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
    {
        letters += 1;
        upper += c.is_uppercase() as usize;
    }
    letters >= 6 && upper * 10 >= letters * 8
}

const GAZ_NAMES: [&str; 10] = ["C", "T", "D", "G", "S", "L", "O", "R", "N", "E"];

fn gazetteer_features(t: u8, bits: u16, begins: bool, out: &mut Vec<u32>) {
    for g in Gazetteer::ALL {
        if bits & g.bit() != 0 {
            out.push(hash(
                t,
                &[GAZ_NAMES[g as usize], if begins { "B" } else { "I" }],
            ));
        }
    }
}

/// A sentence ready for decoding: per word, the features that do not depend on tags, and the
/// normalised word and shape that tag features combine with.
pub struct Prepared {
    pub features: Vec<Vec<u32>>,
    pub norms: Vec<String>,
    pub shapes: Vec<String>,
}

/// Prepares `sentence` for decoding.
pub fn prepare(sentence: &Sentence, doc: &DocStats) -> Prepared {
    let words = &sentence.words;
    let n = words.len();
    let norms: Vec<String> = words.iter().map(|w| norm(w)).collect();
    let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
    let gaz = Lexicon::get().mark(words);
    let caps = if sentence_in_capitals(words) {
        "C"
    } else {
        "c"
    };
    fn at(v: &[String], i: isize) -> &str {
        match usize::try_from(i).ok().and_then(|i| v.get(i)) {
            Some(s) => s,
            None if i < 0 => "<s>",
            None => "</s>",
        }
    }
    let features = (0..n)
        .map(|i| {
            let ii = i as isize;
            let (w, s) = (&norms[i], &shapes[i]);
            let mut f = Vec::with_capacity(40);
            f.push(hash(0, &[]));
            f.push(hash(1, &[w]));
            f.push(hash(2, &[s]));
            let chars: Vec<char> = w.chars().collect();
            for k in 1..=4.min(chars.len().saturating_sub(1)) {
                let suffix: String = chars[chars.len() - k..].iter().collect();
                f.push(hash(3, &[&suffix]));
                if k <= 3 {
                    let prefix: String = chars[..k].iter().collect();
                    f.push(hash(4, &[&prefix]));
                }
            }
            let (wm1, wp1) = (at(&norms, ii - 1), at(&norms, ii + 1));
            f.push(hash(5, &[wm1]));
            f.push(hash(6, &[wp1]));
            f.push(hash(7, &[at(&norms, ii - 2)]));
            f.push(hash(8, &[at(&norms, ii + 2)]));
            let (sm1, sp1) = (at(&shapes, ii - 1), at(&shapes, ii + 1));
            f.push(hash(9, &[sm1]));
            f.push(hash(10, &[sp1]));
            f.push(hash(11, &[sm1, s, sp1]));
            f.push(hash(12, &[wm1, w]));
            f.push(hash(13, &[w, wp1]));
            f.push(hash(14, &[if i == 0 { "F" } else { "f" }, s]));
            f.push(hash(15, &[caps, s]));
            if caps == "C" {
                f.push(hash(16, &[w]));
            }
            gazetteer_features(17, gaz[i].0, gaz[i].1, &mut f);
            if i > 0 {
                gazetteer_features(18, gaz[i - 1].0, gaz[i - 1].1, &mut f);
            }
            if i + 1 < n {
                gazetteer_features(19, gaz[i + 1].0, gaz[i + 1].1, &mut f);
            }
            if doc.capitalised_inside.contains(w) {
                f.push(hash(20, &[s]));
            }
            if doc.lower_case.contains(w) {
                f.push(hash(21, &[s]));
            }
            if sentence.inner_hyphen.get(i + 1).copied().unwrap_or(false) {
                f.push(hash(22, &[s, "before-hyphen"]));
            }
            if i > 0 && sentence.inner_hyphen[i - 1] {
                f.push(hash(22, &[s, "after-hyphen"]));
            }
            f
        })
        .collect();
    Prepared {
        features,
        norms,
        shapes,
    }
}

/// Features that depend on the tags already chosen to the left (greedy decoding), and on the
/// kind most often given to the same word earlier in the article (`history`).
pub fn tag_features(
    prev: &str,
    prev2: &str,
    word_norm: &str,
    word_shape: &str,
    history: Option<&str>,
    out: &mut Vec<u32>,
) {
    out.push(hash(30, &[prev]));
    out.push(hash(31, &[prev2, prev]));
    out.push(hash(32, &[prev, word_norm]));
    out.push(hash(33, &[prev, word_shape]));
    if let Some(kind) = history {
        out.push(hash(34, &[kind]));
        out.push(hash(35, &[kind, prev]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_norms() {
        assert_eq!(shape("Biden"), "Xxx");
        assert_eq!(shape("S-400"), "X-dd");
        assert_eq!(shape("NATO"), "XX");
        assert_eq!(norm("Russia’s 2021"), "russia's 0000");
    }

    #[test]
    fn capitals_sentences_are_told_apart() {
        assert!(sentence_in_capitals(&["BIDEN", "CALLS", "PUTIN"]));
        assert!(!sentence_in_capitals(&["Biden", "calls", "Putin"]));
    }
}
