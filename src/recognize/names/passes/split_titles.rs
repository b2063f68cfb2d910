//! Titles are never part of a name: "US President" becomes GPE + TITLE, "President Biden" loses
//! its title (the titled-names recogniser marks it and the name after it), a span that is only
//! a title goes, unless the tagger took it for a person's surname. A few titles are also the last
//! word of names ("Ministry of Justice", "Burger King", `TITLES_ENDING_NAMES`): there they stay.

use super::super::span::{words_into, Span};
use super::super::words::{is_title, DEPARTMENTS, TITLES_ENDING_NAMES};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::Label;

/// Cuts titles out of the names, proposing each title after a name's first words as a TITLE. A
/// possessive title names a place or team ("Lord's", "Queen's Park").
pub(crate) fn run(context: &Context, spans: Vec<Span>, out: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    let mut kept = Vec::with_capacity(spans.len());
    let mut w = Vec::new();
    for mut s in spans {
        words_into(context, s.first, s.end, &mut w);
        // The first title in the span, longest first: (start, length) in words.
        let title = (0..w.len()).find_map(|k| {
            (1..=3.min(w.len() - k))
                .rev()
                .find(|&m| {
                    is_title(&w[k..k + m])
                        && !matches!(w.get(k + m), Some(&("'s" | "'" | "’" | "’s")))
                        // "Hun Sen": abbreviations ("Sen", "Gen") only stand before names.
                        && !(k > 0 && m == 1 && w[k].len() <= 3)
                        // "Ministry of Justice", "John King": the name's own last word.
                        && !(k > 0 && k + m == w.len() && ends_names(w[k]))
                })
                .map(|m| (k, m))
        });
        // "said King": a title alone that the tagger took for a person, with no article
        // before it, is a surname.
        let article = s.first > 0
            && context.tokens[s.first - 1]
                .text(context.text)
                .eq_ignore_ascii_case("the");
        if title == Some((0, w.len())) && s.label == Label::Person && !article {
            kept.push(s);
            continue;
        }
        // "at Justice", "State, Justice and Commerce": a department the tagger took for an
        // organisation.
        if title == Some((0, 1)) && s.label == Label::Org && DEPARTMENTS.contains(&w[0]) {
            kept.push(s);
            continue;
        }
        // "General Electric", "Justice Department", "U.N. General Assembly": a title inside a
        // name the tagger did not take for a person, and not before a given name ("U.S. Trade
        // Representative Carla Hills"), is part of the organisation's name.
        if let Some((k, m)) = title {
            let person_after = w
                .get(k + m)
                .is_some_and(|r| lex.contains(Gazetteer::GivenName, [*r]));
            if s.label != Label::Person && k + m < w.len() && !person_after {
                kept.push(s);
                continue;
            }
        }
        if let Some((k, m)) = title {
            if k > 0 {
                out.push(Candidate {
                    start: context.tokens[s.first + k].start,
                    end: context.tokens[s.first + k + m - 1].end,
                    label: Label::Title,
                    rule: "names/title-after",
                    priority: priority::NAME_RULE,
                    value: None,
                    margin: None,
                });
                // "Tom Hale Senator": a person the tagger drew stays one, unless a place or
                // people stands before the title ("US President").
                let before = label_before_title(&w[..k]);
                if !(s.label == Label::Person && before == Label::Org) {
                    s.label = before;
                }
            }
            // "The King": an article alone before the title is no name.
            s.end = if w[..k] == ["The"] {
                s.first
            } else {
                s.first + k
            };
        }
        if s.first < s.end {
            kept.push(s);
        }
    }
    kept
}

/// Whether `word` is a title that also ends names (`TITLES_ENDING_NAMES`).
fn ends_names(word: &str) -> bool {
    TITLES_ENDING_NAMES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(word))
}

/// The label of a place, people or organisation word in front of a title ("US President",
/// "Russian President", "Kremlin spokesperson"), as the gazetteers give it.
pub(crate) fn label_before_title(words: &[&str]) -> Label {
    let lex = Lexicon::get();
    let bits = lex.lookup(words.iter().copied());
    if bits & (Gazetteer::Demonym.bit() | Gazetteer::Group.bit()) != 0 {
        Label::Norp
    } else if bits & (Gazetteer::Country.bit() | Gazetteer::City.bit()) != 0 {
        Label::Gpe
    } else {
        Label::Org
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::{found, has, pass_on};
    use crate::Label;

    #[test]
    fn titles_are_split_from_the_names_around_them() {
        let text = "The call was confirmed by the Russian President on Monday.";
        assert!(has(text, "Russian", Label::Norp), "{:?}", found(text));
        assert!(!found(text)
            .iter()
            .any(|(t, _)| t.contains("President") && *t != "President"));
    }

    #[test]
    fn a_title_inside_an_organisation_is_part_of_its_name() {
        let text = "Shares of General Electric rose after the U.N. General Assembly spoke.";
        assert!(
            has(text, "General Electric", Label::Org),
            "{:?}",
            found(text)
        );
        assert!(
            has(text, "U.N. General Assembly", Label::Org),
            "{:?}",
            found(text)
        );
        let text = "Britain's envoy met US President Joe Biden.";
        assert!(has(text, "Joe Biden", Label::Person), "{:?}", found(text));
    }

    #[test]
    fn a_person_keeps_its_label_when_a_title_after_it_goes() {
        let text = "Pardon me, Tom Hale Senator of Ohio said no.";
        let left = pass_on(super::run, text, &[("Tom Hale Senator", Label::Person)]);
        assert_eq!(left, [("Tom Hale".to_string(), Label::Person)]);
    }

    #[test]
    fn abbreviated_titles_stand_before_names_and_an_article_is_no_name() {
        let text = "Cambodia's co-premiers Norodom Ranariddh and Hun Sen agreed.";
        assert!(has(text, "Hun Sen", Label::Person), "{:?}", found(text));
        let text = "The King said he would go.";
        assert!(
            !found(text).iter().any(|x| x.0 == "The"),
            "{:?}",
            found(text)
        );
    }
}
