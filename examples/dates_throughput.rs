//! Native throughput of the date and amount recogniser alone (tokens and sentences included,
//! resolution and linking not): `cargo run --release --example dates_throughput -- FILE...`.
//! Each file is run repeatedly for about a second; prints MB/s per file and overall.

use newsmark::recognize::{Context, DatesAndAmounts, Recognizer};
use newsmark::text::{split_sentences, tokenize};
use std::time::{Duration, Instant};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: dates_throughput FILE...");
        std::process::exit(2);
    }
    let recognizer = DatesAndAmounts::new();
    let (mut bytes, mut time) = (0usize, Duration::ZERO);
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (mut n, start) = (0usize, Instant::now());
        let mut found = 0;
        while start.elapsed() < Duration::from_secs(1) {
            let tokens = tokenize(&text);
            let sentences = split_sentences(&text, &tokens);
            let mut out = Vec::new();
            recognizer.recognize(
                &Context {
                    text: &text,
                    tokens: &tokens,
                    sentences: &sentences,
                },
                &mut out,
            );
            found = out.len();
            n += 1;
        }
        let elapsed = start.elapsed();
        println!(
            "{file}: {:.1} MB/s ({} bytes, {found} candidates)",
            (text.len() * n) as f64 / elapsed.as_secs_f64() / 1e6,
            text.len()
        );
        bytes += text.len() * n;
        time += elapsed;
    }
    println!(
        "overall: {:.1} MB/s",
        bytes as f64 / time.as_secs_f64() / 1e6
    );
}
