//! "Secretary of State James Baker": OntoNotes marks the department after "Secretary of" as an
//! ORG ("State"), as it marks "Defense" in "Defense Secretary". OntoNotes *train*, "Secretary
//! of" and a department's capitalised name (`DEPARTMENTS`): that word an ORG 61 times, unmarked
//! 12 ("Secretary of the Treasury", with its article, is unmarked 6 times of 6 and left out).
//! After "Assistant", "Deputy" or "Under" it is an ORG in train too (4 of 4), but CoNLL leaves
//! it unmarked (dev: "Assistant Secretary of State John Kornblum", CoNLL 0.9201 → 0.9200 with
//! it), so there the department stays inside the title. The title before it and the person
//! after are `titled_names.rs`'s.

use super::super::span::{same_line, Span};
use super::super::words::DEPARTMENTS;
use crate::recognize::{Candidate, Context};
use crate::resolve::priority;
use crate::Label;

/// Proposes each department named after "Secretary of" as an ORG.
pub(crate) fn propose(context: &Context, _: &[Span], out: &mut Vec<Candidate>) {
    let bytes = context.text.as_bytes();
    for (i, t) in context.tokens.iter().enumerate() {
        // Bytes compared first: this runs at every token.
        if &bytes[t.start..t.end] != b"Secretary" || !is_department(context, i + 2) {
            continue;
        }
        let department = &context.tokens[i + 2];
        out.push(Candidate {
            start: department.start,
            end: department.end,
            label: Label::Org,
            rule: "names/department",
            priority: priority::NAME_RULE,
            value: None,
            margin: None,
        });
    }
}

/// Whether token `i` is a department this pass marks: after "Secretary of" on its line, not
/// after a lesser rank, not the first word of a longer name ("Secretary of Health and Human
/// Services").
pub(in crate::recognize) fn is_department(context: &Context, i: usize) -> bool {
    let word = |j: Option<usize>| {
        j.and_then(|j| context.tokens.get(j))
            .map_or("", |t| t.text(context.text))
    };
    word(i.checked_sub(2)) == "Secretary"
        && word(i.checked_sub(1)) == "of"
        && DEPARTMENTS.contains(&word(Some(i)))
        && same_line(context, i - 2, i)
        && !matches!(word(i.checked_sub(3)), "Assistant" | "Deputy" | "Under")
        && !matches!(word(Some(i + 1)), "and" | "&")
}

#[cfg(test)]
mod tests {
    use super::propose;
    use crate::recognize::names::tests::found;
    use crate::Label;

    fn departments(text: &str) -> Vec<&str> {
        super::super::proposed(text, propose)
    }

    #[test]
    fn the_department_after_secretary_of_is_an_organisation() {
        assert_eq!(
            departments("Secretary of State Ann Lee met the Secretary of Defense."),
            ["State", "Defense"]
        );
        let f = found("Yesterday Secretary of Energy Ann Lee flew to Ohio.");
        assert!(f.contains(&("Energy", Label::Org)), "{f:?}");
    }

    #[test]
    fn other_words_after_secretary_of_are_no_department() {
        assert_eq!(
            departments(
                "the secretary of state; Secretary of the Treasury; Secretary of Health and \
                 Human Services; the State of Ohio; Secretary of\nState; Deputy Secretary of \
                 Defense"
            ),
            [] as [&str; 0]
        );
    }
}
