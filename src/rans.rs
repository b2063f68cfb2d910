//! Decodes the entropy-coded files `build.rs` writes (the model's weights, `weights.rans`).
//!
//! The weights' streams (each row's tags, their int8 weights, the rows' scales) are bytes whose
//! counts are far from even: gzip's Huffman blocks, which also mix them with the Rice-coded keys,
//! code them about 12 % above their entropy; rANS with one frequency table a stream codes them at
//! it: the weights 82.1 → 76.2 KB gzip alone, the wasm 11–13 KB smaller in `scripts/build.sh`'s
//! gzip -9, 5.5 in node's (docs/PERFORMANCE.md, "The page's bytes, round 6"). The file is decoded
//! once, when the tagger loads, into the bytes `build.rs` read.
//!
//! ```text
//! parts, to the end:  u8 kind, u32 LE decoded length
//!   kind 0 (stored):  the bytes
//!   kind 1 (rANS):    256 × u16 LE frequencies summing to 1 << SCALE, u32 LE coded length,
//!                     the code: the state (u32 BE), then a byte each time it falls below L
//! ```

/// Frequencies sum to `1 << SCALE`.
const SCALE: u32 = 15;
/// The state stays in `[L, L << 8)` between symbols.
const L: u32 = 1 << 23;
/// No part decodes to more (a damaged length is refused, not allocated).
const MAX_PART: usize = 1 << 24;

/// The bytes `build.rs` coded, or `None` if `coded` is not such a file.
pub(crate) fn decode(coded: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < coded.len() {
        let kind = coded[at];
        let n = u32_at(coded, at + 1)? as usize;
        if n > MAX_PART {
            return None;
        }
        at += 5;
        match kind {
            0 => {
                out.extend_from_slice(coded.get(at..at + n)?);
                at += n;
            }
            1 => at = part(coded, at, n, &mut out)?,
            _ => return None,
        }
    }
    Some(out)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Decodes one rANS part of `n` bytes from `at` into `out`; where the next part starts.
fn part(coded: &[u8], at: usize, n: usize, out: &mut Vec<u8>) -> Option<usize> {
    let table = coded.get(at..at + 512)?;
    let mut freq = [0u32; 256];
    let mut cum = [0u32; 256];
    let mut symbol = vec![0u8; 1 << SCALE];
    let mut total = 0u32;
    for (s, pair) in table.chunks_exact(2).enumerate() {
        let f = u32::from(u16::from_le_bytes([pair[0], pair[1]]));
        symbol
            .get_mut(total as usize..(total + f) as usize)?
            .fill(s as u8);
        (freq[s], cum[s]) = (f, total);
        total += f;
    }
    if total != 1 << SCALE {
        return None;
    }
    let len = u32_at(coded, at + 512)? as usize;
    let code = coded.get(at + 516..at + 516 + len)?;
    let mut x = u32::from_be_bytes(code.get(..4)?.try_into().ok()?);
    let mut next = 4;
    out.reserve(n);
    for _ in 0..n {
        let slot = x & ((1 << SCALE) - 1);
        let s = symbol[slot as usize];
        x = freq[s as usize] * (x >> SCALE) + slot - cum[s as usize];
        while x < L {
            x = (x << 8) | u32::from(*code.get(next)?);
            next += 1;
        }
        out.push(s);
    }
    (x == L && next == len).then_some(at + 516 + len)
}

#[cfg(test)]
mod tests {
    use super::decode;

    const CODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/weights.rans"));

    #[test]
    fn the_shipped_weights_decode_to_the_trained_file() {
        assert_eq!(
            decode(CODED).as_deref(),
            Some(&include_bytes!("model/weights.bin")[..])
        );
        assert!(CODED.len() < include_bytes!("model/weights.bin").len() * 3 / 4);
    }

    #[test]
    fn a_damaged_file_is_refused_or_read_without_panicking() {
        let whole = decode(CODED);
        for cut in (0..CODED.len()).step_by(499) {
            assert_ne!(decode(&CODED[..cut]), whole, "cut at {cut}");
        }
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..300 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut damaged = CODED.to_vec();
            damaged[seed as usize % CODED.len()] ^= 1 << (seed >> 61);
            let _ = decode(&damaged);
        }
    }
}
