//! Weapons and military products (PRODUCT): designators ("S-400", "F-35A", "MQ-9 Reaper",
//! "Type 055"), well-known systems named alone ("HIMARS", "Iron Dome") and any capitalised name
//! before a weapon noun ("Abrams tanks", "Kalibr cruise missiles"). News of conflicts is full of
//! them and the tagger, which learnt 1990s news, finds few: OntoNotes marks them PRODUCT, the
//! weapon noun outside the name (45 of 51 PRODUCT names before such a noun in OntoNotes train).
//! Finding them needs nothing from the tagger, so this is a recogniser of its own; its
//! candidates outrank a tagged name of the same span. The same walk over the tokens reads
//! Boeing's airliners by number ("Boeing 747", `airliners.rs`), a product of the same making.

mod airliners;
mod designators;
mod prefilter;
mod systems;
pub(super) mod words;

use super::{Candidate, Context, Recognizer};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::dates_and_amounts::words::{is_month, is_weekday};
use crate::resolve::priority;
use crate::text::Token;
use crate::Label;

pub(super) struct Weapons;

/// One sentence's tokens, `first..end` (indices into the whole text's tokens).
struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    first: usize,
    end: usize,
}

impl Recognizer for Weapons {
    fn name(&self) -> &'static str {
        "weapons"
    }

    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        let mut airliners = None;
        for range in context.sentences {
            let s = Sentence {
                text: context.text,
                tokens: context.tokens,
                first: range.start,
                end: range.end.min(context.tokens.len()),
            };
            for i in s.first..s.end {
                if let Some((first, end, rule)) = reading_at(&s, i, &mut airliners) {
                    out.push(Candidate {
                        start: s.tokens[first].start,
                        end: s.tokens[end - 1].end,
                        label: Label::Product,
                        rule,
                        priority: priority::NAME_RULE,
                        value: None,
                        margin: None,
                    });
                }
            }
        }
    }
}

/// The product read at token `i`, if any: its first and end tokens and its rule.
/// `airliners` is [`airliners::at`]'s, kept across the article's sentences.
fn reading_at(
    s: &Sentence,
    i: usize,
    airliners: &mut Option<bool>,
) -> Option<(usize, usize, &'static str)> {
    let t = &s.tokens[i];
    let bytes = &s.text.as_bytes()[t.start..t.end];
    // An airliner's model begins with a 7 ("747"), which nothing else here does.
    if bytes.first() == Some(&b'7') {
        return airliners::at(s, i, airliners).map(|end| (i, end, "airliners"));
    }
    let begins = prefilter::begins(bytes);
    if begins.code {
        if let Some(end) = designators::at(s, i) {
            return Some((i, names_after(s, end), "weapons/designator"));
        }
    }
    if !begins.listed {
        return None;
    }
    if let Some(end) = systems::known_at(s, i) {
        Some((i, end, "weapons/known"))
    } else {
        systems::before_noun(s, i).map(|(first, end)| (first, end, "weapons/before-noun"))
    }
}

/// The end of a designator's name when one or two capitalised words on its line follow it
/// ("MQ-9 Reaper", "F-16 Fighting Falcon"; not a headline's "U-21 QUALIFIER"): 5 of 8 designators before such words in OntoNotes
/// train take them. Places, peoples and organisations are no part of it ("F-16s Pakistan").
fn names_after(s: &Sentence, mut end: usize) -> usize {
    let lex = Lexicon::get();
    let owner = Gazetteer::Country.bit()
        | Gazetteer::City.bit()
        | Gazetteer::Demonym.bit()
        | Gazetteer::Organisation.bit();
    let first_name = end;
    while end < s.end
        && end - first_name < 2
        && is_name_word(word(s, end))
        && word(s, end).chars().any(char::is_lowercase)
        && lex.lookup([word(s, end)]) & owner == 0
        && same_line(s, end - 1, end)
    {
        end += 1;
    }
    end
}

/// A capitalised word that may be part of a system's name: not a determiner that begins a
/// sentence ("The"), not a day or month.
fn is_name_word(w: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "A", "All", "An", "Its", "Our", "Some", "The", "Their", "These", "This", "Those",
    ];
    w.starts_with(|c: char| c.is_uppercase())
        && w.chars().all(char::is_alphabetic)
        && !NOT_NAMES.contains(&w)
        && !is_weekday(w)
        && !is_month(w)
}

fn word<'a>(s: &Sentence<'a>, i: usize) -> &'a str {
    s.tokens[i].text(s.text)
}

fn glued(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

fn same_line(s: &Sentence, a: usize, b: usize) -> bool {
    !s.text[s.tokens[a].end..s.tokens[b].start].contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;
    use crate::resolve::resolve;

    pub(super) fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        with_context(text, |context| Weapons.recognize(context, &mut out));
        resolve(out).iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn designators_are_products() {
        let text = "India will receive the S-400 system, AK-203 rifles and Su-30MKI jets, \
                    not the MiG-29 or the F-35A; an MQ-9 Reaper flew and a Type 055 destroyer sailed.";
        assert_eq!(
            found(text),
            [
                "S-400",
                "AK-203",
                "Su-30MKI",
                "MiG-29",
                "F-35A",
                "MQ-9 Reaper",
                "Type 055"
            ]
        );
        // Text tokenised with spaced hyphens, as some sources ship it.
        assert_eq!(found("Pakistan flies the F - 16 ."), ["F - 16"]);
        assert_eq!(
            found("The Navy flies the F/A-18 and F / A-18 ."),
            ["F/A-18", "F / A-18"]
        );
    }

    #[test]
    fn codes_that_name_no_weapon_stay_unmarked() {
        for text in [
            "a 2-0 win in the 3-1 final",
            "She holds an F-1 visa and studies for her A-level exams.",
            "Leaders met at the G-7 summit under Article 5.",
            "COVID-19 and SARS-CoV-2 spread along I-95.",
            "The bonds were rated A-1 and the film PG-13; he filed Form 10-K.",
            "Real - 2 Ajax - 1 on Jan - 15.",
            "Type 2 diabetes is common.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        assert_eq!(found("The B-2 bombers took off."), ["B-2"]);
    }

    #[test]
    fn named_systems_before_a_weapon_noun_or_well_known() {
        let text = "Kyiv received Abrams tanks, Leopard 2 tanks and Kalibr cruise missiles fell; \
                    a US Apache helicopter and Javelin anti-tank missiles, HIMARS and the Iron Dome, \
                    a Bayraktar TB2 and Shahed-136 drones.";
        assert_eq!(
            found(text),
            [
                "Abrams",
                "Leopard 2",
                "Kalibr",
                "Apache",
                "Javelin",
                "HIMARS",
                "Iron Dome",
                "Bayraktar TB2",
                "Shahed-136"
            ]
        );
    }

    #[test]
    fn owners_of_weapons_are_no_weapons() {
        for text in [
            "Russian tanks and Israeli jets crossed as NATO jets and Army helicopters flew.",
            "The missiles hit. Think tanks agreed. Hamas rockets and IDF tanks were seen.",
            "On Monday 40 missiles fell; Russia fired 3 drones.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "-",
            "A-",
            "-1",
            "S-",
            "S-4",
            "Type",
            "Type 05",
            "HIMARS-",
            "Iron",
            "tanks",
            "A tanks",
            "7",
            "747-",
            "747 -",
            "$747",
            "747,",
            "Boeing 747 -",
            "777s",
        ] {
            found(text);
        }
    }
}
