//! "Alzheimer's disease", "Parkinson's syndrome": a disease named after a person is no name in
//! OntoNotes, and neither is its short form elsewhere in the article ("an Alzheimer's vaccine",
//! "drugs for Parkinson's"). OntoNotes *train*, the CLI's names before "'s" and "disease",
//! "syndrome" or "disorder", with the same name elsewhere in their article: unmarked in gold
//! 25 times, a name 4 ("Down" in one transcript).

use super::super::span::Span;
use crate::recognize::{Candidate, Context};

/// Drops every name whose words are the article's name of a disease.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let tokens = context.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(context.text));
    let text_of = |s: &Span| &context.text[tokens[s.first].start..tokens[s.end - 1].end];
    let diseases: Vec<&str> = spans
        .iter()
        .filter(|s| {
            matches!(word(s.end), "'" | "\u{2019}")
                && word(s.end + 1) == "s"
                && ["disease", "syndrome", "disorder"]
                    .iter()
                    .any(|d| word(s.end + 2).eq_ignore_ascii_case(d))
        })
        .map(text_of)
        .collect();
    if !diseases.is_empty() {
        spans.retain(|s| !diseases.contains(&text_of(s)));
    }
    spans
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;

    #[test]
    fn a_disease_named_after_a_person_is_no_name() {
        let text = "Doctors fighting Alzheimer's disease met in Ohio. An Alzheimer's vaccine \
                    failed, said Ann Lee.";
        let names: Vec<&str> = found(text).into_iter().map(|(n, _)| n).collect();
        assert!(!names.iter().any(|n| n.contains("Alzheimer")), "{names:?}");
        assert!(
            names.contains(&"Ohio") && names.contains(&"Ann Lee"),
            "{names:?}"
        );
    }
}
