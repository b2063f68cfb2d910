//! Hostile input: each case is text someone could paste or send, with what the result must be.
//! Every case also keeps the whole contract (`common/invariants.rs`) and must not panic.
//! Sizes here are a few MB so the suite stays fast; `make bench` runs the 10 MB versions and
//! shows that time grows linearly with size.

mod common;

use common::invariants::check;
use newsmark::{extract, Document, Error, Extractor, Label, Options, MAX_INPUT_BYTES};

const MB: usize = 1 << 20;

fn run(text: &str) -> Document {
    let doc = extract(text, &Options::default()).expect("accepted");
    if let Err(broken) = check(text, &doc) {
        let shown: String = text.chars().take(200).collect();
        panic!("{broken}\ninput starts {shown:?}");
    }
    doc
}

fn found(doc: &Document) -> Vec<(&str, Label)> {
    doc.entities
        .iter()
        .map(|e| (e.text.as_str(), e.label))
        .collect()
}

/// The entities of a plain sentence, to compare against its hostile variants.
const PLAIN: &str = "President Joe Biden spoke on 7 December 2021.";

fn plain_entities() -> Vec<(String, Label)> {
    run(PLAIN)
        .entities
        .into_iter()
        .map(|e| (e.text, e.label))
        .collect()
}

fn assert_same_entities(text: &str) {
    let doc = run(text);
    let got: Vec<(String, Label)> = doc
        .entities
        .into_iter()
        .map(|e| (e.text, e.label))
        .collect();
    assert_eq!(got, plain_entities(), "in {text:?}");
}

#[test]
fn the_plain_sentence_finds_what_the_variants_must_find() {
    let entities = plain_entities();
    assert!(
        entities.contains(&("Joe Biden".into(), Label::Person)),
        "{entities:?}"
    );
    assert!(
        entities.contains(&("7 December 2021".into(), Label::Date)),
        "{entities:?}"
    );
}

#[test]
fn empty_and_one_character_texts() {
    assert!(run("").entities.is_empty());
    assert!(run("").canonical.is_empty());
    for c in [
        '.',
        ' ',
        '\n',
        '\0',
        '\u{301}',
        '\u{200d}',
        '\u{feff}',
        '\u{fffd}',
        '\u{10ffff}',
        '😀',
    ] {
        assert!(run(&c.to_string()).entities.is_empty(), "{c:?}");
    }
    for c in ['a', 'A', '7', 'é', '日'] {
        run(&c.to_string());
    }
}

#[test]
fn megabytes_without_a_space() {
    assert!(run(&"a".repeat(3 * MB)).entities.is_empty());
    run(&"Biden".repeat(MB / 2));
    run(&"7December2021".repeat(MB / 13));
    assert!(run(&"é".repeat(MB)).entities.is_empty());
}

#[test]
fn megabytes_of_capitals() {
    run(&"A".repeat(3 * MB));
    run(&"BIDEN PUTIN ".repeat(MB / 12));
    run(&"Joe Biden Putin Modi ".repeat(MB / 21));
    run(&"PRESIDENT JOE BIDEN ".repeat(MB / 20));
    run(&"President ".repeat(MB / 10));
}

#[test]
fn deep_punctuation_runs() {
    for run_of in [
        ".", "(", ")", "-", "?!", "\"", "’", ",", "…", "/", "\\", "<>",
    ] {
        assert!(
            run(&run_of.repeat(MB / run_of.len())).entities.is_empty(),
            "{run_of:?}"
        );
    }
    assert_same_entities(&format!(
        "{}{PLAIN}{}",
        "(".repeat(10_000),
        ")".repeat(10_000)
    ));
}

#[test]
fn nul_and_control_characters() {
    assert!(run(&"\0".repeat(MB)).entities.is_empty());
    let controls: String = (0u8..32)
        .map(char::from)
        .chain(['\u{7f}', '\u{85}', '\u{9c}'])
        .collect();
    assert!(run(&controls.repeat(10_000)).entities.is_empty());
    assert_same_entities(&format!("\0{PLAIN}\u{7}\u{1b}[0m"));
    let doc = run("President\0Joe Biden");
    assert!(
        found(&doc).iter().all(|(t, _)| !t.contains('\0')),
        "{doc:?}"
    );
}

