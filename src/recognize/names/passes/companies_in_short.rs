//! "Hearst Corp." … "Hearst said": a company the article names with its legal form is the same
//! company where it is written without it, though the tagger read the short form as a person
//! (companies bear their founders' names). OntoNotes *train*: a name that begins an ORG ending
//! in a legal form of the same article is ORG 2,799 times and PERSON 7, unless one of its words
//! is also in a person named in full there ("Peter Guber" … "Guber - Peters Entertainment Co."
//! … "Guber": PERSON 119, ORG 213), where the tagger's label stays.

use super::super::span::{words, Span};
use super::super::words::LEGAL_FORMS;
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
    let person_words: FxHashSet<&str> = spans
        .iter()
        .filter(|s| s.label == Label::Person && s.end - s.first > 1)
        .flat_map(|s| words(context, s.first, s.end))
        .collect();
    for s in spans.iter_mut().filter(|s| s.label == Label::Person) {
        if short_forms.contains(text(s.first, s.end))
            && !words(context, s.first, s.end)
                .iter()
                .any(|w| person_words.contains(w))
        {
            s.label = Label::Org;
        }
    }
    spans
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
    fn a_founder_named_in_full_keeps_the_short_form_a_person() {
        let text = "Okafor smiled. Mary Okafor founded Okafor Ltd in Lagos; Adeyemi Corp rose.";
        let names = [
            ("Okafor", Person),
            ("Mary Okafor", Person),
            ("Okafor Ltd", Org),
            ("Adeyemi Corp", Org),
        ];
        assert_eq!(
            pass_on(run, text, &names)[0],
            ("Okafor".to_string(), Person)
        );
    }
}
