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
        }
    }
}
