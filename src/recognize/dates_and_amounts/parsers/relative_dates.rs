//! Dates counted from the reference date: "today", "yesterday", "tomorrow", "tonight",
//! "this morning", "last night", "late yesterday", "last week", "next month", "this year",
//! "the past year", "earlier this month", "three days ago", "a year earlier", "last weekend",
//! "the day after tomorrow", "June of last year"; and days counted from the last day the article
//! named: "the next day", "the previous day", "the same day", "a week earlier".

use super::numbers::number;
use super::Found;
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::tense::lean_at;
use crate::recognize::dates_and_amounts::token_view::{Start, TokenView};
use crate::recognize::dates_and_amounts::words::day_part;
use crate::recognize::Mode;
use crate::resolve::priority;
use crate::timex::calendar::Weekday;
use crate::timex::Unit;
use crate::timex::{DateExpr, DayPart, DayRef, Lean, OffsetFrom, Vague};
use crate::Label;

/// Where [`at`] can begin: a modifier, a day word, "this" / "the" / "last" ..., a word of a
/// reporting period, the approximations of [`approx_prefix`], a month ("June of last year"),
/// "that" ("that day"), or an amount for "ago".
pub const START: Start = Start {
    numbers: true,
    number_words: true,
    months: true,
    words: &[
        "that",
        "early",
        "late",
        "earlier",
        "later",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "this",
        "last",
        "past",
        "next",
        "coming",
        "the",
        "current",
        "previous",
        "comparable",
        "latest",
        "same",
        "year",
        "nearly",
        "almost",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "more",
        "less",
        "fewer",
        "at",
        "up",
        "no",
        "several",
        "many",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
    ],
    ..Start::NOWHERE
};

pub fn at(view: &TokenView, i: usize) -> Option<Found> {
    // Every word the parsers below look for first is a keyword: any other token can only be
    // the number of "three days ago".
    if !view.is_keyword(i) {
        return ago(view, i);
    }
    if let Some(f) = part_of_period(view, i)
        .or_else(|| same_period(view, i))
        .or_else(|| day_around(view, i))
        .or_else(|| mentioned_day(view, i))
        .or_else(|| mentioned_period(view, i))
        .or_else(|| month_of_year(view, i))
        .or_else(|| year_end(view, i))
        .or_else(|| period_ended(view, i))
        .or_else(|| period_before(view, i))
        .or_else(|| super::ordinals::nth_period(view, i))
    {
        return Some(f);
    }
    // "late yesterday", "earlier this month": the modifier joins the span.
    let modified =
        matches!(view.low(i), "early" | "late" | "earlier" | "later") && view.near(i + 1);
    let k = if modified { i + 1 } else { i };
    let found = day_word(view, k)
        .or_else(|| weekend(view, k))
        .or_else(|| unit_from_reference(view, k))
        .or_else(|| reporting_period(view, k))
        .or_else(|| latest_period(view, k))
        .or_else(|| (!modified).then(|| ago(view, k)).flatten());
    // "for the year" only where no longer reading of "the year" holds ("the year ended June 30",
    // "the year-earlier period").
    let Some(mut f) = found.filter(|f| f.start == k) else {
        return period_reported(view, i);
    };
    f.start = i;
    if f.rule == "relative/unit" && !modified {
        possessive(view, &mut f);
    }
    // "earlier today", "later today": a time of the day in OntoNotes (train: one TIME 9 of 14,
    // "today" alone DATE 3).
    let hours_of_today = matches!(view.low(i), "earlier" | "later") && view.is(k, "today");
    if hours_of_today && f.end == k + 1 && view.mode != Mode::TimeMl {
        f.label = Label::Time;
    }
    Some(f)
}

/// OntoNotes mode: "last year's", "next month's", "the previous day's" keep the possessive
/// inside the DATE (train: 127 of 141 with "last" / "next"), and in "this year's" only "year"
/// is marked (94 of 111).
fn possessive(view: &TokenView, f: &mut Found) {
    if view.mode == Mode::TimeMl || !view.possessive(f.end) {
        return;
    }
    if view.is(f.start, "this") {
        f.start += 1;
    } else if matches!(view.low(f.start), "last" | "next" | "the") {
        f.end += 2;
    }
}

