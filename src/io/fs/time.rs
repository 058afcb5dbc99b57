//! Times as Diptych writes them, in UTC without a time-zone library: sortable stamps for file
//! names and a plain form for people.

use std::time::{SystemTime, UNIX_EPOCH};

/// `2026-11-24T22-14-05.123Z`: sortable, and valid in file names everywhere.
pub fn utc_stamp(time: SystemTime) -> String {
    let since_epoch = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since_epoch.as_secs();
    let (year, month, day) = civil_from_days((seconds / 86_400).cast_signed());
    let in_day = seconds % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}-{:02}-{:02}.{:03}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60,
        since_epoch.subsec_millis()
    )
}

/// `2026-11-24T22:14:05Z`: ISO 8601 in UTC, to the second, for dates kept in projects.
pub fn utc_iso(time: SystemTime) -> String {
    let stamp = utc_stamp(time);
    format!("{}T{}Z", &stamp[..10], stamp[11..19].replace('-', ":"))
}

/// `2026-11-24 22:14:05 UTC`, for people.
pub fn utc_display(time: SystemTime) -> String {
    let stamp = utc_stamp(time);
    format!("{} {} UTC", &stamp[..10], stamp[11..19].replace('-', ":"))
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_and_sortable() {
        let time = UNIX_EPOCH + std::time::Duration::from_millis(1_795_558_445_123);
        assert_eq!(utc_stamp(time), "2026-11-24T22-14-05.123Z");
        assert_eq!(utc_stamp(UNIX_EPOCH), "1970-01-01T00-00-00.000Z");
        let leap = UNIX_EPOCH + std::time::Duration::from_hours(264_384);
        assert_eq!(utc_stamp(leap), "2000-02-29T00-00-00.000Z");
    }
}
