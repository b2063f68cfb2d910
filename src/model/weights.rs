//! The compact model format, `weights.bin`: a header, then two tables of the same layout.
//!
//! Features are stored by their low 24 bits (`key`): small enough that the sorted keys Rice-code
//! into about 11 bits each, large enough that the ~20,000 kept features rarely meet an unseen one.
//!
//! ```text
//! "NMW3"  u32 LE tags
//! table:  u32 LE rows
//!         each row's tags with a weight, one byte each: how many tags it skips after the one
//!         before (the first: its number), plus 0x20 on the row's last
//!         those weights, int8 within ±31, row after row
//!         the rows' feature keys, ascending: the first, then each gap − 1, Rice-coded with
//!         parameter `bits::rice_k(24, rows)`, most significant bit first, zero-padded to a byte
//!         rows × u8 scale code: the row's scale is 2^(code/8 − 24)
//! ```
//!
//! Most features weigh something for one or two of the 23 tags, so a row lists only those;
//! tags, weights, keys and scales are four streams apart (each gzips best with its own kind), and
//! the keys are Rice-coded (gzip cannot shorten random gaps): 97.7 → 85.4 KB gzipped for the same
//! weights (docs/DESIGN.md, "Model layout").
//!
//! A weight is `int8 × row scale`, summed over both tables. The first table holds every kept
//! feature; the second holds, for the few rows where the first rounded a weight by more than a
//! small tolerance (frequent features with large weights), what rounding lost. Features absent
//! from a table weigh nothing there.
//!
//! Loading lays the file out for look-ups in one pass: each row's weights as floats with its
//! correction folded in, one row after another, and an open-addressing index whose slots hold
//! the key beside its row number, so a look-up reads one slot (usually one cache line) and, when
//! the feature is known, one row.
//!
//! The index is ordered: a key's home slot is its top bits, so homes rise with keys, and the keys
//! (ascending in the file) are placed in order, each at its home or just after the key before.
//! The slots' keys then ascend, and a look-up walks from the home while the keys are smaller:
//! one comparison a slot, and a miss (most features) stops at the first larger key instead of at
//! the next free slot. Free slots hold the largest key and the last slot is always free, so the
//! walk ends without a bound of its own.

use super::{Scorer, TAGS};
use crate::bits::{rice_k, BitReader};

/// A slot of the index: a feature's key and its row, or `FREE`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Slot {
    key: u32,
    row: u32,
}

/// A free slot: larger than every key, so walks stop on it.
const FREE: Slot = Slot {
    key: u32::MAX,
    row: 0,
};

pub struct Model {
    /// The ordered index (module docs): homes for 1.5 to 3 times the rows, the keys that ran
    /// past the last home, then a free slot.
    slots: Vec<Slot>,
    /// A key's home is `key >> shift`.
    shift: u32,
    rows: Vec<[f32; TAGS]>,
}

pub(crate) const MAGIC: &[u8; 4] = b"NMW3";

/// The key a feature is stored under.
#[inline]
pub(crate) fn key(feature: u32) -> u32 {
    feature & 0x00FF_FFFF
}

pub(crate) fn scale_of(code: u8) -> f32 {
    ((code as f32) / 8.0 - 24.0).exp2()
}

fn u32_at(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let v = u32::from_le_bytes(bytes.get(*pos..*pos + 4)?.try_into().ok()?);
    *pos += 4;
    Some(v)
}

/// Bits of a key.
const KEY_BITS: u32 = 24;
/// A row's last tag is marked by this bit of its tag byte; the bits below are the gap.
const LAST: u8 = 0x20;

/// `rows` ascending keys, Rice-coded from `pos` (the format above); moves `pos` past the padding.
fn rice_keys(bytes: &[u8], pos: &mut usize, rows: usize) -> Option<Vec<u32>> {
    let k = rice_k(KEY_BITS, rows as u64);
    let mut reader = BitReader::new(bytes.get(*pos..)?);
    let mut keys = Vec::with_capacity(rows.min(bytes.len() * 8));
    let mut last = 0u32;
    for i in 0..rows {
        let gap = reader.rice(k, u64::from(key(u32::MAX) >> k)).ok()? as u32;
        last = if i == 0 {
            gap
        } else {
            last.checked_add(gap + 1)?
        };
        keys.push(last);
    }
    *pos += reader.position().div_ceil(8);
    Some(keys)
}

/// The ordered index of ascending `keys` (row `i` has `keys[i]`, each within `KEY_BITS`), and
/// its shift.
fn index(keys: &[u32]) -> (Vec<Slot>, u32) {
    let bits = (keys.len() + keys.len() / 2)
        .next_power_of_two()
        .max(2)
        .trailing_zeros()
        .min(KEY_BITS);
    let shift = KEY_BITS - bits;
    let mut slots = vec![FREE; 1 << bits];
    let mut next = 0;
    for (row, &key) in keys.iter().enumerate() {
        let s = next.max((key >> shift) as usize);
        if s == slots.len() {
            slots.push(FREE);
        }
        slots[s] = Slot {
            key,
            row: row as u32,
        };
        next = s + 1;
    }
    if next == slots.len() {
        slots.push(FREE);
    }
    (slots, shift)
}

