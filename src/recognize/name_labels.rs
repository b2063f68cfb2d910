//! From the tagger's kinds to OntoNotes labels: one to one, since the tagger learnt the eleven
//! OntoNotes name types (the rules that guessed them from CoNLL's four types went with that
//! model); and the words that make a name a law, for the acronym rule.

use crate::model::Kind;
use crate::Label;

/// Last words that make a name a law or treaty.
pub const LAW_WORDS: &[&str] = &[
    "act",
    "acts",
    "law",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "convention",
    "constitution",
    "bill",
    "charter",
    "protocol",
    "code",
    "amendment",
    "directive",
    "resolution",
];

/// The OntoNotes label of a span the tagger called `kind`: the tagger learnt OntoNotes' own
/// name types, so each kind is its label.
pub fn label_for(kind: Kind) -> Label {
    match kind {
        Kind::Person => Label::Person,
        Kind::Norp => Label::Norp,
        Kind::Fac => Label::Fac,
        Kind::Org => Label::Org,
        Kind::Gpe => Label::Gpe,
        Kind::Loc => Label::Loc,
        Kind::Product => Label::Product,
        Kind::Event => Label::Event,
        Kind::WorkOfArt => Label::WorkOfArt,
        Kind::Law => Label::Law,
        Kind::Language => Label::Language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_the_label_of_its_name() {
        for k in Kind::ALL {
            assert_eq!(label_for(k).as_str(), k.as_str());
        }
    }
}
