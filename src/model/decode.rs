//! Beam search over a sentence's tags: a word's tag scores depend on its features, the two
//! tags before it and the kinds its word was given earlier in the article (the history, updated
//! only after each sentence, from the tags chosen, so it is fixed while a sentence is searched).
//! A tagging scores the sum of its words' scores; the beam keeps the best few left to right
//! ([`Beam`]). An I- tag is only allowed after B- or I- of the same kind, so every span is
//! well formed.
//!
//! Not greedy: a greedily trained model's scores are not comparable across taggings, so the model
//! is trained over the same beam (`train.rs`; figures in docs/DESIGN.md).
//!
//! This is the reference decoder over explicit feature lists, which training needs;
//! `tagger.rs` makes the same choices from weights summed per distinct word.

use super::features::Word;
#[cfg(any(test, feature = "train"))]
use super::features::{tag_features, tag_word_features, Prepared};
#[cfg(any(test, feature = "train"))]
use super::Scorer;
use super::{kind_of, Kind, Tag, TAGS};
use rustc_hash::FxHashMap;

/// Kinds given so far in an article to each capitalised word (by normalised form): the
/// "prediction history" that keeps a name's type consistent through an article.
#[derive(Default)]
pub(crate) struct History(FxHashMap<u64, [u16; 1 + Kind::ALL.len()]>);

impl History {
    /// The kind this word got most often, if it was ever part of a name.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    pub(crate) fn kind(&self, w: &Word) -> Option<Kind> {
        let counts = self.0.get(&w.norm)?;
        let (best, &n) = counts[1..]
            .iter()
            .enumerate()
            .max_by_key(|(i, &n)| (n, std::cmp::Reverse(*i)))?;
        (n > 0).then(|| Kind::ALL[best])
    }

    /// Records the tag chosen for a word.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    pub(crate) fn record(&mut self, w: &Word, tag: Tag) {
        if w.capitalised {
            let counts = self.0.entry(w.norm).or_default();
            let slot = kind_of(tag).map_or(0, |k| 1 + k as usize);
            counts[slot] = counts[slot].saturating_add(1);
        }
    }
}

/// The features of word `i` given the tags before it (`prev`, `prev2`, as `prev_tag` gives
/// them): the static ones, then the tag ones.
#[cfg(feature = "train")]
pub(crate) fn token_features(
    sentence: &Prepared,
    i: usize,
    (prev, prev2): (usize, usize),
    history: &History,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend_from_slice(&sentence.features[i]);
    push_tag_features(sentence, i, (prev, prev2), history, out);
}

/// The tag features alone of word `i` after `prev`, `prev2`.
#[cfg(any(test, feature = "train"))]
pub(crate) fn tag_only_features(
    sentence: &Prepared,
    i: usize,
    prevs: (usize, usize),
    history: &History,
    out: &mut Vec<u32>,
) {
    out.clear();
    push_tag_features(sentence, i, prevs, history, out);
}

#[cfg(any(test, feature = "train"))]
fn push_tag_features(
    sentence: &Prepared,
    i: usize,
    (prev, prev2): (usize, usize),
    history: &History,
    out: &mut Vec<u32>,
) {
    let w = &sentence.words[i];
    tag_features(prev, prev2, history.kind(w), out);
    tag_word_features(prev, w, out);
}

/// Records the tags chosen for a sentence in the article's history.
#[cfg(any(test, feature = "train"))]
pub(crate) fn remember(sentence: &Prepared, tags: &[Tag], history: &mut History) {
    for (w, &t) in sentence.words.iter().zip(tags) {
        history.record(w, t);
    }
}

/// A tagging in the beam, as far as one word: its score, where the tagging it extends stands
/// in the beam at the word before, its tag, and the tag before it (`TAGS` at the start, as
/// `features::prev_tag` gives it).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hyp {
    pub(crate) score: f32,
    pub(crate) from: u32,
    pub(crate) tag: Tag,
    pub(crate) prev: Tag,
}

/// A word's scores after one tagging, read a tag at a time: the beam reads only the tags that
/// may follow the tagging's last, so a scorer that sums parts need not add up the others.
pub(crate) trait TagScores {
    fn score(&self, tag: Tag) -> f32;

