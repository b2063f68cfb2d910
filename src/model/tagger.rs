//! The tagger as the pipeline runs it: the beam search of `decode.rs`, made cheap by adding
//! weights up in groups instead of looking each feature up for each token and tagging.
//!
//! - Word features (`features::word_features`) depend on the word alone, so their weights are
//!   summed once per distinct word, for each of its five places in a window (and, at its own
//!   place, with the position features of an ordinary token: not first, not in a headline in
//!   capitals), and kept for the next articles too (a bounded vocabulary per thread, which
//!   articles refer to by index: "the", "said" or "Reuters" are summed once per thread).
//! - Article features are summed once per distinct word of the article.
//! - Tag features without the word depend only on the two tags before and the word's kind in
//!   the article so far: each of the 576 combinations of two tags before is summed once per
//!   kind, when a word of that kind (or of none) is first tagged. Summing all 12 kinds up front
//!   was 2.7 M instructions of the first call's set-up, and a short text meets one or two.
//! - The two features of a word with the tag before it are summed per word too for the
//!   commonest tag before, O; for other tags before, once per token and tag before.
//!
//! - A sentence greedy decoding tags all O, each word by a wide margin (`PLAIN_MARGIN`), is
//!   not searched with the beam: its words' scores are summed first, checked as they are, and
//!   searched only if a word is a close call or a name (a third of OntoNotes' words, an eighth
//!   of CoNLL-2003's, are in sentences left so).
//! - The beam keeps no tagging `REACH` or more below the word's best: where one tagging leads
//!   that much, it carries fewer than four taggings, and each costs its
//!   tag features with the word, its scores and its insertions.
//!
//! A token then costs about eight vector additions and its few context features (about three),
//! once, then one or two vector additions per tag the beam's taggings end in, and per tag tried
//! after a tagging one addition and a comparison (what the beam costs: docs/DESIGN.md). The
//! lanes are added written out, not in a loop, and sums are made in place: the wasm is built
//! at opt-level "z", which unrolls nothing and copies arrays element by element
//! (docs/PERFORMANCE.md). The tags are the reference decoder's (the same features, weights and
//! beam; only the order of float additions differs), which a test checks on the samples; the two
//! short cuts above were measured to change no tag on OntoNotes dev and CoNLL-2003 dev.

use super::decode::{Beam, History, TagScores};
use super::features::{
    article_features, context_features, position_features, tag_features, tag_word_features,
    word_features, Article, Offset, Word,
};
use super::lanes::{above, add, Scores};
use super::weights::Model;
use super::{Kind, Tag, BEAM, TAGS};
use rustc_hash::FxHashMap;
use std::sync::{Mutex, OnceLock};

/// A word's summed weights at each [`Offset`], then at [`ORDINARY`] and [`AFTER_O`].
type Window = [Scores; 7];

/// The word's own place with the position features of an ordinary token.
const ORDINARY: usize = 5;
/// The word's tag features after an O tag, the commonest tag before a word.
const AFTER_O: usize = 6;

/// How far O must lead every other tag at every word, in greedy decoding, for a sentence to be
/// left without names and without the beam: the beam then finds no name there either (measured:
/// the same tags on OntoNotes dev and CoNLL-2003 dev; docs/PERFORMANCE.md, "The tagger's decode,
/// round 4"). A sentence with no name needs no margins (`confidence.rs`).
const PLAIN_MARGIN: f32 = 25.0;

/// Whether O leads every tag that may follow O or the start (every B- tag, odd) by more than
/// [`PLAIN_MARGIN`], in a word's scores before the tags plus `after` (its tag features with the
/// tag before) and `tag_sums` (the tag features without the word).
#[inline]
fn plainly_o(scores: &Scores, after: &Scores, tag_sums: &Scores) -> bool {
    let mut total = *scores;
    add(&mut total, after);
    add(&mut total, tag_sums);
    let best_name = total[1..]
        .iter()
        .step_by(2)
        .fold(f32::MIN, |m, &x| m.max(x));
    total[0] - best_name > PLAIN_MARGIN
}

