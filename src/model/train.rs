//! Training (only with `--features train`): an averaged structured perceptron over CoNLL-2003
//! JSONL documents, re-tokenised with newsmark's own tokeniser so that training sees text
//! exactly as tagging will. Gold spans are projected onto those tokens.
//!
//! Each sentence is searched with the beam (`decode::Beam`) and, where the search went wrong,
//! updated once, at the word where the best tagging beats the gold one by most (max-violation,
//! Huang et al. 2012): the gold tagging's features up to there gain, the best one's lose (early
//! update and greedy training did worse: docs/DESIGN.md). The article's history takes each
//! sentence's best tagging, as in tagging.

use super::decode::{remember, tag_only_features, token_features, Beam, History};
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
    pub(crate) gold: Vec<(usize, usize, Kind)>,
    pub(crate) sentences: Vec<PreparedSentence>,
}

pub(crate) struct PreparedSentence {
    pub(crate) prepared: Prepared,
    pub(crate) gold: Vec<Tag>,
    /// Byte span of each token.
    pub(crate) offsets: Vec<(usize, usize)>,
}

/// Reads a CoNLL JSONL file (code-point offsets) into prepared documents.
pub fn read(path: &str) -> Result<Vec<Doc>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let mut misaligned = 0;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let d: JsonDoc =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let byte_of: Vec<usize> = d
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([d.text.len()])
            .collect();
        let gold: Vec<(usize, usize, Kind)> = d
            .entities
            .iter()
            .filter_map(|e| Some((byte_of[e.start], byte_of[e.end], Kind::parse(&e.label)?)))
            .collect();
        let tokens = tokenize(&d.text);
        let ranges = split_sentences(&d.text, &tokens);
        let mut tags = vec![0; tokens.len()];
        for &(s, e, k) in &gold {
            let inside_span: Vec<usize> = (0..tokens.len())
                .filter(|&i| tokens[i].start >= s && tokens[i].end <= e)
                .collect();
            let covered = inside_span.first().map(|&i| tokens[i].start) == Some(s)
                && inside_span.last().map(|&i| tokens[i].end) == Some(e);
            if !covered {
                misaligned += 1;
                continue;
            }
            for (j, &i) in inside_span.iter().enumerate() {
                tags[i] = if j == 0 { begin(k) } else { inside(k) };
            }
        }
        let sents = sentences(&d.text, &tokens, &ranges);
        let article = Article::read(&sents);
        let prepared = article
            .sentences
            .iter()
            .zip(&ranges)
            .map(|(s, r)| PreparedSentence {
                prepared: prepare(&article, s),
                gold: tags[r.clone()].to_vec(),
                offsets: tokens[r.clone()].iter().map(|t| (t.start, t.end)).collect(),
            })
            .collect();
        docs.push(Doc {
            gold,
            text: d.text,
            sentences: prepared,
        });
    }
    if misaligned > 0 {
        eprintln!("{path}: {misaligned} gold spans do not fall on token boundaries (skipped)");
    }
    Ok(docs)
}

/// Averaged perceptron weights, lazily averaged with per-weight timestamps.
#[derive(Default)]
pub struct Perceptron {
    /// When set, only these features learn weights: a refit after pruning trains the features
    /// that will ship to make up for those that will not.
    only: Option<HashSet<u32>>,
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
    /// A perceptron in which only `features` learn.
    pub fn only(features: HashSet<u32>) -> Perceptron {
        Perceptron {
            only: Some(features),
            ..Perceptron::default()
        }
    }

    fn update(&mut self, feature: u32, tag: Tag, delta: f32) {
        if self
            .only
            .as_ref()
            .is_some_and(|only| !only.contains(&feature))
        {
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
                let (prepared, gold) = (&s.prepared, &s.gold);
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
        tally(&mut counts, &kept(&predicted), &kept(&d.gold), |k| {
            k.as_str()
        });
    }
    counts
}