    /// The tags `t` (bit `t`) where `base + score(t) > floor`, or more: the beam checks each
    /// again. A scorer that can test all tags at once (in SIMD lanes) spares the beam a
    /// comparison per tag that fails.
    #[inline]
    fn above(&self, _base: f32, _floor: f32) -> u32 {
        u32::MAX
    }
}

impl TagScores for [f32; TAGS] {
    #[inline]
    fn score(&self, tag: Tag) -> f32 {
        self[tag]
    }
}

/// The tags that may follow each tag (last: the start of a sentence), as bits (bit `t` for tag
/// `t`): O, every B-, and the I- that continues the tag before, if any.
const NEXT: [u32; TAGS + 1] = next_tags();

const fn next_tags() -> [u32; TAGS + 1] {
    const _: () = assert!(TAGS <= 32, "a tag per bit of a u32");
    let mut table = [0; TAGS + 1];
    let mut prev = 0;
    while prev <= TAGS {
        let mut t = 0;
        while t < TAGS {
            // O, a B- (odd), or the I- (even) of the B- or I- before.
            let continues = prev < TAGS && t > 0 && t % 2 == 0 && (prev == t || prev + 1 == t);
            if t == 0 || t % 2 == 1 || continues {
                table[prev] |= 1 << t;
            }
            t += 1;
        }
        prev += 1;
    }
    table
}

/// The empty tagging before a sentence's first word.
const START: Hyp = Hyp {
    score: 0.0,
    from: 0,
    tag: TAGS,
    prev: TAGS,
};

/// Beam search over one sentence: after each word, the `width` best-scoring taggings so far
/// that differ in their last two tags. Those are the only tags the features see, so of two
/// taggings ending alike the lower can never overtake the other: keeping one per pair loses
/// nothing, and a width of at least the pairs (`TAGS * (TAGS + 1)`) makes the search exact (Viterbi). Width 1 is
/// greedy decoding. With a reach ([`Beam::with_reach`]; the tagger's, not training's), no tagging
/// that far or farther below the word's best is kept: where the best leads by that much, the
/// beam narrows to what greedy decoding would carry.
pub(crate) struct Beam {
    width: usize,
    /// The empty tagging, then every word's taggings one after another, each word's best first.
    hyps: Vec<Hyp>,
    /// Where the empty tagging, then each word's taggings, start in `hyps`.
    starts: Vec<u32>,
    /// None of the word's taggings at or below this can enter: the worst one's score while they
    /// are full, and the best one's less `reach`.
    floor: f32,
    /// How far below the word's best tagging another may be kept (infinite: as far as `width`
    /// allows).
    reach: f32,
}

impl Beam {
    pub(crate) fn new(width: usize, words: usize) -> Beam {
        let mut hyps = Vec::with_capacity(1 + words * width);
        hyps.push(START);
        let mut starts = Vec::with_capacity(1 + words);
        starts.push(0);
        Beam {
            width: width.max(1),
            hyps,
            starts,
            floor: f32::MIN,
            reach: f32::INFINITY,
        }
    }

    /// The beam keeping no tagging `reach` or more below the word's best (the tagger's, not
    /// training's: `tagger::REACH`).
    pub(crate) fn with_reach(self, reach: f32) -> Beam {
        Beam { reach, ..self }
    }

    /// How far below the word's best tagging another is kept (infinite: as `width` allows). A
    /// word with fewer than `width` taggings had every other more than this below its best.
    pub(crate) fn reach(&self) -> f32 {
        self.reach
    }

    /// How many taggings the beam keeps after a word, at most.
    pub(crate) fn width(&self) -> usize {
        self.width
    }

    /// Empties the beam for the next sentence, keeping its buffers.
    pub(crate) fn clear(&mut self) {
        self.hyps.clear();
        self.hyps.push(START);
        self.starts.clear();
        self.starts.push(0);
    }

    /// The words tagged so far.
    pub(crate) fn words(&self) -> usize {
        self.starts.len() - 1
    }

    /// The taggings the next word extends, best first: the last word's, or the empty one.
    pub(crate) fn last(&self) -> &[Hyp] {
        &self.hyps[self.starts[self.starts.len() - 1] as usize..]
    }

