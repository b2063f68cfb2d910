//! Option parsing: command-line arguments (NUL-separated in the input) and the JSON options object
//! the JavaScript API takes. Never panics; whatever parses builds an extractor or a named error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::cli::{self, Command};
use newsmark::{Extractor, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let args = text.split('\0').map(str::to_string);
    if let Ok(Command::Run(args)) = cli::parse_args(args) {
        assert!(!args.files.is_empty());
        if let Err(e) = Extractor::new(&args.options) {
            assert!(!e.to_string().is_empty());
        }
    }
    if let Ok(options) = serde_json::from_slice::<Options>(data) {
        if let Ok(extractor) = Extractor::new(&options) {
            extractor
                .extract("President Joe Biden spoke on 7 December.")
                .unwrap();
        }
    }
});
