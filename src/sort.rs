//! One stable sort for the crate's few sorts: each `sort_by` on a new element type adds a copy
//! of the standard library's driftsort (3–4 KB of wasm). Here the standard sort runs once, on
//! indices with a comparator behind `dyn`, and each element type only adds the small step that
//! moves elements into that order. Same order as `slice::sort_by`: both are stable.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `v.sort_by(cmp)` would.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().map(|i| slots[i as usize].take().unwrap()));
}

/// `0..n` stably sorted by `cmp` of the indices.
#[inline(never)]
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_order_as_the_standard_stable_sort() {
        let mut bits = 0x9E37_79B9u64;
        let v: Vec<(u8, u32)> = (0..5000)
            .map(|i| {
                bits ^= bits << 13;
                bits ^= bits >> 7;
                bits ^= bits << 17;
                ((bits % 7) as u8, i)
            })
            .collect();
        for n in [0, 1, 2, 3, 20, 5000] {
            let mut ours = v[..n].to_vec();
            super::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v[..n].to_vec();
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
        }
    }
}
