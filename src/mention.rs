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
//! round 2").

use crate::{Entity, Label, TimexType, Value};

/// "None" in an index into [`Tables`]: `get` finds nothing there.
pub(crate) const NONE: u32 = u32::MAX;

/// Where a mention's rule name lives: built-in rules are static, kept once each in
/// [`Tables::rules`]; the caller's are made per extraction (`"custom/entry:acme"`) and kept
/// once in [`Tables::user_rules`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Rule {
    Builtin(u32),
    User(u32),
}

/// What mentions refer to by index, held once per extraction.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    /// The values of the mentions that have one, in text order.
    pub values: Vec<Value>,
    /// The days lengths point to ([`Entity::points_to`]), in text order.
    pub days: Vec<String>,
    /// The distinct built-in rule names.
    pub rules: Vec<&'static str>,
    /// The `rule` of the caller's entries and patterns.
    pub user_rules: Vec<String>,
}

/// One mention, by byte and UTF-16 offsets into the whole text (`u32`: the input is at most
/// `MAX_INPUT_BYTES`, 64 MiB).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub byte_start: u32,
    pub byte_end: u32,
    pub start: u32,
    pub end: u32,
    pub entity_id: u32,
    /// Index into [`Tables::values`], or [`NONE`].
    pub value: u32,
    /// Index into [`Tables::days`], or [`NONE`].
    pub points_to: u32,
    pub rule: Rule,
    /// The tagger's raw beam margin, calibrated only when handed out (see [`Entity::confidence`]).
    pub margin: Option<f32>,
    pub label: Label,
    pub timex_type: Option<TimexType>,
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

    /// The mention's value, if it has one.
    pub fn value<'t>(&self, tables: &'t Tables) -> Option<&'t Value> {
        tables.values.get(self.value as usize)
    }

    /// The day a length points to ([`Entity::points_to`]).
    pub fn points_to<'t>(&self, tables: &'t Tables) -> Option<&'t str> {
        tables.days.get(self.points_to as usize).map(String::as_str)
    }

    /// The rule's name.
    pub fn rule<'t>(&self, tables: &'t Tables) -> &'t str {
        match self.rule {
            Rule::Builtin(i) => tables.rules.get(i as usize).copied(),
            Rule::User(i) => tables.user_rules.get(i as usize).map(String::as_str),
        }
        .unwrap_or_default()
    }

    /// The entity handed out, given the mention's own text.
    pub fn to_entity(&self, text: &str, tables: &Tables, calibrated: bool) -> Entity {
        Entity {
            text: text.to_string(),
            label: self.label,
            start: self.start as usize,
            end: self.end as usize,
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
            start: byte_start as u32,
            end: byte_end as u32,
            entity_id: 0,
            value: NONE,
            points_to: NONE,
            rule: Rule::Builtin(NONE),
            margin: None,
            label,
            timex_type: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_a_few_words_whatever_its_value() {
        assert!(std::mem::size_of::<Mention>() <= 48);
    }

    #[test]
    fn indices_past_the_tables_read_as_nothing() {
        let tables = Tables {
            values: vec![Value::Number(3.0)],
            days: vec!["2021-12-07".into()],
            rules: vec!["numbers/cardinal"],
            user_rules: vec!["custom/entry:acme".into()],
        };
        let mut m = Mention::at(0, 5, Label::Cardinal);
        assert_eq!((m.value(&tables), m.points_to(&tables)), (None, None));
        assert_eq!(m.rule(&tables), "");
        (m.value, m.points_to, m.rule) = (0, 0, Rule::Builtin(0));
        assert_eq!(m.value(&tables), Some(&Value::Number(3.0)));
        assert_eq!(m.points_to(&tables), Some("2021-12-07"));
        assert_eq!(m.rule(&tables), "numbers/cardinal");
        m.rule = Rule::User(0);
        assert_eq!(
            m.to_entity("Acme!", &tables, true).rule,
            "custom/entry:acme"
        );
    }
}
