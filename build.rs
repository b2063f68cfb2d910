//! Front-codes the lexicon lists (`data/lexicon/*.txt`) for the binary; `src/lexicon/` decodes
//! them once, when the lexicon loads. Each entry becomes one byte, how many leading bytes it
//! shares with the entry before (cut back to a character boundary), then the rest of it and a
//! newline. The lists are sorted, so most entries share a prefix: the lists in the wasm
//! 53.8 → 43.3 KB gzip (docs/DESIGN.md, "The page and the embedding"). The text files stay the
//! source: readable, with their licences, edited by hand or by `scripts/gen-lexicon.sh`.
//! An entry is a line up to a tab; comment lines (`#`) and empty lines are left out.

use std::path::Path;

/// The lists `src/lexicon/mod.rs` includes as `OUT_DIR/<name>.fc`.
const LISTS: [&str; 10] = [
    "countries",
    "cities",
    "demonyms",
    "given-names",
    "surnames",
    "languages",
    "org-words",
    "groups",
    "organisations",
    "regions",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in LISTS {
        let source = format!("data/lexicon/{name}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let target = Path::new(&out).join(format!("{name}.fc"));
        std::fs::write(&target, front_code(&text))
            .unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}

fn front_code(text: &str) -> Vec<u8> {
    let mut coded = Vec::with_capacity(text.len());
    let mut before = "";
    let entries = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').next().unwrap_or(l))
        .filter(|e| !e.is_empty());
    for entry in entries {
        let mut shared = entry
            .bytes()
            .zip(before.bytes())
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        coded.push(shared as u8);
        coded.extend_from_slice(&entry.as_bytes()[shared..]);
        coded.push(b'\n');
        before = entry;
    }
    coded
}
