//! Numeric dates that read both ways ("12/06/2021": 6 December or 12 June). The caller may say
//! which order its texts use (`Options::day_first`); otherwise the article decides: a numeric
//! date elsewhere in it that reads only one way ("25/12/2021" is day first) sets the order for
//! all, and with no such date, month first (the US order of most English news wires).

use crate::candidate::{Candidate, RawValue};
use crate::timex::DateExpr;

/// Replaces every two-way numeric date in `candidates` by its calendar date in the order the
/// options or the document give.
pub fn settle(candidates: &mut [Candidate], day_first: Option<bool>) {
    let day_first = day_first.unwrap_or_else(|| {
        let (mut day, mut month) = (0, 0);
        for c in candidates.iter() {
            match c.rule {
                "date/numeric-day-first" => day += 1,
                "date/numeric-month-first" => month += 1,
                _ => {}
            }
        }
        day > month
    });
    for c in candidates.iter_mut() {
        if let Some(RawValue::Date(DateExpr::Numeric {
            first,
            second,
            year,
        })) = c.value
        {
            let (month, day) = if day_first {
                (second, first)
            } else {
                (first, second)
            };
            c.value = Some(RawValue::Date(DateExpr::Calendar {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            }));
        }
    }
}
