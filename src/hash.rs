//! The word and feature hashing the model format depends on: the tagger's features
//! (`model/features.rs`), the gazetteers' keys (`lexicon/`) and the word clusters' fingerprints
//! (`lexicon/clusters.rs`) are all made of these hashes, so changing one means retraining
//! `weights.bin` and regenerating `word-clusters.bin`. Words are hashed once, byte by byte, as
//! they are read (64-bit FNV-1a: no buffer, cheap for short keys); features then combine those
//! integers with a 64-bit finaliser instead of hashing strings again.
//!
//! (In-memory maps use `rustc_hash::FxHashMap`, the crate's one fast map; nothing here is a map.)

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

    #[cfg(test)]
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
