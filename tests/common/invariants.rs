//! What every extraction result must satisfy, whatever the input: the contract users rely on.
//! Shared by the property tests, the hostile-input table and the fuzz targets (included by path).

use newsmark::{Document, Label, Value};
use regex_lite::Regex;
use std::sync::OnceLock;

/// A TimeML (TIMEX3) `value`: a date at any precision (with `X` for unknown digits), an optional
/// time of day and zone, a duration, or one of the reference tokens.
fn timex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = r"[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-WE|-[1-7])?|Q[1-4X]|H[12X]|SU|SP|FA|WI))?";
        let time = r"T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2}(?:\.[0-9]+)?)?)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?";
        let duration = r"P(?:(?:[0-9X]+(?:\.[0-9]+)?[YMWD]|DE|CE|ML)+(?:T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)?|T(?:[0-9X]+(?:\.[0-9]+)?[HMS])+)";
        Regex::new(&format!(
            r"^(?:(?:{date})(?:{time})?|{time}|{duration}|PRESENT_REF|PAST_REF|FUTURE_REF)$"
        ))
        .unwrap()
    })
}

/// Checks `doc` against `text`; the error names the first broken rule and the entity.
pub fn check(text: &str, doc: &Document) -> Result<(), String> {
    let mut previous_end = 0;
    // UTF-16 length of text[..byte], counted forward from the previous entity's end (linear).
    let (mut counted_bytes, mut counted_units) = (0, 0);
    let mut utf16 = |byte: usize| {
        counted_units += text[counted_bytes..byte].encode_utf16().count();
        counted_bytes = byte;
        counted_units
    };
    for (i, e) in doc.entities.iter().enumerate() {
        let at = format!("entity {i} {e:?}");
        if e.byte_start >= e.byte_end {
            return Err(format!("{at}: empty or reversed span"));
        }
        if e.byte_start < previous_end {
            return Err(format!("{at}: not sorted or overlaps the previous entity"));
        }
        previous_end = e.byte_end;
        let Some(slice) = text.get(e.byte_start..e.byte_end) else {
            return Err(format!(
                "{at}: byte offsets out of range or not on char boundaries"
            ));
        };
        if slice != e.text {
            return Err(format!("{at}: text[byte_start..byte_end] is {slice:?}"));
        }
        let expected = (utf16(e.byte_start), utf16(e.byte_end));
        if (e.start, e.end) != expected {
            return Err(format!("{at}: UTF-16 offsets should be {expected:?}"));
        }
        if e.text.trim() != e.text || e.text.trim().is_empty() {
            return Err(format!("{at}: span starts or ends with white space"));
        }
        check_value(e.label, e.value.as_ref()).map_err(|m| format!("{at}: {m}"))?;
        if e.confidence.is_some_and(|c| !(0.0..=1.0).contains(&c)) {
            return Err(format!("{at}: confidence outside [0, 1]"));
        }
        let Some(canonical) = doc.canonical.get(e.entity_id) else {
            return Err(format!("{at}: entity_id out of range"));
        };
        if canonical.label != e.label || !canonical.mentions.contains(&i) {
            return Err(format!("{at}: its canonical entity does not list it"));
        }
    }
    let mut mentioned = vec![false; doc.entities.len()];
    for (id, c) in doc.canonical.iter().enumerate() {
        if c.id != id || c.mentions.is_empty() {
            return Err(format!("canonical {id} {c:?}: wrong id or no mentions"));
        }
        if !(0.0..=1.0).contains(&c.salience) {
            return Err(format!("canonical {id} {c:?}: salience outside [0, 1]"));
        }
        for &m in &c.mentions {
            if doc.entities.get(m).map(|e| e.entity_id) != Some(id) || mentioned[m] {
                return Err(format!("canonical {id} {c:?}: mention {m} is not its own"));
            }
            mentioned[m] = true;
        }
    }
    Ok(())
}

fn check_value(label: Label, value: Option<&Value>) -> Result<(), String> {
    let finite = |x: &f64| x.is_finite();
    match (label, value) {
        (_, None) => Ok(()),
        (Label::Date | Label::Time, Some(Value::Timex(v))) if timex().is_match(v) => Ok(()),
        (Label::Cardinal | Label::Ordinal | Label::Percent, Some(Value::Number(n)))
            if finite(n) =>
        {
            Ok(())
        }
        (Label::Money, Some(Value::Money { amount, currency }))
            if finite(amount)
                && currency.len() == 3
                && currency.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            Ok(())
        }
        (Label::Quantity, Some(Value::Quantity { amount, unit }))
            if finite(amount) && !unit.trim().is_empty() =>
        {
            Ok(())
        }
        (label, Some(v)) => Err(format!("value {v:?} is not a well-formed {label} value")),
    }
}
