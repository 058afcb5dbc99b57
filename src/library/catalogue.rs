//! What the library knows of each project without opening it: title, outlet, languages and
//! progress, addresses, dates, tags — the rows of the library screen and of `library list` —
//! and the fingerprints that tell whether an article is saved already (its canonical address,
//! its original bytes' SHA-256, its text's hash and a sketch of its text for near copies).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::{Project, TranslationStatus, progress};

/// One target language's progress in a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetProgress {
    pub lang: String,
    pub done: usize,
    pub total: usize,
    /// Translations started (any text) but not done.
    pub started: usize,
}

impl TargetProgress {
    /// Share of paragraphs done, 0 to 1.
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            0.0
        } else {
            self.done as f32 / self.total as f32
        }
    }
}

/// Where a project stands, for the library's status filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkStatus {
    /// No target has any translation.
    Untranslated,
    /// Something is translated, not everything.
    InProgress,
    /// Every target is done (and there is at least one).
    Done,
    /// A later capture of the article changed paragraphs already translated: some
    /// translations follow an earlier text (whatever else stands).
    Stale,
}

impl WorkStatus {
    pub const ALL: [Self; 4] = [
        Self::Untranslated,
        Self::InProgress,
        Self::Done,
        Self::Stale,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Untranslated => "untranslated",
            Self::InProgress => "in progress",
            Self::Done => "done",
            Self::Stale => "stale",
        }
    }
}

/// A project of the library, as its row shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The project file.
    pub project: PathBuf,
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub source_language: String,
    pub targets: Vec<TargetProgress>,
    /// Languages of translations imported and aligned with the source.
    pub aligned: Vec<String>,
    pub published: String,
    /// The publication day as `YYYY-MM-DD`, when the date could be read (see
    /// [`publication_day`]); what the date filters compare.
    pub published_day: String,
    pub captured: String,
    /// How many captures of the article the project holds.
    pub captures: usize,
    /// Translations a later capture made stale.
    pub stale: usize,
    pub tags: Vec<String>,
    pub note: String,
    /// The project file's last change, as `YYYY-MM-DD HH:MM:SS` UTC.
    pub modified: String,
    /// The original file's name.
    pub file_name: String,
    /// Translatable paragraphs.
    pub paragraphs: usize,
    pub fingerprints: Fingerprints,
}

impl Entry {
    /// The entry of `project`, saved at `path` and last changed at `modified`.
    pub fn of(project: &Project, path: PathBuf, modified: String) -> Self {
        let metadata = &project.metadata;
        let targets = project
            .targets
            .iter()
            .map(|lang| {
                let progress = progress(project, lang);
                let started = project
                    .translatable_paragraphs()
                    .filter(|paragraph| {
                        let translation = project.translation(paragraph.paragraph_id, lang);
                        !translation.text.trim().is_empty()
                            && translation.status < TranslationStatus::Translated
                    })
                    .count();
                TargetProgress {
                    lang: lang.as_str().to_owned(),
                    done: progress.paragraphs_done,
                    total: progress.paragraphs_total,
                    started,
                }
            })
            .collect();
        Self {
            project: path,
            title: metadata.title.clone(),
            outlet: metadata.outlet.clone(),
            url: metadata.url.clone(),
            source_language: project.source.language.as_str().to_owned(),
            targets,
            aligned: project
                .aligned
                .keys()
                .map(|lang| lang.as_str().to_owned())
                .collect(),
            published: metadata.published.clone(),
            published_day: publication_day(&metadata.published).unwrap_or_default(),
            captured: metadata.captured.clone(),
            captures: project.capture_count(),
            stale: project.stale_count(),
            tags: metadata.tag_list(),
            note: metadata.note.clone(),
            modified,
            file_name: project.source.original.file_name.clone(),
            paragraphs: project.translatable_paragraphs().count(),
            fingerprints: Fingerprints::of(project),
        }
    }

    /// Where the project's translation stands.
    pub fn status(&self) -> WorkStatus {
        if self.stale > 0 {
            return WorkStatus::Stale;
        }
        let done = self.targets.iter().map(|target| target.done).sum::<usize>();
        let started = self
            .targets
            .iter()
            .map(|target| target.started)
            .sum::<usize>();
        if !self.targets.is_empty()
            && self
                .targets
                .iter()
                .all(|target| target.total > 0 && target.done == target.total)
        {
            WorkStatus::Done
        } else if done + started == 0 {
            WorkStatus::Untranslated
        } else {
            WorkStatus::InProgress
        }
    }

    /// The title to show: the title, else the original file's name.
    pub fn display_title(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.file_name
        } else {
            &self.title
        }
    }
}

