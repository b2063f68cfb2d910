//! "Hearst Corp." … "Hearst said": a company the article names with its legal form is the same
//! company where it is written without it, though the tagger read the short form as a person
//! (companies bear their founders' names). OntoNotes *train*: a name that begins an ORG ending
//! in a legal form of the same article is ORG 2,799 times and PERSON 7. A person named in full
//! stays ("Ned Davis" … "Ned Davis Research Inc."), and a form of address or a
//! title right before it keeps the person ("Mr. Whitbread"), even where a founder named in full
//! shares the word: such a one-word name read PERSON is ORG 90 times and PERSON 3 without one,
//! PERSON 43 and ORG 1 with one.
//!
//! A one-word name is also the company where the article writes it as one and never as a
//! person: "Newsweek said it will", "Akme says its" ("said it" before any word but "was", "is"
//! or an apostrophe), and no mention of it is the last word of a longer person's name, follows a
//! title or capitalised address, or has "he", "she", "his", "her", "him" in the two words after
//! it. OntoNotes one-word PERSON of ours so relabelled: *train* gold ORG 7, PERSON 3 (nw 7 and
//! 1); *dev* ORG 10, PERSON 0 (docs/DESIGN.md, names round 16).

use super::super::span::{words, Span};
use super::super::words::{is_title, ADDRESS, LEGAL_FORMS};
use crate::recognize::{Candidate, Context};
use crate::Label;
use rustc_hash::FxHashSet;

/// Relabels ORG a person whose text begins a company's name with a legal form in the article.
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let text = |first: usize, end: usize| {
        &context.text[context.tokens[first].start..context.tokens[end - 1].end]
    };
    let mut short_forms: FxHashSet<&str> = FxHashSet::default();
    for s in spans.iter().filter(|s| s.label == Label::Org) {
        let w = words(context, s.first, s.end);
        let Some(form) = w.iter().rposition(|x| LEGAL_FORMS.contains(x)) else {
            continue;
        };
        // Every prefix that ends in a word before the legal form: "Campbell", "Campbell Soup".
        for k in 1..form {
            if w[k - 1].starts_with(char::is_alphanumeric) && !matches!(w[k], "-" | "." | "'") {
                short_forms.insert(text(s.first, s.first + k));
            }
        }
    }
    written_as_companies(context, &spans, &mut short_forms);
    if short_forms.is_empty() {
        return spans;
    }
    // One word: a person named in full ("Ned Davis" of "Ned Davis Research Inc.") stays.
    for s in spans.iter_mut().filter(|s| s.label == Label::Person) {
        if s.end - s.first == 1
            && short_forms.contains(text(s.first, s.end))
            && !addressed(context, s.first)
        {
            s.label = Label::Org;
        }
    }
    spans
}

/// Adds to `short_forms` each one-word person's text the article writes as a company's ("X said
/// it will", "X says its") and nowhere as a person's (the last word of a longer person's name,
/// a title or address before it, a personal pronoun in the two words after it).
fn written_as_companies<'a>(
    context: &Context<'a>,
    spans: &[Span],
    short_forms: &mut FxHashSet<&'a str>,
) {
    let word = |i: usize| context.tokens.get(i).map_or("", |t| t.text(context.text));
    let pronoun = |x: &str| matches!(x, "he" | "she" | "his" | "her" | "him");
    let (mut company, mut person) = (Vec::new(), Vec::new());
    for s in spans.iter().filter(|s| s.label == Label::Person) {
        let next = [word(s.end), word(s.end + 1), word(s.end + 2)];
        if s.end - s.first > 1
            || pronoun(next[0])
            || pronoun(next[1])
            || addressed(context, s.first)
        {
            person.push(word(s.end - 1));
        } else if matches!(next[0], "said" | "says")
            && (next[1] == "its" || next[1] == "it" && !matches!(next[2], "was" | "is" | "'" | "’"))
        {
            company.push(word(s.first));
        }
    }
    for w in company {
        if !person.contains(&w) {
            short_forms.insert(w);
        }
    }
}

