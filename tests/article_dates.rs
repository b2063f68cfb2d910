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

#[test]
fn the_day_first_option_settles_numeric_dates_that_read_both_ways() {
    let value = |day_first| {
        let options = Options {
            day_first,
            ..Options::default()
        };
        let doc = extract("Filed 12/06/2021; due 25/12/2021.", &options).unwrap();
        doc.entities[0].value.clone()
    };
    let date = |s: &str| Some(Value::Timex(s.into()));
    assert_eq!(value(Some(true)), date("2021-06-12"));
    assert_eq!(value(Some(false)), date("2021-12-06"));
    assert_eq!(
        value(None),
        date("2021-06-12"),
        "the other date in the text is day first"
    );
}

#[test]
fn a_wire_dateline_gives_the_reference_date() {
    let text = "CRICKET - LEICESTERSHIRE TAKE OVER\nLONDON 1996-08-30\nSimmons took four for 38 on Friday.";
    let doc = extract(text, &Options::default()).unwrap();
    assert_eq!(
        doc.reference_date.as_ref().map(|r| r.date.as_str()),
        Some("1996-08-30")
    );
    assert_eq!(timex(&doc, "Friday"), ["1996-08-30"]);
    let running = extract("Talks in LONDON 1996-08-30 were held.", &Options::default()).unwrap();
    assert_eq!(
        running.reference_date, None,
        "a date inside a line is not a dateline"
    );
}

fn points_to(doc: &newsmark::Document, text: &str) -> Option<String> {
    doc.entities
        .iter()
        .find(|e| e.text == text)
        .and_then(|e| e.points_to.clone())
}

#[test]
fn offsets_keep_the_length_and_say_which_day_they_point_to() {
    let options = Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    };
    let text = "The treaty was signed on March 3, 2021. Three days later, troops left. \
                A week earlier, a vote had been held. The ports will reopen four days from now.";
    let doc = extract(text, &options).unwrap();
    assert_eq!(timex(&doc, "Three days later"), ["P3D"]);
    // "later" counts from the last day named, "from now" from the reference date.
    assert_eq!(
        points_to(&doc, "Three days later").as_deref(),
        Some("2021-03-06")
    );
    // The day "three days later" points to is the last day named for "a week earlier".
    assert_eq!(timex(&doc, "A week earlier"), ["P1W"]);
    assert_eq!(
        points_to(&doc, "A week earlier").as_deref(),
        Some("2021-02-27")
    );
    assert_eq!(
        points_to(&doc, "four days from now").as_deref(),
        Some("2021-12-10")
    );
    // Dates that are no offset have none.
    assert_eq!(points_to(&doc, "March 3, 2021"), None);
}

#[test]
fn in_a_length_points_ahead_but_in_the_next_stretch_does_not() {
    let options = Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    };
    let text = "The plant will reopen in two weeks. It will hire staff in the next three years \
                and cut costs in the coming five years.";
    for timeml in [false, true] {
        let timeml = Some(timeml);
        let doc = extract(
            text,
            &Options {
                timeml,
                ..options.clone()
            },
        )
        .unwrap();
        assert_eq!(timex(&doc, "two weeks"), ["P2W"]);
        assert_eq!(points_to(&doc, "two weeks").as_deref(), Some("2021-12-20"));
        // A stretch of time ahead is no day.
        let stretches = doc.entities.iter().filter(|e| e.text.contains("years"));
        assert!(stretches.clone().count() >= 2, "{:?}", doc.entities);
        assert!(stretches.into_iter().all(|e| e.points_to.is_none()));
    }
}

#[test]
fn an_offset_with_nothing_to_count_from_points_nowhere() {
    let doc = extract("Troops left three days later.", &Options::default()).unwrap();
    assert!(doc.reference_date.is_none());
    assert_eq!(timex(&doc, "three days later"), ["P3D"]);
    assert_eq!(points_to(&doc, "three days later"), None);
}

#[test]
fn points_to_is_serialised_only_where_there_is_one() {
    let options = Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    };
    let doc = extract("The ports reopen four days from now, on Friday.", &options).unwrap();
    let json = serde_json::to_value(&doc).unwrap();
    let entities = json["entities"].as_array().unwrap();
    let offset = entities
        .iter()
        .find(|e| e["text"] == "four days from now")
        .unwrap();
    assert_eq!(offset["points_to"], "2021-12-10");
    let friday = entities.iter().find(|e| e["text"] == "Friday").unwrap();
    assert!(friday.get("points_to").is_none(), "{friday}");
}

#[test]
fn the_next_day_counts_from_the_day_named_before_it_across_sentences() {
    let options = Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    };
    let text = "Talks will open on Tuesday. The next day, ministers will vote.";
    let doc = extract(text, &options).unwrap();
    assert_eq!(timex(&doc, "Tuesday"), ["2021-12-07"]);
    assert_eq!(timex(&doc, "The next day"), ["2021-12-08"]);
}

#[test]
fn a_paragraph_of_the_issues_phrasings_with_crlf_line_ends() {
    let options = Options {
        reference_date: Some("2025-03-12".into()),
        ..Options::default()
    };
    let text = "The minister will visit the flooded villages this Sunday.\r\n\
                Polls open between 2:15 and 3:45pm, and results are due at 9.30 tonight.\r\n\
                The ministers are to meet on Monday of next week; the vote comes the day after \
                tomorrow.\r\nThe bridge will reopen in two weeks, and the ferry four days from now.\r\n";
    let doc = extract(text, &options).unwrap();
    // "flooded" before a noun is no past tense: "will" decides, the coming Sunday.
    assert_eq!(timex(&doc, "this Sunday"), ["2025-03-16"]);
    assert_eq!(timex(&doc, "2:15"), ["2025-03-12T14:15"]);
    assert_eq!(timex(&doc, "3:45pm"), ["2025-03-12T15:45"]);
    assert_eq!(timex(&doc, "9.30 tonight"), ["2025-03-12T21:30"]);
    assert_eq!(timex(&doc, "Monday of next week"), ["2025-03-17"]);
    assert_eq!(timex(&doc, "the day after tomorrow"), ["2025-03-14"]);
    assert_eq!(timex(&doc, "two weeks"), ["P2W"]);
    assert_eq!(points_to(&doc, "two weeks").as_deref(), Some("2025-03-26"));
    assert_eq!(timex(&doc, "four days from now"), ["P4D"]);
    assert_eq!(
        points_to(&doc, "four days from now").as_deref(),
        Some("2025-03-16")
    );
}
