//! Trains the name tagger on OntoNotes 5.0 and CoNLL-2003 JSONL and writes the compact model.
//!
//! ```sh
//! cargo run --release --features train --bin newsmark-train          # the shipped recipe
//! cargo run --release --features train --bin newsmark-train -- \
//!     --train ../shared/data/ontonotes/train.jsonl --dev ../shared/data/ontonotes/dev.jsonl \
//!     --epochs 8 --min-weight 0.1 --out src/model/weights.bin
//! ```
//! Without `--train`/`--dev`, reads OntoNotes and CoNLL-2003 train (and their dev sets) from
//! `$NEWSMARK_DATA` (default `../shared/data`), CoNLL train three times over (`CONLL_TIMES`).
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

use newsmark::model::score::report;
use newsmark::model::train::{evaluate, evaluate_unseen, names, read, Doc, Perceptron, Table};
use newsmark::model::weights::{write, Model};
use newsmark::model::{BEAM, TAGS};
use std::process::ExitCode;

const USAGE: &str = "usage: newsmark-train [--train FILE]... [--dev FILE]... [--every N] [--epochs N] \
                     [--refit N] [--min-weight W] [--beam N] [--out FILE] (defaults: the shipped recipe)";

struct Args {
    train: Vec<String>,
    dev: Vec<String>,
    every: usize,
    epochs: usize,
    refit: usize,
    min_weight: f32,
    beam: usize,
    out: String,
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

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        train: Vec::new(),
        dev: Vec::new(),
        every: 1,
        epochs: 10,
        refit: 10,
        min_weight: 6.0,
        beam: BEAM,
        out: "src/model/weights.bin".into(),
    };
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
                args.min_weight = value()?.parse().map_err(|e| format!("--min-weight: {e}"))?
            }
            "--out" => args.out = value()?,
            "--beam" => args.beam = value()?.parse().map_err(|e| format!("--beam: {e}"))?,
            "--help" | "-h" => return Err(USAGE.into()),
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    if args.train.is_empty() {
        args.train = data("train.jsonl", CONLL_TIMES);
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
    let mut perceptron = Perceptron::default();
    train_epochs(
        &mut perceptron,
        &train,
        &dev,
        args.epochs,
        args.beam,
        "epoch",
    );
    // Weights below `--min-weight` go, one by one: most features matter for a few tags only.
    let kept = |p: &Perceptron| -> Vec<(u32, [f32; TAGS])> {
        p.averaged()
            .into_iter()
            .map(|(f, mut w)| {
                w.iter_mut()
                    .filter(|x| x.abs() < args.min_weight)
                    .for_each(|x| *x = 0.0);
                (f, w)
            })
            .filter(|(_, w)| w.iter().any(|&x| x != 0.0))
            .collect()
    };
    let mut rows = kept(&perceptron);
    if args.refit > 0 {
        // Prune, then train again from zero with only the kept weights: they learn to do the
        // work of the pruned ones. Pruned once more at the same threshold, the model is no larger.
        let only = rows
            .iter()
            .map(|(f, w)| {
                let bits = (0..TAGS)
                    .filter(|&t| w[t] != 0.0)
                    .fold(0, |b, t| b | 1 << t);
                (*f, bits)
            })
            .collect();
        let mut refit = Perceptron::only(only);
        train_epochs(
            &mut refit,
            &train,
            &dev,
            args.refit,
            args.beam,
            "refit epoch",
        );
        rows = refit.averaged();
    }
    let bytes = write(rows);
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out))?;
    let model = Model::parse(&bytes).ok_or("the written model does not parse")?;
    eprintln!(
        "wrote {}: {} rows, {} bytes",
        args.out,
        model.rows(),
        bytes.len()
    );
    let seen = names(&train);
    for (path, dev) in &dev {
        let mut out = String::new();
        report(&evaluate(&model, dev, BEAM), &mut out);
        print!("{path}, shipped (quantised) model:\n{out}");
        let mut unseen = String::new();
        report(&evaluate_unseen(&model, dev, &seen, BEAM), &mut unseen);
        print!("{path}, names never seen in training (quantised):\n{unseen}");
    }
    Ok(())
}

/// `epochs` passes over `train` in a fixed shuffle per pass (xorshift), so training is
/// reproducible; prints each dev set's F1 of the float weights after each.
fn train_epochs(
    perceptron: &mut Perceptron,
    train: &[Doc],
    dev: &[(String, Vec<Doc>)],
    epochs: usize,
    beam: usize,
    what: &str,
) {
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
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
