//! Native throughput of each pipeline stage apart, so speed work aims at the slow one: the
//! tokeniser, the sentence splitter, each built-in recogniser (on a context built once), and the
//! whole `Extractor::extract` for comparison. Each stage runs over all the texts repeatedly for
//! about a second.
//!
//! `cargo run --release --example stage_throughput -- [--only STAGE] FILE...` where a FILE is a
//! text, or JSON Lines with a "text" field per line (CoNLL-2003's dev.jsonl); `--only` runs one
//! stage, for a profiler.

use newsmark::recognize::{builtin, Context};
use newsmark::text::{split_sentences, tokenize};
use newsmark::{Extractor, Options};
use std::time::{Duration, Instant};

fn texts(file: &str) -> Vec<String> {
    let content = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    if !file.ends_with(".jsonl") {
        return vec![content];
    }
    content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().expect("a \"text\" field").to_string()
        })
        .collect()
}

/// Runs `f` over every text for about a second; returns MB/s.
fn rate(texts: &[String], mut f: impl FnMut(usize, &str)) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut passes, start) = (0usize, Instant::now());
    while passes == 0 || start.elapsed() < Duration::from_secs(1) {
        for (i, t) in texts.iter().enumerate() {
            f(i, t);
        }
        passes += 1;
    }
    (bytes * passes) as f64 / start.elapsed().as_secs_f64() / 1e6
}

fn main() {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let only = match files.iter().position(|a| a == "--only") {
        Some(i) if i + 1 < files.len() => Some(files.drain(i..i + 2).nth(1).unwrap_or_default()),
        _ => None,
    };
    if files.is_empty() {
        eprintln!("usage: stage_throughput FILE...");
        std::process::exit(2);
    }
    let texts: Vec<String> = files.iter().flat_map(|f| texts(f)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("{} texts, {bytes} bytes", texts.len());
    let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
    let sentences: Vec<_> = texts
        .iter()
        .zip(&tokens)
        .map(|(t, ts)| split_sentences(t, ts))
        .collect();
    let wanted = |stage: &str| only.as_deref().map_or(true, |o| o == stage);
    let row = |stage: &str, mb_s: f64| println!("{stage:<20} {mb_s:>8.2} MB/s");
    if wanted("tokenize") {
        row(
            "tokenize",
            rate(&texts, |_, t| {
                std::hint::black_box(tokenize(t));
            }),
        );
    }
    if wanted("split_sentences") {
        row(
            "split_sentences",
            rate(&texts, |i, t| {
                std::hint::black_box(split_sentences(t, &tokens[i]));
            }),
        );
    }
    for recognizer in builtin().into_iter().filter(|r| wanted(r.name())) {
        row(
            recognizer.name(),
            rate(&texts, |i, t| {
                let mut out = Vec::new();
                let cx = Context {
                    text: t,
                    tokens: &tokens[i],
                    sentences: &sentences[i],
                    mode: newsmark::Mode::OntoNotes,
                };
                recognizer.recognize(&cx, &mut out);
                std::hint::black_box(out);
            }),
        );
    }
    if wanted("extract") {
        let extractor = Extractor::new(&Options::default()).expect("default options");
        row(
            "extract",
            rate(&texts, |_, t| {
                std::hint::black_box(extractor.extract(t).expect("extracts"));
            }),
        );
    }
}
