//! Proleptic Gregorian calendar arithmetic, written out to keep the wasm
//! build free of a date crate: leap years, month lengths, weekdays and day
//! numbers for adding days.

/// Whether `year` has a 29 February.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month out of range.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether the date exists.
pub(crate) fn valid(year: i32, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 (negative before), after Howard Hinnant's
/// `days_from_civil`.
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number of [`days_from_civil`].
pub(crate) fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        month,
        day,
    )
}

/// The weekday of a date, 0 = Sunday … 6 = Saturday (Sakamoto's method).
pub(crate) fn weekday(year: i32, month: u32, day: u32) -> u32 {
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let m = month.clamp(1, 12) as usize;
    let y = i64::from(year) - i64::from(m < 3);
    let w = y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[m - 1] + i64::from(day);
    w.rem_euclid(7) as u32
}

/// The date `n` days after (or before, when negative) the given one.
pub(crate) fn add_days(year: i32, month: u32, day: u32, n: i64) -> (i32, u32, u32) {
    civil_from_days(days_from_civil(year, month, day) + n)
}

/// The month `n` months after (or before) `year`-`month`.
pub(crate) fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (idx.div_euclid(12) as i32, idx.rem_euclid(12) as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        for (year, leap) in [
            (2024, true),
            (2023, false),
            (1900, false),
            (2000, true),
            (2100, false),
        ] {
            assert_eq!(is_leap(year), leap, "{year}");
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
        assert_eq!(days_in_month(2025, 4), 30);
        assert_eq!(days_in_month(2025, 13), 0);
        assert!(!valid(2025, 2, 29));
        assert!(valid(2024, 2, 29));
    }

    #[test]
    fn weekdays_of_known_dates() {
        // 2024-09-02 was a Monday, 2025-03-20 a Thursday, 2000-01-01 a Saturday.
        assert_eq!(weekday(2024, 9, 2), 1);
        assert_eq!(weekday(2025, 3, 20), 4);
        assert_eq!(weekday(2000, 1, 1), 6);
        assert_eq!(weekday(1970, 1, 1), 4);
    }

    #[test]
    fn day_numbers_round_trip_and_agree_with_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert!(valid(y, m, d));
            assert_eq!(days_from_civil(y, m, d), z);
            assert_eq!(i64::from(weekday(y, m, d)), (z + 4).rem_euclid(7));
        }
    }

    #[test]
    fn adding_days_and_months_crosses_year_ends() {
        assert_eq!(add_days(2024, 12, 31, 1), (2025, 1, 1));
        assert_eq!(add_days(2024, 3, 1, -1), (2024, 2, 29));
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
        assert_eq!(add_months(2024, 6, -18), (2022, 12));
    }
}
