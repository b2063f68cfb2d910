//! Where a tagged name's label is first decided: the tagger learnt OntoNotes' eleven name types,
//! so each kind is its label (the rules that guessed them from CoNLL's four types went with that
//! model). Later passes may change it ([`labels_from_article`](super::labels_from_article),
//! [`counterpart_persons`](super::counterpart_persons)).

use crate::model::Kind;
use crate::Label;

/// The OntoNotes label of a span the tagger called `kind`.
pub(crate) fn label_for(kind: Kind) -> Label {
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
