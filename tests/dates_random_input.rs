//! Random soups of the tokens the date and amount parsers react to (numbers, separators, month
//! and weekday names, magnitudes, currency signs, zones, line breaks), with and without a
//! reference date: no panic, and every entity's offsets slice out its text. Seeded, so a
//! failure reproduces.

use newsmark::{Extractor, Options};

const VOCAB: &[&str] = &[
    "Tuesday",
    "December",
    "7",
    "2021",
    "-",
    "/",
    ":",
    ".",
    ",",
    "'",
    "’",
    "s",
    "the",
    "a",
    "last",
    "next",
    "ago",
    "years",
    "year",
    "three",
    "hundred",
    "million",
    "lakh",
    "$",
    "€",
    "Rs",
    "US",
    "%",
    "per",
    "cent",
    "10am",
    "21st",
    "1990s",
    "Q3",
    "quarter",
    "third",
    "early",
    "mid",
    "8:45",
    "IST",
    "a.m.",
    "p",
    "m",
    "noon",
    "\n",
    "New",
    "Year",
    "Day",
    "Christmas",
    "every",
    "week",
    "more",
    "than",
    "at",
    "least",
    "weekend",
    "fiscal",
    "é",
    "👍",
    "12",
    "06",
    "31",
    "0",
    "00",
    "999999999999",
    "1,00,000",
    "date",
    "Updated",
    "on",
    "LONDON",
    "AK",
    "203",
    "since",
    "in",
    "May",
    "march",
    "one",
    "twenty",
    "five",
    "and",
    "several",
    "few",
    "of",
    "half",
    "first",
    "second",
    "cents",
];

#[test]
fn random_token_soups_never_panic_and_keep_offsets() {
    let with = Extractor::new(&Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    })
    .unwrap();
    let without = Extractor::new(&Options::default()).unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(next() % 24 + 1) {
            text.push_str(VOCAB[(next() % VOCAB.len() as u64) as usize]);
            if next() % 3 != 1 {
                text.push(' ');
            }
        }
        for extractor in [&with, &without] {
            let doc = extractor.extract(&text).unwrap();
            for e in &doc.entities {
                assert_eq!(&text[e.byte_start..e.byte_end], e.text, "in {text:?}");
            }
        }
    }
}
