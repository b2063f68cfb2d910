//! Explicit calendar dates: "16 June 2021", "June 16, 2021", "Dec. 7", "7 December",
//! "2021-12-06", "June 2021".
//!
//! One regex with a named group per field, so each form is a branch and each match says which
//! fields the text gave. Boundaries follow TimeML: the date alone, without "on" or "the".

use super::{Candidate, Context, RawValue, Recognizer};
use crate::normalize::calendar::CivilDate;
use crate::normalize::temporal::DateExpr;
use crate::Label;
use regex::{Captures, Regex};

const MONTH: &str = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

pub struct Dates {
    pattern: Regex,
}

impl Dates {
    pub fn new() -> Self {
        let day = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
        let year = r"(?:1[6-9]|20)[0-9]{2}";
        let pattern = format!(
            r"(?i)\b(?:(?P<iy>{year})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])\b|(?P<d1>{day})(?:\s+of)?\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{year}))?|(?P<m2>{MONTH})\s+(?P<d2>{day})(?:,?\s+(?P<y2>{year}))?|(?P<m3>{MONTH})\s+(?P<y3>{year}))\b"
        );
        Dates {
            pattern: Regex::new(&pattern).expect("date pattern is valid"),
        }
    }
}

impl Default for Dates {
    fn default() -> Self {
        Self::new()
    }
}

fn month_number(name: &str) -> Option<u32> {
    let prefix = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| *m == prefix)
        .map(|i| i as u32 + 1)
}

fn number(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name)?
        .as_str()
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// The fields of one match, checked against the calendar; `None` for "31 February".
fn fields(caps: &Captures) -> Option<(&'static str, Option<i32>, u32, Option<u32>)> {
    let (rule, y, m, d) = if caps.name("iy").is_some() {
        (
            "date/iso",
            number(caps, "iy"),
            number(caps, "im")?,
            number(caps, "id"),
        )
    } else if let Some(m) = caps.name("m1") {
        (
            "date/day-month-year",
            number(caps, "y1"),
            month_number(m.as_str())?,
            number(caps, "d1"),
        )
    } else if let Some(m) = caps.name("m2") {
        (
            "date/month-day-year",
            number(caps, "y2"),
            month_number(m.as_str())?,
            number(caps, "d2"),
        )
    } else {
        (
            "date/month-year",
            number(caps, "y3"),
            month_number(caps.name("m3")?.as_str())?,
            None,
        )
    };
    let y = y.map(|y| y as i32);
    if let Some(d) = d {
        // 2020 is a leap year, so a date without a year is checked leniently.
        CivilDate::new(y.unwrap_or(2020), m, d)?;
    }
    Some((rule, y, m, d))
}

impl Recognizer for Dates {
    fn name(&self) -> &'static str {
        "date"
    }

    fn recognize(&self, cx: &Context, out: &mut Vec<Candidate>) {
        for caps in self.pattern.captures_iter(cx.text) {
            let whole = caps.get(0).expect("group 0 always matches");
            let Some((rule, year, month, day)) = fields(&caps) else {
                continue;
            };
            // "may 7" in lower case is more often the verb; months written in lower case must
            // carry a day and a year to count.
            let starts_lower = whole.as_str().starts_with(|c: char| c.is_lowercase());
            if starts_lower && rule != "date/iso" && (year.is_none() || day.is_none()) {
                continue;
            }
            out.push(Candidate {
                start: whole.start(),
                end: whole.end(),
                label: Label::Date,
                rule,
                priority: 10,
                value: Some(RawValue::Date(DateExpr::Calendar {
                    year,
                    month: Some(month),
                    day,
                })),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{split_sentences, tokenize};

    fn dates(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let mut out = Vec::new();
        Dates::new().recognize(
            &Context {
                text,
                tokens: &tokens,
                sentences: &sentences,
            },
            &mut out,
        );
        let reference = CivilDate::parse_iso("2021-12-06");
        out.iter()
            .map(|c| {
                let Some(RawValue::Date(e)) = &c.value else {
                    panic!("dates carry a date")
                };
                (text[c.start..c.end].to_string(), e.resolve(reference))
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn reads_every_common_news_form() {
        let cases = [
            ("the summit on 16 June 2021.", "16 June 2021", "2021-06-16"),
            ("on June 16, 2021, they met", "June 16, 2021", "2021-06-16"),
            ("a call on December 7", "December 7", "2021-12-07"),
            ("due Dec. 7 at noon", "Dec. 7", "2021-12-07"),
            ("by the 7th of December", "7th of December", "2021-12-07"),
            ("date 2021-12-06 Moscow", "2021-12-06", "2021-12-06"),
            ("in June 2021 there", "June 2021", "2021-06"),
        ];
        for (text, span, value) in cases {
            assert_eq!(dates(text), pairs(&[(span, value)]), "in {text:?}");
        }
    }

    #[test]
    fn rejects_impossible_and_verb_like_dates() {
        assert!(dates("on 31 February 2021").is_empty());
        assert!(dates("2021-13-01").is_empty());
        assert!(dates("Putin may 7 times").is_empty());
        assert!(
            dates("the year 2021").is_empty(),
            "bare years belong to the full date recogniser"
        );
    }
}
