//! Fits the names' confidence table (`src/model/calibration.txt`) and prints reliability tables.
//!
//! ```sh
//! make calibrate                                     # fit on CoNLL-2003 dev, write the table
//! cargo run --release --bin newsmark-calibrate -- --dry-run   # report only
//! ```
//! The shipped tagger is trained on CoNLL-2003 train, so the table is fitted on CoNLL-2003 dev
//! (`$NEWSMARK_DATA/conll2003/dev.jsonl`): a name is right when its span is exactly a gold span
//! and its label maps to the gold CoNLL type (the mapping of `newsmark-eval`). Reported:
//! - CoNLL dev, held out: two folds by document (fit on the even documents, score the odd, and
//!   the other way), so the figures are not those the table was fitted to;
//! - CoNLL dev with the written table (in-sample);
//! - OntoNotes dev (`ontonotes/dev.jsonl`) with the written table: exact span and exact
//!   OntoNotes label, over the 11 name labels; skipped when the file is absent.
//!
//! Only names with a confidence (from the tagger) are counted. Re-run after retraining: the
//! margins' scale moves with the weights.

use newsmark::model::confidence::{fit, reliability, Table};
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

fn conll(label: Label) -> Option<&'static str> {
    Some(match label {
        Label::Person => "PER",
        Label::Gpe | Label::Loc | Label::Fac => "LOC",
        Label::Org => "ORG",
        Label::Norp
        | Label::Event
        | Label::Product
        | Label::WorkOfArt
        | Label::Law
        | Label::Language => "MISC",
        _ => return None,
    })
}

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

fn run(dry_run: bool) -> Result<(), String> {
    let data = std::env::var("NEWSMARK_DATA").unwrap_or_else(|_| "../shared/data".into());
    let conll_dev = format!("{data}/conll2003/dev.jsonl");
    let obs = observe(&conll_dev, conll)?;
    let pairs = |o: &[Observation]| -> Vec<(f32, bool)> { o.iter().map(|o| (o.1, o.2)).collect() };
    let table = fit(&pairs(&obs), PRIOR);

    let (even, odd): (Vec<Observation>, Vec<Observation>) = obs.iter().partition(|o| o.0 % 2 == 0);
    let mut held_out = apply(&fit(&pairs(&even), PRIOR), &odd);
    held_out.extend(apply(&fit(&pairs(&odd), PRIOR), &even));

    let mut report = String::new();
    report.push_str(&table_md(
        "CoNLL-2003 dev, held out (two folds by document)",
        &held_out,
    ));
    report.push('\n');
    report.push_str(&thresholds_md(&held_out));
    report.push('\n');
    report.push_str(&table_md(
        "CoNLL-2003 dev, the written table (in-sample)",
        &apply(&table, &obs),
    ));
    let onto_dev = format!("{data}/ontonotes/dev.jsonl");
    if std::path::Path::new(&onto_dev).exists() {
        let onto = observe(&onto_dev, |l| conll(l).map(|_| l.as_str()))?;
        report.push('\n');
        report.push_str(&table_md(
            "OntoNotes 5 dev, the written table (exact span and OntoNotes label)",
            &apply(&table, &onto),
        ));
        report.push('\n');
        report.push_str(&thresholds_md(&apply(&table, &onto)));
    } else {
        report.push_str(&format!("\nOntoNotes dev: skipped, no {onto_dev}\n"));
    }
    print!("{report}");
    if !dry_run {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/calibration.txt");
        let header = format!(
            "Names' confidence: isotonic fit of the tagger's beam margin (src/model/confidence.rs)\n\
             to exact-span, exact-type correctness of the final names on CoNLL-2003 dev\n\
             ({} names, {} pseudo-counts towards the overall rate). Written by `make calibrate`;\n\
             do not edit by hand: re-run after retraining the tagger.",
            obs.len(),
            PRIOR
        );
        std::fs::write(path, table.write(&header)).map_err(|e| format!("{path}: {e}"))?;
        eprintln!("wrote {path}: {} steps", table.steps.len());
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dry_run = args.iter().any(|a| a == "--dry-run");
    if let Some(a) = args.iter().find(|a| *a != "--dry-run") {
        eprintln!("newsmark-calibrate: unknown argument {a:?} (only --dry-run)");
        return ExitCode::from(2);
    }
    match run(dry_run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark-calibrate: {e}");
            ExitCode::from(2)
        }
    }
}