/// One table of the file: its sorted keys and its rows as floats.
fn parse_table(bytes: &[u8], pos: &mut usize) -> Option<(Vec<u32>, Vec<[f32; TAGS]>)> {
    let rows = u32_at(bytes, pos)? as usize;
    // The tag bytes end at the `rows`-th marked last; as many weights follow.
    let tag_bytes = bytes.get(*pos..)?;
    let (mut n, mut ended) = (0, 0);
    while ended < rows {
        ended += usize::from(*tag_bytes.get(n)? & LAST != 0);
        n += 1;
    }
    let (tag_bytes, weights) = (&tag_bytes[..n], bytes.get(*pos + n..*pos + 2 * n)?);
    *pos += 2 * n;
    let keys = rice_keys(bytes, pos, rows)?;
    let scales = bytes.get(*pos..*pos + rows)?;
    *pos += rows;
    let scale_of: [f32; 256] = std::array::from_fn(|c| scale_of(c as u8));
    let mut values = vec![[0f32; TAGS]; rows];
    let mut row = 0;
    let mut tag = 0;
    for (&b, &w) in tag_bytes.iter().zip(weights) {
        tag += usize::from(b & !LAST);
        *values.get_mut(row)?.get_mut(tag)? = w as i8 as f32 * scale_of[scales[row] as usize];
        tag += 1;
        if b & LAST != 0 {
            (row, tag) = (row + 1, 0);
        }
    }
    Some((keys, values))
}

impl Model {
    /// Reads a model; `None` when the bytes are not one.
    pub fn parse(bytes: &[u8]) -> Option<Model> {
        if bytes.get(..4)? != MAGIC {
            return None;
        }
        let mut pos = 4;
        if u32_at(bytes, &mut pos)? as usize != TAGS {
            return None;
        }
        let (keys, mut rows) = parse_table(bytes, &mut pos)?;
        let (fixed, corrections) = parse_table(bytes, &mut pos)?;
        if pos != bytes.len() || keys.last().is_some_and(|&k| k > key(u32::MAX)) {
            return None;
        }
        // Corrections exist only for rows of the first table.
        for (key, c) in fixed.iter().zip(&corrections) {
            if let Ok(r) = keys.binary_search(key) {
                rows[r].iter_mut().zip(c).for_each(|(w, c)| *w += c);
            }
        }
        let (slots, shift) = index(&keys);
        Some(Model { slots, shift, rows })
    }

    /// Features in the model.
    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    /// The weights of `feature` for every tag, if the model knows it.
    #[inline]
    pub(crate) fn row(&self, feature: u32) -> Option<&[f32; TAGS]> {
        let key = key(feature);
        let mut s = (key >> self.shift) as usize;
        loop {
            let slot = self.slots.get(s)?;
            if slot.key >= key {
                return match slot.key == key {
                    true => self.rows.get(slot.row as usize),
                    false => None,
                };
            }
            s += 1;
        }
    }
}

impl Scorer for Model {
    #[inline]
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        if let Some(row) = self.row(feature) {
            for t in 0..TAGS {
                scores[t] += row[t];
            }
        }
    }
}

/// Rounding error above which a row gets a correction in the second table.
#[cfg(feature = "train")]
const TOLERANCE: f32 = 1.0;
/// Weights are stored as int8 but use only ±31: fewer levels gzip to fewer bytes, for the same
/// F1 (docs/DESIGN.md, "Quantisation").
#[cfg(feature = "train")]
const LEVELS: f32 = 31.0;

/// Writes rows of float weights, `(feature, weights)`, quantised into the format above;
/// features that share a key share the sum of their weights.
#[cfg(feature = "train")]
pub fn write(features: Vec<(u32, [f32; TAGS])>) -> Vec<u8> {
    let mut rows: Vec<(u32, [f32; TAGS])> = Vec::with_capacity(features.len());
    let mut features: Vec<_> = features.into_iter().map(|(f, w)| (key(f), f, w)).collect();
    features.sort_by_key(|&(k, f, _)| (k, f));
    for (k, _, w) in features {
        match rows.last_mut() {
            Some(last) if last.0 == k => last.1.iter_mut().zip(w).for_each(|(a, b)| *a += b),
            _ => rows.push((k, w)),
        }
    }
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(TAGS as u32).to_le_bytes());
    let residuals = write_table(&rows, &mut out);
    let corrections: Vec<_> = rows
        .iter()
        .zip(residuals)
        .filter(|(_, r)| r.iter().any(|x| x.abs() > TOLERANCE))
        .map(|((key, _), r)| (*key, r))
        .collect();
    write_table(&corrections, &mut out);
    out
}

