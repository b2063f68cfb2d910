//! Front-codes the lexicon lists (`data/lexicon/*.txt`) for the binary; `src/lexicon/` decodes
//! them once, when the lexicon loads. Each entry becomes one byte, how many leading bytes it
//! shares with the entry before (cut back to a character boundary), then the rest of it and a
//! newline. The lists are sorted, so most entries share a prefix: the lists in the wasm
//! 53.8 → 43.3 KB gzip (docs/DESIGN.md, "The page and the embedding"). The text files stay the
//! source: readable, with their licences, edited by hand or by `scripts/gen-lexicon.sh`.
//! An entry is a line up to a tab; comment lines (`#`) and empty lines are left out.
//!
//! It also entropy-codes the model's weights (`src/model/weights.bin`) into `OUT_DIR/weights.rans`
//! for `src/rans.rs` to decode when the tagger loads: the file's streams of tags, weights and
//! scales are bytes with skewed counts, which gzip codes 12 % above their entropy (its matches
//! find nothing in them and its blocks mix the streams); rANS, one frequency table per stream,
//! codes them at it (docs/PERFORMANCE.md, "The page's bytes, round 6"). The Rice-coded keys are
//! copied as they are.

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
    write_weights(&out);
}

/// `rans.rs`'s constants: frequencies sum to `1 << SCALE`; the state stays in `[L, L << 8)`.
const SCALE: u32 = 15;
const L: u32 = 1 << 23;

fn write_weights(out: &str) {
    let source = "src/model/weights.bin";
    println!("cargo:rerun-if-changed={source}");
    let bytes = std::fs::read(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut coded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for (end, entropy_coded) in weight_streams(&bytes) {
        let part = &bytes[at..end];
        if entropy_coded {
            coded.push(1);
            coded.extend_from_slice(&(part.len() as u32).to_le_bytes());
            rans_encode(part, &mut coded);
        } else {
            coded.push(0);
            coded.extend_from_slice(&(part.len() as u32).to_le_bytes());
            coded.extend_from_slice(part);
        }
        at = end;
    }
    let target = Path::new(out).join("weights.rans");
    std::fs::write(&target, coded).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// Where `weights.bin`'s streams end (src/model/weights.rs has the layout), each with whether it
/// is entropy-coded: the header and row counts and the Rice-coded keys are not.
fn weight_streams(bytes: &[u8]) -> Vec<(usize, bool)> {
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let mut ends = vec![(8, false)];
    let mut at = 8;
    while at < bytes.len() {
        let rows = u32_at(at);
        at += 4;
        ends.push((at, false));
        let (mut n, mut ended) = (0, 0);
        while ended < rows {
            ended += usize::from(bytes[at + n] & 0x20 != 0);
            n += 1;
        }
        ends.push((at + n, true)); // each row's tags
        ends.push((at + 2 * n, true)); // their weights
        at += 2 * n;
        // the keys: `rows` Rice codes with parameter `rice_k(24, rows)` (src/bits.rs)
        let k = ((1u64 << 24) / (rows as u64 + 1)).max(1).ilog2() as usize;
        let mut bit = at * 8;
        for _ in 0..rows {
            while bytes[bit / 8] >> (7 - bit % 8) & 1 == 1 {
                bit += 1;
            }
            bit += 1 + k;
        }
        at = bit.div_ceil(8);
        ends.push((at, false));
        at += rows;
        ends.push((at, true)); // the rows' scales
    }
    assert_eq!(at, bytes.len(), "weights.bin's streams");
    ends.retain(|&(end, _)| end > 0);
    ends.dedup_by_key(|e| e.0);
    ends
}

/// `part` as rANS (byte-wise renormalisation): its 256 frequencies, u16 LE, summing to
/// `1 << SCALE`, the coded length (u32 LE), then the code, which `rans.rs` reads forwards.
fn rans_encode(part: &[u8], coded: &mut Vec<u8>) {
    let mut counts = [0u64; 256];
    for &b in part {
        counts[b as usize] += 1;
    }
    let total: u64 = counts.iter().sum();
    let mut freq = [0u32; 256];
    for (f, &c) in freq.iter_mut().zip(&counts) {
        if c > 0 {
            *f = ((c << SCALE) / total).max(1) as u32;
        }
    }
    let sum: u32 = freq.iter().sum();
    let top = (0..256).max_by_key(|&s| counts[s]).unwrap();
    freq[top] = (freq[top] + (1 << SCALE)) - sum;
    let mut cum = [0u32; 256];
    for s in 1..256 {
        cum[s] = cum[s - 1] + freq[s - 1];
    }
    let mut code = Vec::with_capacity(part.len());
    let mut x = L;
    for &b in part.iter().rev() {
        let f = freq[b as usize];
        while x >= ((L >> SCALE) << 8) * f {
            code.push(x as u8);
            x >>= 8;
        }
        x = ((x / f) << SCALE) + x % f + cum[b as usize];
    }
    code.extend_from_slice(&x.to_le_bytes());
    code.reverse();
    for f in freq {
        coded.extend_from_slice(&(f as u16).to_le_bytes());
    }
    coded.extend_from_slice(&(code.len() as u32).to_le_bytes());
    coded.extend_from_slice(&code);
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
