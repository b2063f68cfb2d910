//! Years in words, as transcripts of broadcast news write them: "nineteen ninety-six",
//! "January nineteen ninety-seven", "the year two thousand" (TempEval-3 and OntoNotes mark them
//! DATE like "1996"). Read by the parsers that read a four-digit year, where that fails.

use crate::recognize::dates_and_amounts::token_view::TokenView;

/// A year in words at `i`, as transcripts write one: "nineteen ninety-six" (also "ninety -
/// six", "ninety six"), "nineteen eighty", "nineteen oh five", "twenty twenty-one"; with `thousands` also
/// "two thousand", "two thousand and one", which elsewhere count ("two thousand people"). The
/// year and the end. A century word and a multiple of ten make no number of their own, so the
/// pair is read as a year unless a magnitude follows ("nineteen ninety thousand").
pub fn spelled_year(view: &TokenView, i: usize, thousands: bool) -> Option<(i32, usize)> {
    let first = view.keyword(i).small_number?;
    if thousands && first == 2 && view.next_is(i + 1, "thousand") {
        let j = if view.next_is(i + 2, "and") {
            i + 3
        } else {
            i + 2
        };
        let (rest, end) = below_hundred(view, j).unwrap_or((0, i + 2));
        // "two thousand five hundred" is a count.
        if view.near(end) && view.keyword(end).magnitude.is_some() {
            return None;
        }
        return Some((2000 + rest as i32, end));
    }
    if !(11..=20).contains(&first) {
        return None;
    }
    let j = i + 1;
    let (rest, end) = if view.next_is(j, "oh") {
        let u = view
            .keyword(j + 1)
            .small_number
            .filter(|u| (1..10).contains(u));
        (u?, j + 2)
    } else {
        below_hundred(view, j).filter(|&(n, _)| n >= 10)?
    };
    if view.near(end) && view.keyword(end).magnitude.is_some() {
        return None;
    }
    Some(((first * 100 + rest) as i32, end))
}

/// A number below a hundred in words at `j` ("six", "sixteen", "ninety", "ninety-six"), and
/// its end.
pub(super) fn below_hundred(view: &TokenView, j: usize) -> Option<(u32, usize)> {
    let n = view
        .keyword(j)
        .small_number
        .filter(|&n| n < 100 && view.near(j))?;
    // "ninety-six", "ninety - six", and "forty eight" as transcripts also write it (OntoNotes
    // train: "nineteen forty eight" and the like one DATE 10 times of 12, 2 inside a longer one).
    if n >= 20 && n % 10 == 0 {
        let k = if view.hyphen(j + 1) { j + 2 } else { j + 1 };
        if let Some(u) = view
            .keyword(k)
            .small_number
            .filter(|u| (1..10).contains(u) && view.near(k))
        {
            return Some((n + u, k + 1));
        }
    }
    Some((n, j + 1))
}