/// "the day after tomorrow", "the day before yesterday" (both modes; train marks 2 of 4).
fn day_around(view: &TokenView, i: usize) -> Option<Found> {
    if !(view.is(i, "the") && view.next_is(i + 1, "day") && view.near(i + 2)) {
        return None;
    }
    let offset = match (view.low(i + 2), view.low(i + 3)) {
        ("after", "tomorrow") => 2,
        ("before", "yesterday") => -2,
        _ => return None,
    };
    if !view.near(i + 3) {
        return None;
    }
    let e = DateExpr::Day(DayRef::Offset(offset));
    Some(date(i, i + 4, Label::Date, "relative/day", e))
}

/// A day counted from the last day the article named: "the next day", "the following day",
/// "the previous day", "the prior day", "the same day"; "that day" in TimeML mode; "the day"
/// in OntoNotes mode. OntoNotes train marks "the next/following/previous/prior/same day" in 22
/// of 49 uses (above the break-even of half its DATE F1), "that day" in 27 of 73 (below it),
/// "the day" alone in 80 of 143 that no longer span holds (TempEval-3 train: 3 of 11, so not in
/// TimeML mode); "later in the day" is a TIME there, so "the day" after "early/late in" is not,
/// nor "the day before/after" (`day_around`, `period_before`), "the day off/out" (a leisure
/// day, no date) or "the day-to-day".
fn mentioned_day(view: &TokenView, i: usize) -> Option<Found> {
    let (offset, day) = match view.low(i) {
        "that" if view.mode == Mode::TimeMl => (0, i + 1),
        "the" if view.mode != Mode::TimeMl && view.next_is(i + 1, "day") => {
            let hours_of_day = i >= 2
                && view.is(i - 1, "in")
                && matches!(view.low(i - 2), "early" | "earlier" | "late" | "later");
            let other = matches!(view.low(i + 2), "before" | "after" | "off" | "out");
            if hours_of_day || other || view.hyphen(i + 2) {
                return None;
            }
            (0, i + 1)
        }
        "the" => {
            let offset = match view.low(i + 1) {
                "next" | "following" => 1,
                "previous" | "prior" => -1,
                "same" => 0,
                _ => return None,
            };
            (offset, i + 2)
        }
        _ => return None,
    };
    if !((i + 1..=day).all(|j| view.near(j)) && view.is(day, "day")) {
        return None;
    }
    let e = DateExpr::Day(DayRef::Mentioned(offset));
    let mut f = date(i, day + 1, Label::Date, "relative/mentioned-day", e);
    possessive(view, &mut f);
    Some(f)
}

/// "the following year", "later that month", "earlier in the year": a year, month or week
/// counted from the period the text named last ("in 1995 ... the following year" is 1996), or
/// for "in the year" the current one. Train: "the following UNIT" OntoNotes 4 exact of 6,
/// TempEval-3 2 of 2; "earlier/later that UNIT" 2 of 2 and 1 of 1; "earlier/later in the
/// UNIT" OntoNotes 7 exact of 13 (4 mark "the week" alone), TempEval-3 1 of 1 (valued as the
/// creation year). "that year" alone only in TimeML mode, like "that day" (OntoNotes: 8 exact of
/// 23).
fn mentioned_period(view: &TokenView, i: usize) -> Option<Found> {
    let unit_at = |k: usize| {
        let unit = match view.low(k) {
            "year" => Unit::Year,
            "month" => Unit::Month,
            "week" => Unit::Week,
            _ => return None,
        };
        (i + 1..=k).all(|j| view.near(j)).then_some(unit)
    };
    let (end, e) = match (view.low(i), view.low(i + 1)) {
        ("the", "following") => {
            let unit = unit_at(i + 2)?;
            (i + 3, DateExpr::MentionedPeriod { unit, offset: 1 })
        }
        ("earlier" | "later", "that") => {
            let unit = unit_at(i + 2)?;
            (i + 3, DateExpr::MentionedPeriod { unit, offset: 0 })
        }
        ("earlier" | "later", "in") if view.is(i + 2, "the") => {
            let unit = unit_at(i + 3)?;
            (i + 4, DateExpr::Relative { unit, offset: 0 })
        }
        ("that", _) if view.mode == Mode::TimeMl => {
            let unit = unit_at(i + 1)?;
            (i + 2, DateExpr::MentionedPeriod { unit, offset: 0 })
        }
        _ => return None,
    };
    Some(date(i, end, Label::Date, "relative/mentioned-period", e))
}

