//! Duckling-style corpus tables: each value with the phrasings that must produce it, against a
//! fixed reference date, and the phrasings that must not produce a label. The tables live in
//! `tests/corpus/*.txt`; their format is described at the top of each file.

use newsmark::{Extractor, Label, Options, Value};
use std::collections::HashMap;

fn show(value: &Option<Value>) -> String {
    match value {
        None => "-".into(),
        Some(Value::Timex(s)) => s.clone(),
        Some(Value::Number(n)) => format!("{n}"),
        Some(Value::Money { amount, currency }) => format!("{amount} {currency}"),
        Some(Value::Quantity { amount, unit }) => format!("{amount} {unit}"),
        Some(other) => format!("{other:?}"),
    }
}

/// Runs one table; returns a line per failed phrasing.
fn run_table(name: &str, table: &str) -> (usize, Vec<String>) {
    let mut extractors: HashMap<String, Extractor> = HashMap::new();
    let mut reference = String::new();
    let mut expect: Option<(bool, Label, String)> = None; // (must appear, label, value)
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in table.lines().enumerate() {
        let line = line.trim_end();
        let at = format!("{name}:{}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        } else if let Some(r) = line.strip_prefix('@') {
            reference = r.trim().to_string();
        } else if let Some(rest) = line.strip_prefix("= ") {
            let (label, value) = rest.split_once(' ').unwrap_or((rest, ""));
            let (present, label) = match label.strip_prefix('!') {
                Some(l) => (false, l),
                None => (true, label),
            };
            let label: Label = label.parse().unwrap_or_else(|e| panic!("{at}: {e}"));
            expect = Some((present, label, value.trim().to_string()));
        } else {
            let (present, label, value) =
                expect.clone().unwrap_or_else(|| panic!("{at}: no = line"));
            let open = line.find('[').unwrap_or_else(|| panic!("{at}: no [span]"));
            let close = line.find(']').unwrap_or_else(|| panic!("{at}: no [span]"));
            let text = format!(
                "{}{}{}",
                &line[..open],
                &line[open + 1..close],
                &line[close + 1..]
            );
            let span = open..close - 1;
            let extractor = extractors.entry(reference.clone()).or_insert_with(|| {
                let (date, timeml) = match reference.strip_suffix(" timeml") {
                    Some(date) => (date, true),
                    None => (reference.as_str(), false),
                };
                let options = Options {
                    reference_date: (!date.is_empty()).then(|| date.to_string()),
                    timeml: Some(timeml),
                    ..Options::default()
                };
                Extractor::new(&options).expect("valid reference date")
            });
            let doc = extractor.extract(&text).expect("extracts");
            cases += 1;
            let found = doc.entities.iter().find(|e| {
                if present {
                    e.byte_start == span.start && e.byte_end == span.end && e.label == label
                } else {
                    e.label == label && e.byte_start < span.end && span.start < e.byte_end
                }
            });
            let got = || {
                doc.entities
                    .iter()
                    .map(|e| format!("{:?} {:?} {}", e.label, e.text, show(&e.value)))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            match (present, found) {
                (true, Some(e)) if show(&e.value) == value => {}
                (true, _) => failures.push(format!(
                    "{at}: {text:?}: want {label:?} {:?} = {value}, got [{}]",
                    &text[span],
                    got()
                )),
                (false, Some(e)) => failures.push(format!(
                    "{at}: {text:?}: no {label:?} wanted over {:?}, got {:?}",
                    &text[span], e.text
                )),
                (false, None) => {}
            }
        }
    }
    (cases, failures)
}

fn check(name: &str, table: &str, at_least: usize) {
    let (cases, failures) = run_table(name, table);
    assert!(cases >= at_least, "{name}: only {cases} cases read");
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn dates_and_times_resolve_to_timeml_values() {
    check("dates.txt", include_str!("corpus/dates.txt"), 150);
}

#[test]
fn amounts_have_numbers_currencies_and_units() {
    check("amounts.txt", include_str!("corpus/amounts.txt"), 60);
}

#[test]
fn look_alikes_are_not_dates_or_amounts() {
    check("negative.txt", include_str!("corpus/negative.txt"), 25);
}

#[test]
fn relative_and_anchored_dates_count_from_the_right_day() {
    check(
        "relative_dates.txt",
        include_str!("corpus/relative_dates.txt"),
        40,
    );
}

#[test]
fn timeml_mode_marks_references_and_repetitions() {
    check("timeml.txt", include_str!("corpus/timeml.txt"), 20);
}

#[test]
fn sample_articles_dates_times_and_amounts() {
    check("samples.txt", include_str!("corpus/samples.txt"), 20);
}

#[test]
fn names_as_ontonotes_draws_them() {
    check("names.txt", include_str!("corpus/names.txt"), 5);
}
