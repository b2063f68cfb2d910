//! A company named with its legal form keeps its short form as an ORG in the whole pipeline,
//! passes and linking both, however the treebank's style writes the form ("Co.'s", the possessive
//! glued on), even where a person of the same surname founded it. Short reports written for these
//! tests, not taken from any data set.

use newsmark::{Extractor, Label, Options};

/// The labels the pipeline gives each mention whose text is `name`.
fn labels_of(text: &str, name: &str) -> Vec<Label> {
    let extractor = Extractor::new(&Options::default()).unwrap();
    let doc = extractor.extract(text).unwrap();
    doc.entities
        .iter()
        .filter(|e| e.text == name)
        .map(|e| e.label)
        .collect()
}

#[test]
fn a_short_form_stays_the_company_beside_its_founder() {
    for form in ["Co.", "Co.'s", "Corp.'s", "Inc.'s"] {
        let text = format!(
            "Sales of Halvorsen Motor {form} new sedan fell in June. Halvorsen said it would cut \
             prices, and dealers expect Halvorsen to close two plants. The founder, Erik \
             Halvorsen, retired in 1990."
        );
        let labels = labels_of(&text, "Halvorsen");
        assert!(!labels.is_empty(), "{form}: {labels:?}");
        assert!(
            labels.iter().all(|l| *l == Label::Org),
            "{form}: {labels:?}"
        );
    }
}
