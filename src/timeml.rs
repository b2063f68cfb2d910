//! TimeML output: a [`Document`] and its text as a TimeML 1.2.1 XML document, each date and time
//! inline as `<TIMEX3 tid type value>`, the way TempEval-3's `.tml` files are written, so the
//! tools of the temporal-information community can read newsmark's output.
//!
//! ```
//! let options = newsmark::Options { reference_date: Some("2021-12-06".into()), ..Default::default() };
//! let text = "Talks will resume on Tuesday & last for three days.";
//! let doc = newsmark::extract(text, &options)?;
//! let xml = newsmark::timeml::to_timeml(text, &doc)?;
//! assert!(xml.contains(r#"<TIMEX3 tid="t1" type="DATE" value="2021-12-07">Tuesday</TIMEX3> &amp; last"#));
//! assert!(xml.contains(r#"<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! What is written:
//! - the XML declaration, then `<TimeML>`; when the document has a reference date, the creation
//!   time as `<DCT><TIMEX3 tid="t0" type="DATE" value="…" temporalFunction="false"
//!   functionInDocument="CREATION_TIME">…</TIMEX3></DCT>`;
//! - `<TEXT>` holding the whole input text, with a TIMEX3 around every entity that has a
//!   [`TimexType`] and a TimeML value (`tid` t1, t2, … in text order). Other entities (people,
//!   amounts, …) are left as plain text: TimeML has no element for them.
//!
//! The text inside `<TEXT>` reads back (tags removed, entities decoded) as the input exactly,
//! except for the characters XML 1.0 cannot hold at all: the control characters U+0000–U+0008,
//! U+000B, U+000C, U+000E–U+001F and the non-characters U+FFFE and U+FFFF are each replaced by
//! U+FFFD (one character for one, so character offsets stay the same). `&`, `<` and `>` are
//! escaped, and a carriage return is written `&#13;` so that XML's line-end handling does not
//! turn CRLF into LF.

use crate::candidate::RawValue;
use crate::timex::{DateExpr, DayRef};
use crate::{Document, TimexType, Value};
use std::fmt;

/// The TIMEX3 type of a recogniser's value, from its shape: lengths are DURATIONs, clock times
/// and parts of days TIMEs, every other date expression a DATE; `None` for values that are not
/// dates (numbers, money).
pub fn timex_type(raw: &RawValue) -> Option<TimexType> {
    let RawValue::Date(expr) = raw else {
        return None;
    };
    Some(match expr {
        DateExpr::Duration { .. }
        | DateExpr::Fraction { .. }
        | DateExpr::Offset { .. }
        | DateExpr::Elapsed { .. }
        | DateExpr::YearsMonths { .. } => TimexType::Duration,
        DateExpr::Set(_) => TimexType::Set,
        // "Friday night" is a DATE for TempEval-3 (train: 24 of 30), "this morning" a TIME.
        DateExpr::PartOfDay {
            day: DayRef::Weekday(..),
            ..
        } => TimexType::Date,
        DateExpr::Time { .. } | DateExpr::PartOfDay { .. } => TimexType::Time,
        DateExpr::Calendar { .. }
        | DateExpr::MonthDay { .. }
        | DateExpr::WeekdayFrom { .. }
        | DateExpr::Numeric { .. }
        | DateExpr::Month { .. }
        | DateExpr::MonthInYear { .. }
        | DateExpr::Day(_)
        | DateExpr::Weekend(_)
        | DateExpr::Relative { .. }
        | DateExpr::MentionedPeriod { .. }
        | DateExpr::Decade(_)
        | DateExpr::Century(_)
        | DateExpr::Quarter { .. }
        | DateExpr::Half { .. }
        | DateExpr::PartOfYear { .. }
        | DateExpr::Season { .. }
        | DateExpr::Vague(_) => TimexType::Date,
    })
}

/// The document does not belong to the text: an entity's offsets or text do not match it, or
/// the entities are out of order or overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MismatchedDocument(pub String);

impl fmt::Display for MismatchedDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the document does not match the text: {}", self.0)
    }
}

impl std::error::Error for MismatchedDocument {}

