//! Dates by day, month and year as words and numbers: "16 June 2021", "June 16, 2021",
//! "Dec. 7", "7th of December", "Friday, Oct. 23", "June 2021", "June this year", "January",
//! "early December", "mid-2021", "in 2019", "fiscal 2022", "the 1990s".
//!
//! Month names count only when capitalised ("may", "march" are verbs); "May" alone only after a
//! word that introduces a date ("in May"), since it is also a name and a modal verb.

use super::spelled_years::spelled_year;
use super::{found_date as found, Found};
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::{counted_noun, offset_word, spelled_decade};
use crate::recognize::Mode;
use crate::timex::calendar::CivilDate;
use crate::timex::{DateExpr, Lean};

/// Where [`calendar`], [`weekday_then_date`] and [`with_modifier`] can begin: a number, a month,
/// a weekday (or its short form), or a word that a modifier or a year begins with.
pub const START: Start = Start {
    numbers: true,
    months: true,
    weekdays: true,
    words: &[
        "the", "early", "late", "mid", "end", "fiscal", "mon", "tue", "wed", "thu", "fri", "sat",
        "sun",
    ],
    ..Start::NOWHERE
};

/// Weekdays as time stamps write them ("Wed Jan 31 11:16:04 2007"), read only before a date.
const SHORT_WEEKDAYS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn calendar_expr(year: Option<i32>, month: u32, day: Option<u32>) -> Option<DateExpr> {
    if let Some(d) = day {
        // 2020 is a leap year, so a date without a year is checked leniently.
        CivilDate::new(year.unwrap_or(2020), month, d)?;
    }
    Some(DateExpr::Calendar {
        year,
        month: Some(month),
        day,
    })
}

/// A month and day without a year takes the sentence's tense into account.
fn with_lean(view: &TokenView, i: usize, expr: DateExpr) -> DateExpr {
    match expr {
        DateExpr::Calendar {
            year: None,
            month: Some(month),
            day: Some(day),
        } => DateExpr::MonthDay {
            month,
            day,
            lean: lean_at(view, i),
        },
        other => other,
    }
}

/// How a date is written here; its rule is `date/<form>`. The readings that extend a date
/// ("Friday, Oct. 23", "early December") take only some forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    DayMonthYear,
    MonthDayYear,
    MonthYear,
    MonthRelativeYear,
    Month,
    Year,
    FiscalYear,
    Decade,
}

impl Form {
    fn rule(self) -> &'static str {
        match self {
            Form::DayMonthYear => "date/day-month-year",
            Form::MonthDayYear => "date/month-day-year",
            Form::MonthYear => "date/month-year",
            Form::MonthRelativeYear => "date/month-relative-year",
            Form::Month => "date/month",
            Form::Year => "date/year",
            Form::FiscalYear => "date/fiscal-year",
            Form::Decade => "date/decade",
        }
    }
}

/// A date in `form`, as [`read`] returns it.
fn dated(start: usize, end: usize, form: Form, expr: DateExpr) -> Option<(Form, Found)> {
    Some((form, found(start, end, form.rule(), expr)?))
}

/// Day-month-year, month-day-year, month-year, a month with a relative year, a month alone,
/// and years.
pub fn calendar(view: &TokenView, i: usize) -> Option<Found> {
    read(view, i).map(|(_, f)| f)
}

/// The year a two-digit one names: "'49" is 2049, "'50" 1950.
pub fn full_year(yy: u32) -> i32 {
    (yy as i32) + if yy < 50 { 2000 } else { 1900 }
}

/// A four-digit year token, 1000–2099.
pub fn year(view: &TokenView, i: usize) -> Option<i32> {
    (view.digits(i) == 4)
        .then(|| view.num(i))
        .flatten()
        .filter(|y| (1000..2100).contains(y))
        .map(|y| y as i32)
}

/// A capitalised month name at `i` (with its abbreviation's full stop): month and next token.
fn month_at(view: &TokenView, i: usize) -> Option<(u32, usize)> {
    if !view.capitalised(i) {
        return None;
    }
    let w = view.low(i);
    let m = view.keyword(i).month?;
    let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
    let next = if abbreviated {
        view.skip_dot(i + 1)
    } else {
        i + 1
    };
    Some((m, next))
}

/// A day of the month at `i`: "7", "07", "7th", "seventh" is not read (rare in news).
pub fn day_at(view: &TokenView, i: usize) -> Option<u32> {
    let d = match view.digits(i) {
        1 | 2 => view.num(i)?,
        _ => {
            let (n, suffix) = view.digits_then_letters(i)?;
            matches!(suffix, "st" | "nd" | "rd" | "th").then_some(n)?
        }
    };
    (1..=31).contains(&d).then_some(d)
}