/// Appends one table; returns what quantisation lost on each row. Rows that round to all
/// zeros are left out: they weigh nothing.
#[cfg(feature = "train")]
fn write_table(rows: &[(u32, [f32; TAGS])], out: &mut Vec<u8>) -> Vec<[f32; TAGS]> {
    let quantised: Vec<(u32, u8, [i8; TAGS])> = rows
        .iter()
        .map(|&(key, w)| {
            let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
            // Smallest scale that fits the largest weight in ±LEVELS.
            let code = (0..=255u8)
                .find(|&c| scale_of(c) * LEVELS >= max)
                .unwrap_or(255);
            let q = w.map(|x| (x / scale_of(code)).round().clamp(-LEVELS, LEVELS) as i8);
            (key, code, q)
        })
        .collect();
    let residuals = (rows.iter().zip(&quantised))
        .map(|((_, w), (_, c, q))| std::array::from_fn(|t| w[t] - q[t] as f32 * scale_of(*c)))
        .collect();
    let kept: Vec<_> = (quantised.into_iter())
        .filter(|(_, _, q)| q.iter().any(|&x| x != 0))
        .collect();
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    for (_, _, q) in &kept {
        let tags: Vec<usize> = (0..TAGS).filter(|&t| q[t] != 0).collect();
        let mut next = 0;
        for (i, &t) in tags.iter().enumerate() {
            let last = if i + 1 == tags.len() { LAST } else { 0 };
            out.push((t - next) as u8 | last);
            next = t + 1;
        }
    }
    for (_, _, q) in &kept {
        out.extend(q.iter().filter(|&&x| x != 0).map(|&x| x as u8));
    }
    let mut bits = Vec::new();
    let k = rice_k(KEY_BITS, kept.len() as u64);
    for (i, (key, _, _)) in kept.iter().enumerate() {
        let gap = if i == 0 {
            *key
        } else {
            key - kept[i - 1].0 - 1
        };
        bits.extend(std::iter::repeat(1).take((gap >> k) as usize));
        bits.push(0);
        bits.extend((0..k).rev().map(|b| (gap >> b & 1) as u8));
    }
    out.extend(
        bits.chunks(8)
            .map(|c| (c.iter().enumerate()).fold(0u8, |byte, (i, &bit)| byte | bit << (7 - i))),
    );
    out.extend(kept.iter().map(|&(_, code, _)| code));
    residuals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_a_model() {
        assert!(Model::parse(b"").is_none());
        let tags = (TAGS as u32).to_le_bytes();
        let model = |body: &[u8]| [&MAGIC[..], &tags, body].concat();
        assert!(Model::parse(&model(b"\x05\0\0\0\x01")).is_none());
        assert!(
            Model::parse(&model(b"\0\0\0\0")).is_none(),
            "one table is missing"
        );
        assert!(Model::parse(&model(b"\0\0\0\0\0\0\0\0")).is_some());
        // One row (key 0: 24 bits of Rice code), first at a tag past the last, then at tag 22.
        let row = |tag: u8| [&[1, 0, 0, 0, tag | LAST, 5, 0, 0, 0, 7][..], &[0; 4]].concat();
        assert!(Model::parse(&model(&row(23))).is_none());
        assert!(Model::parse(&model(&row(22))).is_some());
        assert!(Model::parse(b"XXXX\x09\0\0\0\0\0\0\0").is_none());
    }

    #[test]
    fn the_index_finds_its_keys_and_nothing_else() {
        // Crowded homes (runs of neighbours, keys sharing top bits), both ends of the key range.
        let mut keys: Vec<u32> = (0..40)
            .chain(1000..1100)
            .chain(0xFF_FF00..=0xFF_FFFF)
            .collect();
        keys.extend((0..3000u32).map(|i| i.wrapping_mul(0x9E37_79B9) >> 8));
        keys.sort_unstable();
        keys.dedup();
        let (slots, shift) = index(&keys);
        let model = Model {
            slots,
            shift,
            rows: (0..keys.len()).map(|i| [i as f32; TAGS]).collect(),
        };
        assert_eq!(model.slots.last(), Some(&FREE));
        let probes = (keys.iter().flat_map(|&k| [k, k.saturating_sub(1), k + 1]))
            .chain((0..5000u32).map(|i| i.wrapping_mul(0x85EB_CA6B)));
        for probe in probes {
            let want = keys.binary_search(&key(probe)).ok().map(|r| r as f32);
            assert_eq!(model.row(probe).map(|r| r[0]), want, "feature {probe:#x}");
        }
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        let (slots, shift) = index(&[]);
        let model = Model {
            slots,
            shift,
            rows: Vec::new(),
        };
        assert!(model.row(0).is_none() && model.row(u32::MAX).is_none());
    }

    #[test]
    fn the_shipped_model_loads() {
        assert!(super::super::shipped().model().rows() > 1000);
    }

    #[test]
    fn a_damaged_model_is_rejected_or_read_without_panicking() {
        let bytes = include_bytes!("weights.bin");
        for cut in (0..bytes.len()).step_by(997) {
            assert!(Model::parse(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..200 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut damaged = bytes.to_vec();
            damaged[seed as usize % bytes.len()] ^= 1 << (seed >> 61);
            let _ = Model::parse(&damaged);
        }
    }
}
