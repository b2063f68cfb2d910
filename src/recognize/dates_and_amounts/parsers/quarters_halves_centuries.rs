//! Parts of a year and centuries, named by their number: "Q3 2021", "the third quarter",
//! "third-quarter", "the fiscal first quarter", "the fourth quarter of 2021", "the first half",
//! "the first half of this year", "the 20th century".

use super::calendar_dates::year;
use super::{found_date as found, Found};
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::offset_word;
use crate::timex::DateExpr;

/// Where [`quarter`] and [`century`] can begin: "Q3", a year or an ordinal, or "the", "fiscal".
pub const START: Start = Start {
    numbers: true,
    ordinals: true,
    words: &["the", "fiscal", "q1", "q2", "q3", "q4"],
    ..Start::NOWHERE
};

/// "Q3 2021", "the third quarter", "third-quarter", "the fiscal first quarter",
/// "the fourth quarter of 2021", "the first half".
pub fn quarter(view: &TokenView, i: usize) -> Option<Found> {
    // "Q3", "Q3 2021"
    if let Some(q) = view
        .low(i)
        .strip_prefix('q')
        .and_then(|d| d.parse::<u8>().ok())
    {
        if !(1..=4).contains(&q) || !view.capitalised(i) {
            return None;
        }
        let (y, end) = match year(view, i + 1).filter(|_| view.near(i + 1)) {
            Some(y) => (Some(y), i + 2),
            None => (None, i + 1),
        };
        let expr = DateExpr::Quarter {
            year: y,
            quarter: q,
        };
        return found(i, end, "date/quarter", expr);
    }
    let mut k = i;
    let the = view.is(k, "the");
    if the {
        k += 1;
    }
    let year_before = year(view, k).filter(|_| view.near(k + 1));
    if year_before.is_some() {
        k += 1;
    }
    if view.is(k, "fiscal") {
        k += 1;
    }
    let n = view.keyword(k).ordinal.filter(|_| k == i || view.near(k))?;
    k += 1;
    // "third-quarter", and "third - quarter" as tokenised text writes it.
    let hyphenated = view.hyphen(k);
    if hyphenated {
        k += 1;
    }
    let half = match view.low(k) {
        "quarter" => false,
        "half" => true,
        _ => return None,
    };
    if !view.near(k) || n > if half { 2 } else { 4 } {
        return None;
    }
    k += 1;
    // "fiscal 1991's first quarter": the year owns the quarter, and stays a DATE of its own.
    let owned = i >= 3 && view.raw(i - 2) == "'" && view.joined(i - 2) && view.is(i - 1, "s");
    let owner = owned.then(|| self::year(view, i - 3)).flatten();
    // "this year's third quarter", "next year's first half": one DATE in both corpora
    // (OntoNotes train 7 of 7, TempEval-3 train 4 of 4).
    if owned && i >= 4 && !the && year_before.is_none() && view.is(i - 3, "year") {
        if let Some(year_offset) = offset_word(view.low(i - 4)).filter(|_| view.near(i - 3)) {
            let expr = DateExpr::PartOfYear {
                n: n as u8,
                half,
                year_offset,
            };
            return found(i - 4, k, "date/quarter-of-year", expr);
        }
    }
    let mut year = year_before.or(owner);
    if year.is_none() && view.next_is(k, "of") {
        if let Some(y) = self::year(view, k + 1).filter(|_| view.near(k + 1)) {
            year = Some(y);
            k += 2;
        } else if let Some(year_offset) = year_named(view, k + 1) {
            // "the first half of this year", "the third quarter of next year": one DATE
            // (OntoNotes train 22 of 24; "of the year" 1 of 1, too few to change that row).
            let expr = DateExpr::PartOfYear {
                n: n as u8,
                half,
                year_offset,
            };
            return found(i, k + 3, "date/quarter-of-year", expr);
        }
    }
    let expr = if half {
        DateExpr::Half {
            year,
            half: n as u8,
        }
    } else {
        DateExpr::Quarter {
            year,
            quarter: n as u8,
        }
    };
    // "the third-quarter results": the article belongs to the noun.
    let start = if the && hyphenated && year_before.is_none() {
        i + 1
    } else {
        i
    };
    found(start, k, "date/quarter", expr)
}

/// "the 20th century", "21st century", "the nineteenth century", "a 16th-century town" (also
/// "16th - century", as tokenised text writes it).
pub fn century(view: &TokenView, i: usize) -> Option<Found> {
    let k = if view.is(i, "the") { i + 1 } else { i };
    let n = match view.digits_then_letters(k) {
        Some((n, "st" | "nd" | "rd" | "th")) => n,
        _ => view.keyword(k).ordinal?,
    };
    let c = if view.hyphen(k + 1) { k + 2 } else { k + 1 };
    if !(view.is(c, "century") && view.near(c) && (1..=21).contains(&n) && (k == i || view.near(k)))
    {
        return None;
    }
    found(i, c + 1, "date/century", DateExpr::Century(n as i32))
}

/// "this year", "last year", "next year" at `i`: the year counted from the reference.
pub fn year_named(view: &TokenView, i: usize) -> Option<i32> {
    let offset = offset_word(view.low(i))?;
    (view.near(i) && view.next_is(i + 1, "year")).then_some(offset)
}
