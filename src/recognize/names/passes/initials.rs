//! An organisation and its initials in one article ("Islamic State" … "IS", "Government
//! Accountability Office" … "GAO"): the initials are the organisation's, whatever the tagger
//! took them for, and two names side by side whose initials the article uses are one
//! organisation the tagger cut in two ("Islamic" + "State"); where the tagger left the initials
//! untagged ("IS fighters fled"), they are the organisation's too.

use super::super::span::{words, Span};
use super::super::words::COUNTRY_CODES_IN_NEWS;
use crate::lexicon::{Gazetteer, Lexicon};
use crate::recognize::{Candidate, Context};
use crate::text::TokenKind;
use crate::Label;
use rustc_hash::{FxHashMap, FxHashSet};

/// Joins side-by-side names whose initials the article writes, then labels ORG every one-word
/// name, and every word no name covers, that spells an organisation's initials (not a
/// country's code).
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
    let organisations: FxHashMap<String, f32> = out
        .iter()
        .filter(|s| s.label == Label::Org)
        .map(|s| (initials(context, s.first, s.end), s.margin))
        .filter(|i| i.0.len() >= 2)
        .collect();
    for s in out.iter_mut().filter(|s| s.end - s.first == 1) {
        let w = context.tokens[s.first].text(context.text);
        // A country's code stays the country's ("US" beside a "United Steelworkers").
        if written.contains(w)
            && organisations.contains_key(w)
            && !lex.contains(Gazetteer::Country, [w])
        {
            s.label = Label::Org;
        }
    }
    // The same initials where the tagger found no name ("IS fighters fled").
    if organisations.is_empty() {
        return out;
    }
    let mut covered = vec![false; context.tokens.len()];
    for s in &out {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    let before = out.len();
    for (i, t) in context.tokens.iter().enumerate() {
        let w = t.text(context.text);
        // Initials are capitals: most words need no look-up.
        if covered[i] || !w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if let Some(&margin) = organisations.get(w) {
            // Only the codes news writes for countries are theirs here: the tagger, which
            // marks those, left this one ("IS" is Iceland's too).
            // Nor a code's letters ("RU-486").
            let coded = context.tokens.get(i + 1).is_some_and(|n| n.start == t.end);
            if t.kind == TokenKind::Word && !coded && !COUNTRY_CODES_IN_NEWS.contains(&w) {
                out.push(Span {
                    first: i,
                    end: i + 1,
                    label: Label::Org,
                    margin,
                });
            }
        }
    }
    if out.len() > before {
        crate::sort::sort_by(&mut out, |a, b| a.first.cmp(&b.first));
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

    #[test]
    fn initials_the_tagger_left_are_the_organisation_too() {
        let text = "Islamic State claimed the attack. Officials said IS fighters fled, and the \
                    CEO of a US firm said the UN would meet.";
        let f = found(text);
        assert!(f.contains(&("IS", Label::Org)), "{f:?}");
        // Initials of no organisation in the article stay as they were.
        assert!(!f.iter().any(|x| x.0 == "CEO"), "{f:?}");
        assert!(!f.iter().any(|x| x.0 == "US" && x.1 == Label::Org), "{f:?}");
    }
}
