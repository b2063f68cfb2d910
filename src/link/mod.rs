//! Linking: groups mentions into canonical entities.
//!
//! A person's single-word mention ("Biden") joins the one fuller name that contains that word
//! ("Joe Biden"), wherever in the text the fuller name appears; when two fuller names share the
//! word, it stays apart rather than guess. Every other mention groups by label and case-folded
//! text.

use crate::{CanonicalEntity, Entity, Label};
use std::collections::HashMap;

/// Sets `entity_id` on every entity and returns the canonical entities.
pub fn link(entities: &mut [Entity]) -> Vec<CanonicalEntity> {
    let key = |e: &Entity| (e.label, e.text.to_lowercase());
    // Each word of a multi-word person name → the names containing it.
    let mut by_word: HashMap<String, Vec<String>> = HashMap::new();
    for e in entities.iter().filter(|e| e.label == Label::Person) {
        let words: Vec<&str> = e.text.split_whitespace().collect();
        if words.len() > 1 {
            let full = e.text.to_lowercase();
            for w in words {
                let names = by_word.entry(w.to_lowercase()).or_default();
                if !names.contains(&full) {
                    names.push(full.clone());
                }
            }
        }
    }

    let mut ids: HashMap<(Label, String), usize> = HashMap::new();
    let mut canonical: Vec<CanonicalEntity> = Vec::new();
    for (index, e) in entities.iter_mut().enumerate() {
        let mut k = key(e);
        if e.label == Label::Person && !k.1.contains(char::is_whitespace) {
            if let Some([full]) = by_word.get(&k.1).map(Vec::as_slice) {
                k.1 = full.clone();
            }
        }
        let id = *ids.entry(k).or_insert_with(|| {
            canonical.push(CanonicalEntity {
                id: canonical.len(),
                label: e.label,
                name: e.text.clone(),
                mentions: vec![],
            });
            canonical.len() - 1
        });
        let c = &mut canonical[id];
        c.mentions.push(index);
        if e.text.chars().count() > c.name.chars().count() {
            c.name = e.text.clone();
        }
        e.entity_id = id;
    }
    canonical
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, label: Label) -> Entity {
        Entity {
            text: text.into(),
            label,
            start: 0,
            end: 0,
            byte_start: 0,
            byte_end: 0,
            value: None,
            entity_id: 0,
            rule: String::new(),
        }
    }

    #[test]
    fn surnames_join_the_full_name_even_when_they_come_first() {
        let mut es = vec![
            entity("Biden", Label::Person),
            entity("Joe Biden", Label::Person),
            entity("Putin", Label::Person),
            entity("biden", Label::Person),
        ];
        let canonical = link(&mut es);
        assert_eq!(canonical.len(), 2);
        assert_eq!(canonical[0].name, "Joe Biden");
        assert_eq!(canonical[0].mentions, [0, 1, 3]);
        assert_eq!(es[2].entity_id, 1);
    }

    #[test]
    fn ambiguous_surnames_and_other_labels_stay_apart() {
        let mut es = vec![
            entity("Joe Smith", Label::Person),
            entity("Ann Smith", Label::Person),
            entity("Smith", Label::Person),
            entity("Smith", Label::Org),
        ];
        let canonical = link(&mut es);
        assert_eq!(canonical.len(), 4);
    }
}