/// "for the year", "for the week", "for the full year": the period a report covers is the
/// current one (OntoNotes train: "for the year/week/month" so 18 exact DATE of 20 ending a
/// clause, 12 of 16 elsewhere, "pretax profit for the year rose 28%"; TempEval-3 train "for the
/// year" 1989, as its creation time), with "to date" inside (train 3 of 3); not before a
/// possessive ("hopes for the year's harvest"). "for the quarter" is `reporting_period`'s.
fn period_reported(view: &TokenView, i: usize) -> Option<Found> {
    if !(i > 0 && view.is(i - 1, "for") && view.is(i, "the") && view.near(i + 1)) {
        return None;
    }
    let full = view.is(i + 1, "full") && view.near(i + 2);
    let k = if full { i + 2 } else { i + 1 };
    let unit = match view.low(k) {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return None,
    };
    if view.possessive(k + 1) {
        return None;
    }
    let end = if view.next_is(k + 1, "to") && view.next_is(k + 2, "date") {
        k + 3
    } else {
        k + 1
    };
    let e = DateExpr::Relative { unit, offset: 0 };
    Some(date(i, end, Label::Date, "relative/period-reported", e))
}

/// "the year ended Sept. 30", "the week ending Oct. 20", "the six months ended June 30": a
/// reporting period closed by a date. OntoNotes marks the whole one DATE (train: "the year
/// ended" 19 of 19, "the week ended" 19 of 19, quarters, periods and months 19 of 19), valued as
/// the year for a year and as the closing date otherwise; TempEval-3 marks "the year" alone, a
/// length (`P1Y`: 7 of 8 with "fiscal"), and the date apart. "fiscal year" in OntoNotes mode is
/// read by `calendar_dates::fiscal_year`.
fn period_ended(view: &TokenView, i: usize) -> Option<Found> {
    let timeml = view.mode == Mode::TimeMl;
    let determiner = match view.low(i) {
        "the" | "its" | "their" => true,
        "a" => !timeml,
        _ => false,
    };
    if !determiner || !view.near(i + 1) {
        return None;
    }
    let mut k = i + 1;
    if view.is(k, "fiscal") && view.near(k + 1) {
        k += 1;
        // "its fiscal - first quarter", as tokenised text writes it
        if !timeml && view.raw(k) == "-" && view.near(k + 1) {
            k += 1;
        }
    }
    let year = view.is(k, "year");
    // "the six months ended": the number and its unit.
    let months = number(view, k).is_some_and(|n| n.end == k + 1 && view.next_is(k + 1, "months"));
    // "the first quarter ended", "the fiscal first half ended" (OntoNotes mode)
    let part = !timeml
        && view.keyword(k).ordinal.is_some()
        && matches!(view.low(k + 1), "quarter" | "half")
        && view.near(k + 1);
    if months || part {
        k += 1;
    }
    let period = year
        || !timeml
            && (months || part || matches!(view.low(k), "week" | "quarter" | "period" | "month"));
    if !(period && matches!(view.low(k + 1), "ended" | "ending") && view.near(k + 1)) {
        return None;
    }
    if timeml {
        let e = DateExpr::Duration {
            amount: Some(1),
            unit: Unit::Year,
        };
        return year.then(|| date(i, k + 1, Label::Date, "relative/period-ended", e));
    }
    let closing = closing_date(view, k + 2)?;
    let RawValue::Date(e) = closing.value else {
        return None;
    };
    let e = match e {
        DateExpr::Calendar { year: Some(y), .. } if year => DateExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
        },
        DateExpr::Calendar { .. }
        | DateExpr::MonthDay { .. }
        | DateExpr::Month { .. }
        | DateExpr::Day(_)
            if !year =>
        {
            e
        }
        _ if year => DateExpr::Relative {
            unit: Unit::Year,
            offset: 0,
        },
        _ => return None,
    };
    Some(date(
        i,
        closing.end,
        Label::Date,
        "relative/period-ended",
        e,
    ))
}