/// The month a name (English, Russian in any case, Azerbaijani, or a three-letter
/// abbreviation) stands for.
fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [[&str; 3]; 12] = [
        ["jan", "янв", "yanvar"],
        ["feb", "фев", "fevral"],
        ["mar", "мар", "mart"],
        ["apr", "апр", "aprel"],
        ["may", "ма", "may"],
        ["jun", "июн", "iyun"],
        ["jul", "июл", "iyul"],
        ["aug", "авг", "avqust"],
        ["sep", "сен", "sentyabr"],
        ["oct", "окт", "oktyabr"],
        ["nov", "ноя", "noyabr"],
        ["dec", "дек", "dekabr"],
    ];
    let name = name.trim_end_matches('.').to_lowercase();
    if name.chars().count() < 3 {
        return None;
    }
    (1u32..)
        .zip(MONTHS)
        .find_map(|(number, [english, russian, azerbaijani])| {
            let matches = name.starts_with(english)
            || name.starts_with(azerbaijani)
            // "ма" alone would take "март": May is мая/май.
            || if number == 5 {
                name == "мая" || name == "май"
            } else {
                name.starts_with(russian)
            };
            matches.then_some(number)
        })
}

/// Whether `year-month-day` is a day of the calendar.
pub fn is_calendar_day(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=9999).contains(&year) && (1..=days).contains(&day)
}

/// The day a publication date names, as `YYYY-MM-DD`: ISO 8601 (`2026-11-20T09:30+04:00`),
/// day first with dots, slashes or dashes (`20.11.2026`), or with a month's name in English,
/// Russian or Azerbaijani (`November 20, 2026`, `20 ноября 2026 г.`, `20 noyabr 2026`).
pub fn publication_day(date: &str) -> Option<String> {
    let date = date.trim();
    let format = |year: u32, month: u32, day: u32| {
        is_calendar_day(year, month, day).then(|| format!("{year:04}-{month:02}-{day:02}"))
    };
    let number = |text: &str| text.parse::<u32>().ok();
    // ISO: the first ten characters.
    if let Some(head) = date.get(..10) {
        let parts: Vec<&str> = head.split('-').collect();
        if parts.len() == 3
            && parts[0].len() == 4
            && let (Some(year), Some(month), Some(day)) =
                (number(parts[0]), number(parts[1]), number(parts[2]))
        {
            return format(year, month, day);
        }
    }
    let pieces: Vec<&str> = date
        .split(|character: char| {
            character.is_whitespace() || matches!(character, ',' | '.' | '/' | '-')
        })
        .filter(|piece| !piece.is_empty())
        .collect();
    // Day first, all numbers: 20.11.2026.
    if let [day, month, year, ..] = pieces.as_slice()
        && let (Some(day), Some(month), Some(year)) = (number(day), number(month), number(year))
        && year >= 1000
    {
        return format(year, month, day);
    }
    // A month's name with a day and a year, in either order.
    let month_at = pieces
        .iter()
        .position(|piece| month_number(piece).is_some())?;
    let month = month_number(pieces[month_at])?;
    let numbers: Vec<u32> = pieces
        .iter()
        .enumerate()
        .filter(|(at, _)| *at != month_at)
        .filter_map(|(_, piece)| number(piece))
        .collect();
    let year = *numbers.iter().find(|value| **value >= 1000)?;
    let day = *numbers.iter().find(|value| (1..=31).contains(*value))?;
    format(year, month, day)
}

/// How many words a text sketch's shingles hold.
const SHINGLE_WORDS: usize = 4;
/// How many minimum hashes a sketch keeps.
pub const SKETCH_SIZE: usize = 64;

/// What identifies an article's content, for "already saved?".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Fingerprints {
    /// The address with what does not change the page left out (see [`canonical_url`]);
    /// empty when unknown.
    pub canonical_url: String,
    /// SHA-256 of the original file's bytes.
    pub original_sha256: String,
    /// SHA-256 of each earlier capture's bytes.
    pub earlier_sha256: Vec<String>,
    /// SHA-256 of the normalised article text (empty when there is no text).
    pub text_sha256: String,
    /// The smallest hashes of the text's four-word shingles, one per hash function
    /// (`SKETCH_SIZE` of them, or none for texts too short to judge).
    pub sketch: Vec<u64>,
    /// How many distinct shingles the text has.
    pub shingles: usize,
}

impl Fingerprints {
    pub fn of(project: &Project) -> Self {
        let language = project.source.language.as_str();
        let words: Vec<String> = project
            .translatable_paragraphs()
            .flat_map(|paragraph| normalised_words(&paragraph.text, language))
            .collect();
        let text_sha256 = if words.is_empty() {
            String::new()
        } else {
            crate::model::sha256_hex(words.join(" ").as_bytes())
        };
        let (sketch, shingles) = sketch(&words);
        Self {
            canonical_url: canonical_url(&project.metadata.url),
            original_sha256: project.source.original.sha256.clone(),
            earlier_sha256: project
                .captures
                .iter()
                .map(|capture| capture.original.sha256.clone())
                .collect(),
            text_sha256,
            sketch,
            shingles,
        }
    }

