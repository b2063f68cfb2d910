//! "Biden-Putin", "US-Russia": names joined by a hyphen are separate names when each part is a
//! name elsewhere in the article or in the gazetteers, and take that label. An organisation the
//! tagger found whole stays whole ("Rolls-Royce", "UWP-Hachette").

use super::super::span::{words, Span};
use super::split_titles::label_before_title;
use crate::recognize::{Candidate, Context};
use crate::Label;
use rustc_hash::FxHashMap;

/// Splits hyphenated names whose every part is a name.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    // Most articles have no name to split: their names are not indexed.
    if !spans
        .iter()
        .any(|s| s.label != Label::Org && hyphens(context, s).next().is_some())
    {
        return spans;
    }
    let text_of = |s: &Span| words(context, s.first, s.end).join(" ");
    // Names as the tagger found them; each word of a person's full name names them too.
    let mut elsewhere: FxHashMap<String, Label> = FxHashMap::default();
    for s in spans
        .iter()
        .filter(|s| !words(context, s.first, s.end).contains(&"-"))
    {
        elsewhere.entry(text_of(s)).or_insert(s.label);
    }
    // Not the hyphenated name itself: "Al-Maliki" would name "Al" and "Maliki" to split itself.
    for s in spans.iter().filter(|s| {
        s.label == Label::Person
            && s.end - s.first > 1
            && !words(context, s.first, s.end).contains(&"-")
    }) {
        for w in words(context, s.first, s.end) {
            elsewhere.entry(w.to_string()).or_insert(Label::Person);
        }
    }
    let mut out = Vec::new();
    for s in spans {
        let hyphens: Vec<usize> = hyphens(context, &s).collect();
        if hyphens.is_empty() || s.label == Label::Org {
            out.push(s);
            continue;
        }
        let mut parts = Vec::new();
        let mut first = s.first;
        for end in hyphens.iter().copied().chain([s.end]) {
            let part = words(context, first, end);
            let known = elsewhere.get(&part.join(" ")).copied();
            if let Some(label) =
                known.or_else(|| Some(label_before_title(&part)).filter(|l| *l != Label::Org))
            {
                parts.push(Span {
                    first,
                    end,
                    label,
                    margin: s.margin,
                });
            }
            first = end + 1;
        }
        // Only when every part is a name in its own right ("Anglo-Dutch" stays whole), and not
        // peoples only ("Arab-Israeli" talks are one thing).
        if parts.len() == hyphens.len() + 1 && parts.iter().any(|p| p.label != Label::Norp) {
            out.extend(parts);
        } else {
            out.push(s);
        }
    }
    out
}

/// The hyphens inside `s` between two capitalised words: where it may split.
fn hyphens<'a>(context: &'a Context, s: &Span) -> impl Iterator<Item = usize> + 'a {
    let text = |i: usize| context.tokens[i].text(context.text);
    (s.first + 1..s.end.saturating_sub(1)).filter(move |&i| {
        text(i) == "-"
            && text(i - 1).starts_with(char::is_uppercase)
            && text(i + 1).starts_with(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn names_joined_by_a_hyphen_split_when_each_is_a_name() {
        let text = "Joe Biden met Vladimir Putin. Biden-Putin talks on US-Russia ties went on.";
        let f = found(text);
        assert!(f.contains(&("Putin", Label::Person)), "{f:?}");
        assert!(
            f.iter()
                .filter(|x| x.0 == "Biden")
                .all(|x| x.1 == Label::Person),
            "{f:?}"
        );
        // "Russia" after the glued hyphen is missed by the tagger learnt on OntoNotes, whose
        // text spaces such hyphens ("U.S. - Russia").
        assert!(f.contains(&("US", Label::Gpe)), "{f:?}");
    }

    #[test]
    fn a_hyphenated_name_does_not_split_itself() {
        let text = "Prime Minister Nouri al-Maliki met Ahmad Al-Maliki and Marie-Louise Dubois.";
        let f = found(text);
        assert!(
            !f.iter().any(|x| x.0 == "Maliki" || x.0 == "Louise"),
            "{f:?}"
        );
    }
}
