//! Where the gazetteers and the article settle a name's label, whatever the tagger said: a
//! well-known organisation is ORG, a region LOC (GPE if it governs itself: "West Bank"), a
//! country the tagger took for an organisation or a region GPE, the surname of a person named in full in the article PERSON unless the
//! tagger took it for an organisation (companies bear their founders' names: "Pirelli",
//! "Ford"). The tagger's own article history keeps the rest consistent (docs/DESIGN.md: a vote
//! per name did worse).

use super::super::span::{words_into, Span};
use super::super::words::{is_governed_region, COUNTRY_CODES_IN_NEWS};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::Label;
use rustc_hash::FxHashSet;

/// Relabels names from the gazetteers and the people named in full; cuts "Russian S-400" to
/// the nationality alone (the designator is found on its own, `recognize/weapons.rs`).
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    let person_words: FxHashSet<&str> = spans
        .iter()
        .filter(|s| s.label == Label::Person && s.end - s.first > 1)
        .flat_map(|s| &context.tokens[s.first..s.end])
        .map(|t| t.text(context.text))
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    // Each span's words, in one list for them all.
    let mut w: Vec<&str> = Vec::new();
    for k in 0..spans.len() {
        let next_first = spans.get(k + 1).map_or(usize::MAX, |n| n.first);
        let s = &mut spans[k];
        // A well-known organisation the tagger cut short by its last word, which no other name
        // takes ("Islamic" + "State fighters").
        if s.end < next_first
            && context
                .tokens
                .get(s.end)
                .is_some_and(|t| t.text(context.text).starts_with(char::is_uppercase))
        {
            words_into(context, s.first, s.end + 1, &mut w);
            if lex.lookup(w.iter().copied()) & Gazetteer::Organisation.bit() != 0 {
                s.end += 1;
            }
        }
        words_into(context, s.first, s.end, &mut w);
        let bits = lex.lookup(w.iter().copied());
        s.label = if bits & Gazetteer::Organisation.bit() != 0 {
            Label::Org
        } else if bits & Gazetteer::Region.bit() != 0 {
            if is_governed_region(&w) {
                Label::Gpe
            } else {
                Label::Loc
            }
        } else if w.len() == 1 && s.label != Label::Org && person_words.contains(&w[0]) {
            Label::Person
        } else {
            s.label
        };
        // "GE", "EC", "GM" are companies and agencies before they are country codes.
        let code = w.len() == 1 && w[0].len() == 2 && !COUNTRY_CODES_IN_NEWS.contains(&w[0]);
        if matches!(s.label, Label::Org | Label::Loc)
            && bits & Gazetteer::Country.bit() != 0
            && !code
        {
            s.label = Label::Gpe;
        }
        // "Russian S-400": the nationality alone; the designator is found on its own.
        if w.len() > 1
            && matches!(s.label, Label::Product | Label::Norp | Label::Event)
            && lex.contains(Gazetteer::Demonym, [w[0]])
            && w[1..]
                .iter()
                .any(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            (s.end, s.label) = (s.first + 1, Label::Norp);
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn a_well_known_organisation_cut_short_takes_its_last_word() {
        let f = found("Dozens of Islamic State fighters fled the town.");
        assert!(f.contains(&("Islamic State", Label::Org)), "{f:?}");
        let f = found("Some clerics want an Islamic state, said State officials.");
        assert!(!f.iter().any(|x| x.0.starts_with("Islamic S")), "{f:?}");
    }

    #[test]
    fn well_known_organisations_and_regions_override_the_tagger() {
        let text = "The Kremlin has said that the Pentagon will watch the Arctic.";
        let f = found(text);
        assert!(f.contains(&("Kremlin", Label::Org)), "{f:?}");
        assert!(f.contains(&("Pentagon", Label::Org)), "{f:?}");
        assert!(f.contains(&("Arctic", Label::Loc)), "{f:?}");
    }

    #[test]
    fn a_region_that_governs_itself_is_a_gpe_the_others_stay_places() {
        let text = "Talks on the West Bank stalled, envoys in the Middle East said. \
                    Troops left the Balkans, and West Bank officials met in Europe.";
        let f = found(text);
        assert!(f.contains(&("the West Bank", Label::Gpe)), "{f:?}");
        assert!(f.contains(&("West Bank", Label::Gpe)), "{f:?}");
        for region in ["Middle East", "Balkans", "Europe"] {
            assert!(
                f.iter().any(|x| x.0.ends_with(region) && x.1 == Label::Loc),
                "{region}: {f:?}"
            );
        }
    }

    #[test]
    fn two_letter_codes_other_than_us_and_uk_are_no_countries() {
        let text = "GE and GM shares fell in New York on Monday.";
        let f = found(text);
        assert!(
            !f.iter().any(|x| x.1 == Label::Gpe && x.0.len() == 2),
            "{f:?}"
        );
    }
}
