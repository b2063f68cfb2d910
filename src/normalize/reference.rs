//! The article's own date, for when the caller gives none: a full date on a dateline or byline
//! ("date 2021-12-06", "Updated on: 5 December 2021, 8:45 IST", "First published: 5 December
//! 2021", "Published 12/06/2021"), a wire dateline ("LONDON 1996-08-30") or a date alone on
//! its line. A "published" date is preferred to an "updated" one; a date in running text never
//! counts.

use super::Valued;
use crate::candidate::RawValue;
use crate::timex::calendar::CivilDate;
use crate::timex::{DateExpr, DayRef};

/// How far before a date its line may start.
const WINDOW: usize = 80;

/// Words that, alone before a date on its line, say the date is the article's.
const MARKERS: &[&str] = &[
    "date",
    "dated",
    "published",
    "published on",
    "first published",
    "first published on",
    "posted",
    "posted on",
    "updated",
    "updated on",
    "last updated",
    "last updated on",
    "modified",
    "last modified",
];

/// A dateline: the date alone on its line, or after a place in capitals ("LONDON 1996-08-30").
fn is_dateline(text: &str, before: &str, end: usize) -> bool {
    let place = before.trim();
    // The line ends within a couple of spaces after the date (read no further: stays linear).
    let line_ends = text.as_bytes()[end..]
        .iter()
        .take(3)
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(text.len() - end < 3, |p| {
            text.as_bytes()[end..end + p].iter().all(|b| *b == b' ')
        });
    // A date alone on its line is a dateline too ("5 December 2021").
    let wire_place = place.len() <= 40
        && place.bytes().any(|b| b.is_ascii_uppercase())
        && place
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b" .,-()".contains(&b));
    line_ends && (place.is_empty() || wire_place)
}

/// The date the article states for itself, if it states one.
pub fn from_article(text: &str, candidates: &[Valued]) -> Option<CivilDate> {
    let mut found: Option<(bool, usize, CivilDate)> = None;
    for c in candidates {
        let (y, m, d) = match c.value {
            Some(RawValue::Date(DateExpr::Calendar {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            })) => (y, m, d),
            // "Published: 2021-12-05T08:45:00Z"
            Some(RawValue::Date(DateExpr::Time {
                day:
                    Some(DayRef::Date {
                        year: Some(y),
                        month,
                        day,
                    }),
                ..
            })) => (y, month, day),
            _ => continue,
        };
        let Some(date) = CivilDate::new(y, m, d) else {
            continue;
        };
        // Only the few bytes before the date are read, so this stays linear on any input.
        let (start, end) = (c.start as usize, c.end as usize);
        let mut from = start.saturating_sub(WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..start];
        let before = match window.rfind(['\n', '\r']) {
            Some(p) => &window[p + 1..],
            None if from == 0 => window,
            None => continue,
        };
        let marker = before
            .trim_end_matches(|ch: char| ch == ':' || ch == '-' || ch == '|' || ch.is_whitespace())
            .to_ascii_lowercase();
        // The marker may follow a byline on the same line: "News Agencies | Updated on:".
        let tail = marker.rsplit(['|', '•', '·']).next().unwrap_or("").trim();
        if !MARKERS.contains(&tail) && !is_dateline(text, before, end) {
            continue;
        }
        let published = tail.contains("published") || tail.starts_with("date");
        let better = match found {
            None => true,
            Some((p, first, _)) => (published && !p) || (published == p && start < first),
        };
        if better {
            found = Some((published, start, date));
        }
    }
    found.map(|(_, _, d)| d)
}
