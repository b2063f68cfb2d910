//! Salience: how much an article is about each canonical entity, in [0, 1].
//!
//! ```text
//! salience = weight(label) × (0.5 × ln(1 + m) / ln(1 + M) + 0.3 × headline + 0.2 × lead)
//! ```
//! - `m`: the entity's mentions; `M`: the most mentions any entity of the article has.
//! - `headline`: 1 when a mention lies in the headline, the text's first non-blank line, when
//!   more lines follow it (a text of one line has no headline).
//! - `lead`: 1 when a mention lies in the headline or the first paragraph after it (up to a
//!   blank line; in a text without blank lines, the next non-blank line).
//! - `weight`: 1 for names (people, organisations, places, groups, things, events, works,
//!   laws, languages), 0.5 for the rest (titles, dates, times, amounts, numbers): what an
//!   article is about is rarely a date.
//!
//! Rounded to three decimals; the same text always gives the same values.

use crate::mention::{Mention, Mentions};
use crate::{CanonicalEntity, Label};
use std::ops::Range;

/// Byte ranges of the headline and the lead (first paragraph), either maybe empty.
fn headline_and_lead(text: &str) -> (Range<usize>, Range<usize>) {
    // Non-blank lines as byte ranges, and whether a blank line came before each.
    let mut lines: Vec<(Range<usize>, bool)> = Vec::new();
    let mut at = 0;
    let mut blank_before = false;
    for line in text.split_inclusive('\n') {
        let range = at..at + line.trim_end_matches(['\n', '\r']).len();
        at += line.len();
        if line.trim().is_empty() {
            blank_before = true;
        } else {
            lines.push((range, blank_before));
            blank_before = false;
        }
        if lines.len() > 64 {
            break; // the lead is near the top; a long text need not be split further
        }
    }
    if lines.len() < 2 {
        return (0..0, lines.first().map_or(0..0, |l| l.0.clone()));
    }
    let headline = lines[0].0.clone();
    let has_blank_lines = lines.iter().skip(2).any(|l| l.1);
    let mut lead = lines[1].0.clone();
    if has_blank_lines {
        for l in lines[2..].iter().take_while(|l| !l.1) {
            lead.end = l.0.end;
        }
    }
    (headline, lead)
}

fn weight(label: Label) -> f64 {
    match label {
        Label::Person
        | Label::Norp
        | Label::Fac
        | Label::Org
        | Label::Gpe
        | Label::Loc
        | Label::Product
        | Label::Event
        | Label::WorkOfArt
        | Label::Law
        | Label::Language => 1.0,
        _ => 0.5,
    }
}

/// Sets [`CanonicalEntity::salience`] on every entity (formula in the module docs).
pub(crate) fn salience(text: &str, entities: &Mentions, canonical: &mut [CanonicalEntity]) {
    let (headline, lead) = headline_and_lead(text);
    let most = canonical
        .iter()
        .map(|c| c.mentions.len())
        .max()
        .unwrap_or(0);
    let inside = |e: &Mention, r: &Range<usize>| {
        e.byte_start as usize >= r.start && e.byte_end as usize <= r.end
    };
    for c in canonical {
        let m = c.mentions.len();
        let frequency = match most {
            0 => 0.0,
            most => (1.0 + m as f64).ln() / (1.0 + most as f64).ln(),
        };
        let mentions = || c.mentions.iter().filter_map(|&i| entities.get(i));
        let in_headline = mentions().any(|e| inside(e, &headline));
        let in_lead = in_headline || mentions().any(|e| inside(e, &lead));
        let s = weight(c.label)
            * (0.5 * frequency + 0.3 * in_headline as u8 as f64 + 0.2 * in_lead as u8 as f64);
        c.salience = ((s * 1000.0).round() / 1000.0).clamp(0.0, 1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_lead_by_lines_and_paragraphs() {
        let t = "Modi in Moscow\n\nModi arrived.\nHe met Putin.\n\nLater, more.";
        let (h, l) = headline_and_lead(t);
        assert_eq!(&t[h], "Modi in Moscow");
        assert_eq!(&t[l], "Modi arrived.\nHe met Putin.");
        let t = "HEADLINE\nLONDON 1996-08-30\nBody.";
        let (h, l) = headline_and_lead(t);
        assert_eq!((&t[h], &t[l]), ("HEADLINE", "LONDON 1996-08-30"));
        let (h, l) = headline_and_lead("One line only.");
        assert_eq!((h, l), (0..0, 0..14));
        assert_eq!(headline_and_lead(""), (0..0, 0..0));
    }

    #[test]
    fn the_headlines_subject_outranks_a_one_off_mention() {
        let text = "Modi to visit Moscow\n\n\
            Indian Prime Minister Narendra Modi will travel to Moscow on Monday, officials said.\n\n\
            Modi last met Vladimir Putin in 2019. Analysts in Tokyo were watching, and the Kremlin \
            said Putin and Modi would sign an arms deal.";
        let doc = crate::extract(text, &Default::default()).unwrap();
        let salience = |name: &str| {
            let c = doc.canonical.iter().find(|c| c.name.contains(name));
            c.unwrap_or_else(|| panic!("{name} in {:?}", doc.canonical))
                .salience
        };
        assert!(salience("Modi") > salience("Putin"), "{:?}", doc.canonical);
        assert!(salience("Putin") > salience("Tokyo"), "{:?}", doc.canonical);
        assert!(
            salience("Moscow") > salience("Tokyo"),
            "{:?}",
            doc.canonical
        );
        for c in &doc.canonical {
            assert!((0.0..=1.0).contains(&c.salience), "{c:?}");
        }
        let most = doc.canonical.iter().map(|c| c.salience).fold(0.0, f64::max);
        assert_eq!(salience("Modi"), most);
        assert_eq!(
            crate::extract(text, &Default::default()).unwrap(),
            doc,
            "deterministic"
        );
    }
}
