//! "Hearst Corp." … "Hearst said": a company the article names with its legal form is the same
//! company where it is written without it, though the tagger read the short form as a person
//! (companies bear their founders' names). OntoNotes *train*: a name that begins an ORG ending
//! in a legal form of the same article is ORG 2,799 times and PERSON 7. A person named in full
//! stays ("Ned Davis" … "Ned Davis Research Inc."), and a form of address or a
//! title right before it keeps the person ("Mr. Whitbread"), even where a founder named in full
//! shares the word: such a one-word name read PERSON is ORG 90 times and PERSON 3 without one,
//! PERSON 43 and ORG 1 with one.

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
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label::{Org, Person};

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
