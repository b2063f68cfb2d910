//! The compact model format, `weights.bin`: a header, then two tables of the same layout.
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

use super::{Scorer, TAGS};

struct Table {
    keys: Vec<u32>,
    /// Open-addressing index over `keys`: slot → row + 1 (0 is empty); twice as many slots as
    /// rows, a power of two. Faster than binary search for the mostly-absent features.
    slots: Vec<u32>,
    scales: Vec<f32>,
    /// Column-major: `weights[tag * rows + row]`.
    weights: Vec<i8>,
}

pub struct Model {
    tables: [Table; 2],
}

pub const MAGIC: &[u8; 4] = b"NMW2";

pub fn scale_of(code: u8) -> f32 {
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

fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 8) as usize & mask
}

fn index(keys: &[u32]) -> Vec<u32> {
    let size = (keys.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![0u32; size];
    for (row, &key) in keys.iter().enumerate() {
        let mut s = slot_of(key, size - 1);
        while slots[s] != 0 {
            s = (s + 1) & (size - 1);
        }
        slots[s] = row as u32 + 1;
    }
    slots
}

impl Table {
    fn row(&self, key: u32) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, mask);
        loop {
            let row = self.slots[s].checked_sub(1)? as usize;
            if self.keys[row] == key {
                return Some(row);
            }
            s = (s + 1) & mask;
        }
    }

    fn parse(bytes: &[u8], pos: &mut usize) -> Option<Table> {
        let rows = u32_at(bytes, pos)? as usize;
        let mut keys = Vec::with_capacity(rows.min(bytes.len()));
        let mut key: u32 = 0;
        for i in 0..rows {
            let gap = varint(bytes, pos)?;
            key = if i == 0 { gap } else { key.checked_add(gap)? };
            keys.push(key);
        }
        let scales = bytes
            .get(*pos..*pos + rows)?
            .iter()
            .map(|&c| scale_of(c))
            .collect();
        *pos += rows;
        let weights = bytes
            .get(*pos..*pos + rows * TAGS)?
            .iter()
            .map(|&b| b as i8)
            .collect();
        *pos += rows * TAGS;
        let slots = index(&keys);
        Some(Table {
            slots,
            keys,
            scales,
            weights,
        })
    }

    /// Adds the feature's row, if the table has one; says whether it had.
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) -> bool {
        let Some(row) = self.row(feature) else {
            return false;
        };
        let scale = self.scales[row];
        let rows = self.keys.len();
        for (t, s) in scores.iter_mut().enumerate() {
            *s += self.weights[t * rows + row] as f32 * scale;
        }
        true
    }
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
        let first = Table::parse(bytes, &mut pos)?;
        let second = Table::parse(bytes, &mut pos)?;
        (pos == bytes.len()).then_some(Model {
            tables: [first, second],
        })
    }

    /// Features in the model.
    pub fn rows(&self) -> usize {
        self.tables[0].keys.len()
    }
}

impl Scorer for Model {
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        // Corrections exist only for rows of the first table.
        if self.tables[0].add(feature, scores) {
            self.tables[1].add(feature, scores);
        }
    }
}

/// Rounding error above which a row gets a correction in the second table.
#[cfg(feature = "train")]
const TOLERANCE: f32 = 1.0;
/// Weights are stored as int8 but use only ±31: fewer levels gzip to fewer bytes. Measured on
/// CoNLL dev at the same features: ±127 and a 0.05 tolerance 179 KB gzipped, F1 0.8668; ±31 and
/// 1.0, 144 KB, F1 0.8665; ±15, 134 KB, 0.8629.
#[cfg(feature = "train")]
const LEVELS: f32 = 31.0;

/// Writes rows of float weights, `(hash, weights)`, quantised into the format above.
#[cfg(feature = "train")]
pub fn write(mut rows: Vec<(u32, [f32; TAGS])>) -> Vec<u8> {
    rows.sort_by_key(|r| r.0);
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
        assert!(super::super::shipped().rows() > 1000);
    }
}
