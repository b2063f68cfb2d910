//! Where a tagged name's label is first decided: from the tagger's four CoNLL types to
//! OntoNotes labels.
//!
//! CoNLL's PER, LOC, ORG and MISC are coarser than OntoNotes': a LOC is a GPE when it is a
//! country, city or state (the gazetteers say so) and a LOC otherwise ("Arctic", "Gulf"); a
//! LOC or MISC ending in "Airport", "Bridge", "Stadium" and the like is a FAC, and an ORG when
//! it ends in an organisation word ("... Organisation", "... Committee"); a
//! MISC is a NORP for nationalities and groups ("Russian", "Democrats"), a LANGUAGE when a
//! language name follows "in" or precedes "language", a LAW or an EVENT when its last word
//! says so ("... Act", "... summit"), a PRODUCT when it carries a model number, and otherwise a
//! NORP if it is one adjective-like word, an EVENT if longer. Later passes may change it
//! ([`labels_from_article`](super::labels_from_article), [`counterpart_persons`](super::counterpart_persons)).

use super::super::words::{EVENT_WORDS, FAC_WORDS, LAW_WORDS, ORG_HEADS};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::model::Kind;
use crate::Label;

/// The OntoNotes label for a span the tagger called `kind`, from the span's `words` and the
/// words just before and after it.
pub(crate) fn label_for(
    kind: Kind,
    words: &[&str],
    before: Option<&str>,
    after: Option<&str>,
) -> Label {
    let lex = Lexicon::get();
    let lower = |w: &str| w.to_lowercase();
    match kind {
        Kind::Per => Label::Person,
        Kind::Org => Label::Org,
        Kind::Loc | Kind::Misc
            if words.len() > 1
                && FAC_WORDS
                    .contains(&words.last().map(|w| lower(w)).unwrap_or_default().as_str()) =>
        {
            Label::Fac
        }
        // The head noun names the kind: "... Treaty Organisation", "... Committee", whichever of
        // place or other the tagger took it for.
        Kind::Loc | Kind::Misc
            if words.len() > 1
                && ORG_HEADS
                    .contains(&words.last().map(|w| lower(w)).unwrap_or_default().as_str()) =>
        {
            Label::Org
        }
        Kind::Loc => {
            let place = lex.contains(Gazetteer::Country, words.iter().copied())
                || lex.contains(Gazetteer::City, words.iter().copied());
            if place {
                Label::Gpe
            } else {
                Label::Loc
            }
        }
        // A country's name used as a modifier ("US concerns", "his US counterpart") is still
        // the country: OntoNotes labels it GPE; NORP is for "American".
        Kind::Misc if lex.contains(Gazetteer::Country, words.iter().copied()) => Label::Gpe,
        Kind::Misc => {
            let last = words.last().map(|w| lower(w)).unwrap_or_default();
            let is_language = lex.contains(Gazetteer::Language, words.iter().copied());
            if is_language
                && (before.is_some_and(|b| b.eq_ignore_ascii_case("in"))
                    || after.is_some_and(|a| lower(a).starts_with("language") || a == "-speaking"))
            {
                return Label::Language;
            }
            if lex.lookup(words.iter().copied())
                & (Gazetteer::Demonym.bit() | Gazetteer::Group.bit())
                != 0
                || is_plural_demonym(words)
            {
                return Label::Norp;
            }
            if words.len() > 1 && LAW_WORDS.contains(&last.as_str()) {
                return Label::Law;
            }
            if words
                .iter()
                .any(|w| EVENT_WORDS.contains(&lower(w).as_str()))
                && words.len() > 1
            {
                return Label::Event;
            }
            if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
                && !words
                    .iter()
                    .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            {
                return Label::Product;
            }
            if words.len() == 1 {
                Label::Norp
            } else {
                Label::Event
            }
        }
    }
}

/// "Americans", "Ukrainians": a demonym with a plural -s.
fn is_plural_demonym(words: &[&str]) -> bool {
    let [w] = words else { return false };
    w.strip_suffix('s')
        .is_some_and(|stem| Lexicon::get().contains(Gazetteer::Demonym, [stem]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(kind: Kind, text: &str) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        label_for(kind, &words, None, None)
    }

    #[test]
    fn places_with_a_government_are_gpe_other_places_loc_organisations_org() {
        for (text, expected) in [
            ("Russia", Label::Gpe),
            ("United States", Label::Gpe),
            ("US", Label::Gpe),
            ("Geneva", Label::Gpe),
            ("New Delhi", Label::Gpe),
            ("Texas", Label::Gpe),
            ("Arctic", Label::Loc),
            ("Gulf of Mexico", Label::Loc),
            ("North Atlantic Treaty Organisation", Label::Org),
        ] {
            assert_eq!(label(Kind::Loc, text), expected, "{text}");
        }
    }

    #[test]
    fn misc_becomes_gpe_norp_law_event_product_or_language() {
        for (text, expected) in [
            ("Russian", Label::Norp),
            ("Americans", Label::Norp),
            ("Muslims", Label::Norp),
            (
                "Countering America ' s Adversaries Through Sanctions Act",
                Label::Law,
            ),
            ("Geneva Summit", Label::Event),
            ("World Cup", Label::Event),
            ("Boeing 747", Label::Product),
            ("North Atlantic Treaty Organisation", Label::Org),
            ("European Commission", Label::Org),
            // A country as a modifier ("US concerns") is the country, not a people.
            ("US", Label::Gpe),
            ("United States", Label::Gpe),
        ] {
            assert_eq!(label(Kind::Misc, text), expected, "{text}");
        }
        assert_eq!(
            label_for(Kind::Misc, &["English"], Some("in"), None),
            Label::Language
        );
        assert_eq!(
            label_for(Kind::Misc, &["English"], Some("the"), Some("team")),
            Label::Norp
        );
    }

    #[test]
    fn buildings_and_structures_are_fac() {
        assert_eq!(label(Kind::Loc, "Heathrow Airport"), Label::Fac);
        assert_eq!(label(Kind::Loc, "Tower Bridge"), Label::Fac);
        assert_eq!(
            label(Kind::Org, "Guy's Hospital"),
            Label::Org,
            "organisations stay"
        );
        assert_ne!(
            label(Kind::Loc, "Airport"),
            Label::Fac,
            "one word is no FAC"
        );
    }

    #[test]
    fn people_and_organisations_keep_their_type() {
        assert_eq!(label(Kind::Per, "Joe Biden"), Label::Person);
        assert_eq!(label(Kind::Org, "Kremlin"), Label::Org);
    }
}
