//! A name after a word like "counterpart" or "wife" is a person's, without a title: "his Russian
//! counterpart Vladimir Putin", "his wife Naina".

use super::super::span::Span;
use super::super::words::COUNTERPARTS;
use crate::recognize::{Candidate, Context};
use crate::Label;

/// Labels PERSON every name right after one of [`COUNTERPARTS`].
pub(crate) fn run(context: &Context, mut spans: Vec<Span>, _: &mut Vec<Candidate>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.first > 0) {
        if COUNTERPARTS.contains(&context.tokens[s.first - 1].text(context.text)) {
            s.label = Label::Person;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use crate::recognize::names::tests::found;
    use crate::Label;

    #[test]
    fn a_name_after_counterpart_or_wife_is_a_person_everywhere() {
        let text = "Biden will call his Russian counterpart Vladimir Putin. Biden pressed Putin \
                    to act.";
        let f = found(text);
        assert!(f.contains(&("Vladimir Putin", Label::Person)), "{f:?}");
        assert!(f.contains(&("Putin", Label::Person)), "{f:?}");
    }
}
