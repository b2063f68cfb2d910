//! Proleptic Gregorian calendar arithmetic on plain dates: just what date recognition (is there
//! such a day?) and resolution need, without a time-zone database (the host's time zone is never
//! read).

use std::fmt;

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

/// A day of the week, in ISO 8601's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Days since the Monday before: Monday 0 … Sunday 6.
    pub fn days_from_monday(self) -> i64 {
        self as i64
    }

    /// The ISO 8601 number, Monday 1 … Sunday 7, as TimeML writes it (`XXXX-WXX-2`).
    pub fn iso_number(self) -> u8 {
        self as u8 + 1
    }
}

impl CivilDate {
    /// The date, if it exists (`2021-02-29` does not). Years are limited to 1..=9999 so every
    /// value prints as four ISO digits.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        (day <= days_in_month(year, month as u8) as u32).then_some(CivilDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            s.get(r)
                .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        CivilDate::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        self.month as u32
    }
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if its year is in range.
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + (month <= 2) as i64;
        CivilDate::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn add_days(self, n: i64) -> Option<Self> {
        CivilDate::from_days(self.to_days().checked_add(n)?)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.to_days() + 3).rem_euclid(7) as usize]
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = CivilDate::parse_iso("2021-12-06").unwrap();
        assert_eq!(d.to_string(), "2021-12-06");
        for bad in [
            "2021-02-29",
            "2021-13-01",
            "2021-1-01",
            "21-12-06",
            "２021-12-06",
            "2021-12-06x",
            "",
        ] {
            assert_eq!(CivilDate::parse_iso(bad), None, "{bad}");
        }
        assert!(CivilDate::parse_iso("2020-02-29").is_some());
    }

    #[test]
    fn weekdays_and_day_arithmetic_agree_with_the_calendar() {
        let d = CivilDate::parse_iso("2021-12-06").unwrap();
        assert_eq!(d.weekday(), Weekday::Monday, "2021-12-06 was a Monday");
        assert_eq!(d.add_days(1).unwrap().to_string(), "2021-12-07");
        assert_eq!(d.add_days(-339).unwrap().to_string(), "2021-01-01");
        assert_eq!(
            CivilDate::parse_iso("2000-02-28")
                .unwrap()
                .add_days(1)
                .unwrap()
                .to_string(),
            "2000-02-29"
        );
        assert_eq!(
            CivilDate::parse_iso("1900-02-28")
                .unwrap()
                .add_days(1)
                .unwrap()
                .to_string(),
            "1900-03-01"
        );
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = CivilDate::new(1800, 1, 1).unwrap().to_days();
        for n in start..start + 146_097 {
            assert_eq!(CivilDate::from_days(n).unwrap().to_days(), n);
        }
    }

    #[test]
    fn out_of_range_arithmetic_is_none_not_a_panic() {
        let d = CivilDate::new(9999, 12, 31).unwrap();
        assert_eq!(d.add_days(1), None);
        assert_eq!(d.add_days(i64::MAX), None);
        assert_eq!(CivilDate::new(1, 1, 1).unwrap().add_days(-1), None);
    }
}
