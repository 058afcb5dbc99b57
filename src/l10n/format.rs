//! Numbers, dates and times written the interface language's way: `1,234.5` in English,
//! `1 234,5` in Russian (a no-break space groups the thousands), `1.234,5` in Azerbaijani;
//! `2 Dec 2026, 09:15`, `2 дек. 2026, 09:15`, `2 dek 2026, 09:15`.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;

use super::{Language, current};

struct NumberStyle {
    group: &'static str,
    decimal: &'static str,
}

fn style(language: Language) -> NumberStyle {
    match language {
        Language::English => NumberStyle {
            group: ",",
            decimal: ".",
        },
        Language::Russian => NumberStyle {
            group: "\u{a0}",
            decimal: ",",
        },
        Language::Azerbaijani => NumberStyle {
            group: ".",
            decimal: ",",
        },
    }
}

/// A whole number in the current interface language: `12,345`, `12 345`, `12.345`.
#[must_use]
pub fn format_number(number: i64) -> String {
    write_number(current(), number as f64, 0, 0, true)
}

/// A share (0–1) as a whole percentage the interface language's way: `25%` in English and
/// Azerbaijani, `25 %` in Russian (a no-break space, as Russian typesetting has it).
#[must_use]
pub fn format_percent(share: f64) -> String {
    let number = write_number(current(), (share * 100.0).round(), 0, 0, true);
    match current() {
        Language::Russian => format!("{number}\u{a0}%"),
        Language::English | Language::Azerbaijani => format!("{number}%"),
    }
}

/// A number with exactly `decimals` decimals in the current interface language.
#[must_use]
pub fn format_decimal(number: f64, decimals: usize) -> String {
    write_number(current(), number, decimals, decimals, true)
}

fn write_number(
    language: Language,
    number: f64,
    minimum_decimals: usize,
    maximum_decimals: usize,
    grouping: bool,
) -> String {
    if !number.is_finite() {
        return number.to_string();
    }
    let style = style(language);
    let fixed = format!("{:.*}", maximum_decimals, number.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let mut fraction = fraction.to_owned();
    while fraction.len() > minimum_decimals && fraction.ends_with('0') {
        fraction.pop();
    }
    let mut out = String::new();
    if number < 0.0 && (whole.bytes().any(|b| b != b'0') || fraction.bytes().any(|b| b != b'0')) {
        out.push('-');
    }
    let digits = whole.len();
    for (index, digit) in whole.chars().enumerate() {
        if grouping && index > 0 && (digits - index) % 3 == 0 && digits > 3 {
            out.push_str(style.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(style.decimal);
        out.push_str(&fraction);
    }
    out
}

fn fluent_number(language: Language, number: &FluentNumber) -> String {
    let minimum = number.options.minimum_fraction_digits.unwrap_or(0);
    let maximum = number
        .options
        .maximum_fraction_digits
        .unwrap_or(3)
        .max(minimum);
    write_number(
        language,
        number.value,
        minimum,
        maximum,
        number.options.use_grouping,
    )
}

fn fluent_value(language: Language, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(fluent_number(language, number)),
        _ => None,
    }
}

pub(super) fn fluent_english<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    fluent_value(Language::English, value)
}

pub(super) fn fluent_russian<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    fluent_value(Language::Russian, value)
}

pub(super) fn fluent_azerbaijani<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    fluent_value(Language::Azerbaijani, value)
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_RU: [&str; 12] = [
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];
const MONTHS_AZ: [&str; 12] = [
    "yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek",
];

struct Stamp {
    year: u32,
    month: usize,
    day: u32,
    time: Option<(u32, u32)>,
    /// The seconds as written, with any fraction (`05`, `05.123`).
    seconds: Option<String>,
    utc: bool,
    /// An offset from UTC as written (`+04:00`), when the stamp has one.
    offset: Option<String>,
}

fn parse_stamp(text: &str) -> Option<Stamp> {
    let text = text.trim();
    let date = text.get(..10)?;
    let mut parts = date.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || date.len() != 10 {
        return None;
    }
    let rest = &text[10..];
    let time = rest
        .strip_prefix(['T', ' '])
        .and_then(|clock| Some((clock.get(..2)?, clock.get(2..3)?, clock.get(3..5)?)))
        .and_then(|(hours, colon, minutes)| {
            (colon == ":").then_some(())?;
            Some((hours.parse().ok()?, minutes.parse().ok()?))
        });
    let seconds = rest
        .get(6..)
        .filter(|_| time.is_some())
        .and_then(|after| after.strip_prefix(':'))
        .map(|after| {
            after
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
        })
        .filter(|seconds| seconds.len() >= 2);
    let utc = rest.ends_with('Z') || rest.ends_with(" UTC");
    let offset = time
        .and_then(|_| rest.get(rest.len().saturating_sub(6)..))
        .filter(|tail| {
            let bytes = tail.as_bytes();
            matches!(bytes.first(), Some(b'+' | b'-'))
                && bytes.get(3) == Some(&b':')
                && tail[1..3]
                    .bytes()
                    .chain(tail[4..].bytes())
                    .all(|b| b.is_ascii_digit())
        })
        .filter(|tail| *tail != "+00:00")
        .map(str::to_owned);
    let utc = utc || rest.ends_with("+00:00");
    Some(Stamp {
        year,
        month,
        day,
        time,
        seconds,
        utc,
        offset,
    })
}

