//! "Brooks Brothers' annual report": a name of two words or more that ends in "s" and takes a
//! bare apostrophe as its possessive keeps the apostrophe inside, as OntoNotes draws it (and as
//! the tagger already draws "'s" where the data puts it inside). OntoNotes *train*, the CLI's
//! names before such an apostrophe, all genres: of two words or more ("the" not counted), gold
//! takes the apostrophe 60 times, leaves it out 3 ("William Higgins'"), marks neither 9; of one
//! word ("Hamas'", "the Mets'") it takes it never, leaves it out 93 times, so one-word names stay.
//! An apostrophe that closes a quote the name opened ("'Special Economic Zones'") is no
//! possessive.

use super::super::span::Span;
use crate::recognize::Context;

/// Whether name `s` takes `mark`, the token glued right after it, as its possessive: a bare
/// apostrophe after a name of two words or more whose last ends in "s", no quote opened before
/// it. `close_quotes.rs` runs it in its loop over the names (one loop, fewer bytes).
pub(super) fn takes(context: &Context, s: &Span, mark: &str) -> bool {
    let (tokens, text) = (context.tokens, context.text);
    let (start, end) = (tokens[s.first].start, tokens[s.end - 1].end);
    // Two words or more: a space inside the name once a leading "the" is set aside.
    let core = text[start..end]
        .strip_prefix("the ")
        .or_else(|| text[start..end].strip_prefix("The "))
        .unwrap_or(&text[start..end]);
    matches!(mark, "'" | "\u{2019}")
        && core.contains(' ')
        && text[..end].ends_with(['s', 'S'])
        && !text
            .as_bytes()
            .get(end + mark.len())
            .is_some_and(u8::is_ascii_alphanumeric)
        && !text[..start]
            .trim_end_matches(' ')
            .ends_with(['\'', '\u{2018}', '`'])
}

#[cfg(test)]
mod tests {
    use super::super::close_quotes::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn drawn(text: &str, name: &str) -> String {
        pass_on(run, text, &[(name, Label::Org)]).remove(0).0
    }

    #[test]
    fn a_name_of_two_words_takes_its_possessive_apostrophe() {
        for (text, name, whole) in [
            (
                "Marlow Brothers' profit rose.",
                "Marlow Brothers",
                "Marlow Brothers'",
            ),
            (
                "He praised the Eastfield Rovers' defence.",
                "the Eastfield Rovers",
                "the Eastfield Rovers'",
            ),
            (
                "It is Harbor Mills\u{2019}, not ours.",
                "Harbor Mills",
                "Harbor Mills\u{2019}",
            ),
            ("Sold at Hale Woods'.", "Hale Woods", "Hale Woods'"),
        ] {
            assert_eq!(drawn(text, name), whole, "{text}");
        }
    }

    #[test]
    fn other_apostrophes_stay_out() {
        for (text, name) in [
            // One word, and "the" is no word of the name.
            ("The Rovers' coach left.", "Rovers"),
            ("The Rovers' coach left.", "The Rovers"),
            // Not a plural in "s".
            ("Marlow Group' profit rose.", "Marlow Group"),
            // A clitic or a word glued on.
            ("Marlow Brothers's profit rose.", "Marlow Brothers"),
            ("Marlow Brothers'd sell.", "Marlow Brothers"),
            // A space before the mark.
            ("Marlow Brothers ' profit rose.", "Marlow Brothers"),
            // The mark closes a quote the name opened.
            ("the so-called 'Free Trade Zones' grew.", "Free Trade Zones"),
            (
                "the so-called ' Free Trade Zones' grew.",
                "Free Trade Zones",
            ),
            (
                "the so-called \u{2018}Free Trade Zones\u{2019} grew.",
                "Free Trade Zones",
            ),
            // The text ends at the mark's edge or before it.
            ("Marlow Brothers", "Marlow Brothers"),
        ] {
            assert_eq!(drawn(text, name), name, "{text}");
        }
    }

    #[test]
    fn a_mark_that_begins_the_next_name_stays_with_it() {
        let text = "Marlow Brothers'Zen Garden' opened.";
        let names = [
            ("Marlow Brothers", Label::Org),
            ("'Zen Garden'", Label::Fac),
        ];
        let got = pass_on(run, text, &names);
        assert_eq!(got[0].0, "Marlow Brothers");
    }
}
