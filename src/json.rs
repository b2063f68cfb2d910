//! The [`Document`](crate::Document)'s JSON written straight from the linked mentions, for
//! output that is written once and dropped (the CLI): building each entity's two strings only
//! to serialise and free them is an allocation, a copy and a free per string that the output
//! does not need, and for one large input it would hold every entity at once. Native only: the
//! wasm hands out objects, not JSON.

use crate::mention::{utf16_end, Mention, Tables};
use crate::text::Utf16Cursor;
use crate::{Error, Extraction, Extractor, Label, TimexType, Value};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use std::cell::Cell;

impl Extractor {
    /// [`extract`](Self::extract)'s [`Document`](crate::Document) as it serialises, from the same extraction.
    pub(crate) fn extract_json<'a>(&self, text: &'a str) -> Result<DocumentJson<'a>, Error> {
        Ok(DocumentJson {
            text,
            extraction: self.run(text, &mut |_| {}, true)?,
        })
    }
}

/// What [`Extractor::extract_json`] gives: serialises as the [`Document`](crate::Document) would.
pub(crate) struct DocumentJson<'a> {
    text: &'a str,
    extraction: Extraction,
}

impl Serialize for DocumentJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let x = &self.extraction;
        let mut utf16 = Utf16Cursor::new(self.text);
        let entities = (x.mentions.iter()).map(move |m| {
            let start = utf16.utf16_at(m.byte_start as usize) as u32;
            entity(m, start, self.text, &x.tables, x.calibrated)
        });
        // Document's fields, in its order.
        let mut doc = serializer.serialize_struct("Document", 3)?;
        doc.serialize_field("entities", &Once(Cell::new(Some(entities))))?;
        doc.serialize_field("canonical", &x.canonical)?;
        doc.serialize_field("reference_date", &x.reference_date)?;
        doc.end()
    }
}

impl DocumentJson<'_> {
    /// The compact JSON [`Serialize`] gives (`serde_json::to_writer`), written by hand after
    /// `out`'s `{` and the fields before: each entity's keys as literals and its strings
    /// escaped in runs, where serde writes each key as an escaped string through a map.
    pub(crate) fn write_compact_fields(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        let x = &self.extraction;
        let mut utf16 = Utf16Cursor::new(self.text);
        out.extend_from_slice(b"\"entities\":[");
        for (i, m) in x.mentions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let start = utf16.utf16_at(m.byte_start as usize) as u32;
            write_entity(out, &entity(m, start, self.text, &x.tables, x.calibrated))?;
        }
        out.extend_from_slice(b"],\"canonical\":");
        serde_json::to_writer(&mut *out, &x.canonical)?;
        out.extend_from_slice(b",\"reference_date\":");
        serde_json::to_writer(&mut *out, &x.reference_date)
    }
}

/// One entity's compact JSON, the bytes `serde_json::to_writer` gives for `e`.
fn write_entity(out: &mut Vec<u8>, e: &EntityJson) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"text\":");
    write_str(out, e.text);
    out.extend_from_slice(b",\"label\":\"");
    out.extend_from_slice(e.label.as_str().as_bytes());
    out.extend_from_slice(b"\",\"start\":");
    write_uint(out, e.start);
    out.extend_from_slice(b",\"end\":");
    write_uint(out, e.end);
    out.extend_from_slice(b",\"byte_start\":");
    write_uint(out, e.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    write_uint(out, e.byte_end);
    if let Some(value) = e.value {
        out.extend_from_slice(b",\"value\":");
        serde_json::to_writer(&mut *out, value)?;
    }
    if let Some(timex_type) = e.timex_type {
        out.extend_from_slice(b",\"timex_type\":\"");
        out.extend_from_slice(timex_type.as_str().as_bytes());
        out.push(b'"');
    }
    if let Some(points_to) = e.points_to {
        out.extend_from_slice(b",\"points_to\":");
        write_str(out, points_to);
    }
    out.extend_from_slice(b",\"entity_id\":");
    write_uint(out, e.entity_id);
    out.extend_from_slice(b",\"rule\":");
    write_str(out, e.rule);
    if let Some(confidence) = e.confidence {
        out.extend_from_slice(b",\"confidence\":");
        serde_json::to_writer(&mut *out, &confidence)?;
    }
    out.push(b'}');
    Ok(())
}

