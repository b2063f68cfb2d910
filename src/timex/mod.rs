//! Dates and times as the text states them: what the date recognisers produce and
//! normalisation resolves into TimeML values. A leaf module, so that neither of those stages
//! imports the other for it.
//!
//! A [`DateExpr`] keeps only what the text gave ("December 7" has no year, "Tuesday" only a
//! weekday, "last week" only an offset); `normalize::timex_value` fills the rest from the
//! reference date.

pub mod calendar;

use calendar::Weekday;

/// Which occurrence of a weekday or month the sentence points at: its tense, or a word such as
/// "last" / "upcoming".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// On or before the reference date ("said on Friday").
    Past,
    /// On or after the reference date ("will meet on Tuesday").
    Future,
    /// Strictly before ("last Friday").
    Before,
    /// Strictly after ("next Monday", "upcoming Monday").
    After,
    /// Whichever is closer; the past on a tie.
    Nearest,
}

/// A day, as a time of day or a part of the day hangs on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRef {
    /// Days from the reference date: today 0, yesterday -1.
    Offset(i32),
    Weekday(Weekday, Lean),
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// Days from the last day the text named before it ("the next day" 1, "the previous day"
    /// -1, "the same day" 0); from the reference date when it named none.
    Mentioned(i32),
    /// A weekday in the week `weeks` from the reference's: "Monday of next week" (1).
    InWeek(Weekday, i32),
}

/// Where an offset is counted from: "four days from now", "in two weeks" from the reference
/// date; "three days later", "a week earlier" from the last day the text named before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetFrom {
    Reference,
    Mentioned,
}

/// Parts of the day in TimeML's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// TimeML's code for the part: `MO`, `AF`, `EV`, `NI`.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

/// Expressions that point at the present, past or future without a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vague {
    Present,
    Past,
    Future,
}

/// What a repetition repeats: TimeML writes a period as a duration ("every two weeks" `P2W`),
/// a part of the day or a weekday as the day it falls on, any day ("every morning"
/// `XXXX-XX-XXTMO`, "each Thursday" `XXXX-WXX-4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Every { amount: u32, unit: Unit },
    DayPart(DayPart),
    Weekday(Weekday),
}

/// Which readings of a numeric date are dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    /// Only day first ("25/12/2021").
    DayFirst,
    /// Only month first ("12/25/2021"), or both on the same day ("06/06/2021").
    MonthFirst,
    /// Both, on different days ("12/06/2021"): the options or the article decide.
    Either,
}

