//! Greedy left-to-right decoding: each word gets the best-scoring tag given its features, the
//! two tags before it and the kinds its word was given earlier in the article. An I- tag is
//! only allowed after B- or I- of the same kind, so every span is well formed.

use super::features::{tag_features, Prepared};
use super::{kind_of, tag_name, Kind, Scorer, Tag, TAGS};
use std::collections::HashMap;

/// Kinds given so far in an article to each capitalised word (by normalised form): the
/// "prediction history" that keeps a name's type consistent through an article.
#[derive(Default)]
pub struct History(HashMap<String, [u16; 5]>);

impl History {
    /// The kind this word got most often, if it was ever part of a name.
    fn kind(&self, word: &str) -> Option<&'static str> {
        let counts = self.0.get(word)?;
        let (best, &n) = counts[1..]
            .iter()
            .enumerate()
            .max_by_key(|(i, &n)| (n, std::cmp::Reverse(*i)))?;
        (n > 0).then(|| Kind::ALL[best].as_str())
    }

    fn record(&mut self, word: &str, shape: &str, tag: Tag) {
        if shape.starts_with('X') {
            let counts = self.0.entry(word.to_string()).or_default();
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
pub fn word_features(
    sentence: &Prepared,
    i: usize,
    tags: &[Tag],
    history: &History,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend_from_slice(&sentence.features[i]);
    let prev = i.checked_sub(1).map_or("<s>", |j| tag_name(tags[j]));
    let prev2 = i.checked_sub(2).map_or("<s>", |j| tag_name(tags[j]));
    let (word, shape) = (&sentence.norms[i], &sentence.shapes[i]);
    tag_features(prev, prev2, word, shape, history.kind(word), out);
}

/// Records the tag chosen for word `i` in the article's history.
pub fn remember(sentence: &Prepared, i: usize, tag: Tag, history: &mut History) {
    history.record(&sentence.norms[i], &sentence.shapes[i], tag);
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
        word_features(sentence, i, &tags, history, &mut features);
        let mut scores = [0f32; TAGS];
        for &f in &features {
            model.add(f, &mut scores);
        }
        tags.push(best(&scores, tags.last().copied().unwrap_or(0)));
    }
    for (i, &t) in tags.iter().enumerate() {
        remember(sentence, i, t, history);
    }
    tags
}
