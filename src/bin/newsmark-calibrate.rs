//! Fits the names' confidence table (`src/model/calibration.txt`) and prints reliability tables.
//!
//! ```sh
//! make calibrate                                   # fit on CoNLL-2003 dev, write the table
//! make calibrate ARGS="--fit-on ontonotes"          # fit on OntoNotes dev instead
//! cargo run --release --bin newsmark-calibrate -- --dry-run   # report only
//! ```
//! Fit on the dev set that matches the shipped tagger's training data: CoNLL-2003 dev
//! (`$NEWSMARK_DATA/conll2003/dev.jsonl`, the default) for the CoNLL-trained tagger, where a name
//! is right when its span is exactly a gold span and its label maps to the gold CoNLL type (the
//! mapping of `newsmark-eval`); OntoNotes dev (`ontonotes/dev.jsonl`) for an OntoNotes-trained
//! one, where it is right with the exact span and the exact OntoNotes label (11 name labels).
//! Reported: the fit set held out (two folds by document: fit on the even documents, score the
//! odd, and the other way, so the figures are not those the table was fitted to); the fit set
//! with the written table (in-sample); the other set with the written table (skipped when its
//! file is absent).
//!
//! Only names with a confidence (from the tagger) are counted. Re-run after retraining: the
//! margins' scale moves with the weights.

use newsmark::model::confidence::{fit, reliability, Table};
use newsmark::model::conll_type;
use newsmark::{Extractor, Label, Options};
use serde::Deserialize;
use std::process::ExitCode;

#[derive(Deserialize)]
struct Doc {
    text: String,
    entities: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    label: String,
}

/// Pseudo-counts shrinking each fitted step towards the overall rate.
const PRIOR: f64 = 10.0;
const BINS: usize = 10;

/// One name with a margin: (document index, raw margin, right).
type Observation = (usize, f32, bool);

/// Runs the pipeline over a JSONL file; `name` gives a mention's label as the gold file spells
/// it (None: not scored).
fn observe(
    path: &str,
    name: fn(Label) -> Option<&'static str>,
) -> Result<Vec<Observation>, String> {
    let extractor = Extractor::new(&Options::default()).map_err(|e| e.to_string())?;
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let doc: Doc = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let gold: Vec<(usize, usize, &str)> = (doc.entities.iter())
            .map(|g| (g.start, g.end, g.label.as_str()))
            .collect();
        let char_of_byte = |b: usize| doc.text[..b].chars().count();
        let found = extractor
            .extract_uncalibrated(&doc.text)
            .map_err(|e| e.to_string())?;
        for e in &found.entities {
            let (Some(margin), Some(label)) = (e.confidence, name(e.label)) else {
                continue;
            };
            let span = (char_of_byte(e.byte_start), char_of_byte(e.byte_end));
            let right = gold.iter().any(|g| (g.0, g.1) == span && g.2 == label);
            out.push((n, margin as f32, right));
        }
    }
    Ok(out)
}

fn table_md(title: &str, predictions: &[(f64, bool)]) -> String {
    let (bins, ece) = reliability(predictions, BINS);
    let right = predictions.iter().filter(|p| p.1).count();
    let mut out = format!(
        "{title}: {} names, {:.1} % right, expected calibration error {:.3}\n\n\
         | confidence | names | mean confidence | observed precision |\n|---|---:|---:|---:|\n",
        predictions.len(),
        100.0 * right as f64 / predictions.len().max(1) as f64,
        ece
    );
    for b in bins.iter().filter(|b| b.count > 0) {
        out.push_str(&format!(
            "| {:.1}–{:.1} | {} | {:.3} | {:.3} |\n",
            b.low, b.high, b.count, b.mean_confidence, b.precision
        ));
    }
    out
}

/// Share kept and precision at a few thresholds.
fn thresholds_md(predictions: &[(f64, bool)]) -> String {
    let mut out = String::from(
        "| minConfidence | names kept | precision of those kept |\n|---:|---:|---:|\n",
    );
    for t in [0.0, 0.3, 0.5, 0.7, 0.9] {
        let kept: Vec<_> = predictions.iter().filter(|p| p.0 >= t).collect();
        let right = kept.iter().filter(|p| p.1).count();
        out.push_str(&format!(
            "| {t:.1} | {:.1} % | {:.3} |\n",
            100.0 * kept.len() as f64 / predictions.len().max(1) as f64,
            right as f64 / kept.len().max(1) as f64
        ));
    }
    out
}

