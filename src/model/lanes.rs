//! The tagger's two kernels on a word's 23 tag scores: adding a row of weights in place, and
//! which tags of a tagging pass the beam's floor. In the wasm they are written with SIMD128
//! (`scripts/build.sh` enables it): the wasm is built at opt-level "z", where LLVM vectorises
//! nothing, so without them every addition is 23 scalar ones (docs/PERFORMANCE.md). Elsewhere a
//! plain version, which LLVM vectorises at opt-level 3. Each lane gets the same float additions
//! in the same order either way, so the tags are the same bit for bit.

use super::TAGS;

pub(crate) type Scores = [f32; TAGS];

const _: () = assert!(TAGS == 23, "the SIMD kernels cover lanes 0..20 and 19..23");

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use super::Scores;
    use core::arch::wasm32::*;

    /// Lanes `at..at + 4` of `s`.
    #[inline(always)]
    fn load(s: &Scores, at: usize) -> v128 {
        debug_assert!(at + 4 <= s.len());
        // SAFETY: `at + 4 <= 23` at every call below, so the 16 bytes read are in the array;
        // `v128_load` needs no alignment.
        unsafe { v128_load(s.as_ptr().add(at).cast()) }
    }

    #[inline(always)]
    fn store(s: &mut Scores, at: usize, v: v128) {
        debug_assert!(at + 4 <= s.len());
        // SAFETY: as in `load`.
        unsafe { v128_store(s.as_mut_ptr().add(at).cast(), v) }
    }

    // Written out, not over arrays and iterators: at opt-level "z" those stay loops and copies.

    /// Adds `more` to `scores` as six vectors at lanes 0, 4, 8, 12, 16 and 19: the last two
    /// overlap in lane 19, which both compute alike, so the last is summed before either is
    /// stored. Always inlined: six vector additions cost less than the call the wasm's opt-level
    /// "z" would otherwise make.
    #[inline(always)]
    pub(crate) fn add(scores: &mut Scores, more: &Scores) {
        let v4 = f32x4_add(load(scores, 16), load(more, 16));
        let v5 = f32x4_add(load(scores, 19), load(more, 19));
        store(scores, 0, f32x4_add(load(scores, 0), load(more, 0)));
        store(scores, 4, f32x4_add(load(scores, 4), load(more, 4)));
        store(scores, 8, f32x4_add(load(scores, 8), load(more, 8)));
        store(scores, 12, f32x4_add(load(scores, 12), load(more, 12)));
        store(scores, 16, v4);
        store(scores, 19, v5);
    }

    #[inline(always)]
    pub(crate) fn above(a: &Scores, b: &Scores, base: f32, floor: f32) -> u32 {
        let (base, floor) = (f32x4_splat(base), f32x4_splat(floor));
        macro_rules! passes {
            ($at:literal) => {{
                let v = f32x4_add(base, f32x4_add(load(a, $at), load(b, $at)));
                (i32x4_bitmask(f32x4_gt(v, floor)) as u32) << $at
            }};
        }
        passes!(0) | passes!(4) | passes!(8) | passes!(12) | passes!(16) | passes!(19)
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) use simd::{above, add};

/// Adds `more` to `scores`, lane by lane, written out: at opt-level "z" (a wasm without SIMD128)
/// a loop's counter and checks cost more than its 23 additions; at opt-level 3 LLVM turns the
/// lanes into vector additions either way.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline]
pub(crate) fn add(scores: &mut Scores, more: &Scores) {
    macro_rules! lanes {
        ($($t:literal)*) => { $(scores[$t] += more[$t];)* };
    }
    lanes!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22);
}

/// The tags `t` (bit `t`) where `base + (a[t] + b[t]) > floor`.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline]
pub(crate) fn above(a: &Scores, b: &Scores, base: f32, floor: f32) -> u32 {
    let mut mask = 0;
    for t in 0..TAGS {
        mask |= ((base + (a[t] + b[t]) > floor) as u32) << t;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(seed: u64) -> Scores {
        std::array::from_fn(|t| {
            let x = crate::hash::mix(seed * 31 + t as u64);
            (x % 2000) as f32 / 100.0 - 10.0
        })
    }

    #[test]
    fn adds_every_lane_once() {
        let (mut s, m) = (scores(1), scores(2));
        let expected: Scores = std::array::from_fn(|t| s[t] + m[t]);
        add(&mut s, &m);
        assert_eq!(s, expected);
    }

    #[test]
    fn marks_the_tags_above_the_floor() {
        let (a, b) = (scores(3), scores(4));
        for floor in [-30.0, -5.0, 0.0, 2.5, 30.0] {
            let expected = (0..TAGS)
                .filter(|&t| 1.5 + (a[t] + b[t]) > floor)
                .fold(0, |m, t| m | 1 << t);
            assert_eq!(above(&a, &b, 1.5, floor), expected);
        }
    }
}
