//! The article's own date: read from its dateline when the caller gives none, and used to
//! resolve the article's relative dates; never today's date.

use newsmark::{extract, Options, Value};

fn timex(doc: &newsmark::Document, text: &str) -> Vec<String> {
    doc.entities
        .iter()
        .filter(|e| e.text == text)
        .filter_map(|e| match &e.value {
            Some(Value::Timex(v)) => Some(v.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_dateline_gives_the_reference_date() {
    let cases = [
        (
            " date 2021-12-06 On the eve of the call: talks on Tuesday will be hard.",
            "2021-12-06",
        ),
        (
            "Talks\nNews Agencies | Updated on: 5 December 2021, 8:45 IST\nThe call is on Tuesday.",
            "2021-12-05",
        ),
        (
            "The call will be on Tuesday.\n\nFirst published: 5 December 2021, 8:45 IST",
            "2021-12-05",
        ),
        (
            "Published on: December 5, 2021\nThe call will be on Tuesday.",
            "2021-12-05",
        ),
    ];
    for (text, date) in cases {
        let doc = extract(text, &Options::default()).unwrap();
        let reference = doc.reference_date.as_ref().expect(text);
        assert_eq!(
            (reference.date.as_str(), reference.source.as_str()),
            (date, "article"),
            "{text}"
        );
        assert_eq!(timex(&doc, "Tuesday"), ["2021-12-07"], "{text}");
    }
}

#[test]
fn a_published_date_wins_over_an_updated_one_and_options_win_over_both() {
    let text =
        "Updated on: 7 December 2021\nFirst published: 5 December 2021\nThe vote is on Tuesday.";
    let doc = extract(text, &Options::default()).unwrap();
    assert_eq!(doc.reference_date.unwrap().date, "2021-12-05");
    let options = Options {
        reference_date: Some("2021-12-10".into()),
        ..Options::default()
    };
    let doc = extract(text, &options).unwrap();
    assert_eq!(doc.reference_date.unwrap().source, "options");
}

#[test]
fn dates_in_running_text_are_not_the_article_date() {
    let doc = extract(
        "The summit on 16 June 2021 was followed by talks on Tuesday.",
        &Options::default(),
    )
    .unwrap();
    assert_eq!(doc.reference_date, None);
    assert_eq!(timex(&doc, "Tuesday"), ["XXXX-WXX-2"]);
}

#[test]
fn the_sample_articles_state_their_dates() {
    for (file, date) in [
        ("kremlin-lamentable-ties-2021-12-06.txt", "2021-12-06"),
        ("white-house-video-call-2021-12-05.txt", "2021-12-05"),
    ] {
        let path = format!("{}/www/samples/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let doc = extract(&text, &Options::default()).unwrap();
        assert_eq!(doc.reference_date.as_ref().unwrap().date, date, "{file}");
        assert!(
            timex(&doc, "Tuesday").iter().all(|v| v == "2021-12-07"),
            "{file}"
        );
    }
}
