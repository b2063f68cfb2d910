//! Boeing's airliners by number (PRODUCT): "Boeing 747", "the 767", "737 jetliners", "757-200s".
//! A bare number to the tagger and to the number parsers (CARDINAL), the model is a product in
//! OntoNotes, the maker outside it. A number of the form 7x7 is a model where "Boeing" (or an
//! airline) stands before it, where an aircraft noun follows it, or in an article that names
//! Boeing where no other noun follows it ("747 people"); never an amount ("$757 million"). OntoNotes train: 15 of the 17 such models
//! found (the other two follow an airline in an article without "Boeing"), nothing else;
//! dev 3 of 3. Airbus' models ("A320") are designators, found with the weapons'.

use super::names::words::is_not_a_head_noun;
use super::{Candidate, Context, Recognizer};
use crate::resolve::priority;
use crate::Label;

pub(super) struct Airliners;

/// Words before a model that make it one: its maker, or an airline flying it.
const BEFORE: &[&str] = &["Airlines", "Airways", "Boeing"];

/// Aircraft nouns after a model ("767 twin-jet").
const NOUNS: &[&str] = &[
    "aircraft",
    "airliner",
    "airliners",
    "airplane",
    "airplanes",
    "freighter",
    "freighters",
    "jet",
    "jetliner",
    "jetliners",
    "jets",
    "jumbo",
    "jumbos",
    "plane",
    "planes",
    "twin",
];

/// Words after a number that make it an amount.
const MAGNITUDES: &[&str] = &["%", "billion", "million", "percent", "trillion"];

impl Recognizer for Airliners {
    fn name(&self) -> &'static str {
        "airliners"
    }

    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        let tokens = context.tokens;
        let word = |i: usize| tokens[i].text(context.text);
        let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
        let mut boeing = None;
        for i in 0..tokens.len() {
            if !is_model(word(i)) {
                continue;
            }
            // Part of a longer number ("162,767", "787.02") or an amount ("$757").
            let joined = |j: usize| matches!(word(j), "," | "." | "$");
            let digit_after = |j: usize| {
                j + 1 < tokens.len()
                    && glued(j, j + 1)
                    && word(j + 1).starts_with(|c: char| c.is_ascii_digit())
            };
            if i > 0 && glued(i - 1, i) && joined(i - 1)
                || i + 1 < tokens.len() && glued(i, i + 1) && joined(i + 1) && digit_after(i + 1)
            {
                continue;
            }
            // A variant: "747-400s", "767 - 300ER".
            let mut end = i + 1;
            if end + 1 < tokens.len()
                && word(end) == "-"
                && word(end + 1).starts_with(|c: char| c.is_ascii_digit())
            {
                end += 2;
            }
            let next = (end < tokens.len()).then(|| word(end));
            if next.is_some_and(|w| MAGNITUDES.contains(&w)) {
                continue;
            }
            let maker_before = (1..=3)
                .filter_map(|k| i.checked_sub(k))
                .map(word)
                .find(|w| !matches!(*w, "'s" | "'" | "s" | "Co."))
                .is_some_and(|w| BEFORE.contains(&w));
            let noun_after = next.is_some_and(|w| NOUNS.contains(&w));
            // In an article that names Boeing, any such number but a count ("747 people").
            let counts = i + 1 < tokens.len()
                && word(i + 1).starts_with(char::is_lowercase)
                && !is_not_a_head_noun(word(i + 1));
            let named = !counts
                && *boeing.get_or_insert_with(|| (0..tokens.len()).any(|j| word(j) == "Boeing"));
            if maker_before || noun_after || named {
                out.push(Candidate {
                    start: tokens[i].start,
                    end: tokens[end - 1].end,
                    label: Label::Product,
                    rule: "airliners",
                    priority: priority::NAME_RULE,
                    value: None,
                    margin: None,
                });
            }
        }
    }
}

/// "707" … "787", and their plural ("747s").
fn is_model(w: &str) -> bool {
    let b = w.strip_suffix('s').unwrap_or(w).as_bytes();
    b.len() == 3 && b[0] == b'7' && b[2] == b'7' && (b'0'..=b'8').contains(&b[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;
    use crate::resolve::resolve;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        with_context(text, |context| Airliners.recognize(context, &mut out));
        resolve(out).iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn models_after_their_maker_or_an_airline_or_before_an_aircraft_noun() {
        let text = "Delta ordered ten Boeing 787s and two Boeing Co. 777-300ER planes; \
                    Pacific Airways 747 crews flew 737 jetliners and the 757 - 200 twin-jet.";
        assert_eq!(
            found(text),
            ["787s", "777-300ER", "747", "737", "757 - 200"]
        );
    }

    #[test]
    fn in_an_article_that_names_boeing_any_model_number() {
        let text = "Boeing may build a longer version. Parts of the 767, and of the 777, \
                    come from Japan.";
        assert_eq!(found(text), ["767", "777"]);
    }

    #[test]
    fn amounts_longer_numbers_and_other_numbers_are_none() {
        let text = "Boeing raised $757 million, then 737 million more; it made 162,767 \
                    parts, sold 787.02 tons and hired 797 pilots and 747 engineers.";
        assert_eq!(found(text), Vec::<&str>::new());
        let text = "The city sold 747 houses and 767 planes flew elsewhere.";
        assert_eq!(found(text), ["767"]);
    }
}