/// A day written as a lower-case ordinal word after a month, "July fifth" (OntoNotes train: 34
/// of 44 such phrasings one DATE, 5 an EVENT "July Fourth", capitalised); not the first word of
/// a compound ("March first-quarter sales").
/// Also "twenty - fifth", "thirty-first", "twenty fifth" (train: a month then such a compound
/// one DATE 5 times of 6, once inside a longer one). The day and the token after it.
fn spelled_day(view: &TokenView, i: usize) -> Option<(u32, usize)> {
    if view.capitalised(i) {
        return None;
    }
    let (tens, i) = match view.keyword(i).small_number {
        Some(tens @ (20 | 30)) => (tens, if view.hyphen(i + 1) { i + 2 } else { i + 1 }),
        _ => (0, i),
    };
    let unit = view
        .keyword(i)
        .ordinal
        .filter(|&u| view.near(i) && (tens == 0 || u < 10))?;
    let d = tens + unit;
    let compound =
        view.raw(i + 1) == "-" || view.next_is(i + 1, "quarter") || view.next_is(i + 1, "half");
    (!compound && (1..=31).contains(&d)).then_some((d, i + 1))
}

/// Whether the token at `i` is followed by something that makes a number at `i` part of a
/// time or a longer number ("7:30", "7.5").
fn continues_number(view: &TokenView, i: usize) -> bool {
    view.joined(i + 1)
        && matches!(view.raw(i + 1), ":" | "." | ",")
        && view.joined(i + 2)
        && view.digits(i + 2) > 0
}

/// Optional ", 2021" / " 2021" after a month-day: the year and the end.
pub fn trailing_year(view: &TokenView, j: usize) -> (Option<i32>, usize) {
    let k = if view.raw(j) == "," && view.joined(j) {
        j + 1
    } else {
        j
    };
    if let Some(y) = year(view, k).filter(|_| view.near(k) && !continues_number(view, k)) {
        return (Some(y), k + 1);
    }
    // "March eighth, nineteen ninety-eight"
    match spelled_year(view, k, true).filter(|_| view.near(k)) {
        Some((y, end)) => (Some(y), end),
        None => (None, j),
    }
}

/// [`calendar`], with the form it read.
fn read(view: &TokenView, i: usize) -> Option<(Form, Found)> {
    // "16 June 2021", "7th of December"
    if let Some(d) = day_at(view, i).filter(|_| !continues_number(view, i)) {
        let j = if view.next_is(i + 1, "of") {
            i + 2
        } else {
            i + 1
        };
        if let Some((m, next)) = view.near(j).then(|| month_at(view, j)).flatten() {
            if let Some(f) = in_relative_year(view, i, next, m, d) {
                return Some(f);
            }
            let (y, end) = trailing_year(view, next);
            let expr = with_lean(view, i, calendar_expr(y, m, Some(d))?);
            return dated(i, end, Form::DayMonthYear, expr);
        }
    }
    if let Some((m, next)) = month_at(view, i) {
        // "June 16, 2021", "Dec. 7", "July fifth"
        if let Some((d, after)) = view
            .near(next)
            .then(|| {
                day_at(view, next)
                    .map(|d| (d, next + 1))
                    .or_else(|| spelled_day(view, next))
            })
            .flatten()
            .filter(|_| !continues_number(view, next))
        {
            if let Some(f) = in_relative_year(view, i, after, m, d) {
                return Some(f);
            }
            let (y, end) = trailing_year(view, after);
            if let Some(f) = pointed_month_day(view, i, after, m, d).filter(|_| y.is_none()) {
                return Some(f);
            }
            let expr = with_lean(view, i, calendar_expr(y, m, Some(d))?);
            return dated(i, end, Form::MonthDayYear, expr);
        }
        // "June 2021", "June of 2021"
        let k = if view.next_is(next, "of") {
            next + 1
        } else {
            next
        };
        // "January nineteen ninety-seven", "May of two thousand five", as transcripts write
        // them; "June two thousand" alone may be a count.
        let year_end = year(view, k).map(|y| (y, k + 1)).or_else(|| {
            spelled_year(view, k, true).filter(|&(y, _)| y != 2000 || !view.is(k, "two"))
        });
        if let Some((y, end)) = year_end.filter(|_| view.near(k)) {
            return dated(i, end, Form::MonthYear, calendar_expr(Some(y), m, None)?);
        }
        // "June this year", "July last year", "May of this year" (OntoNotes train: 56 of the 64
        // "<month> of this/last/next year" one DATE)
        let k = if view.next_is(next, "of") && view.near(next + 1) {
            next + 1
        } else {
            next
        };
        if view.near(k) && view.is(k + 1, "year") && view.near(k + 1) {
            if let Some(year_offset) = offset_word(view.low(k)) {
                let expr = DateExpr::MonthInYear {
                    month: m,
                    day: None,
                    year_offset,
                };
                return dated(i, k + 2, Form::MonthRelativeYear, expr);
            }
        }
        // "January" alone, placed by the sentence's tense; abbreviations and "May" need more.
        let w = view.low(i);
        let introduced = i > 0
            && matches!(
                view.low(i - 1),
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "through"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "from"
                    | "before"
                    | "after"
                    | "during"
            );
        if next == i + 1 && (w.len() > 3 || w == "may") && (w != "may" || introduced) {
            let lean = match i.checked_sub(1).map(|p| view.low(p)) {
                Some("last") => Lean::Before,
                Some("next") => Lean::After,
                _ => lean_at(view, i),
            };
            let start = if i > 0 && matches!(view.low(i - 1), "last" | "next" | "this") {
                i - 1
            } else {
                i
            };
            let expr = if view.is(start, "this") {
                DateExpr::MonthInYear {
                    month: m,
                    day: None,
                    year_offset: 0,
                }
            } else {
                DateExpr::Month { month: m, lean }
            };
            let (start, end) = possessive(view, start, i + 1);
            return dated(start, end, Form::Month, expr);
        }
        return None;
    }
    years(view, i)
}

