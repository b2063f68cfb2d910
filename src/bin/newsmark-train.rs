//! Trains the name tagger on OntoNotes 5.0 and CoNLL-2003 JSONL and writes the compact model.
//!
//! ```sh
//! cargo run --release --features train --bin newsmark-train          # the shipped recipe
//! cargo run --release --features train --bin newsmark-train -- \
//!     --train ../shared/data/ontonotes/train.jsonl --dev ../shared/data/ontonotes/dev.jsonl \
//!     --epochs 8 --min-weight 0.1 --out src/model/weights.bin
//! ```
//! Without `--train`/`--dev`, reads OntoNotes and CoNLL-2003 train (and their dev sets) from
//! `$NEWSMARK_DATA` (default `../shared/data`), CoNLL train three times over (`CONLL_TIMES`;
//! `--conll-times N` to weigh it otherwise).
//! `--train` and `--dev` may repeat (a file given twice is read twice); a CoNLL file (PER, LOC,
//! ORG, MISC) is told by its labels and scored by them. `--every N` keeps every N-th training
//! document (to explore quickly).
//!
//! Prints each dev set's F1 after each epoch, then per-type dev P/R/F1 of the written
//! (quantised) model. Deterministic: the same data and options write the same bytes.
//!
//! `--beam N` is the beam's width in training (default `model::BEAM`, the tagging width, which
//! `make train` keeps; see there for other widths). Dev is always scored as the pipeline tags,
//! at `BEAM`.
//!
//! `--refit N` prunes at `--min-weight`, then trains N more epochs from zero in which only the
//! kept weights learn, so they take over the work of the pruned ones. Pruning drops weights one by
//! one, not whole features: with 23 tags most features matter for a few. The defaults are the
//! shipped recipe (`--epochs 10 --refit 10 --min-weight 6`); what each choice gave, and model
//! bytes against F1, are in docs/DESIGN.md ("Names and the tagger").
//!
//! `--common N:D` keeps weights down to the threshold less D for a feature that fires on at
//! least N training tokens; with `--per-corpus` a CoNLL feature's count is scaled to OntoNotes'
//! size first (`train::uses`), so CoNLL's frequent features count as frequent. Each
//! `--min-weight` prunes with the `--common` given before it (`--common 0:0`: none), so one run
//! can write a model pruned by use and one pruned by size alone.
//!
//! `--seeds a,b,c` trains each phase once per shuffle seed and averages the (averaged) weights:
//! the first phase's before pruning, so one pruning decides for all orders, then the refits'.
//! The order of training alone moves whole-pipeline CoNLL dev by ~0.003 (docs/DESIGN.md, "The
//! tagger, round 8"); the mean over orders is a model that owes less to one order's luck. It
//! costs a training per seed, no bytes at the same threshold. `--seed N` is `--seeds N`.
//!
//! `--min-weight` and `--out` may repeat in pairs (`--min-weight 6 --out a.bin --min-weight 5.8
//! --out b.bin`): the first epochs are trained once, then each threshold is pruned, refitted and
//! written in turn, so a table of model bytes against F1 costs one first phase.

use newsmark::model::score::report;
use newsmark::model::train::{
    evaluate, evaluate_unseen, names, read, uses, Doc, Perceptron, Table,
};
use newsmark::model::weights::{write, Model};
use newsmark::model::{BEAM, TAGS};
use std::collections::HashMap;
use std::process::ExitCode;

const USAGE: &str = "usage: newsmark-train [--train FILE]... [--dev FILE]... [--every N] [--epochs N] \
                     [--refit N] [--conll-times N] [--common N:D [--per-corpus]] [--seeds N,N..] [--beam N] [--min-weight W --out FILE]... \
                     (defaults: the shipped recipe)";

/// `--common N:D`: a feature firing on at least N training tokens keeps weights down to its
/// threshold less D (features of the tags before count as firing everywhere).
type Common = Option<(u32, f32)>;

struct Args {
    train: Vec<String>,
    dev: Vec<String>,
    every: usize,
    epochs: usize,
    refit: usize,
    conll_times: usize,
    /// `--per-corpus`: `--common`'s use counted in OntoNotes and CoNLL apart (`train::uses`).
    per_corpus: bool,
    /// `--seeds a,b,..`: the shuffle's seeds (xorshift, not 0), one training per seed, their
    /// weights averaged; the default is the shipped model's one.
    seeds: Vec<u64>,
    beam: usize,
    /// Pruning thresholds, each with its `--common` and the file its model is written to.
    outputs: Vec<((f32, Common), String)>,
}

