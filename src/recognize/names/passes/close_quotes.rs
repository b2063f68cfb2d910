//! A name that opens a quotation mark and ends right before the closing one takes it: the tagger
//! draws `the "USS Cole` where OntoNotes draws `the "USS Cole"`. A name with one mark inside is
//! never how a reader sees it; OntoNotes *train* puts both marks inside far more often than one
//! (ORG 55 to 9, PRODUCT 42 to 22, WORK_OF_ART 88 to 31). On the CLI's train output, names with
//! an unclosed mark and the closing one right after them: 81 of 101 right with it, 23 without.

use super::super::span::Span;
use super::plural_possessives;
use crate::recognize::{Candidate, Context};

/// Extends over the closing mark each name whose marks inside are left open, and over its
/// apostrophe a name `plural_possessives::takes` says takes it.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let tokens = context.tokens;
    let word = |i: usize| tokens[i].text(context.text);
    for k in 0..spans.len() {
        // The mark may open the next name instead; names never overlap.
        if spans.get(k + 1).is_some_and(|n| n.first == spans[k].end) {
            continue;
        }
        let s = &mut spans[k];
        let straight = (s.first..s.end).filter(|&i| word(i) == "\"").count();
        let open = (s.first..s.end).filter(|&i| word(i) == "\u{201c}").count();
        let shut = (s.first..s.end).filter(|&i| word(i) == "\u{201d}").count();
        let closing = match tokens.get(s.end) {
            Some(t) if t.start == tokens[s.end - 1].end => t.text(context.text),
            _ => continue,
        };
        if (closing == "\"" && straight % 2 == 1)
            || (closing == "\u{201d}" && open > shut)
            || plural_possessives::takes(context, s, closing)
        {
            s.end += 1;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    fn drawn(text: &str, name: &str) -> Vec<String> {
        pass_on(run, text, &[(name, Label::Product)])
            .into_iter()
            .map(|n| n.0)
            .collect()
    }

    #[test]
    fn a_name_that_opens_a_quote_takes_the_closing_mark() {
        let text = "Sailors on the \"USS Harmony\" came home.";
        assert_eq!(drawn(text, "the \"USS Harmony"), ["the \"USS Harmony\""]);
        let text = "Sailors on the \u{201c}USS Harmony\u{201d} came home.";
        assert_eq!(
            drawn(text, "the \u{201c}USS Harmony"),
            ["the \u{201c}USS Harmony\u{201d}"]
        );
    }

    #[test]
    fn a_mark_that_opens_the_next_name_stays_with_it() {
        let text = "The \"USS Harmony\"Blue Star\" sailed.";
        let names = [
            ("\"USS Harmony", Label::Product),
            ("\"Blue Star\"", Label::Product),
        ];
        let got: Vec<String> = pass_on(run, text, &names)
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(got, ["\"USS Harmony", "\"Blue Star\""]);
    }

    #[test]
    fn a_name_inside_or_around_its_quotes_stays_as_drawn() {
        for (text, name) in [
            ("Sailors on the \"USS Harmony\" came home.", "USS Harmony"),
            ("He read \"Harmony\" twice.", "\"Harmony\""),
            ("The \"USS Harmony came home.", "\"USS Harmony"),
            ("The \"USS Harmony, he said\" came.", "\"USS Harmony"),
        ] {
            assert_eq!(drawn(text, name), [name], "{text}");
        }
    }
}
