//! The compact model format, `weights.bin`: a header, then two tables of the same layout.
//!
//! Features are stored by their low 24 bits (`key`): small enough that the sorted keys pack
//! into two bytes each, large enough that the ~20,000 kept features rarely meet an unseen one.
//!
//! ```text
//! "NMW2"  u32 LE tags
//! table:  u32 LE rows
//!         rows × feature hash, ascending, as LEB128 varints of the gap from the previous one
//!         rows × u8 scale code: the row's scale is 2^(code/8 − 24)
//!         tags × rows int8 weights (within ±31), one tag's column after another (zeros
//!         cluster; gzip likes it)
//! ```
//!
//! A weight is `int8 × row scale`, summed over both tables. The first table holds every kept
//! feature; the second holds, for the few rows where the first rounded a weight by more than a
//! small tolerance (frequent features with large weights), what rounding lost. Features absent
//! from a table weigh nothing there.
//!
//! The file is laid out for gzip; loading lays it out for look-ups in one pass: each row's
//! weights as floats with its correction folded in, one row after another, and an
//! open-addressing index whose slots hold the key beside its row number, so a look-up reads one
//! slot (usually one cache line) and, when the feature is known, one row.

use super::{Scorer, TAGS};

/// A slot of the index: the feature + 1 (0 marks an empty slot) and its row.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u32,
    row: u32,
}

pub struct Model {
    /// A power of two in size, between 1.5 and 3 times the rows.
    slots: Vec<Slot>,
    rows: Vec<[f32; TAGS]>,
}

pub(crate) const MAGIC: &[u8; 4] = b"NMW2";

/// The key a feature is stored under.
#[inline]
pub(crate) fn key(feature: u32) -> u32 {
    feature & 0x00FF_FFFF
}

pub(crate) fn scale_of(code: u8) -> f32 {
    ((code as f32) / 8.0 - 24.0).exp2()
}

fn varint(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        value |= ((b & 0x7f) as u32).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

fn u32_at(bytes: &[u8], pos: &mut usize) -> Option<u32> {
    let v = u32::from_le_bytes(bytes.get(*pos..*pos + 4)?.try_into().ok()?);
    *pos += 4;
    Some(v)
}

/// One table of the file: its sorted keys and its rows as floats.
fn parse_table(bytes: &[u8], pos: &mut usize) -> Option<(Vec<u32>, Vec<[f32; TAGS]>)> {
    let rows = u32_at(bytes, pos)? as usize;
    let mut keys = Vec::with_capacity(rows.min(bytes.len()));
    let mut key: u32 = 0;
    for i in 0..rows {
        let gap = varint(bytes, pos)?;
        key = if i == 0 { gap } else { key.checked_add(gap)? };
        keys.push(key);
    }
    let scales = bytes.get(*pos..*pos + rows)?;
    *pos += rows;
    let weights = bytes.get(*pos..*pos + rows * TAGS)?;
    *pos += rows * TAGS;
    let scale_of: [f32; 256] = std::array::from_fn(|c| scale_of(c as u8));
    let values = (0..rows)
        .map(|r| {
            let scale = scale_of[scales[r] as usize];
            std::array::from_fn(|t| weights[t * rows + r] as i8 as f32 * scale)
        })
        .collect();
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
        let size = (keys.len() + keys.len() / 2).next_power_of_two().max(2);
        let mut slots = vec![Slot::default(); size];
        for (row, &key) in keys.iter().enumerate() {
            let mut s = key as usize & (size - 1);
            while slots[s].key != 0 {
                s = (s + 1) & (size - 1);
            }
            slots[s] = Slot {
                key: key + 1,
                row: row as u32,
            };
        }
        Some(Model { slots, rows })
    }

    /// Features in the model.
    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    /// The weights of `feature` for every tag, if the model knows it.
    #[inline]
    pub(crate) fn row(&self, feature: u32) -> Option<&[f32; TAGS]> {
        let mask = self.slots.len() - 1;
        let key = key(feature);
        let mut s = key as usize & mask;
        let key = key + 1;
        loop {
            let slot = self.slots[s];
            if slot.key == 0 {
                return None;
            }
            if slot.key == key {
                return self.rows.get(slot.row as usize);
            }
            s = (s + 1) & mask;
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

/// Appends one table; returns what quantisation lost on each row.
#[cfg(feature = "train")]
fn write_table(rows: &[(u32, [f32; TAGS])], out: &mut Vec<u8>) -> Vec<[f32; TAGS]> {
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut last = 0u32;
    for (i, (key, _)) in rows.iter().enumerate() {
        let mut gap = if i == 0 { *key } else { key - last };
        last = *key;
        loop {
            let b = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    let codes: Vec<u8> = rows
        .iter()
        .map(|(_, w)| {
            let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
            // Smallest scale that fits the largest weight in ±LEVELS.
            (0..=255u8)
                .find(|&c| scale_of(c) * LEVELS >= max)
                .unwrap_or(255)
        })
        .collect();
    out.extend_from_slice(&codes);
    let quantised = |w: f32, c: u8| (w / scale_of(c)).round().clamp(-LEVELS, LEVELS) as i8;
    for t in 0..TAGS {
        for ((_, w), &c) in rows.iter().zip(&codes) {
            out.push(quantised(w[t], c) as u8);
        }
    }
    rows.iter()
        .zip(&codes)
        .map(|((_, w), &c)| std::array::from_fn(|t| w[t] - quantised(w[t], c) as f32 * scale_of(c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_a_model() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"NMW2\x09\0\0\0\x05\0\0\0\x01").is_none());
        assert!(
            Model::parse(b"NMW2\x09\0\0\0\0\0\0\0").is_none(),
            "one table is missing"
        );
        assert!(Model::parse(b"XXXX\x09\0\0\0\0\0\0\0").is_none());
    }

    #[test]
    fn the_shipped_model_loads() {
        assert!(super::super::shipped().model().rows() > 1000);
    }
}
