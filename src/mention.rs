//! A mention as the pipeline keeps it from normalisation to hand-out: offsets, label, and
//! indices into [`Tables`] for its rule, value and the day it points to; no strings of its own.
//! The [`Entity`]s the API returns carry two `String`s each (the text and the rule); building
//! them only as they are handed out, a segment at a time in `Extractor::extract_segments`, and
//! writing JSON straight from mentions (`json.rs`) keep a long text from holding every entity's
//! strings at once (docs/PERFORMANCE.md, "Memory for a 10 MB text").
//!
//! Most mentions are names, with no value and no day, so those sit in side tables and a
//! mention holds a `u32` for each: 48 bytes a mention instead of 112, which for a 10 MB text
//! (310,000 mentions) is 20 MB less at the pipeline's peak (docs/PERFORMANCE.md, "Peak memory,
//! round 2"); 28 since round 5, with its UTF-16 offsets counted when handed out, the rule and
//! margin a word each and the day a length points to kept with its value ("Peak memory, round 5").
//!
//! The whole text's mentions are held in [`Mentions`], blocks of a fixed size that are filled
//! as segments are read and never joined: link and the writers read them in place. One list
//! joined at the end held every mention twice for a moment, and one list grown by doubling
//! leaves holes the wasm's allocator cannot reuse (docs/PERFORMANCE.md, "Peak memory, round 4").

use crate::text::Utf16Cursor;
use crate::{Entity, Label, TimexType, Value};

/// "None" in an index into [`Tables`]: `get` finds nothing there.
pub(crate) const NONE: u32 = u32::MAX;

/// Where a mention's rule name lives: built-in rules are static, kept once each in
/// [`Tables::rules`]; the caller's are made per extraction (`"custom/entry:acme"`) and kept
/// once in [`Tables::user_rules`]. One `u32`, the caller's marked by the top bit (an enum of
/// the two took 8 bytes a mention).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rule(u32);

impl Rule {
    const USER: u32 = 1 << 31;

    /// The `i`th of [`Tables::rules`].
    pub fn builtin(i: u32) -> Rule {
        Rule(i & !Rule::USER)
    }

    /// The `i`th of [`Tables::user_rules`] (fewer than 2^31: the input is at most 64 MiB).
    pub fn user(i: u32) -> Rule {
        Rule(i | Rule::USER)
    }
}

/// What mentions refer to by index, held once per extraction.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    /// The values `normalize::values` gave the candidates it read (`held::Finished::kept`), in
    /// text order: `None` for the few it gives none, which no mention indexes.
    pub values: Vec<Option<Value>>,
    /// The days lengths point to ([`Entity::points_to`]), by the index into `values` of the
    /// length's slot, in text order (few: a binary search finds them).
    pub days: Vec<(u32, String)>,
    /// The distinct built-in rule names.
    pub rules: Vec<&'static str>,
    /// The `rule` of the caller's entries and patterns.
    pub user_rules: Vec<String>,
}

/// One mention, by byte offsets into the whole text (`u32`: the input is at most
/// `MAX_INPUT_BYTES`, 64 MiB): 28 bytes. Its UTF-16 offsets are counted when it is handed out
/// (every writer goes in text order, so one forward `Utf16Cursor` gives the starts, and
/// [`utf16_end`] the end from its text), and the day a length points to sits in
/// [`Tables::days`] under the length's value slot, so none takes a word of every mention.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub byte_start: u32,
    pub byte_end: u32,
    pub entity_id: u32,
    /// Index into [`Tables::values`] (and [`Tables::days`]' keys), or [`NONE`].
    pub value: u32,
    pub rule: Rule,
    /// The tagger's raw beam margin as `f32` bits, or [`NONE`] for none (a NaN no arithmetic
    /// makes), calibrated only when handed out (see [`Entity::confidence`]).
    pub margin: u32,
    pub label: Label,
    pub timex_type: Option<TimexType>,
}

/// The UTF-16 end of a mention that starts at `start` (UTF-16) with its own text `own`.
pub(crate) fn utf16_end(start: u32, own: &str) -> u32 {
    start + Utf16Cursor::new(own).utf16_at(own.len()) as u32
}

/// A margin as [`Mention::margin`] holds it.
pub(crate) fn margin_bits(margin: Option<f32>) -> u32 {
    margin.map_or(NONE, f32::to_bits)
}