/// How far below a word's best tagging the beam keeps others (`Beam::with_reach`): where one
/// tagging leads by more, the beam carries fewer than `BEAM` taggings, and each costs its tag
/// features with the word and its insertions. At 50 the tags are those of a beam without a
/// reach on OntoNotes dev and CoNLL-2003 dev, and 11 names' confidences of 18,213 move up, by
/// 0.002 to 0.114 (a rival the reach left out had led to a closer one); at 75 none moves, for 4 %
/// more instructions (docs/PERFORMANCE.md, "The tagger's decode, round 4"). Training's beam has
/// none.
const REACH: f32 = 50.0;

/// Values a "tag before" takes: a tag, or none at the start of a sentence.
const PREV: usize = TAGS + 1;

/// Words whose windows a vocabulary keeps, at most (644 bytes each, 5.3 MB). Before an article
/// whose words could take it past this it keeps only the words two articles or more used since
/// it last did ("the", "said", the week's names), and empties itself if those leave no room: a
/// long text's vocabulary is mostly names met in one article only. (Emptied whole, as it was,
/// 2^14 words cost 3.2 G instructions over 2 MB of news and 2^13 1.8 % more; its list once
/// doubled past 2^14, to 21 MB: docs/PERFORMANCE.md, "Peak memory, round 6".)
const CACHED_WORDS: usize = 1 << 13;

/// The windows of words met before, by the word's normalised form and shape (which settle all
/// its word features: a new one that does not follow from them must join this key). An article
/// refers to them by index, so a word met again costs one hash look-up, no copy.
#[derive(Default)]
struct Vocabulary {
    index: FxHashMap<(u64, u64), u32>,
    windows: Vec<Window>,
    /// Per window: its word's key, and how many articles used it since the vocabulary was last
    /// made room in (at most 2).
    keys: Vec<(u64, u64)>,
    uses: Vec<u8>,
}

impl Vocabulary {
    /// Room for `words` more words: only the words two articles used are kept, or none.
    fn make_room(&mut self, words: usize) {
        if self.windows.len() + words <= CACHED_WORDS {
            return;
        }
        let mut kept = 0;
        for i in 0..self.windows.len() {
            if self.uses[i] >= 2 {
                self.windows[kept] = self.windows[i];
                self.keys[kept] = self.keys[i];
                // Kept again next time only if another article uses it.
                self.uses[kept] = 1;
                kept += 1;
            }
        }
        if kept + words > CACHED_WORDS {
            kept = 0;
        }
        self.windows.truncate(kept);
        self.keys.truncate(kept);
        self.uses.truncate(kept);
        self.index.clear();
        self.index
            .extend(self.keys.iter().enumerate().map(|(i, &k)| (k, i as u32)));
    }
}

pub(crate) struct Tagger {
    model: Model,
    /// One vocabulary per thread tagging at once: an article takes one for its whole tagging
    /// and gives it back, so threads never wait on each other while tagging.
    vocabularies: Mutex<Vec<Vocabulary>>,
    /// Summed weights of `features::tag_features`, a block per history (each kind, then none),
    /// at `prev2 * PREV + prev` in it: a block is summed on its first use, so a lookup is an
    /// index (module docs).
    tag_sums: [OnceLock<Box<[Scores]>>; Kind::ALL.len() + 1],
    start: Window,
    end: Window,
}

/// A word's scores after a tagging: the word's with the tagging's last tag, plus the tag
/// features', added for each tag the beam tries and for no other.
struct AfterTagging<'a>(&'a Scores, &'a Scores);

impl TagScores for AfterTagging<'_> {
    #[inline]
    fn score(&self, tag: Tag) -> f32 {
        self.0[tag] + self.1[tag]
    }

    #[inline]
    fn above(&self, base: f32, floor: f32) -> u32 {
        above(self.0, self.1, base, floor)
    }
}

/// Adds the weights of `features` to `scores`, in order (as `Model::add` would).
#[cfg_attr(newsmark_speed, optimize(speed))]
fn add_weights(model: &Model, scores: &mut Scores, features: &[u32]) {
    for &f in features {
        if let Some(row) = model.row(f) {
            add_row(scores, row);
        }
    }
}

/// [`add`] out of line, for loops over rows: inlined there, LLVM keeps the 23 lanes of
/// `scores` in registers across the loop and adds them one by one.
#[inline(never)]
#[cfg_attr(newsmark_speed, optimize(speed))]
fn add_row(scores: &mut Scores, row: &Scores) {
    add(scores, row);
}