    /// The taggings of word `i`, best first.
    pub(crate) fn at(&self, i: usize) -> &[Hyp] {
        let end = self
            .starts
            .get(i + 2)
            .map_or(self.hyps.len(), |&e| e as usize);
        &self.hyps[self.starts[i + 1] as usize..end]
    }

    /// Tags the next word: `scores(hyp)` gives the word's scores after each tagging of the word
    /// before (an I- tag only after B- or I- of its kind). Ties go to the earlier tagging, then
    /// the lower tag.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    pub(crate) fn advance<S: TagScores>(&mut self, mut scores: impl FnMut(&Hyp) -> S) {
        let (from, start) = (self.starts[self.starts.len() - 1] as usize, self.hyps.len());
        self.starts.push(start as u32);
        self.floor = f32::MIN;
        // The tags of the taggings extended so far: a candidate after a tag not among them
        // cannot end like one kept, which spares `keep` its search.
        let mut extended = 0u32;
        for h in 0..start - from {
            let hyp = self.hyps[from + h];
            let fresh = extended & 1 << hyp.tag == 0;
            extended |= 1 << hyp.tag;
            let s = scores(&hyp);
            if h == 0 && self.reach.is_finite() {
                // The word's best tagging scores at least the best one's with O (which may
                // follow any tag): whatever is `reach` below that goes at the end, so it is
                // not built (the same taggings kept: docs/PERFORMANCE.md, "Speed, round 6").
                self.floor = hyp.score + s.score(0) - self.reach;
            }
            // The tags that may follow, lowest first, less those that cannot pass the floor.
            let mut tags = NEXT[hyp.tag] & s.above(hyp.score, self.floor);
            while tags != 0 {
                let t = tags.trailing_zeros() as Tag;
                tags &= tags - 1;
                let score = hyp.score + s.score(t);
                // Most candidates fall below the floor: reject them before building them.
                if score > self.floor {
                    let c = Hyp {
                        score,
                        from: h as u32,
                        tag: t,
                        prev: hyp.tag,
                    };
                    self.keep(start, c, fresh);
                }
            }
        }
        // Those kept before a better one came that it leaves out of reach.
        if let Some(best) = self.hyps.get(start).map(|h| h.score - self.reach) {
            while self.hyps.len() > start + 1 && self.hyps[self.hyps.len() - 1].score <= best {
                self.hyps.pop();
            }
        }
    }

    /// Puts `c`, above the floor, among the word's taggings (from `start`) if it is among the
    /// `width` best and the best ending in its two tags (none kept can end alike if `fresh`).
    /// The few taggings are shifted by hand: cheaper than `Vec::insert` and `remove` at this
    /// size.
    #[cfg_attr(newsmark_speed, optimize(speed))]
    fn keep(&mut self, start: usize, c: Hyp, fresh: bool) {
        let kept = &self.hyps[start..];
        let same = if fresh {
            None
        } else {
            kept.iter().position(|k| k.tag == c.tag && k.prev == c.prev)
        };
        // Where the tagging ending alike is (it goes), or the end (the last goes if full).
        let mut gap = match same {
            Some(same) if kept[same].score >= c.score => return,
            Some(same) => same,
            None if kept.len() < self.width => {
                self.hyps.push(c);
                self.hyps.len() - 1 - start
            }
            None => kept.len() - 1,
        };
        // A slice, not the `Vec`: at the wasm's opt-level "z" each `Vec` index is a call.
        let kept = &mut self.hyps[start..];
        while gap > 0 && kept[gap - 1].score < c.score {
            kept[gap] = kept[gap - 1];
            gap -= 1;
        }
        kept[gap] = c;
        let worst = if kept.len() == self.width {
            kept[kept.len() - 1].score
        } else {
            f32::MIN
        };
        self.floor = worst.max(kept[0].score - self.reach);
    }

    /// The tags of word `i`'s tagging `h`, from the first word.
    #[cfg(feature = "train")]
    pub(crate) fn tags(&self, i: usize, h: usize) -> Vec<Tag> {
        let mut tags = Vec::new();
        self.tags_into(i, h, &mut tags);
        tags
    }

    /// The tags of word `i`'s tagging `h` into `tags`, which it replaces.
    fn tags_into(&self, i: usize, mut h: usize, tags: &mut Vec<Tag>) {
        tags.clear();
        tags.resize(i + 1, 0);
        for j in (0..=i).rev() {
            let hyp = self.at(j)[h];
            tags[j] = hyp.tag;
            h = hyp.from as usize;
        }
    }

    /// The best tagging of the whole sentence.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn best(&self) -> Vec<Tag> {
        let mut tags = Vec::new();
        self.best_into(&mut tags);
        tags
    }

    /// The best tagging of the whole sentence into `tags`, which it replaces: the pipeline
    /// keeps one list for every sentence's tags.
    pub(crate) fn best_into(&self, tags: &mut Vec<Tag>) {
        match self.words() {
            0 => tags.clear(),
            n => self.tags_into(n - 1, 0, tags),
        }
    }
}

