//! Names: the statistical tagger's spans (`crate::model`), refined by passes for what CoNLL
//! never taught it, then proposed as candidates. This file is the pipeline's configuration:
//! where names come from, the passes that refine them in order, and what is proposed from them.
//! Each pass is one file in `passes/`; the closed word lists they read are in `words.rs`.
//!
//! A name's label is decided in `passes/labels_from_tagger.rs` (CoNLL types → OntoNotes), then
//! may change in `split_titles.rs` and `split_hyphens.rs` (parts named by the gazetteers),
//! `counterpart_persons.rs`, `cut_legal_forms.rs`, `company_branches.rs`,
//! `labels_from_article.rs`, `companies_in_short.rs`, `labels_from_head_word.rs`,
//! `towns_before_states.rs`, `languages.rs` and `initials.rs`; `acronyms.rs` labels acronyms and
//! their expansions.

mod passes;
mod span;
pub(super) mod words;

pub(super) use self::passes::departments::is_department;
use self::passes::*;
use self::span::Span;
use super::{Candidate, Context, Recognizer};
use crate::resolve::priority;

/// The names recogniser: the tagger, then the passes below.
pub(super) struct Names;

/// A pass over the article's names: takes them, returns them refined; it may propose
/// candidates of its own (the titles it cuts off).
type Pass = fn(&Context, Vec<Span>, &mut Vec<Candidate>) -> Vec<Span>;

/// What refines the tagger's names, in order; each pass reads what the one before left.
const PASSES: [Pass; 20] = [
    // "US President" → "US" + TITLE; "President Biden" → "Biden".
    split_titles::run,
    // "Biden-Putin" → two people, when each part is a name.
    split_hyphens::run,
    // "Biden pressed Putin" → two names.
    split_at_lower_case::run,
    // "Joe Biden-led" → "Joe Biden": a name ends before "-led", "-based", "-era".
    hyphen_suffixes::run,
    // "Kao Chin" + " - yen" → "Kao Chin - yen": a given name's second syllable.
    hyphenated_given_names::run,
    // "his counterpart Vladimir Putin" → PERSON.
    counterpart_persons::run,
    // "Fiat S.p." + "A." → "Fiat S.p. A.": a legal form the treebank's spacing cut.
    cut_legal_forms::run,
    // "Baring Securities" + "(Hong Kong) Ltd." → one company with its branch.
    company_branches::run,
    // Gazetteers and the people named in full settle labels ("Kremlin" ORG).
    labels_from_article::run,
    // "Hearst Corp." … "Hearst said": the company, not a person.
    companies_in_short::run,
    // "Gulf War" EVENT, "Kennedy Airport" FAC, "Clean Air Act" LAW: the last word says.
    labels_from_head_word::run,
    // "Ogallala, Neb.": a name before a state's abbreviation is a town.
    towns_before_states::run,
    // "speaks French", "in Arabic", "Spanish language": a language, not a people.
    languages::run,
    // "Islamic State" … "IS": initials the article writes are the organisation's.
    initials::run,
    // A name tagged once is the same name where the tagger missed it.
    fill_untagged::run,
    // "Washington later apologized": a listed place opening a sentence, left untagged.
    places_at_sentence_start::run,
    // "Alzheimer's disease", and "Alzheimer's" in the same article: no name.
    diseases::run,
    // "I-95" FAC, "G-7" ORG, "F-1 visa" none: codes that are no PRODUCT.
    codes_named_no_product::run,
    // "the Senate Finance Committee" takes its article, "the Pentagon" does not.
    the_before_names::run,
    // `the "USS Cole` → `the "USS Cole"`: a quote the name opens, it closes; "Brooks
    // Brothers'" takes its possessive apostrophe (`plural_possessives.rs`).
    close_quotes::run,
];

/// What reads the settled names and proposes candidates, in order.
type Proposal = fn(&Context, &[Span], &mut Vec<Candidate>);

const PROPOSALS: [Proposal; 7] = [
    // Each name ("Cabinet Committee" with its remit "on Security").
    each_name,
    // "Kremlin spokesperson": a title after an organisation, place or people.
    titles_after_names::propose,
    // "North Atlantic Treaty Organisation (NATO)", and "NATO" everywhere.
    acronyms::propose,
    // The film "The Thin Blue Line": a quoted title after a word that says a work follows.
    quoted_titles::propose,
    // "Hurricane Katrina": a storm's name with its kind is one EVENT.
    storms::propose,
    // "Chapter 11", "Article II of the Constitution": a part of a law by its number.
    legal_sections::propose,
    // "Secretary of State": the department is an organisation.
    departments::propose,
];

impl Recognizer for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        let mut spans = tagger_spans::find(context);
        for pass in PASSES {
            spans = pass(context, spans, out);
        }
        for propose in PROPOSALS {
            propose(context, &spans, out);
        }
    }
}

/// Each name as a candidate, an organisation extended over its remit.
fn each_name(context: &Context, spans: &[Span], out: &mut Vec<Candidate>) {
    for s in spans {
        let end = extend_organisations::end(context, s);
        out.push(Candidate {
            start: context.tokens[s.first].start,
            end: context.tokens[end - 1].end,
            label: s.label,
            rule: "names/tagger",
            priority: priority::TAGGED_NAME,
            value: None,
            margin: Some(s.margin),
        });
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::{Names, Pass, Span};
    use crate::recognize::{with_context, Recognizer};
    use crate::resolve::resolve;
    use crate::Label;

    /// What the names recogniser alone finds, after overlap resolution: what the passes' tests
    /// check.
    pub(crate) fn found(text: &str) -> Vec<(&str, Label)> {
        let mut out = Vec::new();
        with_context(text, |context| Names.recognize(context, &mut out));
        resolve(out)
            .iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect()
    }

    /// What one pass leaves of names drawn by hand (each the first occurrence of its text), as
    /// the tagger might have drawn them: each pass's test, whatever the tagger finds.
    pub(super) fn pass_on(pass: Pass, text: &str, names: &[(&str, Label)]) -> Vec<(String, Label)> {
        with_context(text, |cx| {
            let token = |byte: usize, edge: fn(&crate::text::Token) -> usize| {
                cx.tokens.iter().position(|t| edge(t) == byte).unwrap()
            };
            let spans = names
                .iter()
                .map(|&(name, label)| {
                    let start = text.find(name).unwrap();
                    Span {
                        first: token(start, |t| t.start),
                        end: token(start + name.len(), |t| t.end) + 1,
                        label,
                        margin: 0.0,
                    }
                })
                .collect();
            pass(cx, spans, &mut Vec::new())
                .iter()
                .map(|s| {
                    let (a, b) = (cx.tokens[s.first].start, cx.tokens[s.end - 1].end);
                    (text[a..b].to_string(), s.label)
                })
                .collect()
        })
    }

    pub(crate) fn has(text: &str, name: &str, label: Label) -> bool {
        found(text).contains(&(name, label))
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "(",
            "()",
            "(A)",
            "-",
            "A-",
            "-1",
            "S-",
            "\u{301}(NATO)",
            "A (B) C (DE)",
        ] {
            found(text);
        }
    }
}
