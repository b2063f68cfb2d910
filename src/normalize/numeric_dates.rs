//! Numeric dates that read both ways ("12/06/2021": 6 December or 12 June). The caller may say
//! which order its texts use (`Options::day_first`); otherwise the article decides: a numeric
//! date elsewhere in it that reads only one way ("25/12/2021" is day first) sets the order for
//! all, and with no such date, month first (the US order of most English news wires).

use super::Valued;
use crate::candidate::RawValue;
use crate::timex::{DateExpr, NumericOrder};

/// Replaces every numeric date in `candidates` by its calendar date: in the one order it reads,
/// or, when it reads both ways, day first if `day_first` ([`reads_day_first`] says).
pub fn settle(candidates: &mut [Valued], day_first: bool) {
    for c in candidates.iter_mut() {
        if let Some(RawValue::Date(numeric @ DateExpr::Numeric { .. })) = c.value {
            c.value = Some(RawValue::Date(as_calendar(numeric, day_first)));
        }
    }
}

/// Whether dates that read both ways are day first: as the options say, else as the article's
/// numeric dates that read one way say by majority, else month first.
pub fn reads_day_first(candidates: &[Valued], day_first: Option<bool>) -> bool {
    let order_of = |c: &Valued| match c.value {
        Some(RawValue::Date(DateExpr::Numeric { order, .. })) => Some(order),
        _ => None,
    };
    day_first.unwrap_or_else(|| {
        let (mut day, mut month) = (0, 0);
        for order in candidates.iter().filter_map(order_of) {
            match order {
                NumericOrder::DayFirst => day += 1,
                NumericOrder::MonthFirst => month += 1,
                NumericOrder::Either => {}
            }
        }
        day > month
    })
}

/// A numeric date as a calendar date, day first if it reads only that way or reads both ways
/// and `day_first`.
pub fn as_calendar(expr: DateExpr, day_first: bool) -> DateExpr {
    let DateExpr::Numeric {
        first,
        second,
        year,
        order,
    } = expr
    else {
        return expr;
    };
    let day_first = match order {
        NumericOrder::DayFirst => true,
        NumericOrder::MonthFirst => false,
        NumericOrder::Either => day_first,
    };
    let (month, day) = if day_first {
        (second, first)
    } else {
        (first, second)
    };
    DateExpr::Calendar {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    }
}