/// The date that closes a reporting period, at `c` after "ended": "Sept. 30", "in September",
/// "last March 31" (the year before the reference, as the date alone), "Tuesday" (OntoNotes train marks
/// the period and its closing date one DATE 88 times of 92, with "in" and "last" inside).
fn closing_date(view: &TokenView, c: usize) -> Option<Found> {
    let d = if matches!(view.low(c), "in" | "last" | "next") {
        c + 1
    } else {
        c
    };
    if !(view.near(c) && view.near(d)) {
        return None;
    }
    super::calendar_dates::calendar(view, d)
        .or_else(|| super::weekdays::at(view, d))
        .filter(|f| f.start == d || f.start == c)
}

/// "year-end", "year end", "year's end" (and "year - end", as tokenised text writes it): the
/// end of this year, valued as the year, as "the end of the year" is (OntoNotes train: 32
/// exact DATE, 4 inside a longer one, none unmarked; TempEval-3 train 4 of 6 exact).
fn year_end(view: &TokenView, i: usize) -> Option<Found> {
    if !view.is(i, "year") {
        return None;
    }
    let end = if view.hyphen(i + 1) {
        i + 3
    } else if !view.joined(i + 1) {
        i + 2
    } else if view.possessive(i + 1) {
        i + 4
    } else {
        return None;
    };
    if !(view.is(end - 1, "end") && view.near(end - 1)) {
        return None;
    }
    let e = DateExpr::Relative {
        unit: Unit::Year,
        offset: 0,
    };
    Some(date(i, end, Label::Date, "relative/year-end", e))
}

/// "compared with 6% the month before.", "the year earlier,", "the day after.": the period next
/// to the one the text named last, ending its clause (OntoNotes train: 15 exact DATE of 21).
fn period_before(view: &TokenView, i: usize) -> Option<Found> {
    if !(view.is(i, "the") && view.near(i + 1) && view.near(i + 2)) {
        return None;
    }
    let offset = match view.low(i + 2) {
        "before" | "earlier" => -1,
        "after" => 1,
        _ => return None,
    };
    if !matches!(view.raw(i + 3), "." | "," | ";" | "") {
        return None;
    }
    let e = match view.low(i + 1) {
        "day" => DateExpr::Day(DayRef::Mentioned(offset)),
        "week" => DateExpr::MentionedPeriod {
            unit: Unit::Week,
            offset,
        },
        "month" => DateExpr::MentionedPeriod {
            unit: Unit::Month,
            offset,
        },
        "year" => DateExpr::MentionedPeriod {
            unit: Unit::Year,
            offset,
        },
        _ => return None,
    };
    Some(date(i, i + 3, Label::Date, "relative/period-before", e))
}

