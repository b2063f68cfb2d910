//! "Cabinet Committee" + "on Security": an organisation named for its remit ends after it.

use super::super::span::Span;
use super::super::words::LEGAL_FORMS;
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::dates_and_amounts::words::{is_month, is_weekday};
use crate::recognize::Context;
use crate::Label;

/// Where a name ends as a candidate: an organisation ending in a word like "Committee" or
/// "Ministry" (not a legal form like "Inc") takes a following "of/on/for" and capitalised words,
/// days and months aside. Returns the new end (token index, exclusive).
pub(crate) fn end(context: &Context, s: &Span) -> usize {
    let lex = Lexicon::get();
    let last = context.tokens[s.end - 1].text(context.text);
    if s.label != Label::Org
        || !lex.contains(Gazetteer::OrgWord, [last])
        || LEGAL_FORMS.contains(&last)
    {
        return s.end;
    }
    let same_line =
        |i: usize| !context.text[context.tokens[i - 1].end..context.tokens[i].start].contains('\n');
    let joiner = context.tokens.get(s.end).map(|t| t.text(context.text));
    if !matches!(joiner, Some("of" | "on" | "for")) || !same_line(s.end) {
        return s.end;
    }
    let mut end = s.end + 1;
    while end < context.tokens.len()
        && end - s.end <= 4
        && same_line(end)
        && context.tokens[end].text(context.text).starts_with(char::is_uppercase)
        // Days and months: "Security Council *on Friday*" is a date after the name.
        && !is_weekday(context.tokens[end].text(context.text))
        && !is_month(context.tokens[end].text(context.text))
    {
        end += 1;
    }
    if end > s.end + 1 {
        end
    } else {
        s.end
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::{found, has};
    use crate::Label;

    #[test]
    fn organisations_stop_before_dates_and_after_legal_forms() {
        for text in [
            "The U.N. Security Council on Friday condemned the coup.",
            "A car made by Kia Motor Corp of South Korea arrived at the port.",
        ] {
            let f = found(text);
            assert!(
                !f.iter()
                    .any(|x| x.1 == Label::Org && (x.0.contains("Friday") || x.0.contains("Korea"))),
                "{f:?}"
            );
        }
    }

    #[test]
    fn organisations_ending_in_committee_take_their_remit() {
        let text = "The final approval came from the Cabinet Committee on Security yesterday.";
        assert!(
            has(text, "the Cabinet Committee on Security", Label::Org),
            "{:?}",
            found(text)
        );
    }
}
