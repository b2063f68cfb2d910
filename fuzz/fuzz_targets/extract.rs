//! The extraction entry point on arbitrary text and options: never panics, and every result keeps
//! the contract checked by the property tests (`tests/common/invariants.rs`).
#![no_main]

#[path = "../../tests/common/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use newsmark::{Extractor, Label, Options};
use std::collections::HashMap;
use std::sync::Mutex;

/// Extractors by option selector, built once: building compiles patterns, which would otherwise
/// dominate every run.
static EXTRACTORS: Mutex<Option<HashMap<u8, Extractor>>> = Mutex::new(None);

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, the rest is the text (lossy, as a CLI reading files is not
    // the point here: the JSON Lines target covers bytes that are not UTF-8).
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let options = Options {
        reference_date: (selector & 1 == 1).then(|| "2021-12-06".to_string()),
        labels: (selector & 2 == 2).then(|| {
            Label::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| (selector as usize >> 2) % (i + 2) == 0)
                .map(|(_, l)| *l)
                .collect()
        }),
        day_first: (selector & 0x80 == 0x80).then_some(selector & 0x40 == 0x40),
        ..Options::default()
    };
    let mut extractors = EXTRACTORS.lock().unwrap();
    let extractor = extractors
        .get_or_insert_with(HashMap::new)
        .entry(selector)
        .or_insert_with(|| Extractor::new(&options).expect("these options are valid"));
    let doc = extractor
        .extract(&text)
        .expect("fuzz inputs are under the size limit");
    if let Err(broken) = invariants::check(&text, &doc) {
        panic!("{broken}\ninput: {text:?}");
    }
});
