//! Dates as the text states them, and their TimeML values.
//!
//! A [`DateExpr`] keeps only the fields the text gave ("December 7" has no year). Resolution
//! fills what is missing from the reference date and writes the TimeML `value` at the precision
//! of the text: `2021-12-07`, `2021-12`, `2021`. Without a reference date, missing fields stay
//! unresolved as TimeML writes them: `XXXX-12-07`.

use super::calendar::{days_in_month, CivilDate};

/// A date expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// Calendar fields as written; at least one is present, and a day comes with a month.
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
}

impl DateExpr {
    /// The TimeML value, resolved against `reference` where the text leaves fields out.
    pub fn resolve(&self, reference: Option<CivilDate>) -> String {
        match *self {
            DateExpr::Calendar { year, month, day } => {
                let year =
                    year.or_else(|| Some(nearest_year(reference?, month?, day.unwrap_or(1))));
                let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                match (month, day) {
                    (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
                    (Some(m), None) => format!("{y}-{m:02}"),
                    _ => y,
                }
            }
        }
    }
}

/// The year that puts month/day closest to the reference date: "December 7" read on
/// 2021-01-03 is 2020-12-07, read on 2021-12-06 it is 2021-12-07.
fn nearest_year(reference: CivilDate, month: u32, day: u32) -> i32 {
    let ry = reference.year();
    let distance = |y: i32| {
        // 29 February resolves only in leap years; elsewhere it counts as the last day of February.
        let d = day.min(days_in_month(y, month as u8) as u32);
        CivilDate::new(y, month, d).map_or(i64::MAX, |date| {
            (date.to_days() - reference.to_days()).abs()
        })
    };
    [ry - 1, ry, ry + 1]
        .into_iter()
        .min_by_key(|&y| (distance(y), (y - ry).abs()))
        .unwrap_or(ry)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<CivilDate> {
        CivilDate::parse_iso(s)
    }

    #[test]
    fn keeps_the_precision_the_text_gives() {
        let cal = |year, month, day| DateExpr::Calendar { year, month, day };
        assert_eq!(
            cal(Some(2021), Some(6), Some(16)).resolve(None),
            "2021-06-16"
        );
        assert_eq!(cal(Some(2021), Some(6), None).resolve(None), "2021-06");
        assert_eq!(cal(Some(1999), None, None).resolve(None), "1999");
    }

    #[test]
    fn fills_a_missing_year_from_the_nearest_reference_year() {
        let dec7 = DateExpr::Calendar {
            year: None,
            month: Some(12),
            day: Some(7),
        };
        assert_eq!(dec7.resolve(date("2021-12-06")), "2021-12-07");
        assert_eq!(dec7.resolve(date("2021-01-03")), "2020-12-07");
        assert_eq!(
            dec7.resolve(None),
            "XXXX-12-07",
            "no reference: unresolved, never today's year"
        );
    }
}
