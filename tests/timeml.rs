//! TimeML output for any text: the writer never fails on a document extracted from the text,
//! always writes well-formed XML, and the character data of `<TEXT>` is the input again (the
//! characters XML 1.0 cannot hold each replaced by U+FFFD, see `newsmark::timeml`). Also the
//! CLI's `--format timeml`.

use newsmark::timeml::{to_timeml, xml_char};
use newsmark::{extract, Options, TimexType, Value};
use proptest::prelude::*;
use proptest::sample::select;
use std::io::Write;
use std::process::{Command, Stdio};

/// Dates, times and lengths among markup, controls, line ends and scripts XML finds awkward.
const FRAGMENTS: &[&str] = &[
    "on",
    "7",
    "December",
    "2021",
    "Tuesday",
    "last",
    "week",
    "three",
    "hours",
    "years",
    "every",
    "at",
    "8:45",
    "a.m.",
    "morning",
    "now",
    "the",
    "1990s",
    "Joe",
    "Biden",
    "5%",
    "$4",
    "&",
    "<",
    ">",
    "<TIMEX3>",
    "]]>",
    "&amp;",
    "\"",
    "'",
    "\0",
    "\u{1}",
    "\u{b}",
    "\u{1f}",
    "\u{7f}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{feff}",
    "😀",
    "👩🏽‍💻",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "\u{10ffff}",
];
const SEPARATORS: &[&str] = &[" ", " ", "", "\n", "\r\n", "\r", "\t"];

fn any_text() -> impl Strategy<Value = String> {
    let newsy = prop::collection::vec((select(FRAGMENTS), select(SEPARATORS)), 0..50)
        .prop_map(|parts| parts.into_iter().map(|(f, s)| format!("{f}{s}")).collect());
    prop_oneof![any::<String>(), newsy]
}

/// The character data of `<TEXT>` (TIMEX3 contents included) and the number of TIMEX3 in it.
fn read_back(xml: &str) -> (String, usize) {
    let parsed = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let body = parsed
        .root_element()
        .children()
        .find(|n| n.has_tag_name("TEXT"))
        .expect("a TEXT element");
    let text = body
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    (text, body.children().filter(|n| n.is_element()).count())
}

fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| if xml_char(c) { c } else { '\u{FFFD}' })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn text_content_is_the_input(text in any_text(), timeml in any::<bool>(), dated in any::<bool>()) {
        let options = Options {
            timeml: Some(timeml),
            reference_date: dated.then(|| "2021-12-06".to_string()),
            ..Options::default()
        };
        let doc = extract(&text, &options).unwrap();
        let xml = to_timeml(&text, &doc).expect("a document fits its own text");
        let (back, timexes) = read_back(&xml);
        prop_assert_eq!(back, xml_safe(&text));
        let temporal = doc
            .entities
            .iter()
            .filter(|e| e.timex_type.is_some() && matches!(e.value, Some(Value::Timex(_))))
            .count();
        prop_assert_eq!(timexes, temporal);
    }
}

#[test]
fn every_date_value_has_a_timex_type_and_nothing_else_does() {
    let text = "On 7 December 2021 at 8:45 a.m. Joe Biden paid $4 million, 5% more, for \
                three years, every week, last Tuesday morning; the 1990s are over now.";
    let doc = extract(text, &Options::default()).unwrap();
    for e in &doc.entities {
        let dated = matches!(e.value, Some(Value::Timex(_)));
        assert_eq!(e.timex_type.is_some(), dated, "{e:?}");
    }
    let of = |s: &str| {
        doc.entities
            .iter()
            .find(|e| e.text == s)
            .and_then(|e| e.timex_type)
    };
    assert_eq!(of("7 December 2021"), Some(TimexType::Date));
    assert_eq!(of("8:45 a.m."), Some(TimexType::Time));
    assert_eq!(of("three years"), Some(TimexType::Duration));
    assert_eq!(of("Joe Biden"), None);
    // The JSON of an entity without a type has no such key.
    let json = serde_json::to_value(&doc).unwrap();
    let person = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Joe Biden")
        .unwrap();
    assert!(person.get("timex_type").is_none(), "{person}");
    let date = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "7 December 2021")
        .unwrap();
    assert_eq!(date["timex_type"], "DATE");
}

fn cli(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

#[test]
fn cli_writes_timeml() {
    let text = "Talks <ended> on Tuesday & resume in three days.\r\n";
    let out = cli(
        &[
            "--format",
            "timeml",
            "--timeml",
            "--reference-date",
            "2021-12-06",
        ],
        text.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML"),
        "{xml}"
    );
    assert!(
        xml.contains("functionInDocument=\"CREATION_TIME\">2021-12-06</TIMEX3></DCT>"),
        "{xml}"
    );
    assert!(
        xml.contains("&lt;ended&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-11-30\">Tuesday</TIMEX3> &amp;"),
        "{xml}"
    );
    assert!(
        xml.contains("type=\"DURATION\" value=\"P3D\">three days</TIMEX3>"),
        "{xml}"
    );
    assert_eq!(read_back(&xml), (text.to_string(), 2));
}

#[test]
fn cli_refuses_timeml_with_jsonl_or_several_files() {
    for args in [
        &["--format", "timeml", "--jsonl"][..],
        &["--format=timeml", "a.txt", "b.txt"],
        &["--format", "yaml"],
    ] {
        let out = cli(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--format") && err.contains("(try --help)"),
            "{err}"
        );
    }
}