/// `scores` plus the weights of `features`, added in order.
#[cfg_attr(newsmark_speed, optimize(speed))]
fn sum(model: &Model, mut scores: Scores, features: &[u32]) -> Scores {
    add_weights(model, &mut scores, features);
    scores
}

#[cfg_attr(newsmark_speed, optimize(speed))]
fn window(model: &Model, w: &Word, features: &mut Vec<u32>) -> Window {
    let mut window = [[0.0; TAGS]; 7];
    for offset in Offset::ALL {
        features.clear();
        word_features(w, offset, features);
        add_weights(model, &mut window[offset as usize], features);
    }
    // The word's own features again, then the position features: the same additions in the
    // same order as summing them all from zero, without hashing the word's features twice.
    features.clear();
    position_features(w, false, false, features);
    window[ORDINARY] = window[Offset::Here as usize];
    add_weights(model, &mut window[ORDINARY], features);
    features.clear();
    tag_word_features(0, w, features);
    add_weights(model, &mut window[AFTER_O], features);
    window
}

/// The summed weights of `features::tag_features` for `history`, every `prev2` and `prev`.
fn tag_sums(model: &Model, history: Option<Kind>) -> Box<[Scores]> {
    let mut features = Vec::new();
    (0..PREV)
        .flat_map(|prev2| (0..PREV).map(move |prev| (prev2, prev)))
        .map(|(prev2, prev)| {
            features.clear();
            tag_features(prev, prev2, history, &mut features);
            sum(model, [0.0; TAGS], &features)
        })
        .collect()
}

impl Tagger {
    pub(crate) fn new(model: Model) -> Tagger {
        let mut features = Vec::new();
        Tagger {
            start: window(&model, &Word::START, &mut features),
            end: window(&model, &Word::END, &mut features),
            tag_sums: Default::default(),
            model,
            vocabularies: Mutex::new(Vec::new()),
        }
    }

    /// The summed weights of the tag features without the word, for a word of this kind so
    /// far, after each `prev2` then each `prev`.
    fn tag_sums(&self, history: Option<Kind>) -> &[Scores] {
        let h = history.map_or(Kind::ALL.len(), |k| k as usize);
        self.tag_sums[h].get_or_init(|| tag_sums(&self.model, history))
    }

    #[cfg(test)]
    pub(crate) fn model(&self) -> &Model {
        &self.model
    }

