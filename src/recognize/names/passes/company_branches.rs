//! "Baring Securities (Hong Kong) Ltd.", "Fulton Prebon (U.S.A.) Inc.": a company's branch
//! names where it is in parentheses before its legal form, and OntoNotes marks the whole as one
//! ORG. The tagger reads the parentheses as the end of one name and the start of another
//! ("Baring Securities" + "Hong Kong) Ltd.", "Hispanoil" + "Sumatra" + "Production Ltd."): the
//! name before the parenthesis takes in everything up to the legal form.
//!
//! OntoNotes *train*: names with a parenthesis before a legal form are all ORG in gold (30 of
//! 30); the CLI drew 6 of the 26 in the text whole.

use super::super::span::{same_line, Span};
use super::super::words::LEGAL_FORMS;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// At most this many tokens inside the parentheses ("U.S.A." is six) and after them up to the
/// legal form ("Pharmaceutical Company, Ltd.").
const MOST_TOKENS: usize = 8;

/// Joins into one ORG each name before a parenthesised place and a legal form; names inside
/// the join are dropped.
pub(crate) fn run(context: &Context, spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    let ends: Vec<Option<usize>> = spans
        .iter()
        .map(|s| branch_end(context, s, &spans))
        .collect();
    let mut taken = 0;
    let mut out = Vec::with_capacity(spans.len());
    for (mut s, end) in spans.into_iter().zip(ends) {
        if s.first < taken {
            continue;
        }
        if let Some(end) = end {
            s.end = end;
            s.label = Label::Org;
        }
        taken = s.end;
        out.push(s);
    }
    out
}

/// Where the company ends when `s` is followed by "(", capitalised words, ")" and more
/// capitalised words ending in a legal form, all on one line: after the legal form, or after
/// the name that covers it (with its stop).
fn branch_end(context: &Context, s: &Span, spans: &[Span]) -> Option<usize> {
    let tokens = context.tokens;
    let word = |i: usize| tokens[i].text(context.text);
    let open = s.end;
    if open >= tokens.len() || word(open) != "(" || !same_line(context, open - 1, open) {
        return None;
    }
    let last = tokens.len().min(open + 2 + MOST_TOKENS);
    let close = (open + 1..last).find(|&i| word(i) == ")")?;
    let capitalised = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    let inside_ok = close > open + 1
        && capitalised(open + 1)
        && (open + 1..close).all(|i| capitalised(i) || matches!(word(i), "." | "-"));
    if !inside_ok || !same_line(context, open, close) {
        return None;
    }
    let is_form = |i: usize| i < tokens.len() && LEGAL_FORMS.contains(&word(i));
    let mut form = (close + 1..tokens.len().min(close + 1 + MOST_TOKENS))
        .take_while(|&k| {
            same_line(context, k - 1, k) && (capitalised(k) || matches!(word(k), "," | "&" | "."))
        })
        .find(|&k| is_form(k))?;
    // "Co., Ltd.": a second form right after the first; a list of companies goes no further.
    let comma = form + 1 + usize::from(form + 1 < tokens.len() && word(form + 1) == ".");
    if comma < tokens.len() && word(comma) == "," && is_form(comma + 1) {
        form = comma + 1;
    }
    let covering = spans.iter().find(|t| t.first <= form && form < t.end);
    Some(covering.map_or(form + 1, |t| t.end))
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::recognize::names::tests::pass_on;
    use crate::Label;

    #[test]
    fn a_branch_in_parentheses_is_one_company() {
        let text = "He works for Baring Securities (Hong Kong) Ltd. in town, Hispanoil \
                    (Sumatra) Production Ltd., Acme Co. and Fulton Prebon (U.S.A.) Co., Ltd.";
        let names = [
            ("Baring Securities", Label::Org),
            ("Hong Kong) Ltd.", Label::Org),
            ("Hispanoil", Label::Person),
            ("Sumatra", Label::Gpe),
            ("Production Ltd", Label::Org),
            ("Fulton Prebon", Label::Person),
        ];
        let got = pass_on(run, text, &names);
        let expected = [
            "Baring Securities (Hong Kong) Ltd.",
            "Hispanoil (Sumatra) Production Ltd",
            "Fulton Prebon (U.S.A.) Co., Ltd",
        ];
        assert_eq!(got.len(), 3, "{got:?}");
        // Hispanoil ends at its own form: a list of companies goes no further.
        for ((name, label), want) in got.iter().zip(expected) {
            assert_eq!((name.as_str(), *label), (want, Label::Org));
        }
    }

    #[test]
    fn other_parentheses_stay() {
        let text = "The Forestry Bureau (TFB) sold it. Sen. Ann Lee (R., Ohio) Inc said so. \
                    Sam Hill (Texas) said Acme Ltd. won. Bo Li (\nTexas) Ltd. Max (ex) Ltd.";
        let names = [
            ("Forestry Bureau", Label::Org),
            ("TFB", Label::Org),
            ("Ann Lee", Label::Person),
            ("Sam Hill", Label::Person),
            ("Texas", Label::Gpe),
            ("Acme Ltd", Label::Org),
            ("Bo Li", Label::Person),
            ("Max", Label::Person),
        ];
        let got = pass_on(run, text, &names);
        assert_eq!(got.len(), names.len(), "{got:?}");
        for ((found, label), (name, tagged)) in got.iter().zip(&names) {
            assert_eq!((found.as_str(), label), (*name, tagged));
        }
    }
}