/// A date or time expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// Calendar fields as written; at least one is present, and a day comes with a month.
    /// A missing year is the one nearest the reference date.
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// A day of a month without a year ("December 7"): the year nearest the reference date,
    /// unless that is months away and the sentence's tense points the other way ("rose on
    /// Oct. 23" read in May is last October).
    MonthDay { month: u32, day: u32, lean: Lean },
    /// A holiday on a weekday: the first `weekday` on or after `month`/`day` ("Thanksgiving",
    /// the first Thursday from 22 November), in the year [`DateExpr::MonthDay`] would pick.
    WeekdayFrom {
        month: u32,
        day: u32,
        weekday: calendar::Weekday,
        lean: Lean,
    },
    /// A date in digits, "12/06/2021", with which readings of it are dates; recognisers emit
    /// it, `normalize::numeric_dates` turns it into a [`DateExpr::Calendar`] before anything
    /// resolves.
    Numeric {
        first: u32,
        second: u32,
        year: i32,
        order: NumericOrder,
    },
    /// A month without a year ("in January"), placed by the lean.
    Month { month: u32, lean: Lean },
    /// A month, or a day of it, in a year given relative to the reference: "June this year"
    /// (offset 0), "July last year" (-1), "June 7 of last year".
    MonthInYear {
        month: u32,
        day: Option<u32>,
        year_offset: i32,
    },
    /// A day: "Tuesday", "yesterday", "last Friday".
    Day(DayRef),
    /// The weekend of the week holding that day: "this weekend" (the coming Sunday),
    /// "last weekend" (the Sunday before) → `2021-W48-WE`.
    Weekend(DayRef),
    /// `offset` units from the reference, at that unit's precision: "last week" (Week, -1),
    /// "this year" (Year, 0), "two months ago" (Month, -2).
    Relative { unit: Unit, offset: i32 },
    /// `offset` units from the period the text named last, at that unit's precision: "the month
    /// before" (Month, -1) after "last month"; from the reference when it named none.
    MentionedPeriod { unit: Unit, offset: i32 },
    /// A decade: "the 1990s" is 1990 → TimeML `199`.
    Decade(i32),
    /// A century by its number: the 20th century → TimeML `19`.
    Century(i32),
    /// A quarter of a year; the reference year when none is written.
    Quarter { year: Option<i32>, quarter: u8 },
    /// A half of a year (`2021-H1`).
    Half { year: Option<i32>, half: u8 },
    /// A quarter (or with `half`, a half) of a year given relative to the reference: "this
    /// year's third quarter" (offset 0), "next year's first half" (1).
    PartOfYear { n: u8, half: bool, year_offset: i32 },
    /// A season; `year_offset` is relative to the reference when no year is written.
    Season {
        year: Option<i32>,
        year_offset: i32,
        season: Season,
    },
    /// A length that points at a day: "three days later" (`amount` 3, `later` true), "a week
    /// earlier", "four days from now". TimeML's value is the length (`P3D`); the day it points
    /// to is the entity's `points_to`.
    Offset {
        amount: u32,
        unit: Unit,
        later: bool,
        from: OffsetFrom,
    },
    /// A length of time read off a clock, a race time "3:07:35": `PT3H7M35S`; "2:07:35.2"
    /// has 20 `hundredths` (`PT2H7M35.2S`).
    Elapsed {
        hours: u8,
        minutes: u8,
        seconds: u8,
        hundredths: u8,
    },
    /// A length in years and months: "seven years and three months" (`P7Y3M`).
    YearsMonths { years: u8, months: u8 },
    /// A length of time: `P3Y`, `PT5H`; `amount` `None` for "years", "several days" (`PXY`).
    Duration { amount: Option<u32>, unit: Unit },
    /// A length with a fraction of its unit: "3.2 years", "2 1/2 weeks", "three and a half
    /// months", in thousandths of the unit (`P3.2Y`; whole months when a year's fraction gives
    /// them, "two and a half years" `P30M`).
    Fraction { thousandths: u32, unit: Unit },
    /// A repetition, TimeML's SET: "every week", "daily", "every morning", "each Thursday".
    Set(Repeat),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Vague(Vague),
    /// A time of day, on the day given or on the reference date; `zone` in minutes east of UTC.
    Time {
        day: Option<DayRef>,
        hour: u8,
        minute: u8,
        zone: Option<i16>,
    },
    /// A part of a day: "Tuesday morning", "tonight".
    PartOfDay { day: DayRef, part: DayPart },
}

/// Calendar units, from a second to a century.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit's letter in an ISO 8601 duration, and how many of it one unit makes
    /// (a decade is `P10Y`).
    pub fn iso(self) -> (char, u32) {
        match self {
            Unit::Second => ('S', 1),
            Unit::Minute => ('M', 1),
            Unit::Hour => ('H', 1),
            Unit::Day => ('D', 1),
            Unit::Week => ('W', 1),
            Unit::Month => ('M', 1),
            Unit::Quarter => ('M', 3),
            Unit::Year => ('Y', 1),
            Unit::Decade => ('Y', 10),
            Unit::Century => ('Y', 100),
        }
    }

    /// Seconds, minutes and hours: lengths in them are TIME, and ISO 8601 writes them after `T`.
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}