impl Mention {
    /// The mention's text in the whole `text` it was found in.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.byte_start as usize..self.byte_end as usize]
    }

    /// The confidence [`Entity::confidence`] gives: calibrated, or the raw margin.
    pub fn confidence(&self, calibrated: bool) -> Option<f64> {
        let margin = (self.margin != NONE).then(|| f32::from_bits(self.margin));
        margin.map(|m| match calibrated {
            true => crate::model::confidence::calibrate(m),
            false => m as f64,
        })
    }

    /// The mention's value, if it has one.
    pub fn value<'t>(&self, tables: &'t Tables) -> Option<&'t Value> {
        tables.values.get(self.value as usize)?.as_ref()
    }

    /// The day a length points to ([`Entity::points_to`]).
    pub fn points_to<'t>(&self, tables: &'t Tables) -> Option<&'t str> {
        let days = &tables.days;
        let at = days.binary_search_by_key(&self.value, |d| d.0).ok()?;
        Some(&days[at].1)
    }

    /// The rule's name.
    pub fn rule<'t>(&self, tables: &'t Tables) -> &'t str {
        let i = (self.rule.0 & !Rule::USER) as usize;
        match self.rule.0 & Rule::USER {
            0 => tables.rules.get(i).copied(),
            _ => tables.user_rules.get(i).map(String::as_str),
        }
        .unwrap_or_default()
    }

    /// The entity handed out, given the mention's own text and its UTF-16 start.
    pub fn to_entity(&self, text: &str, start: u32, tables: &Tables, calibrated: bool) -> Entity {
        Entity {
            text: text.to_string(),
            label: self.label,
            start: start as usize,
            end: utf16_end(start, text) as usize,
            byte_start: self.byte_start as usize,
            byte_end: self.byte_end as usize,
            confidence: self.confidence(calibrated),
            value: self.value(tables).cloned(),
            timex_type: self.timex_type,
            points_to: self.points_to(tables).map(str::to_string),
            entity_id: self.entity_id as usize,
            rule: self.rule(tables).to_string(),
        }
    }

    /// A mention with only offsets and a label, for tests of the stages after resolution.
    #[cfg(test)]
    pub fn at(byte_start: usize, byte_end: usize, label: Label) -> Mention {
        Mention {
            byte_start: byte_start as u32,
            byte_end: byte_end as u32,
            entity_id: 0,
            value: NONE,
            rule: Rule::builtin(NONE),
            margin: NONE,
            label,
            timex_type: None,
        }
    }
}

/// The mentions of one extraction, in text order, in blocks of [`Mentions::BLOCK`]: every block
/// but the last is full, so the `i`th mention is at a shift and a mask. The first block grows
/// as a `Vec` does, so a short text reserves little; once it is full the text is long, and each
/// later block is reserved at its full size, never moved.
#[derive(Debug, Default)]
pub(crate) struct Mentions {
    blocks: Vec<Vec<Mention>>,
    len: usize,
}

/// What [`Mentions::into_iter`] gives: the mentions by value, each block freed once read.
pub(crate) type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<Mention>>>;

impl Mentions {
    const SHIFT: u32 = 12;
    /// Mentions a block holds: 196,608 bytes.
    const BLOCK: usize = 1 << Mentions::SHIFT;

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn push(&mut self, m: Mention) {
        match self.blocks.last_mut() {
            Some(last) if last.len() < Mentions::BLOCK => last.push(m),
            _ => {
                let mut block = match self.blocks.is_empty() {
                    true => Vec::new(),
                    false => Vec::with_capacity(Mentions::BLOCK),
                };
                block.push(m);
                self.blocks.push(block);
            }
        }
        self.len += 1;
    }

    pub fn get(&self, i: usize) -> Option<&Mention> {
        let block = self.blocks.get(i >> Mentions::SHIFT)?;
        block.get(i & (Mentions::BLOCK - 1))
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Mention> {
        let block = self.blocks.get_mut(i >> Mentions::SHIFT)?;
        block.get_mut(i & (Mentions::BLOCK - 1))
    }

    /// The mentions in order (of known length, so what is collected from it is reserved once).
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            block: [].iter(),
            rest: self.blocks.iter(),
            left: self.len,
        }
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Mention> {
        self.blocks.iter_mut().flatten()
    }

    /// Keeps the mentions `keep` holds to, in order.
    pub fn retain(&mut self, keep: impl Fn(&Mention) -> bool) {
        let mut kept = 0;
        for i in 0..self.len {
            if keep(&self[i]) {
                self[kept] = self[i].clone();
                kept += 1;
            }
        }
        let blocks = kept.div_ceil(Mentions::BLOCK);
        self.blocks.truncate(blocks);
        if let Some(last) = self.blocks.last_mut() {
            last.truncate(kept - (blocks - 1) * Mentions::BLOCK);
        }
        self.len = kept;
    }
}

/// What [`Mentions::iter`] gives: a block's slice at a time, with the count left.
pub(crate) struct Iter<'a> {
    block: std::slice::Iter<'a, Mention>,
    rest: std::slice::Iter<'a, Vec<Mention>>,
    left: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Mention;

    #[inline]
    fn next(&mut self) -> Option<&'a Mention> {
        loop {
            if let Some(m) = self.block.next() {
                self.left -= 1;
                return Some(m);
            }
            self.block = self.rest.next()?.iter();
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl std::ops::Index<usize> for Mentions {
    type Output = Mention;

    fn index(&self, i: usize) -> &Mention {
        &self.blocks[i >> Mentions::SHIFT][i & (Mentions::BLOCK - 1)]
    }
}

impl std::ops::IndexMut<usize> for Mentions {
    fn index_mut(&mut self, i: usize) -> &mut Mention {
        &mut self.blocks[i >> Mentions::SHIFT][i & (Mentions::BLOCK - 1)]
    }
}

impl IntoIterator for Mentions {
    type Item = Mention;
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        self.blocks.into_iter().flatten()
    }
}

