//! Distinct strings numbered in order of first appearance, so that a table of them and `u32`
//! indices can stand in for a string per item: the rule names mentions index (`held.rs`) and
//! the string table of the compact result (`wasm.rs`).

use rustc_hash::FxHashMap;

/// Each distinct string once, with its index in [`Distinct::list`].
#[derive(Default)]
pub(crate) struct Distinct<'a> {
    index: FxHashMap<&'a str, u32>,
    pub list: Vec<&'a str>,
}

impl<'a> Distinct<'a> {
    /// The index of `s`, added at the end the first time it is seen.
    pub fn id(&mut self, s: &'a str) -> u32 {
        let next = self.list.len() as u32;
        let list = &mut self.list;
        *self.index.entry(s).or_insert_with(|| {
            list.push(s);
            next
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Distinct;

    #[test]
    fn numbers_each_string_once_in_order_of_first_appearance() {
        let mut d = Distinct::default();
        let ids: Vec<u32> = ["b", "a", "b", "c", "a"].map(|s| d.id(s)).to_vec();
        assert_eq!(ids, [0, 1, 0, 2, 1]);
        assert_eq!(d.list, ["b", "a", "c"]);
    }
}
