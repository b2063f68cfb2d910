//! The names passes, one file each; their order is in `names/mod.rs`.

pub(super) mod acronyms;
pub(super) mod close_quotes;
pub(super) mod codes_named_no_product;
pub(super) mod companies_in_short;
pub(super) mod company_branches;
pub(super) mod counterpart_persons;
pub(super) mod cut_legal_forms;
pub(super) mod departments;
pub(super) mod diseases;
pub(super) mod extend_organisations;
pub(super) mod fill_untagged;
pub(super) mod hyphen_suffixes;
pub(super) mod hyphenated_given_names;
pub(super) mod initials;
pub(super) mod labels_from_article;
pub(super) mod labels_from_head_word;
pub(super) mod labels_from_tagger;
pub(super) mod languages;
pub(super) mod legal_sections;
pub(super) mod places_at_sentence_start;
pub(super) mod plural_possessives;
pub(super) mod quoted_titles;
pub(super) mod split_at_lower_case;
pub(super) mod split_hyphens;
pub(super) mod split_titles;
pub(super) mod storms;
pub(super) mod tagger_spans;
pub(super) mod the_before_names;
pub(super) mod titles_after_names;
pub(super) mod towns_before_states;

/// For tests: the texts a proposing pass finds in `text` where the tagger found no name.
#[cfg(test)]
fn proposed(
    text: &str,
    propose: fn(
        &crate::recognize::Context,
        &[super::span::Span],
        &mut Vec<crate::recognize::Candidate>,
    ),
) -> Vec<&str> {
    let mut out = Vec::new();
    crate::recognize::with_context(text, |context| propose(context, &[], &mut out));
    out.iter().map(|c| &text[c.start..c.end]).collect()
}