/// Whether a title, or a capitalised form of address, ends right before token `first` ("Mr."
/// with or without its full stop, "chairman").
fn addressed(context: &Context, first: usize) -> bool {
    let word = |i: usize| context.tokens[i].text(context.text);
    let before = match first.checked_sub(1) {
        Some(i) if word(i) == "." => i.checked_sub(1),
        other => other,
    };
    before.map(word).is_some_and(|w| {
        let address = ADDRESS.contains(&w.to_lowercase().as_str());
        if address {
            w.starts_with(char::is_uppercase)
        } else {
            is_title(&[w])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{run, Span};
    use crate::recognize::names::tests::pass_on;
    use crate::recognize::with_context;
    use crate::Label::{self, Org, Person};

    #[test]
    fn a_company_written_without_its_legal_form_stays_a_company() {
        let text = "Bellweather said sales rose. Bellweather Foods Corp. is based in Ohio.";
        let names = [("Bellweather", Person), ("Bellweather Foods Corp.", Org)];
        assert_eq!(
            pass_on(run, text, &names)[0],
            ("Bellweather".to_string(), Org)
        );
    }

    #[test]
    fn a_founders_surname_alone_is_still_the_company() {
        let text = "Okafor rose. Mary Okafor founded Okafor Foods Ltd in Lagos.";
        let names = [
            ("Okafor", Person),
            ("Mary Okafor", Person),
            ("Okafor Foods Ltd", Org),
        ];
        let out = pass_on(run, text, &names);
        assert_eq!(out[0], ("Okafor".to_string(), Org));
        assert_eq!(
            out[1],
            ("Mary Okafor".to_string(), Person),
            "the full name stays"
        );
        let text = "Fans miss Okafor. Okafor Foods Ltd is in Lagos.";
        let names = [("Okafor", Person), ("Okafor Foods Ltd", Org)];
        assert_eq!(
            pass_on(run, text, &names)[0],
            ("Okafor".to_string(), Org),
            "an address only when capitalised"
        );
    }

    /// The labels the pass leaves on every mention of one word, each drawn as a person.
    fn each_mention(text: &str, name: &str) -> Vec<Label> {
        with_context(text, |cx| {
            let spans = (cx.tokens.iter().enumerate())
                .filter(|(_, t)| t.text(text) == name)
                .map(|(i, _)| Span {
                    first: i,
                    end: i + 1,
                    label: Person,
                    margin: 0.0,
                })
                .collect();
            run(cx, spans, &mut Vec::new())
                .iter()
                .map(|s| s.label)
                .collect()
        })
    }

    #[test]
    fn a_name_written_as_a_company_is_the_company() {
        for cue in [
            "Quillon said it will cut jobs.",
            "Quillon says its profit rose.",
        ] {
            let text = format!("Analysts doubt Quillon. {cue}");
            assert_eq!(each_mention(&text, "Quillon"), [Org, Org], "{cue}");
        }
    }

    #[test]
    fn a_name_written_as_a_person_stays_a_person() {
        for text in [
            "Quillon said it was cold.",
            "Quillon said it's late.",
            "Quillon said he agreed. Quillon said it will appeal.",
            "Quillon thanked his staff. Quillon said it will appeal.",
            "Dr. Quillon wrote. Quillon said it will appeal.",
        ] {
            let persons = each_mention(text, "Quillon");
            assert!(persons.iter().all(|&l| l == Person), "{text}");
        }
        // The last word of a person named in full.
        let text = "Maria Quillon wrote. Quillon said it will appeal.";
        let out = with_context(text, |cx| {
            let spans = vec![
                Span {
                    first: 0,
                    end: 2,
                    label: Person,
                    margin: 0.0,
                },
                Span {
                    first: 4,
                    end: 5,
                    label: Person,
                    margin: 0.0,
                },
            ];
            run(cx, spans, &mut Vec::new())
                .iter()
                .map(|s| s.label)
                .collect::<Vec<_>>()
        });
        assert_eq!(out, [Person, Person]);
    }

    #[test]
    fn a_form_of_address_or_title_keeps_the_person() {
        for before in ["Mr. ", "Mr ", "chairman ", "Messrs. "] {
            let text = format!("{before}Okafor spoke. Okafor Foods Ltd is in Lagos.");
            let names = [("Okafor", Person), ("Okafor Foods Ltd", Org)];
            assert_eq!(
                pass_on(run, &text, &names)[0],
                ("Okafor".to_string(), Person),
                "{before}"
            );
        }
    }
}