fn write_date(language: Language, stamp: &Stamp) -> String {
    let month = stamp.month - 1;
    match language {
        Language::English => format!("{} {} {}", stamp.day, MONTHS_EN[month], stamp.year),
        Language::Russian => format!("{} {} {}", stamp.day, MONTHS_RU[month], stamp.year),
        Language::Azerbaijani => format!("{} {} {}", stamp.day, MONTHS_AZ[month], stamp.year),
    }
}

/// A date (`2026-12-02`, or the date of a stamp such as `2026-12-02T09:15:00+04:00`) in the
/// current interface language: `2 Dec 2026`, `2 дек. 2026`, `2 dek 2026`. Text that is not
/// such a date is returned as it is.
#[must_use]
pub fn format_date(text: &str) -> String {
    parse_stamp(text).map_or_else(|| text.to_owned(), |stamp| write_date(current(), &stamp))
}

/// A stamp (`2026-12-02T09:15:00Z`, `2026-12-02 09:15:00 UTC`) with its clock time as written:
/// `2 Dec 2026, 09:15 UTC`. A date without a time is written as [`format_date`] writes it;
/// text that is neither is returned as it is.
#[must_use]
pub fn format_date_time(text: &str) -> String {
    let Some(stamp) = parse_stamp(text) else {
        return text.to_owned();
    };
    let date = write_date(current(), &stamp);
    match stamp.time {
        Some((hours, minutes)) => {
            let zone = zone(&stamp);
            format!("{date}, {hours:02}:{minutes:02}{zone}")
        }
        None => date,
    }
}

/// ` UTC`, ` +04:00` or nothing, as the stamp says.
fn zone(stamp: &Stamp) -> String {
    match &stamp.offset {
        Some(offset) => format!(" {offset}"),
        None if stamp.utc => " UTC".to_owned(),
        None => String::new(),
    }
}

/// [`format_date_time`] with the seconds (and their fraction) as written, where two stamps
/// may be a few seconds apart (backups): `24 Nov 2026, 22:14:05.123`.
#[must_use]
pub fn format_date_time_seconds(text: &str) -> String {
    let Some(stamp) = parse_stamp(text) else {
        return text.to_owned();
    };
    let date = write_date(current(), &stamp);
    match (stamp.time, &stamp.seconds) {
        (Some((hours, minutes)), seconds) => {
            let zone = zone(&stamp);
            let decimal = style(current()).decimal;
            let seconds = seconds
                .as_deref()
                .map(|seconds| format!(":{}", seconds.replace('.', decimal)))
                .unwrap_or_default();
            format!("{date}, {hours:02}:{minutes:02}{seconds}{zone}")
        }
        (None, _) => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::with_language;

    #[test]
    fn numbers_are_grouped_and_pointed_the_languages_way() {
        assert_eq!(
            write_number(Language::English, 1234.5, 0, 3, true),
            "1,234.5"
        );
        assert_eq!(
            write_number(Language::Russian, 1234.5, 0, 3, true),
            "1\u{a0}234,5"
        );
        assert_eq!(
            write_number(Language::Azerbaijani, 1234.5, 0, 3, true),
            "1.234,5"
        );
        assert_eq!(write_number(Language::English, 999.0, 0, 3, true), "999");
        assert_eq!(
            write_number(Language::English, 1_000_000.0, 0, 0, true),
            "1,000,000"
        );
        assert_eq!(
            write_number(Language::Russian, -12_345.0, 0, 0, true),
            "-12\u{a0}345"
        );
        assert_eq!(write_number(Language::English, 0.26, 1, 1, true), "0.3");
        assert_eq!(write_number(Language::Russian, 2.0, 1, 1, true), "2,0");
        assert_eq!(write_number(Language::English, -0.0001, 0, 2, true), "0");
        assert_eq!(
            write_number(Language::English, 12345.0, 0, 0, false),
            "12345"
        );
    }

    #[test]
    fn dates_name_their_month_in_the_interface_language() {
        let stamp = "2026-12-02T09:15:00Z";
        assert_eq!(
            with_language(Language::English, || format_date_time(stamp)),
            "2 Dec 2026, 09:15 UTC"
        );
        assert_eq!(
            with_language(Language::Russian, || format_date_time(stamp)),
            "2 дек. 2026, 09:15 UTC"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || format_date_time(
                "2026-05-09T18:40:00+04:00"
            )),
            "9 may 2026, 18:40 +04:00"
        );
        assert_eq!(
            format_date_time("2026-05-09T18:40:00+00:00"),
            "9 May 2026, 18:40 UTC"
        );
        assert_eq!(
            with_language(Language::Russian, || format_percent(0.254)),
            "25\u{a0}%"
        );
        assert_eq!(format_percent(1.0), "100%");
        assert_eq!(
            with_language(Language::Russian, || format_date("2026-05-09")),
            "9 мая 2026"
        );
        assert_eq!(format_date_time("yesterday"), "yesterday");
        assert_eq!(
            with_language(Language::Russian, || {
                format_date_time_seconds("2026-11-24 22:14:05.123")
            }),
            "24 нояб. 2026, 22:14:05,123"
        );
        assert_eq!(
            format_date_time_seconds("2026-11-24T22:14:05Z"),
            "24 Nov 2026, 22:14:05 UTC"
        );
        assert_eq!(format_date_time("2026-13-02"), "2026-13-02");
    }
}
