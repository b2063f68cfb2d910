//! Training (only with `--features train`): an averaged structured perceptron over OntoNotes 5.0
//! and CoNLL-2003 JSONL documents, re-tokenised with newsmark's own tokeniser so that training
//! sees text exactly as tagging will. Gold spans are projected onto those tokens.
//!
//! OntoNotes labels its names with the eleven kinds the tagger learns; CoNLL-2003 with four
//! coarser types (`Kind::of_conll`), and leaves out the article OntoNotes puts in a name ("the
//! Soviet Union"). A CoNLL sentence's gold tagging is therefore latent: the best tagging, under
//! the current weights, among those its spans allow (a LOC span a GPE, LOC or FAC; a "the"
//! just before a span in it or not), searched with the same beam.
//!
//! Each sentence is searched with the beam (`decode::Beam`) and, where the search went wrong,
//! updated once, at the word where the best tagging beats the gold one by most (max-violation,
//! Huang et al. 2012): the gold tagging's features up to there gain, the best one's lose (early
//! update and greedy training did worse: docs/DESIGN.md). The article's history takes each
//! sentence's best tagging, as in tagging.

use super::decode::{remember, search, tag_only_features, token_features, Beam, History};
use super::features::{prepare, prev_tag, Article, Prepared};
use super::score::{tally, Counts};
use super::{begin, inside, sentences, spans, Kind, Scorer, Tag, TAGS};
use crate::text::{split_sentences, tokenize};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

#[derive(Deserialize)]
struct JsonDoc {
    text: String,
    entities: Vec<JsonEntity>,
}

#[derive(Deserialize)]
struct JsonEntity {
    start: usize,
    end: usize,
    label: String,
}

/// A document: its text, its gold spans (byte offsets) and its sentences prepared.
pub struct Doc {
    pub(crate) text: String,
    /// Gold spans; in a CoNLL document, each with the first kind its type stands for.
    pub(crate) gold: Vec<(usize, usize, Kind)>,
    /// Labelled with CoNLL's four types: scored by those (`Kind::conll`).
    pub(crate) coarse: bool,
    pub(crate) sentences: Vec<PreparedSentence>,
}

pub(crate) struct PreparedSentence {
    pub(crate) prepared: Prepared,
    pub(crate) gold: Vec<Tag>,
    /// In a CoNLL sentence, the tags each token allows, as bits: the gold tagging is the best
    /// one among those allowed.
    pub(crate) allowed: Option<Vec<u32>>,
    /// Byte span of each token.
    pub(crate) offsets: Vec<(usize, usize)>,
}

/// Reads an OntoNotes or CoNLL JSONL file (code-point offsets) into prepared documents; every
/// `every`-th document only (1: all). OntoNotes labels other than names (dates, numbers) are
/// left out.
pub fn read(path: &str, every: usize) -> Result<Vec<Doc>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let (mut misaligned, mut spans) = (0, 0);
    // A CoNLL file, whose LOC and ORG are not OntoNotes', is told by its other two types.
    let coarse = data.contains(r#""label": "PER""#) || data.contains(r#""label":"PER""#);
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .step_by(every.max(1))
    {
        let d: JsonDoc =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let byte_of: Vec<usize> = d
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([d.text.len()])
            .collect();
        let gold: Vec<(usize, usize, &[Kind])> = d
            .entities
            .iter()
            .filter_map(|e| {
                let kinds: &[Kind] = if coarse {
                    Kind::of_conll(&e.label)?
                } else {
                    std::slice::from_ref(&Kind::ALL[Kind::parse(&e.label)? as usize])
                };
                Some((byte_of[e.start], byte_of[e.end], kinds))
            })
            .collect();
        let tokens = tokenize(&d.text);
        let ranges = split_sentences(&d.text, &tokens);
        let mut tags = vec![0; tokens.len()];
        let mut allowed = vec![1u32; tokens.len()];
        for &(s, e, kinds) in &gold {
            spans += 1;
            let inside_span: Vec<usize> = (0..tokens.len())
                .filter(|&i| tokens[i].start >= s && tokens[i].end <= e)
                .collect();
            let covered = inside_span.first().map(|&i| tokens[i].start) == Some(s)
                && inside_span.last().map(|&i| tokens[i].end) == Some(e);
            if !covered {
                misaligned += 1;
                continue;
            }
            let bits = |tag: fn(Kind) -> Tag| kinds.iter().fold(0u32, |b, &k| b | 1 << tag(k));
            for (j, &i) in inside_span.iter().enumerate() {
                tags[i] = if j == 0 {
                    begin(kinds[0])
                } else {
                    inside(kinds[0])
                };
                allowed[i] = if j == 0 { bits(begin) } else { bits(inside) };
            }
            // CoNLL leaves a name's article out; OntoNotes may put it in.
            let first = inside_span[0];
            if coarse && first > 0 && matches!(tokens[first - 1].text(&d.text), "the" | "The") {
                allowed[first - 1] |= bits(begin);
                allowed[first] |= bits(inside);
            }
        }
        let sents = sentences(&d.text, &tokens, &ranges);
        let article = Article::read(&sents);
        let prepared = article
            .sentences()
            .zip(&ranges)
            .map(|(s, r)| PreparedSentence {
                prepared: prepare(&article, &s),
                gold: tags[r.clone()].to_vec(),
                allowed: coarse.then(|| {
                    let mut allowed = allowed[r.clone()].to_vec();
                    // A span cut by a sentence break starts again at the break.
                    if let Some(first) = allowed.first_mut() {
                        let insides = (1..TAGS)
                            .step_by(2)
                            .fold(0, |b, t| b | *first & 1 << (t + 1));
                        *first |= insides >> 1;
                    }
                    allowed
                }),
                offsets: tokens[r.clone()].iter().map(|t| (t.start, t.end)).collect(),
            })
            .collect();
        docs.push(Doc {
            gold: gold.iter().map(|&(s, e, k)| (s, e, k[0])).collect(),
            coarse,
            text: d.text,
            sentences: prepared,
        });
    }
    eprintln!(
        "{path}: {} documents, {spans} gold names, {misaligned} not on token boundaries (skipped)",
        docs.len()
    );
    Ok(docs)
}

