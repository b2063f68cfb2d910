//! How sure the tagger is of each name: a margin read from the beam, turned into a probability
//! by a table fitted on held-out data (`calibration.txt`, written by `make calibrate`).
//!
//! **Margin.** The beam (`decode::Beam`) keeps, after each word, the few best taggings so far. For a
//! span `first..end` of the best tagging, at each word `j` from `first` to `end` (the word that
//! closes the span, if the sentence goes on), the taggings kept at `j` either agree with the span
//! so far (the same tags from `first` to `j`; at `end`, anything but the span's I- tag) or not.
//! The margin at `j` is the score of the best tagging's own prefix minus the best score of a
//! disagreeing one (when all kept ones agree, minus the lowest kept score: a bound on every
//! pruned one; where the beam kept fewer than its width, the others were all below the best less
//! its reach, so minus that). The span's margin is the smallest over its words: where its boundary or label
//! was closest to going the other way. Agreement is carried word to word along the beam's back
//! pointers, so a span costs a few comparisons per word, even a hostile one of thousands.
//!
//! **Calibration.** A margin is in the model's own units, so it is mapped to a probability by an
//! isotonic (monotone, pool-adjacent-violators) fit of "the final entity was exactly right" on
//! dev ([`fit`]); the fitted steps are the table. The table is re-fitted whenever the model
//! changes, since the margins' scale moves with the weights.

use super::decode::Beam;
use super::{features, inside, kind_of, shipped, spans, Kind, Tag};
use std::sync::OnceLock;

/// A span of the tagger's best tagging of a sentence, in the sentence's token indices (end
/// exclusive), with its raw margin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TaggedSpan {
    pub(crate) sentence: usize,
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) margin: f32,
}

/// Tags every sentence of a document with the shipped model: its spans, one list for the
/// article, each with its margin.
pub(crate) fn tag_document(sentences: &features::Sentences) -> Vec<TaggedSpan> {
    let mut out = Vec::new();
    let mut margins = Margins::default();
    let mut sentence = 0;
    shipped().tag_with(&features::Article::read(sentences), |beam, tags| {
        margins.of(beam, tags, |(first, end, kind), margin| {
            out.push(TaggedSpan {
                sentence,
                first,
                end,
                kind,
                margin,
            })
        });
        sentence += 1;
    });
    out
}

/// What [`Margins::of`] works in, kept from sentence to sentence.
#[derive(Default)]
struct Margins {
    on_path: Vec<usize>,
    agree: Vec<bool>,
    before: Vec<bool>,
}

impl Margins {
    /// Hands `span` each span of `tags`, the beam's best tagging of the sentence, with its
    /// margin (module docs).
    fn of(&mut self, beam: &Beam, tags: &[Tag], mut span: impl FnMut((usize, usize, Kind), f32)) {
        let n = beam.words().min(tags.len());
        if n == 0 {
            return;
        }
        let Margins {
            on_path,
            agree,
            before,
        } = self;
        // Where the best tagging's prefix stands among each word's taggings.
        on_path.clear();
        on_path.resize(n, 0);
        let mut h = 0;
        for j in (0..n).rev() {
            on_path[j] = h;
            h = beam.at(j)[h].from as usize;
        }
        for (first, end, kind) in spans(&tags[..n]) {
            let mut margin = f32::INFINITY;
            for j in first..=end.min(n - 1) {
                let hyps = beam.at(j);
                std::mem::swap(agree, before);
                agree.clear();
                agree.extend(hyps.iter().map(|hyp| {
                    let tag_ok = if j < end {
                        hyp.tag == tags[j]
                    } else {
                        hyp.tag != inside(kind)
                    };
                    tag_ok && (j == first || before.get(hyp.from as usize) == Some(&true))
                }));
                let own = hyps[on_path[j]].score;
                let rival = (hyps.iter().zip(agree.iter()))
                    .filter(|(_, &a)| !a)
                    .map(|(hyp, _)| hyp.score)
                    .fold(f32::NEG_INFINITY, f32::max);
                let m = if rival > f32::NEG_INFINITY {
                    own - rival
                } else if hyps.len() < beam.width() {
                    // The others were out of the beam's reach of the best.
                    own - (hyps[0].score - beam.reach())
                } else if hyps.len() > 1 {
                    own - hyps[hyps.len() - 1].score
                } else {
                    f32::INFINITY
                };
                margin = margin.min(m);
            }
            debug_assert!(kind_of(tags[first]).is_some());
            span((first, end, kind), margin);
        }
    }
}

/// A fitted calibration: steps of (lowest margin, probability), margins increasing,
/// probabilities non-decreasing; a margin takes the probability of the last step at or below it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// `(margin at least, probability)`, the first step's margin `-inf`.
    pub steps: Vec<(f32, f64)>,
}