/// "June 7 of last year", "15 June this year": a day in a year named from the reference, one
/// DATE from `i` (OntoNotes train: 7 of 9 "`<month> <day>` of this/last/next year" one DATE, as
/// "June of last year"). `k` is the token after the day and month.
fn in_relative_year(
    view: &TokenView,
    i: usize,
    k: usize,
    month: u32,
    day: u32,
) -> Option<(Form, Found)> {
    let k = if view.next_is(k, "of") { k + 1 } else { k };
    let year_offset = offset_word(view.low(k)).filter(|_| view.near(k))?;
    if !view.next_is(k + 1, "year") {
        return None;
    }
    calendar_expr(None, month, Some(day))?;
    let expr = DateExpr::MonthInYear {
        month,
        day: Some(day),
        year_offset,
    };
    dated(i, k + 2, Form::MonthDayYear, expr)
}

/// "last October 21st", "next March 31", "this April 13": the word that says which year is
/// inside the DATE (OntoNotes train: 9 of the 16 such phrasings one DATE, the other 7 inside a
/// longer one, "the fiscal year ended last March 31"; never the month and day alone), and sets
/// the year: before the reference, after it, or the reference's own. OntoNotes mode only
/// (TempEval-3 train's one "last Oct. 23" leaves "last" out). `None` when no such word comes
/// before the month at `i`; `end` is the token after the day.
fn pointed_month_day(
    view: &TokenView,
    i: usize,
    end: usize,
    month: u32,
    day: u32,
) -> Option<(Form, Found)> {
    if view.mode != Mode::OntoNotes || i == 0 || !view.near(i) {
        return None;
    }
    calendar_expr(None, month, Some(day))?;
    let lean = match view.low(i - 1) {
        "last" => Lean::Before,
        "next" => Lean::After,
        "this" => {
            let expr = DateExpr::MonthInYear {
                month,
                day: Some(day),
                year_offset: 0,
            };
            return dated(i - 1, end, Form::MonthDayYear, expr);
        }
        _ => return None,
    };
    let expr = DateExpr::MonthDay { month, day, lean };
    dated(i - 1, end, Form::MonthDayYear, expr)
}

/// OntoNotes mode: "last June's", "next autumn's" keep the possessive inside the DATE, and in
/// "this summer's" only the month or season is marked (train: 7 of 7, 4 of 4), as
/// `relative_dates` does for "last year's" and "this year's". The span `start..end` so drawn.
pub fn possessive(view: &TokenView, start: usize, end: usize) -> (usize, usize) {
    if view.mode == Mode::TimeMl || end != start + 2 || !view.possessive(end) {
        return (start, end);
    }
    match view.low(start) {
        "last" | "next" => (start, end + 2),
        "this" => (start + 1, end),
        _ => (start, end),
    }
}

