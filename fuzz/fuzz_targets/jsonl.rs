//! The CLI's JSON Lines input: any bytes, line by line, are a record, a blank line or an error
//! message; records are then extracted with their own reference date. Never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{cli, Extractor, Options};

fuzz_target!(|data: &[u8]| {
    for line in data.split(|&b| b == b'\n') {
        match cli::parse_record(line) {
            Ok(Some(record)) => {
                let options = Options {
                    reference_date: record.reference_date,
                    labels: None,
                };
                if let Ok(extractor) = Extractor::new(&options) {
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