impl Table {
    /// The probability for a raw margin, in [0, 1].
    pub fn apply(&self, margin: f32) -> f64 {
        let i = self.steps.partition_point(|&(m, _)| m <= margin);
        let p = match i {
            0 => self.steps.first().map_or(0.5, |s| s.1),
            i => self.steps[i - 1].1,
        };
        p.clamp(0.0, 1.0)
    }

    /// Reads the text form written by [`Table::write`]: `#` comments, then one step a line,
    /// `margin probability` in thousandths (`-inf` for the first margin). Integers, so that the
    /// wasm needs no float parser (Rust's, with its tables, is 20 KB gzip).
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut steps: Vec<(f32, f64)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || format!("line {}: expected `margin probability`: {line}", n + 1);
            let mut parts = line.split_whitespace();
            let (Some(m), Some(p), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(bad());
            };
            let m = match m {
                "-inf" => f32::NEG_INFINITY,
                m => m.parse::<i64>().map_err(|_| bad())? as f32 / 1000.0,
            };
            let p = p.parse::<u32>().map_err(|_| bad())? as f64 / 1000.0;
            let monotone = steps.last().map_or(true, |&(m0, p0)| m > m0 && p >= p0);
            if !(0.0..=1.0).contains(&p) || !monotone {
                return Err(format!(
                    "line {}: steps must rise in margin and never fall in probability",
                    n + 1
                ));
            }
            steps.push((m, p));
        }
        if steps.is_empty() {
            return Err("no steps".into());
        }
        Ok(Table { steps })
    }

    /// The text form, after `header` (each of its lines becomes a `#` comment).
    pub fn write(&self, header: &str) -> String {
        let mut out: String = header.lines().map(|l| format!("# {l}\n")).collect();
        out.push_str("# margin_at_least confidence (both in thousandths)\n");
        for &(m, p) in &self.steps {
            let m = match m {
                f32::NEG_INFINITY => "-inf".to_string(),
                m => format!("{}", (m as f64 * 1000.0).round() as i64),
            };
            out.push_str(&format!("{m} {}\n", (p * 1000.0).round() as u32));
        }
        out
    }
}

/// The shipped table (`calibration.txt`).
pub fn shipped_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // Not `expect`: it would format the error with `Debug`, whose string escaping brings
    // Unicode tables into the wasm (20 KB gzip). A test checks the file parses.
    TABLE.get_or_init(|| match Table::parse(include_str!("calibration.txt")) {
        Ok(table) => table,
        Err(_) => panic!("calibration.txt is malformed (make calibrate)"),
    })
}

/// The calibrated confidence of a raw margin, with the shipped table.
pub fn calibrate(margin: f32) -> f64 {
    shipped_table().apply(margin)
}

/// Fits a [`Table`] to `(margin, right)` observations by isotonic regression (pool adjacent
/// violators), each block's rate then shrunk towards the overall rate by `prior` pseudo-counts
/// (so a small block of all-right answers does not claim 1.0) and kept non-decreasing.
pub fn fit(observations: &[(f32, bool)], prior: f64) -> Table {
    let mut points: Vec<(f32, bool)> = observations
        .iter()
        .copied()
        .filter(|(m, _)| !m.is_nan())
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let overall = points.iter().filter(|p| p.1).count() as f64 / points.len().max(1) as f64;
    // Blocks of equal margins first (a margin must map to one value), then pooled.
    struct Block {
        low: f32,
        right: f64,
        n: f64,
    }
    let mut blocks: Vec<Block> = Vec::new();
    for &(m, right) in &points {
        match blocks.last_mut() {
            Some(b) if b.low == m => {
                b.right += right as u8 as f64;
                b.n += 1.0;
            }
            _ => blocks.push(Block {
                low: m,
                right: right as u8 as f64,
                n: 1.0,
            }),
        }
        while blocks.len() > 1 {
            let (a, b) = (&blocks[blocks.len() - 2], &blocks[blocks.len() - 1]);
            if a.right / a.n < b.right / b.n {
                break;
            }
            let b = blocks.pop().expect("two blocks");
            let a = blocks.last_mut().expect("two blocks");
            a.right += b.right;
            a.n += b.n;
        }
    }
    let mut steps: Vec<(f32, f64)> = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let p = (b.right + prior * overall) / (b.n + prior);
        let p = (p * 1000.0).round() / 1000.0;
        let p = steps.last().map_or(p, |s| p.max(s.1));
        let low = if i == 0 { f32::NEG_INFINITY } else { b.low };
        match steps.last_mut() {
            // Steps with the same rounded probability are one.
            Some(last) if last.1 == p => {}
            _ => steps.push((low, p)),
        }
    }
    if steps.is_empty() {
        steps.push((f32::NEG_INFINITY, overall));
    }
    Table { steps }
}

