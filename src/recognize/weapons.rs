//! Weapon and model designators: a short capitalised code, a hyphen and a number ("S-400",
//! "AK-203", "MiG-29") are a PRODUCT. The tagger never learnt them from CoNLL, and finding them
//! needs nothing from it. Their rule keeps the name it had inside the names recogniser,
//! `names/designator`.

use super::{Candidate, Context, Recognizer};
use crate::resolve::priority;
use crate::text::{Token, TokenKind};
use crate::Label;

pub(super) struct WeaponDesignators;

impl Recognizer for WeaponDesignators {
    fn name(&self) -> &'static str {
        "weapons"
    }

    /// "S-400", "AK-203", "MiG-29", "Su-30MKI": up to four letters starting with a capital, a
    /// hyphen, then a number (digits first).
    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        for w in context.tokens.windows(3) {
            // Cheap tests first: this runs at every token.
            if w[0].kind != TokenKind::Word || !glued(&w[0], &w[1]) || !glued(&w[1], &w[2]) {
                continue;
            }
            let (code, dash, number) = (
                w[0].text(context.text),
                w[1].text(context.text),
                w[2].text(context.text),
            );
            let is_code = code.chars().count() <= 4
                && code.starts_with(|c: char| c.is_ascii_uppercase())
                && code.chars().all(|c| c.is_ascii_alphabetic());
            if is_code && dash == "-" && number.starts_with(|c: char| c.is_ascii_digit()) {
                out.push(Candidate {
                    start: w[0].start,
                    end: w[2].end,
                    label: Label::Product,
                    rule: "names/designator",
                    priority: priority::NAME_RULE,
                    value: None,
                    margin: None,
                });
            }
        }
    }
}

fn glued(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;
    use crate::resolve::resolve;

    fn found(text: &str) -> Vec<(&str, Label)> {
        let mut out = Vec::new();
        with_context(text, |context| {
            WeaponDesignators.recognize(context, &mut out)
        });
        resolve(out)
            .iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect()
    }

    #[test]
    fn weapon_designators_are_products() {
        let text = "India will receive the S-400 system and AK-203 rifles, not the MiG-29.";
        assert_eq!(
            found(text),
            [
                ("S-400", Label::Product),
                ("AK-203", Label::Product),
                ("MiG-29", Label::Product)
            ]
        );
        assert!(found("a 2-0 win in the 3-1 final").is_empty());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "-", "A-", "-1", "S-", "S-4"] {
            found(text);
        }
    }
}