/// "in 2019", "2021." — a bare year counts where a year is likely: after a word that
/// introduces one, or not followed by a word it could be counting ("2000 troops").
/// Also "fiscal 2022", "the 1990s", "1980s".
fn years(view: &TokenView, i: usize) -> Option<(Form, Found)> {
    let fiscal = view.is(i, "fiscal") && view.near(i + 1);
    if fiscal && view.is(i + 1, "year") {
        return fiscal_year(view, i);
    }
    let at = if fiscal { i + 1 } else { i };
    if let Some((n, "s")) = view.digits_then_letters(at) {
        if (1000..2100).contains(&n) && n % 10 == 0 {
            let start = if at > 0 && view.is(at - 1, "the") {
                at - 1
            } else {
                at
            };
            return dated(start, at + 1, Form::Decade, DateExpr::Decade(n as i32));
        }
        return None;
    }
    let y = year(view, at)?;
    if continues_number(view, at) || (view.joined(at) && at > 0 && view.is_word(at - 1)) {
        return None;
    }
    if view.joined(at + 1) && matches!(view.raw(at + 1), "-" | "/") && view.digits(at + 2) > 0 {
        return None;
    }
    // "the 1998 bombing", "its 1988 recapitalization": a year as a modifier.
    let determiner = at > 0
        && (1900..2100).contains(&y)
        && matches!(
            view.low(at - 1),
            "the" | "its" | "that" | "this" | "his" | "her" | "their" | "due"
        );
    let mid = at > 1 && view.raw(at - 1) == "-" && view.is(at - 2, "mid");
    let introduced = fiscal
        || determiner
        || mid
        || at > 0
            && matches!(
                view.low(at - 1),
                "in" | "since"
                    | "of"
                    | "by"
                    | "from"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "during"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "year"
                    | "end"
                    | "and"
                    | "or"
                    | "between"
                    | "for"
                    | "summer"
                    | "spring"
                    | "winter"
                    | "autumn"
                    | "fall"
            );
    // "2000 troops" counts; "a 2010 commando raid", "1989 sales" are years (`counted_noun`).
    let counts_something = view.near(at + 1) && counted_noun(view.low(at + 1));
    if !introduced && (counts_something || !(1900..2100).contains(&y)) {
        return None;
    }
    dated(
        i,
        at + 1,
        if fiscal { Form::FiscalYear } else { Form::Year },
        DateExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
        },
    )
}

/// "the current fiscal year", "last fiscal year", "its latest fiscal year" at "fiscal" (`i`):
/// the year from the reference its word gives (this, current, the: 0; last, previous, latest:
/// -1; next: +1), since a fiscal year is named by the calendar year it mostly falls in. In
/// OntoNotes mode "ended Aug. 31, 1988" joins it (train: 5 such DATEs), and its year is the
/// value. OntoNotes train marks 29 of these; TempEval-3 train has "the current fiscal year"
/// 1989 and "the latest fiscal year" 1988 written in 1989.
fn fiscal_year(view: &TokenView, i: usize) -> Option<(Form, Found)> {
    let mut start = i;
    let mut offset = 0;
    let owner = |w: &str| matches!(w, "the" | "its" | "our" | "their" | "this");
    if i > 0 && view.near(i) {
        let w = view.low(i - 1);
        let word_offset = match w {
            "current" => Some(0),
            "last" | "previous" | "prior" | "latest" => Some(-1),
            "next" | "coming" => Some(1),
            _ => None,
        };
        if let Some(o) = word_offset {
            offset = o;
            start = i - 1;
            if start > 0 && view.near(start) && owner(view.low(start - 1)) {
                start -= 1;
            }
        } else if owner(w) {
            start = i - 1;
        }
    }
    let mut end = i + 2;
    let mut expr = DateExpr::Relative {
        unit: crate::timex::Unit::Year,
        offset,
    };
    if view.mode == crate::recognize::Mode::OntoNotes
        && matches!(view.low(end), "ended" | "ending")
        && view.near(end + 1)
    {
        if let Some((_, date)) = read(view, end + 1).filter(|(_, f)| f.start == end + 1) {
            if let crate::candidate::RawValue::Date(DateExpr::Calendar { year: Some(y), .. }) =
                date.value
            {
                expr = DateExpr::Calendar {
                    year: Some(y),
                    month: None,
                    day: None,
                };
            }
            end = date.end;
        }
    }
    dated(start, end, Form::FiscalYear, expr)
}

