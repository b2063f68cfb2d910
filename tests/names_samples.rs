//! The shipped name model on the two sample articles, against the careful reader's annotation
//! (tests/data/reference.json, a copy of shared/samples/reference.json): recall and precision of
//! the name labels are printed, and floors a broken or mis-wired model would miss are asserted.
//! Run with `cargo test --test names_samples -- --nocapture` to see the figures.

use newsmark::{Document, Extractor, Label, Options};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

const NAME_LABELS: &[&str] = &[
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
];

struct Sample {
    text: String,
    doc: Document,
    required: Vec<(usize, usize, String)>,
    optional: HashSet<(usize, usize, String)>,
}

fn spans(list: &Value) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    list.as_array().unwrap().iter().map(|e| {
        (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
            e["type"].as_str().unwrap().to_string(),
        )
    })
}

fn samples() -> Vec<Sample> {
    let reference: Value =
        serde_json::from_str(include_str!("data/reference.json")).expect("reference.json parses");
    let extractor = Extractor::new(&Options::default()).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    reference["samples"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(file, s)| {
            let text = std::fs::read_to_string(format!("{root}/www/samples/{file}")).unwrap();
            let doc = extractor.extract(&text).unwrap();
            let names = |(_, _, t): &(usize, usize, String)| NAME_LABELS.contains(&t.as_str());
            Sample {
                required: spans(&s["required"]).filter(names).collect(),
                optional: spans(&s["optional"]).collect(),
                text,
                doc,
            }
        })
        .collect()
}

#[test]
fn the_samples_names_are_found_with_their_labels() {
    // label → (found required, required, correct predictions, predictions)
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for s in samples() {
        // Reference offsets are code points, equal to UTF-16 units for these texts.
        // The reference leaves a name's article out ("the United States"); OntoNotes, which
        // the tagger learnt, puts it in where it reads as part of the name: either counts.
        let found: HashSet<(usize, usize, String)> = s
            .doc
            .entities
            .iter()
            .filter(|e| NAME_LABELS.contains(&e.label.as_str()))
            .map(|e| {
                let article = ["the ", "The "].iter().find(|a| e.text.starts_with(*a));
                let start = e.start + article.map_or(0, |a| a.len());
                (start, e.end, e.label.as_str().to_string())
            })
            .collect();
        let required: HashSet<_> = s.required.iter().cloned().collect();
        for r in &s.required {
            let c = counts.entry(r.2.clone()).or_default();
            c[1] += 1;
            c[0] += found.contains(r) as usize;
        }
        for f in found.iter().filter(|f| !s.optional.contains(f)) {
            let c = counts.entry(f.2.clone()).or_default();
            c[3] += 1;
            c[2] += required.contains(f) as usize;
        }
        for r in s.required.iter().filter(|r| !found.contains(r)) {
            let text: String = s.text.chars().skip(r.0).take(r.1 - r.0).collect();
            println!("missed: {} {text:?}", r.2);
        }
    }
    let mut all = [0; 4];
    for (label, c) in &counts {
        println!(
            "{label:<8} recall {}/{}  precision {}/{}",
            c[0], c[1], c[2], c[3]
        );
        for i in 0..4 {
            all[i] += c[i];
        }
    }
    let (recall, precision) = (
        all[0] as f64 / all[1] as f64,
        all[2] as f64 / all[3].max(1) as f64,
    );
    println!("all      recall {recall:.3}  precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3} of required names");
    assert!(precision >= 0.85, "precision {precision:.3}");
    for label in ["PERSON", "GPE", "ORG", "NORP"] {
        let c = counts[label];
        assert!(
            c[0] as f64 >= 0.85 * c[1] as f64,
            "{label}: {} of {} found",
            c[0],
            c[1]
        );
    }
}

#[test]
fn the_samples_mentions_are_linked() {
    for s in samples() {
        let canonical = &s.doc.canonical;
        let entity_of = |text: &str, label: Label| {
            s.doc
                .entities
                .iter()
                .filter(|e| e.text == text && e.label == label)
                .map(|e| e.entity_id)
                .collect::<HashSet<_>>()
        };
        // Every "Biden" and "Putin" is one person, under the full name.
        for (surname, full) in [("Biden", "Joe Biden"), ("Putin", "Vladimir Putin")] {
            let ids = entity_of(surname, Label::Person);
            assert_eq!(ids.len(), 1, "{surname}: {ids:?}");
            assert_eq!(canonical[*ids.iter().next().unwrap()].name, full);
        }
        let peskov = canonical
            .iter()
            .find(|c| c.name == "Dmitry Peskov")
            .expect("Peskov is found");
        let role = peskov.role.as_ref().expect("Peskov has a role");
        assert!(role.title.starts_with("spokes"), "{role:?}");
        assert_eq!(role.of.as_deref(), Some("Kremlin"));
    }
    let samples = samples();
    let acronym_joined = |acronym: &str, label: Label, expansion: &str| {
        samples.iter().any(|s| {
            let ids: HashSet<_> = s
                .doc
                .entities
                .iter()
                .filter(|e| {
                    let text = e.text.strip_prefix("the ").unwrap_or(&e.text);
                    e.label == label && (text == acronym || text == expansion)
                })
                .map(|e| e.entity_id)
                .collect();
            ids.len() == 1
                && s.doc.canonical[*ids.iter().next().unwrap()]
                    .name
                    .trim_start_matches("the ")
                    == expansion
        })
    };
    assert!(acronym_joined(
        "NATO",
        Label::Org,
        "North Atlantic Treaty Organisation"
    ));
    assert!(acronym_joined(
        "CAATSA",
        Label::Law,
        "Countering America's Adversaries Through Sanctions Act"
    ));
    let usa = samples.iter().any(|s| {
        let ids: HashSet<_> = s
            .doc
            .entities
            .iter()
            .filter(|e| {
                let text = e.text.strip_prefix("the ").unwrap_or(&e.text);
                e.label == Label::Gpe && (text == "US" || text == "United States")
            })
            .map(|e| e.entity_id)
            .collect();
        ids.len() == 1
    });
    assert!(usa, "US and United States are one place");
}
