//! The CLI's JSON Lines extraction (`cli::JsonlExtractor`, which the Python package and the Spark
//! job run too): any bytes, line by line, give an output line that is JSON with the record's id,
//! nothing for a blank line, or an error message; records are extracted with their own reference
//! date. Never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::cli::JsonlExtractor;
use newsmark::Options;

fuzz_target!(|data: &[u8]| {
    // A fresh one per input, so its extractors per reference date stay few.
    let mut jsonl = JsonlExtractor::new(&Options::default()).expect("default options are valid");
    for line in data.split(|&b| b == b'\n') {
        match jsonl.line(line) {
            Ok(Some(out)) => {
                let out: serde_json::Value =
                    serde_json::from_str(&out).expect("the output is JSON");
                assert!(out.get("id").is_some() && out["entities"].is_array());
            }
            Ok(None) => assert!(std::str::from_utf8(line).is_ok_and(|l| l.trim().is_empty())),
            Err(message) => assert!(!message.is_empty()),
        }
    }
});
