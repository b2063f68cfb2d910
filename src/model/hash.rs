//! Hashing for the tagger's hot paths. Words are hashed once, byte by byte, as they are read
//! (64-bit FNV-1a: no buffer, cheap for short keys); features then combine those integers with a
//! 64-bit finaliser instead of hashing strings again. Maps whose keys are such hashes, or short
//! words, use [`FastMap`] (an Fx-style multiply-rotate hasher) rather than std's SipHash, whose
//! flooding resistance cost a fifth of the tagger's time here.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// 64-bit FNV-1a, fed one byte or character at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv(pub u64);

impl Fnv {
    pub const START: Fnv = Fnv(0xcbf2_9ce4_8422_2325);

    #[inline]
    pub fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
    }

    /// Feeds the character's UTF-8 bytes.
    #[inline]
    pub fn char(self, c: char) -> Fnv {
        if c.is_ascii() {
            return self.byte(c as u8);
        }
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf).bytes().fold(self, Fnv::byte)
    }

    pub fn str(self, s: &str) -> Fnv {
        s.bytes().fold(self, Fnv::byte)
    }
}

/// Murmur3's 64-bit finaliser: every input bit flips about half the output bits.
#[inline]
pub const fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Combines a running hash with one more part; order matters (`a, b` ≠ `b, a`).
#[inline]
pub fn combine(h: u64, part: u64) -> u64 {
    mix(h.rotate_left(29) ^ part)
}

/// Fx-style hasher (as in rustc): a multiply and a rotate per 8 bytes. Not flooding-resistant;
/// an article crafted to collide only slows its own tagging.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_its_reference_values() {
        assert_eq!(Fnv::START.str("").0, 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv::START.str("a").0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fnv::START.char('é'), Fnv::START.str("é"));
    }

    #[test]
    fn combining_depends_on_order() {
        assert_ne!(combine(combine(1, 2), 3), combine(combine(1, 3), 2));
    }
}