/// `s` as a JSON string the way serde_json escapes it: `"`, `\\` and the control characters,
/// the runs between them copied whole.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        run = i + 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0c => b'f',
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let hex = [HEX[(b >> 4) as usize], HEX[(b & 15) as usize]];
                out.extend_from_slice(b"\\u00");
                out.extend_from_slice(&hex);
                continue;
            }
        };
        out.extend_from_slice(&[b'\\', short]);
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// `n` in decimal, without `fmt`.
fn write_uint(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// A list serialised from an iterator, once.
struct Once<I>(Cell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Once<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.take().into_iter().flatten())
    }
}

/// [`Entity`](crate::Entity)'s JSON with borrowed strings: the same fields in the same order with the same
/// omissions (the test below holds the two to the same bytes).
#[derive(Serialize)]
struct EntityJson<'a> {
    text: &'a str,
    label: Label,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timex_type: Option<TimexType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    points_to: Option<&'a str>,
    entity_id: usize,
    rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
}

/// The mention as its [`Entity`](crate::Entity) serialises.
fn entity<'a>(
    m: &'a Mention,
    start: u32,
    text: &'a str,
    tables: &'a Tables,
    calibrated: bool,
) -> EntityJson<'a> {
    EntityJson {
        text: m.text(text),
        label: m.label,
        start: start as usize,
        end: utf16_end(start, m.text(text)) as usize,
        byte_start: m.byte_start as usize,
        byte_end: m.byte_end as usize,
        value: m.value(tables),
        timex_type: m.timex_type,
        points_to: m.points_to(tables),
        entity_id: m.entity_id as usize,
        rule: m.rule(tables),
        confidence: m.confidence(calibrated),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Options};

    #[test]
    fn the_json_written_from_mentions_is_the_documents() {
        let text =
            "President Joe Biden met Xqzv Plorbin of Wuxqa Holdings in Geneva on December 7, \
                    2021. Zoë said “7.5 lakh” on Tuesday morning, 3 hours later. 😀 ";
        for options in [
            Options::default(),
            Options {
                reference_date: Some("2021-12-06".into()),
                entries: Some(vec![serde_json::from_str(
                    r#"{"text": "Wuxqa Holdings", "label": "ORG", "id": "wuxqa"}"#,
                )
                .unwrap()]),
                ..Options::default()
            },
        ] {
            let extractor = Extractor::new(&options).unwrap();
            let doc = extractor.extract(text).unwrap();
            assert!(doc.entities.iter().any(|e| e.value.is_some()));
            assert!(doc.entities.iter().any(|e| e.confidence.is_some()));
            let written = serde_json::to_string(&extractor.extract_json(text).unwrap());
            assert_eq!(written.unwrap(), serde_json::to_string(&doc).unwrap());
            let mut by_hand = b"{".to_vec();
            let json = extractor.extract_json(text).unwrap();
            json.write_compact_fields(&mut by_hand).unwrap();
            by_hand.push(b'}');
            assert_eq!(by_hand, serde_json::to_vec(&doc).unwrap());
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all_controls: String = (0..0x20u8).map(char::from).collect();
        for s in [
            "",
            "plain",
            "say \"hi\"",
            "a\\b\\",
            "tab\there\n",
            "Zoë “7.5 lakh” 😀",
            &all_controls,
        ] {
            let mut out = Vec::new();
            super::write_str(&mut out, s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for n in [0, 7, 10, 99, 100, 4_294_967_295, usize::MAX] {
            let mut out = Vec::new();
            super::write_uint(&mut out, n);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }
}