/// "Friday, Oct. 23", "Thursday, April 6", and in forum time stamps "Wed Jan 31" (OntoNotes
/// train: 15 of 20 one DATE, the other 5 in texts left unannotated): the weekday joins the
/// date, which gives the value.
pub fn weekday_then_date(view: &TokenView, i: usize) -> Option<Found> {
    // A short weekday only as a time stamp writes it: before a short month with no full stop
    // ("Wed Jan 31", not "The Sun Jan. 5 edition").
    let stamp = |m: usize| {
        view.raw(m).len() == 3 && view.keyword(m).month.is_some() && view.raw(m + 1) != "."
    };
    let short =
        SHORT_WEEKDAYS.contains(&view.raw(i)) && stamp(i + 1) && !(i > 0 && view.is(i - 1, "the"));
    let weekday = view.keyword(i).weekday.is_some() && view.capitalised(i);
    if !short && !weekday {
        return None;
    }
    let k = if view.raw(i + 1) == "," { i + 2 } else { i + 1 };
    if !view.near(k) {
        return None;
    }
    let (_, date) = read(view, k).filter(|(form, f)| {
        f.start == k && matches!(form, Form::DayMonthYear | Form::MonthDayYear)
    })?;
    Some(Found {
        start: i,
        rule: "date/weekday-date",
        ..date
    })
}

/// A decade other than "1990s" in one token, at `k`: "'90s", "'90's", and after "the"
/// (`after_the`) also "90s", "90's", "1980's" and "sixties": its first year and where it ends.
/// OntoNotes train marks these with their "the" (and "early", "mid-") as one DATE 33 times of
/// 33 (in words 8 of 13, and 2 more inside a longer DATE); a year's possessive without "the"
/// ("1980's hit film") is no decade, nor "his twenties" (an age).
pub fn decade_at(view: &TokenView, k: usize, after_the: bool) -> Option<(i32, usize)> {
    if let Some(start) = spelled_decade(view.low(k)).filter(|_| after_the) {
        return Some((start, k + 1));
    }
    // The apostrophe opens the number: not a closing quote or a possessive ("the boys' 90s").
    let apostrophe = view.raw(k) == "'"
        && view.joined(k + 1)
        && !(k > 0 && view.joined(k) && view.is_word(k - 1));
    if !apostrophe && !after_the {
        return None;
    }
    let d = if apostrophe { k + 1 } else { k };
    if let Some((n, "s")) = view.digits_then_letters(d) {
        return (n < 100 && n % 10 == 0 && (apostrophe || n >= 10)).then(|| (full_year(n), d + 1));
    }
    let n = view.num(d).filter(|n| n % 10 == 0)?;
    if !view.possessive(d + 1) {
        return None;
    }
    match view.digits(d) {
        2 => Some((full_year(n), d + 3)),
        4 if !apostrophe && (1000..2100).contains(&n) => Some((n as i32, d + 3)),
        _ => None,
    }
}

/// "early December", "late November", "mid-November", "mid-2021", "the late 1970s",
/// "early 2021", "late last July": the modifier joins the span (TimeML), the value is the month
/// or year.
pub fn with_modifier(view: &TokenView, i: usize) -> Option<Found> {
    let the = view.is(i, "the") && view.near(i + 1);
    let m = if the { i + 1 } else { i };
    if !matches!(view.low(m), "early" | "late" | "mid" | "end") {
        return None;
    }
    let mut k = m + 1;
    if view.raw(k) == "-" && view.joined(k) {
        k += 1;
    } else if view.is(m, "end") {
        if !view.next_is(k, "of") {
            return None;
        }
        k += 1;
    }
    if !view.near(k) {
        return None;
    }
    // "late last July": the month reading takes "last" in. "the early 1980's" is a decade
    // before it is a year.
    let decade = || {
        let (start, end) = decade_at(view, k, the)?;
        dated(k, end, Form::Decade, DateExpr::Decade(start))
    };
    let (form, inner) = decade()
        .or_else(|| read(view, k))
        .or_else(|| offset_word(view.low(k)).and_then(|_| read(view, k + 1)))
        .filter(|(_, f)| f.start == k)?;
    // A month keeps its own lean; only the span grows.
    if !matches!(
        form,
        Form::Month | Form::MonthYear | Form::Year | Form::Decade
    ) {
        return None;
    }
    if the && !(form == Form::Decade || view.is(m, "end")) {
        return None;
    }
    Some(Found {
        start: i,
        rule: "date/modified",
        ..inner
    })
}