/// One row of a reliability table: predictions whose confidence fell in `[low, high)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bin {
    /// Lower bound of the bin.
    pub low: f64,
    /// Upper bound (the last bin includes 1.0).
    pub high: f64,
    /// Predictions in the bin.
    pub count: usize,
    /// Their mean confidence.
    pub mean_confidence: f64,
    /// The share of them that were right.
    pub precision: f64,
}

/// Reliability in `bins` equal bins of `(confidence, right)` predictions, and the expected
/// calibration error (the count-weighted mean of |confidence − precision|).
pub fn reliability(predictions: &[(f64, bool)], bins: usize) -> (Vec<Bin>, f64) {
    let mut rows: Vec<Bin> = (0..bins)
        .map(|i| Bin {
            low: i as f64 / bins as f64,
            high: (i + 1) as f64 / bins as f64,
            count: 0,
            mean_confidence: 0.0,
            precision: 0.0,
        })
        .collect();
    for &(c, right) in predictions {
        let i = ((c * bins as f64) as usize).min(bins - 1);
        let r = &mut rows[i];
        r.count += 1;
        r.mean_confidence += c;
        r.precision += right as u8 as f64;
    }
    let mut ece = 0.0;
    for r in &mut rows {
        if r.count > 0 {
            r.mean_confidence /= r.count as f64;
            r.precision /= r.count as f64;
            ece += r.count as f64 * (r.mean_confidence - r.precision).abs();
        }
    }
    (rows, ece / predictions.len().max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{split_sentences, tokenize};

    #[test]
    fn every_span_gets_a_margin_and_a_confidence_in_range() {
        let text = "Joe Biden met Vladimir Putin in Geneva on Wednesday. The Kremlin said \
                    Gazprom and the Bundesbank would attend. Mr Xzqwv of Plorf Holdings left.";
        let tokens = tokenize(text);
        let ranges = split_sentences(text, &tokens);
        let sentences = super::super::sentences(text, &tokens, &ranges);
        let tagged = tag_document(&sentences);
        // The spans of each sentence's tags, in order, each once.
        let tags = shipped().tag(&features::Article::read(&sentences));
        let expected: Vec<_> = (tags.iter().enumerate())
            .flat_map(|(i, tags)| spans(tags).map(move |s| (i, s)))
            .collect();
        let got: Vec<_> = (tagged.iter())
            .map(|t| (t.sentence, (t.first, t.end, t.kind)))
            .collect();
        assert_eq!(got, expected);
        for t in &tagged {
            assert!(!t.margin.is_nan(), "{t:?}");
            let c = calibrate(t.margin);
            assert!((0.0..=1.0).contains(&c), "{c}");
        }
        assert!(tagged.len() >= 5, "{tagged:?}");
    }

    #[test]
    fn the_shipped_table_is_monotone() {
        let t = shipped_table();
        assert!(t
            .steps
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1));
        let mut last = 0.0;
        for m in (-100..400).map(|i| i as f32 * 0.25) {
            let c = calibrate(m);
            assert!(c >= last && (0.0..=1.0).contains(&c));
            last = c;
        }
    }

    #[test]
    fn isotonic_fit_is_monotone_and_matches_rates() {
        // Right one time in four below 1, three in four from 1 to 2, always above, with noise
        // that breaks monotonicity locally.
        let mut obs = Vec::new();
        for i in 0..400 {
            let m = i as f32 / 100.0;
            let right = match m {
                m if m < 1.0 => i % 4 == 0,
                m if m < 2.0 => i % 4 != 0,
                _ => true,
            };
            obs.push((m, right));
        }
        let t = fit(&obs, 0.0);
        let t = Table::parse(&t.write("rounded to thousandths")).unwrap();
        assert!(t
            .steps
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1));
        assert!((t.apply(0.5) - 0.25).abs() < 0.1, "{}", t.apply(0.5));
        assert!((t.apply(1.5) - 0.75).abs() < 0.1, "{}", t.apply(1.5));
        assert_eq!(t.apply(3.0), 1.0);
        assert_eq!(t.apply(f32::NEG_INFINITY), t.steps[0].1);
        // Shrinking keeps it monotone and off the extremes.
        let shrunk = fit(&obs, 10.0);
        assert!(shrunk.apply(3.0) < 1.0);
        assert!(shrunk.steps.windows(2).all(|w| w[0].1 <= w[1].1));
        // The text form reads back.
        assert_eq!(
            Table::parse(&t.write("test")).unwrap().steps.len(),
            t.steps.len()
        );
        assert!(Table::parse("0 500\n-1 600").is_err());
        assert!(Table::parse("0 1500").is_err());
        assert!(Table::parse("0 0.5").is_err());
    }

    #[test]
    fn reliability_bins_count_and_score() {
        let preds = [(0.95, true), (0.92, false), (0.1, false), (1.0, true)];
        let (bins, ece) = reliability(&preds, 10);
        assert_eq!(bins[9].count, 3);
        assert!((bins[9].precision - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(bins[1].count, 1);
        assert!(ece > 0.0 && ece < 1.0);
    }
}