/// Writes `text` and the entities `doc` found in it as a TimeML document (see the module
/// documentation). Fails, without panicking, when `doc` was not extracted from `text`.
pub fn to_timeml(text: &str, doc: &Document) -> Result<String, MismatchedDocument> {
    let mut out = String::with_capacity(text.len() + text.len() / 4 + 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n",
    );
    if let Some(reference) = &doc.reference_date {
        out.push_str("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"");
        escape_attribute(&reference.date, &mut out);
        out.push_str("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        escape_text(&reference.date, &mut out);
        out.push_str("</TIMEX3></DCT>\n");
    }
    out.push_str("<TEXT>");
    let mut at = 0;
    let mut tid = 0;
    for (i, e) in doc.entities.iter().enumerate() {
        let (start, end) = (e.byte_start, e.byte_end);
        if start < at || start > end {
            return Err(MismatchedDocument(format!(
                "entities[{i}] ({start}..{end}) is out of order or overlaps the one before"
            )));
        }
        if text.get(start..end) != Some(e.text.as_str()) {
            return Err(MismatchedDocument(format!(
                "entities[{i}] {:?} is not at bytes {start}..{end} of the text",
                e.text
            )));
        }
        let (Some(kind), Some(Value::Timex(value))) = (e.timex_type, &e.value) else {
            continue;
        };
        escape_text(&text[at..start], &mut out);
        tid += 1;
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"",
            kind.as_str()
        ));
        escape_attribute(value, &mut out);
        out.push_str("\">");
        escape_text(&e.text, &mut out);
        out.push_str("</TIMEX3>");
        at = end;
    }
    escape_text(&text[at..], &mut out);
    out.push_str("</TEXT>\n</TimeML>\n");
    Ok(out)
}

/// Whether XML 1.0 can hold `c` at all (its `Char` production); Rust strings hold no surrogates.
pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Character data: `&`, `<`, `>` escaped, CR as `&#13;`, characters XML cannot hold as U+FFFD.
fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
}