/// The data sets of the shipped recipe, under `$NEWSMARK_DATA` (default `../shared/data`):
/// OntoNotes, then CoNLL-2003 `conll` times over.
fn data(file: &str, conll: usize) -> Vec<String> {
    let root = std::env::var("NEWSMARK_DATA").unwrap_or_else(|_| "../shared/data".into());
    std::iter::once("ontonotes")
        .chain(std::iter::repeat("conll2003").take(conll))
        .map(|set| format!("{root}/{set}/{file}"))
        .collect()
}

/// How many times the shipped recipe reads CoNLL-2003 train: it is a tenth of OntoNotes, and
/// CoNLL dev (mapped to its four types, whole pipeline) needs it weighed more: once 0.9166,
/// three times 0.9244 (OntoNotes dev over 18 labels 0.719 → 0.716).
const CONLL_TIMES: usize = 3;

/// The shuffle's seed of the shipped model (`--seed` to draw another order, to see how far a
/// figure moves with the order alone).
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        train: Vec::new(),
        dev: Vec::new(),
        every: 1,
        epochs: 10,
        refit: 10,
        conll_times: CONLL_TIMES,
        per_corpus: false,
        seeds: vec![SEED],
        beam: BEAM,
        outputs: Vec::new(),
    };
    let (mut min_weights, mut outs) = (Vec::new(), Vec::new());
    let mut common: Common = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => args.train.push(value()?),
            "--dev" => args.dev.push(value()?),
            "--every" => args.every = value()?.parse().map_err(|e| format!("--every: {e}"))?,
            "--epochs" => args.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--refit" => args.refit = value()?.parse().map_err(|e| format!("--refit: {e}"))?,
            "--min-weight" => {
                let w = value()?.parse().map_err(|e| format!("--min-weight: {e}"))?;
                min_weights.push((w, common))
            }
            "--out" => outs.push(value()?),
            "--common" => {
                let v = value()?;
                let (n, d) = v.split_once(':').ok_or("--common takes N:D")?;
                let n = n.parse().map_err(|e| format!("--common: {e}"))?;
                common = Some((n, d.parse().map_err(|e| format!("--common: {e}"))?));
            }
            "--per-corpus" => args.per_corpus = true,
            "--seed" | "--seeds" => {
                args.seeds = (value()?.split(','))
                    .map(|n| n.parse().map_err(|e| format!("{a}: {e}")))
                    .collect::<Result<_, _>>()?;
                if args.seeds.contains(&0) {
                    return Err(format!("{a}: a seed must not be 0"));
                }
            }
            "--conll-times" => {
                args.conll_times = value()?
                    .parse()
                    .map_err(|e| format!("--conll-times: {e}"))?
            }
            "--beam" => args.beam = value()?.parse().map_err(|e| format!("--beam: {e}"))?,
            "--help" | "-h" => return Err(USAGE.into()),
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    if outs.len() > min_weights.len().max(1)
        || (min_weights.len() > 1 && min_weights.len() != outs.len())
    {
        return Err(format!("each --min-weight needs its own --out\n{USAGE}"));
    }
    if min_weights.last().is_some_and(|&(_, c)| c != common) {
        return Err(format!(
            "--common prunes the --min-weight after it\n{USAGE}"
        ));
    }
    let min_weights = if min_weights.is_empty() {
        vec![(6.0, common)]
    } else {
        min_weights
    };
    outs.resize(min_weights.len(), "src/model/weights.bin".into());
    args.outputs = min_weights.into_iter().zip(outs).collect();
    if args.train.is_empty() {
        args.train = data("train.jsonl", args.conll_times);
        if args.dev.is_empty() {
            args.dev = data("dev.jsonl", 1);
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let mut train = Vec::new();
    for path in &args.train {
        train.extend(read(path, args.every)?);
    }
    let dev: Vec<(String, Vec<Doc>)> = (args.dev.iter())
        .map(|p| Ok((p.clone(), read(p, 1)?)))
        .collect::<Result<_, String>>()?;
    let weights = over_seeds(&args.seeds, |seed| {
        let mut perceptron = Perceptron::default();
        train_epochs(
            &mut perceptron,
            &train,
            &dev,
            args.epochs,
            args.beam,
            seed,
            "epoch",
        );
        perceptron.averaged()
    });
    let seen = names(&train);
    let uses = if args.outputs.iter().any(|((_, c), _)| c.is_some()) {
        uses(&train, args.per_corpus)
    } else {
        HashMap::new()
    };
    for ((min_weight, common), out) in &args.outputs {
        let rows = prune_and_refit(&weights, *min_weight, *common, &uses, &args, &train, &dev);
        let bytes = write(rows);
        std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
        let model = Model::parse(&bytes).ok_or("the written model does not parse")?;
        eprintln!(
            "wrote {out} (--min-weight {min_weight}, --common {common:?}): {} rows, {} bytes",
            model.rows(),
            bytes.len()
        );
        for (path, dev) in &dev {
            let mut out = String::new();
            report(&evaluate(&model, dev, BEAM), &mut out);
            print!("{path}, shipped (quantised) model, --min-weight {min_weight}:\n{out}");
            let mut unseen = String::new();
            report(&evaluate_unseen(&model, dev, &seen, BEAM), &mut unseen);
            print!("{path}, names never seen in training (quantised):\n{unseen}");
        }
    }
    Ok(())
}

/// The weights at least `min_weight` in size (less `--common`'s D where a feature is used that
/// often), one by one (most features matter for a few tags only); with `--refit`, trained again
/// from zero with only those.
fn prune_and_refit(
    weights: &[(u32, [f32; TAGS])],
    min_weight: f32,
    common: Common,
    uses: &HashMap<u32, u32>,
    args: &Args,
    train: &[Doc],
    dev: &[(String, Vec<Doc>)],
) -> Vec<(u32, [f32; TAGS])> {
    let threshold = |f: u32| match common {
        Some((n, d)) if uses.get(&f).map_or(true, |&c| c >= n) => min_weight - d,
        _ => min_weight,
    };
    let rows: Vec<(u32, [f32; TAGS])> = (weights.iter())
        .map(|&(f, mut w)| {
            let min = threshold(f);
            w.iter_mut()
                .filter(|x| x.abs() < min)
                .for_each(|x| *x = 0.0);
            (f, w)
        })
        .filter(|(_, w)| w.iter().any(|&x| x != 0.0))
        .collect();
    eprintln!(
        "--min-weight {min_weight}: {} weights kept in {} rows",
        rows.iter()
            .flat_map(|(_, w)| w)
            .filter(|&&x| x != 0.0)
            .count(),
        rows.len()
    );
    if args.refit == 0 {
        return rows;
    }
    // Prune, then train again from zero with only the kept weights: they learn to do the work
    // of the pruned ones. Pruned once more at the same threshold, the model is no larger.
    let only = (rows.iter())
        .map(|(f, w)| {
            let bits = (0..TAGS)
                .filter(|&t| w[t] != 0.0)
                .fold(0, |b, t| b | 1 << t);
            (*f, bits)
        })
        .collect::<HashMap<u32, u32>>();
    over_seeds(&args.seeds, |seed| {
        let mut refit = Perceptron::only(only.clone());
        train_epochs(
            &mut refit,
            train,
            dev,
            args.refit,
            args.beam,
            seed,
            "refit epoch",
        );
        refit.averaged()
    })
}

/// The mean of `train`'s weights over `seeds` (a feature one run lacks weighs 0 there); one
/// seed's weights as they are, so the shipped recipe writes the same bytes.
fn over_seeds(
    seeds: &[u64],
    mut train: impl FnMut(u64) -> Vec<(u32, [f32; TAGS])>,
) -> Vec<(u32, [f32; TAGS])> {
    if let [seed] = seeds {
        return train(*seed);
    }
    let mut sum: HashMap<u32, [f32; TAGS]> = HashMap::new();
    for &seed in seeds {
        eprintln!("seed {seed}:");
        for (f, w) in train(seed) {
            let row = sum.entry(f).or_insert([0.0; TAGS]);
            row.iter_mut().zip(w).for_each(|(s, x)| *s += x);
        }
    }
    let n = seeds.len() as f32;
    (sum.into_iter())
        .map(|(f, w)| (f, w.map(|x| x / n)))
        .collect()
}

/// `epochs` passes over `train` in a fixed shuffle per pass (xorshift), so training is
/// reproducible; prints each dev set's F1 of the float weights after each.
fn train_epochs(
    perceptron: &mut Perceptron,
    train: &[Doc],
    dev: &[(String, Vec<Doc>)],
    epochs: usize,
    beam: usize,
    mut seed: u64,
    what: &str,
) {
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        perceptron.epoch(train, &order, beam);
        if !dev.is_empty() {
            let table = Table(perceptron.averaged().into_iter().collect());
            let scores: Vec<String> = (dev.iter())
                .map(|(path, docs)| {
                    let f = report(&evaluate(&table, docs, BEAM), &mut String::new());
                    format!("{path} {f:.4}")
                })
                .collect();
            eprintln!(
                "{what} {epoch}: dev F1 {} (float weights)",
                scores.join(", ")
            );
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark-train: {e}");
            ExitCode::from(2)
        }
    }
}