/// "June of last year", "March of this year", "May of next year": the month in that year (train:
/// 32 exact DATE and 17 inside a longer one, of 56).
fn month_of_year(view: &TokenView, i: usize) -> Option<Found> {
    let month = view.keyword(i).month.filter(|_| view.capitalised(i))?;
    if !(view.next_is(i + 1, "of") && view.near(i + 2) && view.next_is(i + 3, "year")) {
        return None;
    }
    let year_offset = match view.low(i + 2) {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    let e = DateExpr::MonthInYear {
        month,
        day: None,
        year_offset,
    };
    Some(date(i, i + 4, Label::Date, "relative/month-of-year", e))
}

/// "the end of this year", "the beginning of the year", "the middle of next month": the span
/// of the period it is part of, with its value (OntoNotes train: 124 exact DATE of 150;
/// TempEval-3 marks "the end of the year" and "the end of this week" whole too).
fn part_of_period(view: &TokenView, i: usize) -> Option<Found> {
    if !(view.is(i, "the")
        && view.near(i + 1)
        && matches!(view.low(i + 1), "end" | "beginning" | "start" | "middle")
        && view.next_is(i + 2, "of")
        && view.near(i + 3))
    {
        return None;
    }
    let k = i + 3;
    let mut f = match unit_from_reference(view, k).or_else(|| month_of_year(view, k)) {
        Some(f) => f,
        None => {
            // "the year", "the month": the one of the reference date.
            let u = view.keyword(k + 1).unit.filter(|u| {
                view.is(k, "the")
                    && view.near(k + 1)
                    && matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Decade)
                    && !view.low(k + 1).ends_with('s')
            })?;
            let e = DateExpr::Relative { unit: u, offset: 0 };
            date(k, k + 2, Label::Date, "relative/unit", e)
        }
    };
    if f.start != k {
        return None;
    }
    f.start = i;
    f.rule = "relative/part-of-period";
    Some(f)
}

/// OntoNotes mode: "the same period last year", "the same quarter a year earlier", "the same
/// month of last year" are one DATE (train: 39 exact of 45), valued as the year before.
fn same_period(view: &TokenView, i: usize) -> Option<Found> {
    if view.mode == Mode::TimeMl
        || !(view.is(i, "the") && view.next_is(i + 1, "same") && view.near(i + 2))
        || !matches!(
            view.low(i + 2),
            "period" | "quarter" | "month" | "week" | "time" | "day"
        )
    {
        return None;
    }
    let k = if view.next_is(i + 3, "of") {
        i + 4
    } else {
        i + 3
    };
    if !view.near(k) {
        return None;
    }
    let end = match (view.low(k), view.low(k + 1), view.low(k + 2)) {
        ("last", "year", _) => k + 2,
        ("a", "year", "ago" | "earlier" | "before") => k + 3,
        ("the", "previous" | "prior", "year") => k + 3,
        ("the", "year", "before") => k + 3,
        _ => return None,
    };
    if !(k + 1..end).all(|j| view.near(j)) {
        return None;
    }
    let e = DateExpr::Relative {
        unit: Unit::Year,
        offset: -1,
    };
    Some(date(i, end, Label::Date, "relative/same-period", e))
}

fn date(start: usize, end: usize, label: Label, rule: &'static str, e: DateExpr) -> Found {
    Found {
        start,
        end,
        label,
        rule,
        priority: priority::DATE_OR_TIME,
        value: RawValue::Date(e),
    }
}

/// "today", "yesterday morning", "tonight", "this evening", "last night".
fn day_word(view: &TokenView, i: usize) -> Option<Found> {
    let offset = match view.low(i) {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        "tonight" => {
            let e = DateExpr::PartOfDay {
                day: DayRef::Offset(0),
                part: DayPart::Night,
            };
            return Some(date(i, i + 1, Label::Time, "relative/tonight", e));
        }
        "this" | "last" => {
            let part = day_part(view.low(i + 1)).filter(|_| view.near(i + 1))?;
            let last = view.is(i, "last");
            if last && part != DayPart::Night {
                return None;
            }
            let e = DateExpr::PartOfDay {
                day: DayRef::Offset(if last { -1 } else { 0 }),
                part,
            };
            return Some(date(i, i + 2, Label::Time, "relative/part-of-day", e));
        }
        _ => return None,
    };
    // "yesterday morning": one TIME in TimeML; in OntoNotes "yesterday" is DATE and "morning"
    // TIME (train: 20 split, 7 one TIME), as after a weekday.
    let part = day_part(view.low(i + 1)).filter(|_| view.near(i + 1) && view.mode == Mode::TimeMl);
    if let Some(part) = part {
        let e = DateExpr::PartOfDay {
            day: DayRef::Offset(offset),
            part,
        };
        return Some(date(i, i + 2, Label::Time, "relative/part-of-day", e));
    }
    let e = DateExpr::Day(DayRef::Offset(offset));
    // "today, Monday", "tomorrow Sunday": OntoNotes marks the day word and its weekday as one
    // DATE (train: 15 of 16), as wire copy names the day.
    let w = if view.raw(i + 1) == "," { i + 2 } else { i + 1 };
    let weekday = view.keyword(w).weekday.is_some() && view.capitalised(w) && view.near(w);
    if weekday && view.mode == Mode::OntoNotes && view.near(i + 1) {
        return Some(date(i, w + 1, Label::Date, "relative/day", e));
    }
    Some(date(i, i + 1, Label::Date, "relative/day", e))
}