    /// How alike two texts' sketches say they are: the share of hash functions whose minimum
    /// agrees (an estimate of the Jaccard similarity of their shingles), or `None` when either
    /// text is too short to judge.
    pub fn text_similarity(&self, other: &Self) -> Option<f32> {
        if self.sketch.len() != SKETCH_SIZE || other.sketch.len() != SKETCH_SIZE {
            return None;
        }
        let same = self
            .sketch
            .iter()
            .zip(&other.sketch)
            .filter(|(one, other)| one == other)
            .count();
        Some(same as f32 / SKETCH_SIZE as f32)
    }

    /// How much of the shorter text the longer one holds (estimated from the sketches'
    /// agreement and the two texts' sizes), or `None` when either is too short to judge. An
    /// article saved again with a paragraph added or a sentence lengthened stays close to 1
    /// where their plain similarity drops.
    pub fn text_containment(&self, other: &Self) -> Option<f32> {
        let similarity = self.text_similarity(other)?;
        let (one, two) = (self.shingles as f32, other.shingles as f32);
        let shared = similarity * (one + two) / (1.0 + similarity);
        Some((shared / one.min(two).max(1.0)).min(1.0))
    }
}

/// The words and numbers of `text` folded the way `language` folds case, without
/// punctuation (numbers count: "3 died" and "30 died" are different texts).
fn normalised_words(text: &str, language: &str) -> Vec<String> {
    super::record::term_spans(text, language)
        .into_iter()
        .map(|(_, word)| word)
        .collect()
}

/// A 64-bit mixing function (`SplitMix64`'s finaliser), for the sketch's hash family.
fn mix(mut value: u64) -> u64 {
    value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    value ^ (value >> 31)
}