/// Tags every word of the sentence with a beam of `width`, the article's sentences being
/// decoded in order.
#[cfg(any(test, feature = "train"))]
pub(crate) fn decode(
    model: &impl Scorer,
    sentence: &Prepared,
    history: &mut History,
    width: usize,
) -> Vec<Tag> {
    let tags = search(model, sentence, history, width, None);
    remember(sentence, &tags, history);
    tags
}

/// The best tagging the beam finds, among those whose every tag is in the word's `allowed` bits
/// if given (training's latent gold); the history is left as it was.
#[cfg(any(test, feature = "train"))]
pub(crate) fn search(
    model: &impl Scorer,
    sentence: &Prepared,
    history: &History,
    width: usize,
    allowed: Option<&[u32]>,
) -> Vec<Tag> {
    let mut beam = Beam::new(width, sentence.features.len());
    let mut features = Vec::new();
    for i in 0..sentence.features.len() {
        let mut base = [0f32; TAGS];
        for &f in &sentence.features[i] {
            model.add(f, &mut base);
        }
        if let Some(allowed) = allowed {
            for (t, s) in base.iter_mut().enumerate() {
                if allowed[i] & 1 << t == 0 {
                    *s = f32::NEG_INFINITY;
                }
            }
        }
        beam.advance(|hyp| {
            let mut scores = base;
            tag_only_features(sentence, i, (hyp.tag, hyp.prev), history, &mut features);
            for &f in &features {
                model.add(f, &mut scores);
            }
            scores
        });
    }
    beam.best()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BEAM;

    /// Whether `tag` may follow `prev`.
    fn allowed(prev: Tag, tag: Tag) -> bool {
        tag == 0 || tag % 2 == 1 || prev == tag || prev + 1 == tag
    }

    /// Made-up scores of word `i` after tags `prev2`, `prev` (mixed up from their indices).
    fn scores(i: usize, prev: Tag, prev2: Tag) -> [f32; TAGS] {
        std::array::from_fn(|t| {
            let x = crate::hash::mix((i * 131 + prev * 17 + prev2) as u64 * 31 + t as u64);
            (x % 1000) as f32 / 100.0 - 5.0
        })
    }

    fn search(width: usize, words: usize) -> (f32, Vec<Tag>) {
        let mut beam = Beam::new(width, words);
        for i in 0..words {
            beam.advance(|h| scores(i, h.tag, h.prev));
        }
        (beam.at(words - 1)[0].score, beam.best())
    }

    fn total(tags: &[Tag]) -> f32 {
        let tag = |i: usize, back: usize| i.checked_sub(back).map_or(TAGS, |j| tags[j]);
        (0..tags.len())
            .map(|i| scores(i, tag(i, 1), tag(i, 2))[tags[i]])
            .sum()
    }

    #[test]
    fn a_wide_beam_finds_the_best_tagging() {
        let words = 4;
        let mut best = f32::MIN;
        for code in 0..TAGS.pow(words as u32) {
            let tags: Vec<Tag> = (0..words)
                .map(|i| code / TAGS.pow(i as u32) % TAGS)
                .collect();
            let well_formed =
                (0..words).all(|i| allowed(if i == 0 { 0 } else { tags[i - 1] }, tags[i]));
            if well_formed {
                best = best.max(total(&tags));
            }
        }
        let (score, tags) = search(TAGS * (TAGS + 1), words);
        assert!((score - best).abs() < 1e-3 && (total(&tags) - best).abs() < 1e-3);
        assert!(search(2, words).0 <= score);
    }

    #[test]
    fn a_reach_keeps_only_taggings_that_near_the_best() {
        for reach in [0.5, 2.0, 6.0] {
            let mut beam = Beam::new(BEAM, 8).with_reach(reach);
            for i in 0..8 {
                beam.advance(|h| scores(i, h.tag, h.prev));
                let hyps = beam.at(i);
                assert!(!hyps.is_empty() && hyps.len() <= BEAM);
                assert!(hyps.iter().all(|h| h.score > hyps[0].score - reach));
            }
        }
        // Out of reach of nothing the made-up scores give, the beam is the beam without one.
        let (mut near, mut far) = (Beam::new(BEAM, 8), Beam::new(BEAM, 8).with_reach(1e6));
        for i in 0..8 {
            near.advance(|h| scores(i, h.tag, h.prev));
            far.advance(|h| scores(i, h.tag, h.prev));
            let tags = |b: &Beam| b.at(i).iter().map(|h| (h.tag, h.prev)).collect::<Vec<_>>();
            assert_eq!(tags(&near), tags(&far));
        }
        assert_eq!(near.best(), far.best());
    }

    /// With a reach, each word keeps what its candidates give: of each two last tags the best
    /// (the earlier on ties), then the `width` best (the earlier on ties), less those at or below
    /// the best less the reach, whatever order the beam builds and turns them away in.
    #[test]
    fn a_reach_keeps_the_best_candidates_within_it() {
        for reach in [0.5, 2.0, 6.0, 50.0] {
            let mut beam = Beam::new(BEAM, 8).with_reach(reach);
            for i in 0..8 {
                let before: Vec<Hyp> = beam.last().to_vec();
                beam.advance(|h| scores(i, h.tag, h.prev));
                let mut best: Vec<Hyp> = Vec::new();
                for (h, hyp) in before.iter().enumerate() {
                    let s = scores(i, hyp.tag, hyp.prev);
                    for t in (0..TAGS).filter(|&t| NEXT[hyp.tag] & 1 << t != 0) {
                        let c = Hyp {
                            score: hyp.score + s[t],
                            from: h as u32,
                            tag: t,
                            prev: hyp.tag,
                        };
                        match best.iter_mut().find(|k| (k.tag, k.prev) == (t, hyp.tag)) {
                            Some(k) if k.score < c.score => *k = c,
                            Some(_) => {}
                            None => best.push(c),
                        }
                    }
                }
                best.sort_by(|a, b| b.score.total_cmp(&a.score));
                best.truncate(BEAM);
                let top = best[0].score;
                best.retain(|h| h.score > top - reach);
                let key = |h: &Hyp| (h.score, h.from, h.tag, h.prev);
                let kept: Vec<_> = beam.at(i).iter().map(key).collect();
                assert_eq!(kept, best.iter().map(key).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn the_tags_that_may_follow_are_those_allowed() {
        assert_eq!(NEXT.len(), TAGS + 1);
        for (prev, &next) in NEXT.iter().enumerate() {
            let before = if prev == TAGS { 0 } else { prev };
            let expected = (0..TAGS)
                .filter(|&t| allowed(before, t))
                .fold(0, |m, t| m | 1 << t);
            assert_eq!(next, expected);
        }
    }

    #[test]
    fn a_beam_of_one_is_greedy() {
        let mut tags: Vec<Tag> = Vec::new();
        for i in 0..6usize {
            let tag = |back: usize| i.checked_sub(back).map_or(TAGS, |j| tags[j]);
            let s = scores(i, tag(1), tag(2));
            let prev = tags.last().copied().unwrap_or(0);
            let t =
                (0..TAGS)
                    .filter(|&t| allowed(prev, t))
                    .fold(0, |b, t| if s[t] > s[b] { t } else { b });
            tags.push(t);
        }
        assert_eq!(search(1, 6).1, tags);
    }
}