    /// Where the windows of the article's distinct words are in `vocabulary`, summing those of
    /// words it has not met.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    fn windows(
        &self,
        vocabulary: &mut Vocabulary,
        article: &Article,
        features: &mut Vec<u32>,
    ) -> Vec<u32> {
        vocabulary.make_room(article.words.len());
        let Vocabulary {
            index,
            windows,
            keys,
            uses,
        } = vocabulary;
        (article.words.iter())
            .map(|w| {
                let key = (w.norm, w.shape);
                let slot = *index.entry(key).or_insert_with(|| {
                    windows.push(window(&self.model, w, features));
                    keys.push(key);
                    uses.push(0);
                    windows.len() as u32 - 1
                });
                // An article's words are distinct (two spellings may share a key), so this
                // counts articles.
                uses[slot as usize] = uses[slot as usize].saturating_add(1).min(2);
                slot
            })
            .collect()
    }

    /// Drops every vocabulary not in use (`super::forget_words`).
    pub(crate) fn forget(&self) {
        if let Ok(mut v) = self.vocabularies.lock() {
            *v = Vec::new();
        }
    }

    /// Tags every sentence of the article, in order (the history carries over).
    #[cfg(test)]
    pub(crate) fn tag(&self, article: &Article) -> Vec<Vec<Tag>> {
        let mut all = Vec::new();
        self.tag_with(article, |_, tags| all.push(tags.to_vec()));
        all
    }

    /// [`tag`](Self::tag), handing `seen` each sentence's final beam and chosen tags (what
    /// `confidence.rs` reads the margins from; the beam is empty for a sentence left without
    /// names before it ran, `PLAIN_MARGIN`).
    // Out of line (called once per article) so that profiles show its share.
    #[inline(never)]
    pub(crate) fn tag_with(&self, article: &Article, seen: impl FnMut(&Beam, &[Tag])) {
        let taken = self.vocabularies.lock().ok().and_then(|mut v| v.pop());
        let mut vocabulary = taken.unwrap_or_default();
        self.tag_in(&mut vocabulary, article, seen);
        if let Ok(mut v) = self.vocabularies.lock() {
            v.push(vocabulary);
        }
    }

    /// The summed weights of the word's tag features after `prev` (`tag_word_features`).
    fn tag_word(&self, prev: Tag, w: &Word, features: &mut Vec<u32>) -> Scores {
        features.clear();
        tag_word_features(prev, w, features);
        sum(&self.model, [0.0; TAGS], features)
    }

    #[cfg_attr(newsmark_speed, optimize(speed))]
    fn tag_in(
        &self,
        vocabulary: &mut Vocabulary,
        article: &Article,
        mut seen: impl FnMut(&Beam, &[Tag]),
    ) {
        let mut features = Vec::with_capacity(32);
        let slots = self.windows(vocabulary, article, &mut features);
        let windows = &vocabulary.windows;
        let in_article: Vec<Scores> = (article.words.iter())
            .map(|w| {
                features.clear();
                article_features(article, w, &mut features);
                sum(&self.model, [0.0; TAGS], &features)
            })
            .collect();
        let mut history = History::default();
        // Each sentence's tags and its words' gazetteers, in lists reused.
        let mut tags: Vec<Tag> = Vec::with_capacity(64);
        let mut gazetteers = Vec::with_capacity(64);
        let mut beam = Beam::new(BEAM, 64).with_reach(REACH);
        // Per word of the sentence, its scores before the tags (`statics`) and its tag sums.
        let mut statics: Vec<Scores> = Vec::with_capacity(64);
        let mut sums: Vec<&[Scores]> = Vec::with_capacity(64);
        // Per word, its scores after each tag the taggings end in (the first `known` entries).
        let mut after: [(Tag, Scores); BEAM] = [(PREV, [0.0; TAGS]); BEAM];
        for s in article.sentences() {
            let s = &s;
            let window_at = |i: isize| match usize::try_from(i).ok().and_then(|i| s.ids.get(i)) {
                Some(&id) => &windows[slots[id as usize] as usize],
                None if i < 0 => &self.start,
                None => &self.end,
            };
            article.gazetteers(s, &mut gazetteers);
            statics.clear();
            sums.clear();
            // The first word's tag features after the start, which greedy decoding and the beam
            // both need.
            let first = s
                .ids
                .first()
                .map(|_| self.tag_word(TAGS, article.word(s, 0), &mut features));
            // Whether greedy decoding has tagged every word so far O by more than
            // `PLAIN_MARGIN`: if it does to the end, the beam is not run (`PLAIN_MARGIN`).
            let mut plain = true;
            for (i, &id) in s.ids.iter().enumerate() {
                let ii = i as isize;
                let w = article.word(s, ii);
                let own = window_at(ii);
                features.clear();
                let ordinary = i > 0 && !s.in_capitals;
                let mut scores = if ordinary {
                    own[ORDINARY]
                } else {
                    position_features(w, i == 0, s.in_capitals, &mut features);
                    own[Offset::Here as usize]
                };
                add(&mut scores, &in_article[id as usize]);
                for (offset, at) in [
                    (Offset::Before, ii - 1),
                    (Offset::After, ii + 1),
                    (Offset::Before2, ii - 2),
                    (Offset::After2, ii + 2),
                ] {
                    add(&mut scores, &window_at(at)[offset as usize]);
                }
                context_features(article, s, &gazetteers, i, &mut features);
                add_weights(&self.model, &mut scores, &features);
                let tag_sums = self.tag_sums(history.kind(w));
                if plain {
                    // The tags before: none at the start, then O.
                    let (prev, prev2, after) = match (i, &first) {
                        (0, Some(first)) => (TAGS, TAGS, first),
                        (1, _) => (0, TAGS, &own[AFTER_O]),
                        _ => (0, 0, &own[AFTER_O]),
                    };
                    plain = plainly_o(&scores, after, &tag_sums[prev2 * PREV + prev]);
                }
                statics.push(scores);
                sums.push(tag_sums);
            }
            beam.clear();
            if plain {
                tags.clear();
                tags.resize(statics.len(), 0);
            } else {
                for (i, (scores, tag_sums)) in statics.iter().zip(&sums).enumerate() {
                    let w = article.word(s, i as isize);
                    let own = window_at(i as isize);
                    // The word's scores with each tag before it (its features with that tag
                    // added), once per tag the taggings end in: they often end alike, so a
                    // word needs at most as many as the beam is wide.
                    let mut known = 0;
                    for hyp in beam.last() {
                        if after[..known].iter().any(|a| a.0 == hyp.tag) {
                            continue;
                        }
                        // The beam holds at most `BEAM` taggings, so at most as many tags.
                        let at = known.min(BEAM - 1);
                        known = at + 1;
                        let (tag, sums) = &mut after[at];
                        (*tag, *sums) = (hyp.tag, *scores);
                        match (hyp.tag, &first) {
                            (0, _) => add(sums, &own[AFTER_O]),
                            (TAGS, Some(first)) => add(sums, first),
                            _ => add(sums, &self.tag_word(hyp.tag, w, &mut features)),
                        }
                    }
                    let after = &after[..known];
                    beam.advance(|hyp| {
                        let at = after.iter().position(|a| a.0 == hyp.tag).unwrap_or(0);
                        AfterTagging(&after[at].1, &tag_sums[hyp.prev * PREV + hyp.tag])
                    });
                }
                beam.best_into(&mut tags);
            }
            seen(&beam, &tags);
            for (i, &t) in tags.iter().enumerate() {
                history.record(article.word(s, i as isize), t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::decode::decode;
    use super::super::features::prepare;
    use super::super::{sentences, shipped, BEAM, TAGS};
    use super::{Vocabulary, CACHED_WORDS};
    use crate::text::{split_sentences, tokenize};

    /// Making room keeps the windows of words two articles used, where the index finds them,
    /// and lets them go when no article uses them again.
    #[test]
    fn making_room_keeps_the_words_two_articles_used() {
        let mut v = Vocabulary::default();
        for k in 0..CACHED_WORDS as u64 {
            v.index.insert((k, 0), k as u32);
            v.windows.push([[k as f32; TAGS]; 7]);
            v.keys.push((k, 0));
            v.uses.push(if k % 4 == 0 { 2 } else { 1 });
        }
        v.make_room(0);
        assert_eq!(v.windows.len(), CACHED_WORDS, "there was room");
        v.make_room(10);
        assert_eq!(v.windows.len(), CACHED_WORDS / 4);
        for (i, &(k, _)) in v.keys.iter().enumerate() {
            assert_eq!(k % 4, 0);
            assert_eq!(v.index[&(k, 0)], i as u32);
            assert_eq!(v.windows[i][6][TAGS - 1], k as f32);
        }
        v.make_room(CACHED_WORDS);
        assert!(v.windows.is_empty() && v.index.is_empty() && v.uses.is_empty());
    }

    /// The fast tagger and the reference decoder, with the same beam, agree on every tag of the
    /// samples.
    #[test]
    fn tags_as_the_reference_decoder_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("the samples are in the repository")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        texts.push(
            "BIDEN CALLS PUTIN AFTER TALKS IN GENEVA\nJoe Biden called Vladimir Putin.".into(),
        );
        // Names the beam tags otherwise than greedy decoding would, for one model or another.
        texts.push("Vladimir Putin met Joe Biden. Biden-Putin talks on US-Russia ties.".into());
        assert!(
            texts.len() > 3,
            "the samples, one headline, one line of names"
        );
        let tagger = shipped();
        for text in &texts {
            let tokens = tokenize(text);
            let ranges = split_sentences(text, &tokens);
            let sentences = sentences(text, &tokens, &ranges);
            let article = super::Article::read(&sentences);
            let mut history = super::History::default();
            let reference: Vec<_> = article
                .sentences()
                .map(|s| decode(tagger.model(), &prepare(&article, &s), &mut history, BEAM))
                .collect();
            assert_eq!(tagger.tag(&article), reference);
        }
    }
}