/// FNV-1a of a shingle's words, a stable hash (the same in every run and version).
fn shingle_hash(words: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for word in words {
        for byte in word.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The `MinHash` sketch of `words` — for each of `SKETCH_SIZE` hash functions, the smallest
/// hash of a shingle — and how many distinct shingles there are. Texts of fewer than twenty
/// words get no sketch.
fn sketch(words: &[String]) -> (Vec<u64>, usize) {
    if words.len() < 20 {
        return (Vec::new(), 0);
    }
    let mut shingles: Vec<u64> = words.windows(SHINGLE_WORDS).map(shingle_hash).collect();
    shingles.sort_unstable();
    shingles.dedup();
    let mut minimums = vec![u64::MAX; SKETCH_SIZE];
    for &base in &shingles {
        for (seed, minimum) in (0u64..).zip(minimums.iter_mut()) {
            let hash = mix(base ^ mix(seed.wrapping_add(0x9e37_79b9_7f4a_7c15)));
            *minimum = (*minimum).min(hash);
        }
    }
    (minimums, shingles.len())
}

/// Query parameters that only track where a reader came from.
fn is_tracking_parameter(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "fbclid"
                | "gclid"
                | "yclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "igshid"
                | "ref"
                | "ref_src"
                | "cmpid"
                | "ocid"
                | "_ga"
                | "at_medium"
                | "at_campaign"
        )
}

/// `url` with what does not change the article left out, for comparing: the scheme
/// (`http` = `https`), `www.`, the host's case, a default port, the fragment, tracking
/// parameters, a trailing slash, `index.html` and an AMP suffix. Empty for anything that is
/// not an `http(s)` address.
pub fn canonical_url(url: &str) -> String {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return String::new();
    };
    let rest = rest.split('#').next().unwrap_or_default();
    let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = address.split_at(address.find('/').unwrap_or(address.len()));
    let host = host.to_ascii_lowercase();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host = host
        .strip_suffix(":80")
        .or_else(|| host.strip_suffix(":443"))
        .unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() {
        return String::new();
    }
    let mut path = path.trim_end_matches('/');
    for suffix in ["/index.html", "/index.htm", "/amp", ".amp"] {
        if let Some(shorter) = path.strip_suffix(suffix) {
            path = shorter.trim_end_matches('/');
        }
    }
    let mut parameters: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| !is_tracking_parameter(pair.split('=').next().unwrap_or_default()))
        .filter(|pair| !matches!(*pair, "amp" | "amp=1" | "outputType=amp"))
        .collect();
    parameters.sort_unstable();
    let mut canonical = format!("{host}{path}");
    if !parameters.is_empty() {
        canonical.push('?');
        canonical.push_str(&parameters.join("&"));
    }
    canonical
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publication_dates_are_read_in_the_ways_pages_write_them() {
        for (written, day) in [
            ("2026-11-20T09:30:00+04:00", Some("2026-11-20")),
            ("2026-11-20", Some("2026-11-20")),
            ("20.11.2026 09:30", Some("2026-11-20")),
            ("20/11/2026", Some("2026-11-20")),
            ("November 20, 2026", Some("2026-11-20")),
            ("Nov. 20, 2026", Some("2026-11-20")),
            ("20 ноября 2026 г.", Some("2026-11-20")),
            ("3 мая 2026", Some("2026-05-03")),
            ("3 марта 2026", Some("2026-03-03")),
            ("20 noyabr 2026", Some("2026-11-20")),
            ("2026-02-30", None),
            ("31.04.2026", None),
            ("yesterday", None),
            ("", None),
        ] {
            assert_eq!(publication_day(written).as_deref(), day, "{written}");
        }
    }

    #[test]
    fn addresses_that_show_the_same_article_compare_equal() {
        let plain = canonical_url("https://www.example.az/xeber/metro-123");
        assert_eq!(plain, "example.az/xeber/metro-123");
        for same in [
            "http://example.az/xeber/metro-123/",
            "HTTPS://WWW.Example.AZ/xeber/metro-123#comments",
            "https://example.az/xeber/metro-123?utm_source=tg&utm_medium=social",
            "https://example.az:443/xeber/metro-123/amp",
            "https://example.az/xeber/metro-123?fbclid=abc",
        ] {
            assert_eq!(canonical_url(same), plain, "{same}");
        }
        // The path's case and real parameters are the page's own.
        assert_ne!(canonical_url("https://example.az/Xeber/metro-123"), plain);
        assert_eq!(
            canonical_url("https://example.az/news?id=7&lang=az"),
            canonical_url("https://example.az/news?lang=az&id=7&utm_campaign=x")
        );
        assert_ne!(
            canonical_url("https://example.az/news?id=7"),
            canonical_url("https://example.az/news?id=8")
        );
        assert_eq!(canonical_url("file:///tmp/a.html"), "");
        assert_eq!(canonical_url(""), "");
        assert_eq!(canonical_url("https://"), "");
    }

    #[test]
    fn a_sketch_finds_a_near_copy_and_tells_other_texts_apart() {
        let text = "Bakı metrosunun yeni stansiyası sabah açılacaq və sərnişinlər ilk qatarı \
            səhər saat altıda görəcəklər. Nazirlik bildirib ki, stansiyanın tikintisi üç il \
            çəkib və layihəyə yüz milyon manat xərclənib. Sakinlər yeni stansiyanı gözləyirdi.";
        let words = |text: &str| normalised_words(text, "az");
        let sketch_of = |text: &str| Fingerprints {
            sketch: sketch(&words(text)).0,
            shingles: sketch(&words(text)).1,
            ..Fingerprints::default()
        };
        let original = sketch_of(text);
        let with_footer = sketch_of(&format!("{text} Xəbəri paylaşın."));
        let longer = sketch_of(&format!(
            "{text} Nazirliyin sözçüsü əlavə edib ki, gələn il daha iki stansiya açılacaq və \
             xəttin uzunluğu on kilometr artacaq. Bu barədə qərar artıq verilib."
        ));
        let other = sketch_of(
            "Gürcüstanın paytaxtında yeni avtobus marşrutları istifadəyə verilib və \
             sərnişinlər onları bəyənib. Bələdiyyə deyir ki, gələn il daha iyirmi marşrut \
             açılacaq və köhnə avtobuslar yenilənəcək. Sürücülər də razıdır.",
        );
        let similarity =
            |one: &Fingerprints, other: &Fingerprints| one.text_similarity(other).unwrap();
        assert!(similarity(&original, &with_footer) > 0.8);
        assert!(similarity(&original, &other) < 0.2);
        // A longer version holds nearly all of the shorter, though they are less alike.
        assert!(similarity(&original, &longer) < 0.8);
        assert!(original.text_containment(&longer).unwrap() > 0.8);
        assert!(original.text_containment(&other).unwrap() < 0.2);
        assert!(sketch(&words("Qısa mətn.")).0.is_empty());
        // Case, written the Azerbaijani way (i: İ, ı: I), does not make a text new.
        let upper: String = text
            .chars()
            .map(|letter| match letter {
                'i' => "İ".to_owned(),
                'ı' => "I".to_owned(),
                other => other.to_uppercase().collect(),
            })
            .collect();
        assert_eq!(sketch_of(&upper), original);
    }
}
