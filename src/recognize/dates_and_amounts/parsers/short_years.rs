//! Years written other than as four digits: with two after an apostrophe ("the summer of '69",
//! "the '90s", "in '98"), in words as transcripts write them ("nineteen ninety-six", "the year
//! two thousand"), and "the year 1999" (OntoNotes train marks "'69" DATE 26 times of 27 and
//! "'90s" 16 of 16 exact, the rest inside a longer DATE; "the year 1999" whole 28 times, the
//! number alone 3).

use super::calendar_dates::{decade_at, full_year, year};
use super::spelled_years::spelled_year;
use super::{found_date as found, Found};
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::timex::DateExpr;

/// Where [`at`] can begin: the apostrophe, "the" before it or before "year", or the century
/// of a year in words.
pub const START: Start = Start {
    words: &[
        "'",
        "the",
        "two",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ],
    ..Start::NOWHERE
};

/// "'69" (1969), "'05" (2005), "the '90s", "'90s" (199), "the year 1999", "nineteen
/// ninety-six", "the year two thousand", "two thousand five".
pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    let the = view.is(i, "the");
    let k = if the { i + 1 } else { i };
    let in_year = |y: i32| DateExpr::Calendar {
        year: Some(y),
        month: None,
        day: None,
    };
    if the && view.next_is(k, "year") {
        let (y, end) = year(view, k + 1)
            .map(|y| (y, k + 2))
            .or_else(|| spelled_year(view, k + 1, true))
            .filter(|_| view.near(k + 1))?;
        return found(i, end, "date/the-year", in_year(y));
    }
    // "two thousand four", "two thousand and one" (OntoNotes train: one DATE 36 times of 36;
    // "two thousand three hundred" is a count): a year of this century's first two decades.
    if view.is(i, "two") && view.next_is(i + 1, "thousand") {
        let (y, end) = spelled_year(view, i, true)?;
        if !(2001..=2019).contains(&y) {
            return None;
        }
        return found(i, end, "date/spelled-year", in_year(y));
    }
    if !the && view.keyword(i).small_number.is_some() {
        let (y, end) = spelled_year(view, i, false)?;
        return found(i, end, "date/spelled-year", in_year(y));
    }
    // "the '90s", "the 90's", "the 1980's", "'90s": a decade.
    if let Some((start, end)) = decade_at(view, k, the).filter(|_| !the || view.near(k)) {
        return found(i, end, "date/decade", DateExpr::Decade(start));
    }
    // The apostrophe opens the number: not a closing quote or a possessive ("the boys' 90").
    if view.raw(k) != "'"
        || !view.joined(k + 1)
        || (k > 0 && view.joined(k))
        || (the && !view.near(k))
    {
        return None;
    }
    let d = k + 1;
    if view.digits(d) == 2 {
        let yy = view.num(d)?;
        // "'69" alone; "the '69" is no year.
        if the
            || (view.joined(d + 1)
                && matches!(view.raw(d + 1), "." | "," | ":" | "%")
                && view.digits(d + 2) > 0)
        {
            return None;
        }
        let expr = DateExpr::Calendar {
            year: Some(full_year(yy)),
            month: None,
            day: None,
        };
        return found(k, d + 1, "date/short-year", expr);
    }
    None
}
