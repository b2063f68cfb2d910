//! Trains the name tagger on CoNLL-2003 JSONL and writes the compact model. Its defaults are
//! the shipped recipe (`make train` runs it with none):
//!
//! ```sh
//! cargo run --release --features train --bin newsmark-train -- \
//!     --train $NEWSMARK_DATA/conll2003/train.jsonl --dev $NEWSMARK_DATA/conll2003/dev.jsonl \
//!     --epochs 10 --refit 10 --min-weight 3.25 --beam 4 --out src/model/weights.bin
//! ```
//! `NEWSMARK_DATA` defaults to `../shared/data`. Prints dev F1 after each epoch, then per-type
//! dev P/R/F1 of the written (quantised) model, and of dev names never seen in training.
//! Deterministic: the same data and options write the same bytes.
//!
//! `--beam N` is the beam's width in training (default `model::BEAM`, the tagging width). Dev
//! is always scored as the pipeline tags, at `BEAM`. `--refit N` prunes at `--min-weight`, then
//! trains N more epochs from zero in which only the kept features learn, so they take over the
//! work of the pruned ones. What each choice gave is in docs/DESIGN.md ("Names and the tagger").

use newsmark::model::score::report;
use newsmark::model::train::{evaluate, evaluate_unseen, names, read, Doc, Perceptron, Table};
use newsmark::model::weights::{write, Model};
use newsmark::model::{BEAM, TAGS};
use std::process::ExitCode;

const USAGE: &str = "usage: newsmark-train [--train FILE] [--dev FILE] [--epochs N] [--refit N] \
                     [--min-weight W] [--beam N] [--out FILE] (defaults: the shipped recipe)";

struct Args {
    train: String,
    dev: Option<String>,
    epochs: usize,
    refit: usize,
    min_weight: f32,
    beam: usize,
    out: String,
}

/// Where the data sets are: `$NEWSMARK_DATA`, else `../shared/data`.
fn data_dir() -> String {
    std::env::var("NEWSMARK_DATA").unwrap_or_else(|_| "../shared/data".into())
}

fn parse_args() -> Result<Args, String> {
    let data = data_dir();
    let mut args = Args {
        train: format!("{data}/conll2003/train.jsonl"),
        dev: Some(format!("{data}/conll2003/dev.jsonl")),
        epochs: 10,
        refit: 10,
        min_weight: 3.25,
        beam: BEAM,
        out: "src/model/weights.bin".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => args.train = value()?,
            "--dev" => args.dev = Some(value()?),
            "--epochs" => args.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--refit" => args.refit = value()?.parse().map_err(|e| format!("--refit: {e}"))?,
            "--min-weight" => {
                args.min_weight = value()?.parse().map_err(|e| format!("--min-weight: {e}"))?
            }
            "--out" => args.out = value()?,
            "--beam" => args.beam = value()?.parse().map_err(|e| format!("--beam: {e}"))?,
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let train = read(&args.train)?;
    let dev = args.dev.as_deref().map(read).transpose()?;
    let mut perceptron = Perceptron::default();
    train_epochs(
        &mut perceptron,
        &train,
        dev.as_deref(),
        args.epochs,
        args.beam,
        "epoch",
    );
    let kept = |p: &Perceptron| -> Vec<(u32, [f32; TAGS])> {
        p.averaged()
            .into_iter()
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= args.min_weight))
            .collect()
    };
    let mut rows = kept(&perceptron);
    if args.refit > 0 {
        // Prune, then train again from zero with only the kept features: they learn to do the
        // work of the pruned ones. Pruned once more at the same threshold, the model is no larger.
        let mut refit = Perceptron::only(rows.iter().map(|(f, _)| *f).collect());
        train_epochs(
            &mut refit,
            &train,
            dev.as_deref(),
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
    if let Some(dev) = &dev {
        let mut out = String::new();
        report(&evaluate(&model, dev, BEAM), &mut out);
        print!("dev, shipped (quantised) model:\n{out}");
        let mut unseen = String::new();
        report(
            &evaluate_unseen(&model, dev, &names(&train), BEAM),
            &mut unseen,
        );
        print!("dev names never seen in training (quantised):\n{unseen}");
    }
    Ok(())
}

/// `epochs` passes over `train` in a fixed shuffle per pass (xorshift), so training is
/// reproducible; prints dev F1 of the float weights after each.
fn train_epochs(
    perceptron: &mut Perceptron,
    train: &[Doc],
    dev: Option<&[Doc]>,
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
        if let Some(dev) = dev {
            let table = Table(perceptron.averaged().into_iter().collect());
            let f = report(&evaluate(&table, dev, BEAM), &mut String::new());
            eprintln!("{what} {epoch}: dev F1 {f:.4} (float weights)");
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