/// "this weekend", "last weekend", "next weekend", "the weekend" (by the sentence's tense).
fn weekend(view: &TokenView, i: usize) -> Option<Found> {
    if !view.next_is(i + 1, "weekend") {
        return None;
    }
    let day = match view.low(i) {
        "this" => DayRef::Weekday(Weekday::Sunday, Lean::Future),
        "last" | "past" => DayRef::Weekday(Weekday::Sunday, Lean::Before),
        "next" | "coming" => DayRef::Weekday(Weekday::Saturday, Lean::After),
        "the" => DayRef::Weekday(Weekday::Sunday, lean_at(view, i)),
        _ => return None,
    };
    let e = DateExpr::Weekend(day);
    Some(date(i, i + 2, Label::Date, "relative/weekend", e))
}

/// "last week", "next month", "this year", "the past year", "the coming decade", "this past
/// week" (OntoNotes train: with its "this" one DATE 14 times of 16, TempEval-3 train 1 of 1).
fn unit_from_reference(view: &TokenView, i: usize) -> Option<Found> {
    let the = view.is(i, "the") && view.near(i + 1);
    let this_past = view.is(i, "this") && view.next_is(i + 1, "past");
    let k = if the || this_past { i + 1 } else { i };
    let offset = match view.low(k) {
        "this" | "current" if !the => 0,
        "last" | "past" | "previous" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    let u = view
        .keyword(k + 1)
        .unit
        .filter(|_| view.near(k + 1) && !view.low(k + 1).ends_with('s'))?;
    if u.is_clock() || u == Unit::Day {
        return current_hour(view, i, k, u);
    }
    // "the past decade", "the next decade": the ten years up to or from now, a length (`P10Y`)
    // as TimeML writes it (TempEval-3 train: "the past decade" P10Y).
    if the && u == Unit::Decade && matches!(view.low(k), "past" | "next" | "coming") {
        let e = DateExpr::Duration {
            amount: Some(1),
            unit: u,
        };
        return Some(date(i, k + 2, Label::Date, "relative/decade", e));
    }
    let e = DateExpr::Relative { unit: u, offset };
    Some(date(i, k + 2, Label::Date, "relative/unit", e))
}

/// OntoNotes mode: "this hour", "this minute" (train: one TIME 13 of 16) are now; "the
/// last/past/next hour" (6 of 8) an hour's length. TempEval-3 train has neither.
fn current_hour(view: &TokenView, i: usize, k: usize, u: Unit) -> Option<Found> {
    if view.mode == Mode::TimeMl {
        return None;
    }
    let e = match (view.low(k), u) {
        ("this", Unit::Hour | Unit::Minute) => DateExpr::Vague(Vague::Present),
        ("last" | "past" | "next", Unit::Hour) if k > i => DateExpr::Duration {
            amount: Some(1),
            unit: u,
        },
        _ => return None,
    };
    Some(date(i, k + 2, Label::Time, "relative/hour", e))
}

/// The periods of company reports: "the quarter", "the latest quarter", "the year-ago
/// quarter", "year-earlier", "the comparable year-earlier period". A quarter or period named
/// this way is the last one completed; "year-ago" / "year-earlier" the same one a year before.
fn reporting_period(view: &TokenView, i: usize) -> Option<Found> {
    let the = view.is(i, "the") && view.near(i + 1);
    let mut k = if the { i + 1 } else { i };
    if view.is(k, "comparable") || view.is(k, "latest") || view.is(k, "same") {
        k += 1;
    }
    // "year-earlier", and "year - earlier" as tokenised text writes it (OntoNotes train: 32
    // exact DATE of 48, 16 inside a longer one).
    let year_back = matches!(view.low(k), "year")
        && view.hyphen(k + 1)
        && matches!(view.low(k + 2), "ago" | "earlier");
    if year_back {
        k += 3;
    }
    let period = matches!(view.low(k), "quarter" | "period") && (k == i || view.near(k));
    let e = match (year_back, period) {
        (true, true) => DateExpr::Relative {
            unit: Unit::Quarter,
            offset: -5,
        },
        (true, false) => {
            return Some(date(
                i,
                k,
                Label::Date,
                "relative/report-period",
                a_year_back(view),
            ))
            .filter(|_| !the);
        }
        (false, true) if the && (view.is(k, "quarter") || view.is(k - 1, "latest")) => {
            DateExpr::Relative {
                unit: Unit::Quarter,
                offset: -1,
            }
        }
        _ => return None,
    };
    Some(date(i, k + 1, Label::Date, "relative/report-period", e))
}

/// "the latest week", "the latest month", "the latest year", "the latest fiscal year": the last
/// one completed, as "the latest quarter" is (OntoNotes train: one DATE 22 of 24, the other 2
/// with their "'s" inside; TempEval-3 train "the latest fiscal year" is the year before).
fn latest_period(view: &TokenView, i: usize) -> Option<Found> {
    if !(view.is(i, "the") && view.next_is(i + 1, "latest") && view.near(i + 2)) {
        return None;
    }
    let fiscal = view.is(i + 2, "fiscal") && view.near(i + 3);
    let k = if fiscal { i + 3 } else { i + 2 };
    let unit = match view.low(k) {
        "year" => Unit::Year,
        "month" if !fiscal => Unit::Month,
        "week" if !fiscal => Unit::Week,
        _ => return None,
    };
    let e = DateExpr::Relative { unit, offset: -1 };
    let mut f = date(i, k + 1, Label::Date, "relative/latest", e);
    possessive(view, &mut f);
    Some(f)
}

/// "a few seconds ago" is a TIME in OntoNotes (train: both such phrasings), "a few days ago" a
/// DATE; TimeML mode keeps DATE.
fn ago_label(view: &TokenView, u: Unit) -> Label {
    if u.is_clock() && view.mode == Mode::OntoNotes {
        Label::Time
    } else {
        Label::Date
    }
}

/// "three days ago", "a year ago", "almost four years ago", "a year earlier".
fn ago(view: &TokenView, i: usize) -> Option<Found> {
    let k = approx_prefix(view, i);
    let vague = matches!(view.low(k), "several" | "many")
        || (view.is(k, "a") && matches!(view.low(k + 1), "few" | "couple"));
    if vague {
        let after = if view.is(k, "a") { k + 2 } else { k + 1 };
        let after = if view.is(after, "of") {
            after + 1
        } else {
            after
        };
        let unit = view.keyword(after).unit.filter(|_| view.near(after));
        if let Some(u) = unit.filter(|_| view.next_is(after + 1, "ago")) {
            let e = DateExpr::Vague(Vague::Past);
            return Some(date(i, after + 2, ago_label(view, u), "relative/ago", e));
        }
        return None;
    }
    let (n, after, scaled) = if matches!(view.low(k), "a" | "an") {
        (1.0, k + 1, false)
    } else {
        let n = number(view, k)?;
        (n.value, n.end, n.scaled)
    };
    if !(k == i || view.near(k)) || !view.near(after) || n.fract() != 0.0 {
        return None;
    }
    let u = view.keyword(after).unit?;
    // "51 million years ago", "a million years ago": geological time, one DATE (OntoNotes
    // train 4 of 5 with "ago" inside), valued as some time in the past.
    if n > 1000.0 {
        let deep = scaled && view.next_is(after + 1, "ago") && !u.is_clock();
        let e = DateExpr::Vague(Vague::Past);
        return deep.then(|| date(i, after + 2, Label::Date, "relative/ago", e));
    }
    if !view.near(after + 1) || !matches!(view.low(after + 1), "ago" | "earlier" | "later") {
        return None;
    }
    // "a day earlier", "two weeks earlier": a length before the last day named, as TimeML
    // values it (TempEval-3: "A day earlier" P1D); months and years stay dates ("a year
    // earlier" 1988, as in company reports).
    // "a year later" after the last day named (OntoNotes train: 21 exact DATE of 29 "a/an/one
    // unit later"); a number before "later" is the duration parser's.
    let a_later = view.is(after + 1, "later") && matches!(view.low(k), "a" | "an");
    if a_later || (view.is(after + 1, "earlier") && matches!(u, Unit::Day | Unit::Week)) {
        let e = DateExpr::Offset {
            amount: n as u32,
            unit: u,
            later: a_later,
            from: OffsetFrom::Mentioned,
        };
        return Some(date(i, after + 2, Label::Date, "relative/offset", e));
    }
    if view.is(after + 1, "later") {
        return None;
    }
    let n = n as i32;
    if n == 1 && u == Unit::Year {
        return Some(date(
            i,
            after + 2,
            Label::Date,
            "relative/ago",
            a_year_back(view),
        ));
    }
    let (unit, offset) = match u {
        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter => (u, -n),
        Unit::Decade => (Unit::Year, -10 * n),
        Unit::Century => (Unit::Year, -100 * n),
        // "about an hour ago", "20 minutes ago": in OntoNotes one TIME with "ago" (train: all
        // 4 such phrasings, whole or inside a longer TIME); TimeML mode keeps the length alone.
        _ if view.mode == Mode::OntoNotes && view.is(after + 1, "ago") => {
            let e = DateExpr::Vague(Vague::Past);
            return Some(date(i, after + 2, Label::Time, "relative/ago", e));
        }
        _ => return None,
    };
    let e = DateExpr::Relative { unit, offset };
    // "Five years ago today": the anniversary is one DATE in OntoNotes (train 3 of 4).
    let today = view.mode == Mode::OntoNotes && view.is(after + 1, "ago");
    let end = if today && view.next_is(after + 2, "today") {
        after + 3
    } else {
        after + 2
    };
    Some(date(i, end, Label::Date, "relative/ago", e))
}

/// "a year ago", "a year earlier", "year-earlier": the year before. TimeML mode: in a company
/// report, the quarter the article named, a year before (TempEval-3 train: "a year
/// ago/earlier" 32 of 48 valued so, 7 as the year; "year-earlier" alone 5 of 8, 3 the year).
fn a_year_back(view: &TokenView) -> DateExpr {
    if view.mode == Mode::TimeMl {
        DateExpr::MentionedPeriod {
            unit: Unit::Quarter,
            offset: -4,
        }
    } else {
        DateExpr::Relative {
            unit: Unit::Year,
            offset: -1,
        }
    }
}

/// Skips "nearly", "almost", "more than", "less than", "at least", "up to" at `i`: TimeML
/// keeps them inside the expression (TempEval-3's annotators leave "about" and "over" out).
/// OntoNotes keeps "about", "around", "approximately", "roughly", "some" inside a length too
/// (train: "about N hours/minutes" one TIME 20 times, the length alone once; with day to
/// decade units one DATE 38, the length alone 0; "about N units ago" one DATE 19 of 27), and
/// "another" ("for another three years": train 11 of 12 one DATE).
pub fn approx_prefix(view: &TokenView, i: usize) -> usize {
    if !view.is_keyword(i) {
        return i;
    }
    match view.low(i) {
        "nearly" | "almost" => i + 1,
        "more" | "less" | "fewer" if view.next_is(i + 1, "than") => i + 2,
        "at" if matches!(view.low(i + 1), "least" | "most") => i + 2,
        "up" if view.next_is(i + 1, "to") => i + 2,
        "no" if view.is(i + 1, "more") && view.is(i + 2, "than") => i + 3,
        "about" | "around" | "approximately" | "roughly" | "some" | "another"
            if view.mode != Mode::TimeMl =>
        {
            i + 1
        }
        _ => i,
    }
}