#[test]
fn byte_order_mark_and_line_ends() {
    assert_same_entities(&format!("\u{feff}{PLAIN}"));
    let with_bom = run(&format!("\u{feff}{PLAIN}"));
    let biden = with_bom
        .entities
        .iter()
        .find(|e| e.text == "Joe Biden")
        .unwrap();
    assert_eq!(
        (biden.start, biden.byte_start),
        (11, 13),
        "the BOM is 1 UTF-16 unit, 3 bytes"
    );
    assert_same_entities(&PLAIN.replace("spoke", "spoke\r\n"));
    assert_same_entities(&PLAIN.replace("spoke", "spoke\r"));
    assert_same_entities(&format!("{PLAIN}\r\n\r\n"));
    run(&"\r".repeat(MB));
    run(&"\r\n".repeat(MB / 2));
    run(&"\u{2028}\u{2029}\u{85}".repeat(100_000));
}

#[test]
fn right_to_left_and_mixed_scripts() {
    assert_same_entities(&format!("שלום עולם {PLAIN} مرحبا بالعالم"));
    assert_same_entities(&format!("\u{202e}{PLAIN}\u{202c}"));
    assert_same_entities(&format!("\u{200f}مرحبا\u{200e} {PLAIN}"));
    run(&"مرحبا بالعالم שלום 日本語 Ελληνικά русский ".repeat(20_000));
}

#[test]
fn emoji_sequences_stay_whole() {
    assert_same_entities(&format!("👩🏽‍💻 {PLAIN} 👍🏿 🏳️‍🌈 🇺🇸"));
    run(&"👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈🇺🇸".repeat(50_000));
    run(&"\u{200d}".repeat(MB / 3));
    run(&"🏽".repeat(MB / 4));
}

#[test]
fn combining_marks_stay_with_their_letter() {
    let text = "President Jose\u{301} Marti\u{301} spoke.";
    let doc = run(text);
    assert!(
        found(&doc).contains(&("Jose\u{301} Marti\u{301}", Label::Person)),
        "{doc:?}"
    );
    let zalgo = format!(
        "President J{}oe Biden",
        "\u{301}\u{316}\u{35c}".repeat(1000)
    );
    run(&zalgo);
    run(&"\u{301}".repeat(MB / 2));
    run(&format!("e{}", "\u{301}".repeat(MB / 2)));
}

#[test]
fn shapes_that_make_backtracking_patterns_explode() {
    // Each repeats a prefix of what a date or a title-and-name pattern matches, never completing.
    let shapes = [
        "June ",
        "16 ",
        "16 of ",
        "June 16, ",
        "Dec. ",
        "31st of ",
        "2021-",
        "2021-12-",
        "1",
        "may ",
        "President ",
        "Prime Minister ",
        "President Joe ",
        "de van ",
        "Dr. Dr. ",
        "Secretary - General ",
        "sep",
        "t",
        "January",
        "Jan.",
        "7th 7th ",
    ];
    for shape in shapes {
        run(&shape.repeat(200_000 / shape.len()));
    }
}

#[test]
fn a_title_is_not_a_name() {
    let doc = run(&format!("{}Joe Biden", "President ".repeat(10_000)));
    assert!(
        found(&doc)
            .iter()
            .all(|(t, l)| *l != Label::Person || *t == "Joe Biden"),
        "{:?}",
        &doc.entities[..2]
    );
    assert!(
        found(&doc).contains(&("Joe Biden", Label::Person)),
        "{:?}",
        doc.entities.last()
    );
}

#[test]
fn a_long_real_article_keeps_every_copy_found() {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/samples/white-house-video-call-2021-12-05.txt"
    ))
    .unwrap();
    let copies = 2 * MB / article.len();
    let doc = run(&vec![article.as_str(); copies].join("\n\n"));
    let people = doc
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .count();
    assert!(people >= copies, "{people} people in {copies} copies");
}

#[test]
fn input_above_the_limit_is_a_clear_error() {
    let text = " ".repeat(MAX_INPUT_BYTES + 1);
    let err = Extractor::new(&Options::default())
        .unwrap()
        .extract(&text)
        .unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            bytes: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES
        }
    );
    assert!(err.to_string().contains("larger than the limit"), "{err}");
}

/// A long text is read in 64 KB segments; a segment ends at a line break, so no date, amount or
/// title is cut in two and each is found in every copy of a paragraph, whatever the copy's place.
#[test]
fn long_texts_lose_nothing_at_segment_ends() {
    let paragraph = "On 7 December 2021 President Joe Biden said $4.5 billion would go to Kyiv within three weeks.\n";
    let copies = 3 * newsmark::text::SEGMENT_BYTES / paragraph.len();
    let text = paragraph.repeat(copies);
    let doc = run(&text);
    for (label, per_paragraph) in [(Label::Date, 2), (Label::Money, 1), (Label::Title, 1)] {
        let n = doc.entities.iter().filter(|e| e.label == label).count();
        assert_eq!(n, copies * per_paragraph, "{label:?} in {copies} copies");
    }
}
