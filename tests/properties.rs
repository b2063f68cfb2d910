//! Property tests: for arbitrary Unicode input, and for text assembled from news-like fragments
//! (so that entities actually occur), every result keeps the contract in `common/invariants.rs`
//! (sorted, non-overlapping spans on char boundaries, UTF-8 and UTF-16 offsets that slice out the
//! entity's text, well-formed values, consistent canonical entities), and extraction is
//! deterministic and independent of how the caller configures the same options.

mod common;

use common::invariants::check;
use newsmark::{extract, Extractor, Label, Options};
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of news text and of the nastier corners of Unicode, for inputs that find entities.
const FRAGMENTS: &[&str] = &[
    "President",
    "Prime Minister",
    "spokesperson",
    "Dr.",
    "Gen.",
    "Mr",
    "Joe",
    "Biden",
    "Narendra",
    "Modi",
    "de",
    "van",
    "The",
    "December",
    "Dec.",
    "June",
    "may",
    "7",
    "16",
    "31st",
    "2021",
    "1999",
    "2021-12-06",
    "of",
    "on",
    ",",
    ".",
    "!",
    "?",
    "-",
    "'",
    "’",
    "\"",
    "(",
    ")",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "👩🏽‍💻",
    "🇺🇸",
    "\u{feff}",
    "\0",
    "\u{7}",
    "\u{202e}",
    "שלום",
    "مرحبا",
    "日本",
    "İstanbul",
    "ǅ",
    "\u{10ffff}",
    "\u{2028}",
    "\u{a0}",
];

const SEPARATORS: &[&str] = &[" ", " ", " ", "", "\n", "\r\n", "\r", "\t", "  "];

fn newsy_text() -> impl Strategy<Value = String> {
    prop::collection::vec((select(FRAGMENTS), select(SEPARATORS)), 0..60)
        .prop_map(|parts| parts.into_iter().map(|(f, s)| format!("{f}{s}")).collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), newsy_text(), "[ -~\n]{0,200}"]
}

fn options() -> impl Strategy<Value = Options> {
    let date = prop_oneof![
        Just(None),
        (1i32..=9999, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
    ];
    let labels = prop::option::of(prop::sample::subsequence(
        Label::ALL.to_vec(),
        0..=Label::ALL.len(),
    ));
    let day_first = prop::option::of(any::<bool>());
    (date, labels, day_first).prop_map(|(reference_date, labels, day_first)| Options {
        reference_date,
        labels,
        day_first,
        ..Options::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_result_keeps_the_contract(text in any_text()) {
        let doc = extract(&text, &Options::default()).expect("text under the size limit is accepted");
        if let Err(broken) = check(&text, &doc) {
            panic!("{broken}\ninput: {text:?}");
        }
    }

    #[test]
    fn extraction_is_deterministic(text in newsy_text()) {
        let first = extract(&text, &Options::default()).unwrap();
        prop_assert_eq!(&first, &extract(&text, &Options::default()).unwrap());
        prop_assert_eq!(&first, &Extractor::new(&Options::default()).unwrap().extract(&text).unwrap());
    }

    #[test]
    fn options_only_narrow_and_resolve(text in newsy_text(), options in options()) {
        let doc = extract(&text, &options).expect("valid options");
        if let Err(broken) = check(&text, &doc) {
            panic!("{broken}\ninput: {text:?} options: {options:?}");
        }
        if let Some(labels) = &options.labels {
            prop_assert!(doc.entities.iter().all(|e| labels.contains(&e.label)));
        }
        // The options' date wins; without one, only the article's own dateline may give one.
        match (&options.reference_date, &doc.reference_date) {
            (Some(given), Some(used)) => prop_assert_eq!((given, used.source.as_str()), (&used.date, "options")),
            (Some(_), None) => prop_assert!(false, "the given reference date was dropped"),
            (None, Some(used)) => prop_assert_eq!(used.source.as_str(), "article"),
            (None, None) => {}
        }
    }

    #[test]
    fn text_after_a_prefix_keeps_its_offsets_consistent(prefix in any::<String>(), text in newsy_text()) {
        // Whatever precedes it (astral characters, marks, BOMs), offsets stay exact.
        let whole = format!("{prefix}\n\n{text}");
        let doc = extract(&whole, &Options::default()).unwrap();
        if let Err(broken) = check(&whole, &doc) {
            panic!("{broken}\ninput: {whole:?}");
        }
    }
}
