//! "Hurricane Katrina", "Typhoon Bilis": a storm's name with its kind is one EVENT, whatever the
//! tagger made of it ("Hurricane" EVENT + "Katrina" PRODUCT on dev). OntoNotes *train*: a storm
//! word before a capitalised word is that EVENT 58 times of 62 (the rest headlines: "Hurricane
//! Area"), and "Typhoon No. 17" 3 times in a longer EVENT.

use super::super::span::{same_line, Span};
use super::super::words::STORM_WORDS;
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::text::TokenKind;
use crate::Label;

/// Proposes each storm word and the capitalised word after it as an EVENT.
pub(crate) fn propose(context: &Context, _: &[Span], out: &mut Vec<Candidate>) {
    let tokens = context.tokens;
    for i in 1..tokens.len() {
        let name = &tokens[i];
        if name.kind == TokenKind::Word
            && name.text(context.text).starts_with(char::is_uppercase)
            && STORM_WORDS.contains(&tokens[i - 1].text(context.text))
            && same_line(context, i - 1, i)
        {
            out.push(Candidate {
                start: tokens[i - 1].start,
                end: name.end,
                label: Label::Event,
                rule: "names/storm",
                priority: priority::NAME_RULE,
                value: None,
                margin: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::propose;

    fn storms(text: &str) -> Vec<&str> {
        super::super::proposed(text, propose)
    }

    #[test]
    fn a_storm_word_and_its_name_are_one_event() {
        assert_eq!(
            storms("After Hurricane Katrina and Typhoon Bilis, Cyclone Idai hit."),
            ["Hurricane Katrina", "Typhoon Bilis", "Cyclone Idai"]
        );
    }

    #[test]
    fn a_storm_word_alone_or_before_a_line_break_names_none() {
        assert_eq!(
            storms("The hurricane season; a Hurricane\nKatrina; Hurricane 5; Hurricane."),
            [] as [&str; 0]
        );
    }
}