/// Averaged perceptron weights, lazily averaged with per-weight timestamps.
#[derive(Default)]
pub struct Perceptron {
    /// When set, only these features learn weights, and each only for the tags in its bits: a
    /// refit after pruning trains the weights that will ship to make up for those that will not.
    only: Option<HashMap<u32, u32>>,
    index: HashMap<u32, usize>,
    weights: Vec<[f32; TAGS]>,
    totals: Vec<[f32; TAGS]>,
    stamps: Vec<[u32; TAGS]>,
    clock: u32,
}

impl Scorer for Perceptron {
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        if let Some(&row) = self.index.get(&feature) {
            for (s, w) in scores.iter_mut().zip(&self.weights[row]) {
                *s += w;
            }
        }
    }
}

impl Perceptron {
    /// A perceptron in which only `weights` learn: per feature, the tags in its bits.
    pub fn only(weights: HashMap<u32, u32>) -> Perceptron {
        Perceptron {
            only: Some(weights),
            ..Perceptron::default()
        }
    }

    fn update(&mut self, feature: u32, tag: Tag, delta: f32) {
        if self.only.as_ref().is_some_and(|only| {
            only.get(&feature)
                .map_or(true, |&bits| bits & 1 << tag == 0)
        }) {
            return;
        }
        let next = self.weights.len();
        let row = *self.index.entry(feature).or_insert(next);
        if row == next {
            self.weights.push([0.0; TAGS]);
            self.totals.push([0.0; TAGS]);
            self.stamps.push([0; TAGS]);
        }
        let elapsed = (self.clock - self.stamps[row][tag]) as f32;
        self.totals[row][tag] += elapsed * self.weights[row][tag];
        self.stamps[row][tag] = self.clock;
        self.weights[row][tag] += delta;
    }

    /// One pass over `docs` in the given order, searching with a beam of `width`.
    pub fn epoch(&mut self, docs: &[Doc], order: &[usize], width: usize) {
        let mut features = Vec::new();
        for &d in order {
            let mut history = History::default();
            for s in &docs[d].sentences {
                let prepared = &s.prepared;
                let latent;
                let gold: &[Tag] = match &s.allowed {
                    None => &s.gold,
                    Some(allowed) => {
                        latent = search(&*self, prepared, &history, width, Some(allowed));
                        &latent
                    }
                };
                let n = gold.len();
                let mut beam = Beam::new(width, n);
                let mut gold_score = 0.0;
                // Where the gold tagging is in the beam after the word before, if it is.
                let mut gold_at: Option<u32> = Some(0);
                // The word after which the best tagging beats the gold one by most.
                let mut violation: Option<(f32, usize)> = None;
                for i in 0..n {
                    let mut base = [0f32; TAGS];
                    for &f in &prepared.features[i] {
                        self.add(f, &mut base);
                    }
                    beam.advance(|hyp| {
                        let mut scores = base;
                        tag_only_features(
                            prepared,
                            i,
                            (hyp.tag, hyp.prev),
                            &history,
                            &mut features,
                        );
                        for &f in &features {
                            self.add(f, &mut scores);
                        }
                        scores
                    });
                    let gp = (prev_tag(gold, i, 1), prev_tag(gold, i, 2));
                    tag_only_features(prepared, i, gp, &history, &mut features);
                    let mut scores = base;
                    for &f in &features {
                        self.add(f, &mut scores);
                    }
                    gold_score += scores[gold[i]];
                    gold_at = gold_at.and_then(|g| {
                        (beam.at(i).iter())
                            .position(|h| h.from == g && h.tag == gold[i])
                            .map(|h| h as u32)
                    });
                    if gold_at != Some(0) {
                        let v = beam.at(i)[0].score - gold_score;
                        if v >= 0.0 && violation.map_or(true, |(w, _)| v >= w) {
                            violation = Some((v, i));
                        }
                    }
                }
                self.clock += n as u32;
                if let Some((_, j)) = violation {
                    let guess = beam.tags(j, 0);
                    for i in 0..=j {
                        let gp = (prev_tag(gold, i, 1), prev_tag(gold, i, 2));
                        let pp = (prev_tag(&guess, i, 1), prev_tag(&guess, i, 2));
                        if gp == pp && gold[i] == guess[i] {
                            continue;
                        }
                        token_features(prepared, i, gp, &history, &mut features);
                        for &f in &features {
                            self.update(f, gold[i], 1.0);
                        }
                        token_features(prepared, i, pp, &history, &mut features);
                        for &f in &features {
                            self.update(f, guess[i], -1.0);
                        }
                    }
                }
                remember(prepared, &beam.best(), &mut history);
            }
        }
    }

