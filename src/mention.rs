//! A mention as the pipeline keeps it from normalisation to hand-out: offsets, label, rule and
//! value, and no strings of its own. The [`Entity`]s the API returns carry two `String`s each
//! (the text and the rule); building them only as they are handed out, a segment at a time in
//! `Extractor::extract_segments`, and writing JSON straight from mentions (`json.rs`) keep a
//! long text from holding every entity's strings at once (docs/PERFORMANCE.md, "Memory for a
//! 10 MB text").

use crate::{Entity, Label, TimexType, Value};

/// Where a mention's rule name lives: built-in rules are static, the caller's are made per
/// extraction (`"custom/entry:acme"`) and kept once in a list this indexes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Rule {
    Builtin(&'static str),
    User(u32),
}

/// One mention, by byte and UTF-16 offsets into the whole text (`u32`: the input is at most
/// `MAX_INPUT_BYTES`, 64 MiB).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub byte_start: u32,
    pub byte_end: u32,
    pub start: u32,
    pub end: u32,
    pub label: Label,
    pub timex_type: Option<TimexType>,
    pub rule: Rule,
    pub value: Option<Value>,
    /// The day a length points to ([`Entity::points_to`]); rare, so a string of its own.
    pub points_to: Option<String>,
    /// The tagger's raw beam margin, calibrated only when handed out (see [`Entity::confidence`]).
    pub margin: Option<f32>,
    pub entity_id: u32,
}

impl Mention {
    /// The mention's text in the whole `text` it was found in.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.byte_start as usize..self.byte_end as usize]
    }

    /// The confidence [`Entity::confidence`] gives: calibrated, or the raw margin.
    pub fn confidence(&self, calibrated: bool) -> Option<f64> {
        self.margin.map(|m| match calibrated {
            true => crate::model::confidence::calibrate(m),
            false => m as f64,
        })
    }

    /// The entity handed out, given the mention's own text and the caller's rule names.
    pub fn into_entity(self, text: &str, user_rules: &[String], calibrated: bool) -> Entity {
        Entity {
            text: text.to_string(),
            label: self.label,
            start: self.start as usize,
            end: self.end as usize,
            byte_start: self.byte_start as usize,
            byte_end: self.byte_end as usize,
            confidence: self.confidence(calibrated),
            value: self.value,
            timex_type: self.timex_type,
            points_to: self.points_to,
            entity_id: self.entity_id as usize,
            rule: match self.rule {
                Rule::Builtin(rule) => rule.to_string(),
                Rule::User(i) => user_rules[i as usize].clone(),
            },
        }
    }

    /// A mention with only offsets and a label, for tests of the stages after resolution.
    #[cfg(test)]
    pub fn at(byte_start: usize, byte_end: usize, label: Label) -> Mention {
        Mention {
            byte_start: byte_start as u32,
            byte_end: byte_end as u32,
            start: byte_start as u32,
            end: byte_end as u32,
            label,
            timex_type: None,
            rule: Rule::Builtin("test"),
            value: None,
            points_to: None,
            margin: None,
            entity_id: 0,
        }
    }
}
