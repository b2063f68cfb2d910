//! Scores the whole pipeline against CoNLL-2003 JSONL files: exact spans, per CoNLL type.
//!
//! ```sh
//! cargo run --release --bin newsmark-eval            # $NEWSMARK_DATA/conll2003/dev.jsonl
//! cargo run --release --bin newsmark-eval -- --errors dev.jsonl 2> errors.txt
//! ```
//! `NEWSMARK_DATA` defaults to `../shared/data`.
//! OntoNotes labels map back the usual way: PERSON → PER; GPE, LOC, FAC → LOC; ORG → ORG;
//! NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE → MISC; the rest (TITLE, dates, numbers)
//! are not scored. So do OntoNotes spans: an article at the start of a name ("the Soviet
//! Union") is left out, as CoNLL draws names (how many were is printed). Offsets in the files
//! are code points. (OntoNotes dev, per label and genre: `scripts/eval-ontonotes.mjs`.)

use newsmark::model::conll_type;
use newsmark::model::score::{report, tally, Counts};
use newsmark::{Extractor, Options};
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

/// `--errors`: each false positive and false negative on stderr, with its context, to sort
/// the pipeline's mistakes by the rule responsible (diff two runs).
fn print_errors(text: &str, predicted: &[(usize, usize, &str)], gold: &[(usize, usize, &str)]) {
    let chars: Vec<char> = text.chars().collect();
    let at = |a: usize, b: usize| -> String { chars[a..b.min(chars.len())].iter().collect() };
    for (kind, mine, other) in [("FP", predicted, gold), ("FN", gold, predicted)] {
        for s in mine.iter().filter(|s| !other.contains(s)) {
            let context = at(s.0.saturating_sub(40), s.1 + 40).replace('\n', " ");
            eprintln!("{kind} {} {:?} | {context:?}", s.2, at(s.0, s.1));
        }
    }
}

fn run(path: &str, counts: &mut Counts, articles: &mut usize, errors: bool) -> Result<(), String> {
    let extractor = Extractor::new(&Options::default()).map_err(|e| e.to_string())?;
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let doc: Doc = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let char_of_byte = |b: usize| doc.text[..b].chars().count();
        let predicted: Vec<(usize, usize, &str)> = extractor
            .extract(&doc.text)
            .map_err(|e| e.to_string())?
            .entities
            .iter()
            .filter_map(|e| {
                let label = conll_type(e.label)?;
                let mut start = e.byte_start;
                let name = &doc.text[start..e.byte_end];
                if let Some(rest) = name.strip_prefix("the ").or(name.strip_prefix("The ")) {
                    start = e.byte_end - rest.len();
                    *articles += 1;
                }
                Some((char_of_byte(start), char_of_byte(e.byte_end), label))
            })
            .collect();
        let gold: Vec<(usize, usize, &str)> = doc
            .entities
            .iter()
            .map(|g| {
                (
                    g.start,
                    g.end,
                    match g.label.as_str() {
                        "PER" => "PER",
                        "LOC" => "LOC",
                        "ORG" => "ORG",
                        _ => "MISC",
                    },
                )
            })
            .collect();
        if errors {
            print_errors(&doc.text, &predicted, &gold);
        }
        tally(counts, &predicted, &gold, |k| k);
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    let errors = paths.iter().any(|p| p == "--errors");
    paths.retain(|p| p != "--errors");
    if paths.is_empty() {
        let data = std::env::var("NEWSMARK_DATA").unwrap_or_else(|_| "../shared/data".into());
        paths.push(format!("{data}/conll2003/dev.jsonl"));
    }
    let (mut counts, mut articles) = (Counts::new(), 0);
    for p in &paths {
        if let Err(e) = run(p, &mut counts, &mut articles, errors) {
            eprintln!("newsmark-eval: {e}");
            return ExitCode::from(2);
        }
    }
    let mut out = String::new();
    report(&counts, &mut out);
    print!("{out}");
    println!("(an article left out of {articles} names, as CoNLL draws them)");
    ExitCode::SUCCESS
}