fn apply(table: &Table, obs: &[Observation]) -> Vec<(f64, bool)> {
    obs.iter().map(|o| (table.apply(o.1), o.2)).collect()
}

/// A labelled dev set: its name in reports, its file under `$NEWSMARK_DATA`, and how a
/// mention's label is spelt in it.
struct DevSet {
    name: &'static str,
    file: &'static str,
    label: fn(Label) -> Option<&'static str>,
}

const CONLL: DevSet = DevSet {
    name: "CoNLL-2003 dev (exact span, CoNLL type)",
    file: "conll2003/dev.jsonl",
    label: conll_type,
};

const ONTONOTES: DevSet = DevSet {
    name: "OntoNotes 5 dev (exact span, OntoNotes label)",
    file: "ontonotes/dev.jsonl",
    label: |l| conll_type(l).map(|_| l.as_str()),
};

fn run(dry_run: bool, fit_on: &str) -> Result<(), String> {
    let data = std::env::var("NEWSMARK_DATA").unwrap_or_else(|_| "../shared/data".into());
    let (fit_set, other) = match fit_on {
        "conll" => (CONLL, ONTONOTES),
        "ontonotes" => (ONTONOTES, CONLL),
        _ => {
            return Err(format!(
                "--fit-on: expected conll or ontonotes, got {fit_on:?}"
            ))
        }
    };
    let obs = observe(&format!("{data}/{}", fit_set.file), fit_set.label)?;
    let pairs = |o: &[Observation]| -> Vec<(f32, bool)> { o.iter().map(|o| (o.1, o.2)).collect() };
    let table = fit(&pairs(&obs), PRIOR);

    let (even, odd): (Vec<Observation>, Vec<Observation>) = obs.iter().partition(|o| o.0 % 2 == 0);
    let mut held_out = apply(&fit(&pairs(&even), PRIOR), &odd);
    held_out.extend(apply(&fit(&pairs(&odd), PRIOR), &even));

    let mut report = format!("Fitted on {}.\n\n", fit_set.name);
    report.push_str(&table_md(
        &format!("{}, held out (two folds by document)", fit_set.name),
        &held_out,
    ));
    report.push('\n');
    report.push_str(&thresholds_md(&held_out));
    report.push('\n');
    report.push_str(&table_md(
        &format!("{}, the written table (in-sample)", fit_set.name),
        &apply(&table, &obs),
    ));
    let other_path = format!("{data}/{}", other.file);
    if std::path::Path::new(&other_path).exists() {
        let predictions = apply(&table, &observe(&other_path, other.label)?);
        report.push('\n');
        report.push_str(&table_md(
            &format!("{}, the written table", other.name),
            &predictions,
        ));
        report.push('\n');
        report.push_str(&thresholds_md(&predictions));
    } else {
        report.push_str(&format!("\n{}: skipped, no {other_path}\n", other.name));
    }
    print!("{report}");
    if !dry_run {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/calibration.txt");
        let header = format!(
            "Names' confidence: isotonic fit of the tagger's beam margin (src/model/confidence.rs)\n\
             to the correctness of the final names on {} ({} names,\n\
             {} pseudo-counts towards the overall rate). Written by `make calibrate`; do not edit by\n\
             hand: re-run after retraining the tagger.",
            fit_set.name,
            obs.len(),
            PRIOR
        );
        std::fs::write(path, table.write(&header)).map_err(|e| format!("{path}: {e}"))?;
        eprintln!("wrote {path}: {} steps", table.steps.len());
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut dry_run, mut fit_on) = (false, String::from("conll"));
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dry-run" => dry_run = true,
            "--fit-on" => fit_on = args.next().unwrap_or_default(),
            _ => {
                eprintln!("newsmark-calibrate: unknown argument {a:?} (--dry-run, --fit-on conll|ontonotes)");
                return ExitCode::from(2);
            }
        }
    }
    match run(dry_run, &fit_on) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark-calibrate: {e}");
            ExitCode::from(2)
        }
    }
}