    /// The averaged weights, rows keyed by feature hash.
    pub fn averaged(&self) -> Vec<(u32, [f32; TAGS])> {
        self.index
            .iter()
            .map(|(&key, &row)| {
                let mut w = [0f32; TAGS];
                for (t, x) in w.iter_mut().enumerate() {
                    let total = self.totals[row][t]
                        + (self.clock - self.stamps[row][t]) as f32 * self.weights[row][t];
                    *x = total / self.clock.max(1) as f32;
                }
                (key, w)
            })
            .collect()
    }
}

/// How many training tokens each token feature fires on (features of the tags before, which
/// fire on every token, are not counted): a weight's use, for pruning by it. With `per_corpus`,
/// OntoNotes and CoNLL are counted apart and CoNLL's counts scaled by OntoNotes' tokens over
/// CoNLL's, the larger kept: a feature as common in CoNLL as another in OntoNotes is used as
/// much, not rare for being CoNLL's (a tenth of the text).
pub fn uses(docs: &[Doc], per_corpus: bool) -> HashMap<u32, u32> {
    let mut counts: [HashMap<u32, u32>; 2] = Default::default();
    let mut tokens = [0u64; 2];
    for d in docs {
        let corpus = usize::from(per_corpus && d.coarse);
        for s in &d.sentences {
            tokens[corpus] += s.prepared.features.len() as u64;
            for f in s.prepared.features.iter().flatten() {
                *counts[corpus].entry(*f).or_insert(0) += 1;
            }
        }
    }
    let [mut fine, coarse] = counts;
    if tokens[0] > 0 && tokens[1] > 0 {
        let scale = tokens[0] as f64 / tokens[1] as f64;
        for (f, c) in coarse {
            let scaled = (f64::from(c) * scale) as u32;
            let count = fine.entry(f).or_insert(0);
            *count = (*count).max(scaled);
        }
    }
    fine
}

/// Plain float weights, for scoring the averaged model before quantisation.
pub struct Table(pub HashMap<u32, [f32; TAGS]>);

impl Scorer for Table {
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        if let Some(w) = self.0.get(&feature) {
            for (s, x) in scores.iter_mut().zip(w) {
                *s += x;
            }
        }
    }
}

/// Scores a tagger's spans against the gold spans of `docs`.
pub fn evaluate(model: &impl Scorer, docs: &[Doc], width: usize) -> Counts {
    evaluate_where(model, docs, width, |_| true)
}

/// The names (lower case) of every gold span in `docs`.
pub fn names(docs: &[Doc]) -> HashSet<String> {
    docs.iter()
        .flat_map(|d| d.gold.iter().map(|g| d.text[g.0..g.1].to_lowercase()))
        .collect()
}

/// Scores only the spans, predicted and gold, whose text is not in `seen`: how well the tagger
/// finds names it never saw in training, the ones that make held-out text harder than dev.
pub fn evaluate_unseen(
    model: &impl Scorer,
    docs: &[Doc],
    seen: &HashSet<String>,
    width: usize,
) -> Counts {
    evaluate_where(model, docs, width, |name| {
        !seen.contains(&name.to_lowercase())
    })
}

fn evaluate_where(
    model: &impl Scorer,
    docs: &[Doc],
    width: usize,
    keep: impl Fn(&str) -> bool,
) -> Counts {
    let mut counts = Counts::new();
    for d in docs {
        let mut predicted = Vec::new();
        let mut history = History::default();
        for s in &d.sentences {
            let tags = super::decode::decode(model, &s.prepared, &mut history, width);
            for (a, b, k) in spans(&tags) {
                // Scored as CoNLL draws names, without their article.
                let article =
                    |a: usize| matches!(&d.text[s.offsets[a].0..s.offsets[a].1], "the" | "The");
                let a = if d.coarse && b - a > 1 && article(a) {
                    a + 1
                } else {
                    a
                };
                predicted.push((s.offsets[a].0, s.offsets[b - 1].1, k));
            }
        }
        let kept = |spans: &[(usize, usize, Kind)]| -> Vec<_> {
            spans
                .iter()
                .copied()
                .filter(|g| keep(&d.text[g.0..g.1]))
                .collect()
        };
        let coarse = d.coarse;
        tally(&mut counts, &kept(&predicted), &kept(&d.gold), |k: Kind| {
            if coarse {
                k.conll()
            } else {
                k.as_str()
            }
        });
    }
    counts
}
