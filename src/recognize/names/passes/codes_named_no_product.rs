//! Codes the tagger calls PRODUCT that name no product: "I-95" is a road (FAC), "G-7" a group
//! of countries (ORG), "F-1 visas" and "PG-13" no name at all. The weapons recogniser declines
//! them ([`NOT_DESIGNATORS`], [`NOT_WEAPON_NOUNS`]); this keeps the tagger from marking them
//! in its place.

use super::super::span::{words, Span};
use crate::recognize::weapons::words::{NOT_DESIGNATORS, NOT_WEAPON_NOUNS};
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Relabels or drops the tagger's PRODUCT codes that the weapons' lists say are no product.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    spans
        .into_iter()
        .filter_map(|mut s| {
            // The label and length first: most spans are no PRODUCT of three tokens, and their
            // words are not read.
            if s.label != Label::Product || s.end - s.first != 3 {
                return Some(s);
            }
            let w = words(context, s.first, s.end);
            if w[1] != "-" {
                return Some(s);
            }
            let next = context.tokens.get(s.end).map(|t| t.text(context.text));
            if next.is_some_and(|n| NOT_WEAPON_NOUNS.contains(&n)) {
                return None;
            }
            match NOT_DESIGNATORS.iter().find(|d| d.0 == w[0]) {
                Some((_, Some(label))) => s.label = *label,
                Some((_, None)) => return None,
                None => {}
            }
            Some(s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn codes_of_roads_groups_and_visas_are_no_products() {
        let text = "Students on F-1 visas drove up I-95 to protest at the G-7 summit.";
        let f = found(text);
        assert!(!f.iter().any(|x| x.1 == Label::Product), "{f:?}");
    }
}
