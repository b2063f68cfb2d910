//! An organisation and its initials in one article ("Islamic State" … "IS", "Government
//! Accountability Office" … "GAO"): the initials are the organisation's, whatever the tagger
//! took them for, and two names side by side whose initials the article uses are one
//! organisation the tagger cut in two ("Islamic" + "State").

use super::super::span::{words, Span};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::text::TokenKind;
use crate::Label;
use rustc_hash::FxHashSet;

/// Joins side-by-side names whose initials the article writes, then labels ORG every one-word
/// name that spells an organisation's initials.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let lex = Lexicon::get();
    // Capitals alone: what initials look like.
    let written: FxHashSet<&str> = context
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(context.text))
        .filter(|w| (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    if written.is_empty() {
        return spans;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut() {
            // Not a place before an organisation: "US Senate" is two names, "US" written or not.
            let one_space = last.label != Label::Gpe
                && last.end == s.first
                && &context.text[context.tokens[last.end - 1].end..context.tokens[s.first].start]
                    == " ";
            if one_space && written.contains(initials(context, last.first, s.end).as_str()) {
                (last.end, last.label) = (s.end, Label::Org);
                last.margin = last.margin.min(s.margin);
                continue;
            }
        }
        out.push(s);
    }
    let organisations: FxHashSet<String> = out
        .iter()
        .filter(|s| s.label == Label::Org)
        .map(|s| initials(context, s.first, s.end))
        .filter(|i| i.len() >= 2)
        .collect();
    for s in out.iter_mut().filter(|s| s.end - s.first == 1) {
        let w = context.tokens[s.first].text(context.text);
        // A country's code stays the country's ("US" beside a "United Steelworkers").
        if written.contains(w)
            && organisations.contains(w)
            && !lex.contains(Gazetteer::Country, [w])
        {
            s.label = Label::Org;
        }
    }
    out
}

/// The first letters of the capitalised words of tokens `first..end`.
fn initials(context: &Context, first: usize, end: usize) -> String {
    words(context, first, end)
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn initials_written_in_the_article_are_the_organisation() {
        let text = "The Tennessee Valley Authority raised rates. TVA said costs rose.";
        let f = found(text);
        assert!(
            !f.iter().any(|x| x.0 == "TVA" && x.1 != Label::Org),
            "{f:?}"
        );
    }
}
