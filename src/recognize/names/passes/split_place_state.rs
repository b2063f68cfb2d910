//! "Littleton Colorado", "Piscataway New Jersey": spoken transcripts write a town and its
//! state with no comma, and the tagger reads them as one name, often an organisation or a
//! place of the wrong kind. OntoNotes draws two GPEs. CLI output on *train*, names the tagger
//! did not read as ORG whose last words are a US state after capitalised words (no compass word
//! such as "West Virginia", no "Lake Michigan"): two GPEs in gold 6 times, one name 4 times, 2
//! of them with the tagger's label ("Richmond Virginia" LOC). An organisation stays whole
//! ("First Tennessee", "Gold Texas": 6 whole, 3 split), and so does a comma-less country ("Air
//! France"; with countries, 7 right and 34 whole). Newswire writes the comma ("Littleton,
//! Colo."), so the rule is the transcripts'.

use super::super::span::{words, Span};
use crate::recognize::{Candidate, Context};
use crate::Label;

/// The US states, as the tagger's tokens. "Washington" is left out: "George Washington".
const STATES: &[&[&str]] = &[
    &["Alabama"],
    &["Alaska"],
    &["Arizona"],
    &["Arkansas"],
    &["California"],
    &["Colorado"],
    &["Connecticut"],
    &["Delaware"],
    &["Florida"],
    &["Georgia"],
    &["Hawaii"],
    &["Idaho"],
    &["Illinois"],
    &["Indiana"],
    &["Iowa"],
    &["Kansas"],
    &["Kentucky"],
    &["Louisiana"],
    &["Maine"],
    &["Maryland"],
    &["Massachusetts"],
    &["Michigan"],
    &["Minnesota"],
    &["Mississippi"],
    &["Missouri"],
    &["Montana"],
    &["Nebraska"],
    &["Nevada"],
    &["New", "Hampshire"],
    &["New", "Jersey"],
    &["New", "Mexico"],
    &["New", "York"],
    &["North", "Carolina"],
    &["North", "Dakota"],
    &["Ohio"],
    &["Oklahoma"],
    &["Oregon"],
    &["Pennsylvania"],
    &["Rhode", "Island"],
    &["South", "Carolina"],
    &["South", "Dakota"],
    &["Tennessee"],
    &["Texas"],
    &["Utah"],
    &["Vermont"],
    &["Virginia"],
    &["Wisconsin"],
    &["Wyoming"],
];

/// Words before a state that make one place with it ("West Virginia", "Northern California",
/// "Lake Michigan"), not a town in it.
const PART_OF_THE_PLACE: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Lake", "The",
];

/// Splits a non-organisation name ending in a state after a town into two GPEs.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        match town_and_state(context, &s) {
            Some(cut) => {
                out.push(Span {
                    end: cut,
                    label: Label::Gpe,
                    ..s
                });
                out.push(Span {
                    first: cut,
                    label: Label::Gpe,
                    ..s
                });
            }
            None => out.push(s),
        }
    }
    out
}

/// Where the state begins, when `s` is capitalised words naming a town, then a state.
fn town_and_state(context: &Context, s: &Span) -> Option<usize> {
    if s.label == Label::Org {
        return None;
    }
    let w = words(context, s.first, s.end);
    let state = STATES
        .iter()
        .filter(|st| st.len() < w.len() && w.ends_with(st))
        .map(|st| st.len())
        .max()?;
    let town = &w[..w.len() - state];
    let plain = |x: &&str| {
        let mut c = x.chars();
        c.next().is_some_and(|c| c.is_ascii_uppercase()) && c.all(|c| c.is_ascii_lowercase())
    };
    let one_line =
        !context.text[context.tokens[s.first].start..context.tokens[s.end - 1].end].contains('\n');
    (one_line && town.iter().all(plain) && !town.iter().any(|x| PART_OF_THE_PLACE.contains(x)))
        .then_some(s.end - state)
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label::{Gpe, Loc, Org, Person};

    #[test]
    fn a_town_and_its_state_without_a_comma_are_two_places() {
        let text = "He came from Piscataway New Jersey and Bountiful Utah last week.";
        let names = [("Piscataway New Jersey", Gpe), ("Bountiful Utah", Loc)];
        let out = pass_on(run, text, &names);
        let want = [
            ("Piscataway", Gpe),
            ("New Jersey", Gpe),
            ("Bountiful", Gpe),
            ("Utah", Gpe),
        ];
        assert_eq!(out, want.map(|(n, l)| (n.to_string(), l)));
    }

    #[test]
    fn look_alikes_stay_whole() {
        let text = "First Tennessee, West Virginia, Lake Michigan, George Washington, Air France \
                    and Gold Texas.";
        let names = [
            ("First Tennessee", Org),
            ("West Virginia", Gpe),
            ("Lake Michigan", Loc),
            ("George Washington", Person),
            ("Air France", Gpe),
            ("Gold Texas", Org),
        ];
        let out = pass_on(run, text, &names);
        assert_eq!(out, names.map(|(n, l)| (n.to_string(), l)));
    }

    #[test]
    fn a_name_across_a_line_break_or_with_odd_words_stays_whole() {
        let text = "Met at McAllen Texas.\nVisited Rio Grande Valley\nTexas. Saw X-Ray Iowa.";
        let names = [("Grande Valley\nTexas", Gpe), ("X-Ray Iowa", Gpe)];
        let out = pass_on(run, text, &names);
        assert_eq!(out, names.map(|(n, l)| (n.to_string(), l)));
    }
}