impl FromIterator<Mention> for Mentions {
    fn from_iter<I: IntoIterator<Item = Mention>>(items: I) -> Mentions {
        let mut mentions = Mentions::default();
        items.into_iter().for_each(|m| mentions.push(m));
        mentions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_a_few_words_whatever_its_value() {
        assert!(std::mem::size_of::<Mention>() <= 28);
    }

    #[test]
    fn indices_past_the_tables_read_as_nothing() {
        let tables = Tables {
            values: vec![Some(Value::Number(3.0))],
            days: vec![(0, "2021-12-07".into())],
            rules: vec!["numbers/cardinal"],
            user_rules: vec!["custom/entry:acme".into()],
        };
        let mut m = Mention::at(0, 5, Label::Cardinal);
        assert_eq!((m.value(&tables), m.points_to(&tables)), (None, None));
        assert_eq!(m.rule(&tables), "");
        (m.value, m.rule) = (0, Rule::builtin(0));
        assert_eq!(m.value(&tables), Some(&Value::Number(3.0)));
        assert_eq!(m.points_to(&tables), Some("2021-12-07"));
        assert_eq!(m.rule(&tables), "numbers/cardinal");
        m.rule = Rule::user(0);
        assert_eq!(
            m.to_entity("Acme!", 0, &tables, true).rule,
            "custom/entry:acme"
        );
    }

    #[test]
    fn offsets_and_margins_read_back_as_they_went_in() {
        let text = "Zoë met 😀 北京";
        for (at, _) in text.char_indices() {
            let start = text[..at].encode_utf16().count() as u32;
            let own = &text[at..];
            assert_eq!(utf16_end(start, own) as usize, text.encode_utf16().count());
        }
        let mut m = Mention::at(0, 3, Label::Person);
        assert_eq!(m.confidence(false), None);
        for margin in [0.0, -0.0, 1.5, f32::MIN, f32::INFINITY] {
            m.margin = margin_bits(Some(margin));
            assert_eq!(
                m.confidence(false).map(f64::to_bits),
                Some((margin as f64).to_bits())
            );
        }
        // The day is found under the length's value slot, not under another's.
        let tables = Tables {
            values: vec![None, Some(Value::Timex("P3D".into())), None],
            days: vec![(1, "2021-12-07".into()), (2, "2021-12-09".into())],
            ..Tables::default()
        };
        let days: Vec<_> = (0..4)
            .map(|v| {
                Mention {
                    value: v,
                    ..m.clone()
                }
                .points_to(&tables)
            })
            .collect();
        assert_eq!(days, [None, Some("2021-12-07"), Some("2021-12-09"), None]);
    }

    #[test]
    fn mentions_read_back_in_order_across_blocks_and_after_retain() {
        let n = 3 * Mentions::BLOCK + 5;
        let mut ms: Mentions = (0..n).map(|i| Mention::at(i, i + 1, Label::Date)).collect();
        assert_eq!(ms.len(), n);
        assert!(ms.blocks[..3].iter().all(|b| b.len() == Mentions::BLOCK));
        assert_eq!(ms.blocks[1].capacity(), Mentions::BLOCK, "reserved once");
        let starts = |ms: &Mentions| ms.iter().map(|m| m.byte_start as usize).collect::<Vec<_>>();
        assert_eq!(starts(&ms), (0..n).collect::<Vec<_>>());
        assert_eq!(ms.iter().len(), n);
        assert_eq!(ms.get(n - 1).map(|m| m.byte_start), Some(n as u32 - 1));
        assert_eq!(ms.get(n), None);
        ms.iter_mut().for_each(|m| m.entity_id = m.byte_start);
        assert!(ms.iter().all(|m| m.entity_id == m.byte_start));
        // Every third, then a few, then none: the blocks stay full but the last.
        ms.retain(|m| m.byte_start % 3 == 0);
        assert_eq!(starts(&ms), (0..n).step_by(3).collect::<Vec<_>>());
        assert!(ms.blocks[..ms.blocks.len() - 1]
            .iter()
            .all(|b| b.len() == Mentions::BLOCK));
        ms.push(Mention::at(n, n + 1, Label::Date));
        assert_eq!(ms[ms.len() - 1].byte_start as usize, n);
        ms.retain(|m| m.byte_start < 7);
        assert_eq!(starts(&ms), [0, 3, 6]);
        ms.retain(|_| false);
        assert_eq!((ms.len(), ms.blocks.len(), ms.iter().next()), (0, 0, None));
        let back: Vec<Mention> = ms.into_iter().collect();
        assert!(back.is_empty());
    }
}