/// An attribute value in double quotes: as text, plus both quotes, and tab and LF as character
/// references (a parser would turn them into spaces).
fn escape_attribute(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            c => escape_text(c.encode_utf8(&mut [0; 4]), out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Entity, Label, Options, ReferenceDate};

    fn with_reference(date: &str) -> Options {
        Options {
            reference_date: Some(date.into()),
            ..Options::default()
        }
    }

    /// Parses `xml` (panicking with the parser's message if it is not well-formed) and returns
    /// the character data of `<TEXT>` and its TIMEX3 elements as (type, value, text).
    fn read_back(xml: &str) -> (String, Vec<(String, String, String)>) {
        let parsed = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        let root = parsed.root_element();
        assert_eq!(root.tag_name().name(), "TimeML");
        let body = root
            .children()
            .find(|n| n.has_tag_name("TEXT"))
            .expect("a TEXT element");
        let mut text = String::new();
        let mut timexes = vec![];
        for n in body.children() {
            if n.is_text() {
                text.push_str(n.text().unwrap());
            } else {
                assert!(n.has_tag_name("TIMEX3"), "only TIMEX3 inside TEXT");
                let inner: String = n.children().filter_map(|c| c.text()).collect();
                text.push_str(&inner);
                let attr = |a: &str| n.attribute(a).expect(a).to_string();
                timexes.push((attr("type"), attr("value"), inner));
            }
        }
        (text, timexes)
    }

    #[test]
    fn marks_dates_times_and_durations_and_nothing_else() {
        let text = "Joe Biden met Modi at 8:45 a.m. on 7 December 2021 for three hours; \
                    shares fell 5% over two weeks.";
        let doc = extract(text, &with_reference("2021-12-06")).unwrap();
        let xml = to_timeml(text, &doc).unwrap();
        let (back, timexes) = read_back(&xml);
        assert_eq!(back, text);
        let types: Vec<_> = timexes
            .iter()
            .map(|(t, v, s)| (t.as_str(), v.as_str(), s.as_str()))
            .collect();
        assert_eq!(
            types,
            [
                ("TIME", "2021-12-07T08:45", "8:45 a.m."),
                ("DATE", "2021-12-07", "7 December 2021"),
                ("DURATION", "PT3H", "three hours"),
                ("DURATION", "P2W", "two weeks"),
            ]
        );
        assert!(xml.contains(r#"<TIMEX3 tid="t1" type="TIME""#));
        assert!(xml.contains(r#"<TIMEX3 tid="t4" type="DURATION""#));
        assert!(xml.contains(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-12-06\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">2021-12-06</TIMEX3></DCT>"
        ));
    }

    #[test]
    fn a_weekday_with_its_part_of_the_day_is_a_date_and_this_morning_a_time() {
        let text = "They met on Friday night and spoke again this morning.";
        let options = Options {
            timeml: Some(true),
            ..with_reference("2021-12-06")
        };
        let doc = extract(text, &options).unwrap();
        let (_, timexes) = read_back(&to_timeml(text, &doc).unwrap());
        let types: Vec<_> = timexes
            .iter()
            .map(|(t, _, s)| (t.as_str(), s.as_str()))
            .collect();
        assert_eq!(types, [("DATE", "Friday night"), ("TIME", "this morning")]);
    }

    #[test]
    fn escapes_markup_and_keeps_line_ends() {
        let text = "<b>Tom & \"Jerry\"</b> 'left' on\r\n7 December 2021 ]]> <!-- x --> &amp;\r";
        let doc = extract(text, &Options::default()).unwrap();
        let xml = to_timeml(text, &doc).unwrap();
        assert!(!xml.contains("<DCT>"), "no reference date, no DCT");
        assert!(xml.contains("&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt;"));
        assert!(xml.contains("on&#13;\n<TIMEX3"));
        let (back, timexes) = read_back(&xml);
        assert_eq!(back, text);
        assert_eq!(timexes.len(), 1);
    }

    #[test]
    fn replaces_what_xml_cannot_hold_one_for_one() {
        let text = "a\0b\u{1}c\u{b}\u{c}\u{1f}\u{7f}\u{fffe}\u{ffff} 😀 שלום\t7 December 2021";
        let doc = extract(text, &Options::default()).unwrap();
        let (back, _) = read_back(&to_timeml(text, &doc).unwrap());
        let expected: String = text
            .chars()
            .map(|c| if xml_char(c) { c } else { '\u{FFFD}' })
            .collect();
        assert_eq!(back, expected);
        assert_eq!(back.chars().count(), text.chars().count());
        assert!(back.contains('\u{7f}'), "DEL is a legal XML character");
    }

    #[test]
    fn escapes_attribute_values() {
        let text = "On Tuesday.";
        let mut doc = extract(text, &Options::default()).unwrap();
        doc.entities[0].value = Some(Value::Timex("a\"b'c<d>&e\tf\ng\r\0".into()));
        doc.reference_date = Some(ReferenceDate {
            date: "x\"><y".into(),
            source: "options".into(),
        });
        let xml = to_timeml(text, &doc).unwrap();
        let parsed = roxmltree::Document::parse(&xml).unwrap();
        let values: Vec<_> = parsed
            .descendants()
            .filter_map(|n| n.attribute("value"))
            .collect();
        assert_eq!(values, ["x\"><y", "a\"b'c<d>&e\tf\ng\r\u{FFFD}"]);
    }

    #[test]
    fn refuses_a_document_of_another_text() {
        let doc = extract("On 7 December 2021 it rained.", &Options::default()).unwrap();
        let err = to_timeml("On 8 December 2021 it rained.", &doc).unwrap_err();
        assert!(
            err.to_string()
                .contains("\"7 December 2021\" is not at bytes 3..18"),
            "{err}"
        );
        assert!(to_timeml("On", &doc).is_err());
        assert!(
            to_timeml("😀😀😀😀😀😀😀😀", &doc).is_err(),
            "not a char boundary: no panic"
        );
        let mut doubled = doc.clone();
        doubled.entities.push(doubled.entities[0].clone());
        let err = to_timeml("On 7 December 2021 it rained.", &doubled).unwrap_err();
        assert!(err.to_string().contains("entities[1]"), "{err}");
        let mut reversed = doc;
        reversed.entities[0].byte_end = 2;
        assert!(to_timeml("On 7 December 2021 it rained.", &reversed).is_err());
    }

    #[test]
    fn entities_without_a_timex_type_stay_text() {
        let text = "Acme Corp";
        let doc = Document {
            entities: vec![Entity {
                text: text.into(),
                label: Label::Date,
                start: 0,
                end: 9,
                byte_start: 0,
                byte_end: 9,
                value: None,
                timex_type: Some(TimexType::Date),
                points_to: None,
                entity_id: 0,
                rule: "custom/entry".into(),
                confidence: None,
            }],
            canonical: vec![],
            reference_date: None,
        };
        let (back, timexes) = read_back(&to_timeml(text, &doc).unwrap());
        assert_eq!((back.as_str(), timexes.len()), (text, 0));
    }

    #[test]
    fn empty_text_is_an_empty_text_element() {
        let doc = extract("", &Options::default()).unwrap();
        let xml = to_timeml("", &doc).unwrap();
        assert!(xml.contains("<TEXT></TEXT>"));
        assert_eq!(read_back(&xml).0, "");
    }
}
