//! Greedy left-to-right decoding: each word gets the best-scoring tag given its features, the
//! two tags before it and the kinds its word was given earlier in the article. An I- tag is
//! only allowed after B- or I- of the same kind, so every span is well formed.
//!
//! This is the reference decoder over explicit feature lists, which training needs;
//! `tagger.rs` makes the same choices from weights summed per distinct word.

use super::features::{prev_tag, tag_features, tag_word_features, Prepared, Word};
use super::hash::FastMap;
use super::{kind_of, Kind, Scorer, Tag, TAGS};

/// Kinds given so far in an article to each capitalised word (by normalised form): the
/// "prediction history" that keeps a name's type consistent through an article.
#[derive(Default)]
pub struct History(FastMap<u64, [u16; 5]>);

impl History {
    /// The kind this word got most often, if it was ever part of a name.
    pub fn kind(&self, w: &Word) -> Option<Kind> {
        let counts = self.0.get(&w.norm)?;
        let (best, &n) = counts[1..]
            .iter()
            .enumerate()
            .max_by_key(|(i, &n)| (n, std::cmp::Reverse(*i)))?;
        (n > 0).then(|| Kind::ALL[best])
    }

    /// Records the tag chosen for a word.
    pub fn record(&mut self, w: &Word, tag: Tag) {
        if w.capitalised {
            let counts = self.0.entry(w.norm).or_default();
            let slot = kind_of(tag).map_or(0, |k| 1 + k as usize);
            counts[slot] = counts[slot].saturating_add(1);
        }
    }
}

/// Whether `tag` may follow `prev`.
pub fn allowed(prev: Tag, tag: Tag) -> bool {
    tag == 0 || tag % 2 == 1 || prev == tag || prev + 1 == tag
}

/// The features of word `i` given the tags chosen before it: the static ones, then the tag ones.
pub fn token_features(
    sentence: &Prepared,
    i: usize,
    tags: &[Tag],
    history: &History,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend_from_slice(&sentence.features[i]);
    let (prev, w) = (prev_tag(tags, i, 1), &sentence.words[i]);
    tag_features(prev, prev_tag(tags, i, 2), history.kind(w), out);
    tag_word_features(prev, w, out);
}

/// Records the tags chosen for a sentence in the article's history.
pub fn remember(sentence: &Prepared, tags: &[Tag], history: &mut History) {
    for (w, &t) in sentence.words.iter().zip(tags) {
        history.record(w, t);
    }
}

/// The best allowed tag for the scores, after `prev`.
pub fn best(scores: &[f32; TAGS], prev: Tag) -> Tag {
    (0..TAGS)
        .filter(|&t| allowed(prev, t))
        .fold(0, |b, t| if scores[t] > scores[b] { t } else { b })
}

/// Tags every word of the sentence, the article's sentences being decoded in order.
pub fn decode(model: &impl Scorer, sentence: &Prepared, history: &mut History) -> Vec<Tag> {
    let mut tags = Vec::with_capacity(sentence.features.len());
    let mut features = Vec::new();
    for i in 0..sentence.features.len() {
        token_features(sentence, i, &tags, history, &mut features);
        let mut scores = [0f32; TAGS];
        for &f in &features {
            model.add(f, &mut scores);
        }
        tags.push(best(&scores, tags.last().copied().unwrap_or(0)));
    }
    remember(sentence, &tags, history);
    tags
}
