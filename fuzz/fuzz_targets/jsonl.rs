//! The CLI's JSON Lines input: any bytes, line by line, are a record, a blank line or an error
//! message; records are then extracted with their own reference date. Never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{cli, Extractor, Options};
use std::collections::HashMap;
use std::sync::Mutex;

/// Extractors by reference date, as the CLI keeps them; cleared when it grows, to bound memory.
static EXTRACTORS: Mutex<Option<HashMap<Option<String>, Option<Extractor>>>> = Mutex::new(None);

fuzz_target!(|data: &[u8]| {
    for line in data.split(|&b| b == b'\n') {
        match cli::parse_record(line) {
            Ok(Some(record)) => {
                let mut extractors = EXTRACTORS.lock().unwrap();
                let extractors = extractors.get_or_insert_with(HashMap::new);
                if extractors.len() > 64 {
                    extractors.clear();
                }
                let reference_date = record.reference_date;
                let extractor = extractors.entry(reference_date.clone()).or_insert_with(|| {
                    Extractor::new(&Options {
                        reference_date,
                        ..Options::default()
                    })
                    .ok()
                });
                if let Some(extractor) = extractor {
                    let doc = extractor
                        .extract(&record.text)
                        .expect("under the size limit");
                    serde_json::to_string(&doc).expect("every document serialises");
                }
            }
            Ok(None) => {}
            Err(message) => assert!(!message.is_empty()),
        }
    }
});
