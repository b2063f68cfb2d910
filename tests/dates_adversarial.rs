//! Input built to hurt the date and amount parsers: long runs of digits, month names, weekdays,
//! number words and separators. Each must come back without a panic and in linear time (a
//! quadratic parser would not finish these; `make bench`-style timing of a full megabyte is in
//! the closing note, since tests time nothing).

use newsmark::{extract, Options};

fn survives(text: &str) -> usize {
    let doc = extract(
        text,
        &Options {
            reference_date: Some("2021-12-06".into()),
            ..Options::default()
        },
    )
    .unwrap();
    for e in &doc.entities {
        assert_eq!(&text[e.byte_start..e.byte_end], e.text);
    }
    doc.entities.len()
}

/// 64 KiB: enough that a quadratic pass would crawl, small enough for
/// an unoptimised test build.
const SIZE: usize = 1 << 16;

fn repeat(unit: &str) -> String {
    unit.repeat(SIZE / unit.len())
}

#[test]
fn long_runs_of_digits_and_separators() {
    survives(&"7".repeat(SIZE));
    survives(&repeat("1,"));
    survives(&repeat("1."));
    survives(&repeat("12:"));
    survives(&repeat("2021-12-"));
    survives(&repeat("1-"));
    survives(&repeat("$4.5bn "));
}

#[test]
fn long_runs_of_date_and_number_words() {
    assert!(survives(&repeat("Tuesday ")) > 0);
    survives(&repeat("December "));
    survives(&repeat("7 December 2021 "));
    survives(&repeat("hundred "));
    survives(&repeat("two million "));
    survives(&repeat("date 2021-12-06 "));
    survives(&repeat("LONDON 2021-12-06 "));
    survives(&repeat("LONDON 2021-12-06\n"));
    survives(&repeat("last week ago "));
    survives(&repeat("the past two "));
    survives(&repeat("x-1-"));
}

/// An age or a spoken clock at the very start of the text reads no token before the first.
#[test]
fn ages_and_spoken_clocks_at_the_start() {
    for text in [
        "now just 14.",
        "s just 14.",
        "' s 14,",
        "just 14.",
        "nine thirty a.m.",
        "at nine oh",
        "he was twenty -",
    ] {
        survives(text);
    }
}
