//! `Extractor::extract_segments`: the segments cover the text in order, each entity starts in
//! its segment and slices its text, and together they give exactly `extract`'s document.

use newsmark::{Document, Extractor, Options};
use proptest::prelude::*;

fn same_as_one_call(text: &str, options: &Options) {
    let extractor = Extractor::new(options).unwrap();
    let whole = extractor.extract(text).unwrap();
    let segments = extractor.extract_segments(text).unwrap();
    let (canonical, reference_date) = (segments.canonical.clone(), segments.reference_date.clone());
    let (mut at, mut byte) = (0, 0);
    let mut entities = Vec::new();
    for segment in segments {
        assert_eq!(
            (segment.start, segment.byte_start),
            (at, byte),
            "contiguous"
        );
        (at, byte) = (segment.end, segment.byte_end);
        for e in &segment.entities {
            assert!(e.byte_start >= segment.byte_start && e.byte_start < segment.byte_end);
            assert_eq!(&text[e.byte_start..e.byte_end], e.text);
        }
        entities.extend(segment.entities);
    }
    assert_eq!(
        (at, byte),
        (text.encode_utf16().count(), text.len()),
        "covered"
    );
    let streamed = Document {
        entities,
        canonical,
        reference_date,
    };
    assert_eq!(streamed, whole);
}

#[test]
fn the_samples_many_times_over_stream_as_one_call() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            text += &std::fs::read_to_string(path).unwrap();
            text += "\n\n😀 ";
        }
    }
    let text = text.repeat(4 * newsmark::text::SEGMENT_BYTES / text.len() + 1);
    assert!(text.len() > 3 * newsmark::text::SEGMENT_BYTES);
    same_as_one_call(&text, &Options::default());
    let options = Options {
        reference_date: Some("2021-12-06".into()),
        ..Options::default()
    };
    same_as_one_call(&text, &options);
    same_as_one_call("", &options);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn any_text_across_segments_streams_as_one_call(unit in any::<String>().prop_filter("not empty", |s| !s.is_empty())) {
        let text = unit.repeat(140_000 / unit.len() + 1);
        same_as_one_call(&text, &Options::default());
    }
}
