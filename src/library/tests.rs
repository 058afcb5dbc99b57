//! Tests of the library: records kept and read back, search in three languages with
//! inflected forms, phrases and filters, refreshes that follow the folder, and duplicates.

use std::path::{Path, PathBuf};

use super::record::{self, Field, Record};
use super::{LibraryIndex, Query, WorkStatus, duplicates_of, search};
use crate::io::ImportOptions;
use crate::model::{Edit, LanguageTag, ParagraphId, Project, TranslationStatus};

const RU: &str = "Проезд в тбилисском метро подорожает вдвое\n\n\
    С 1 января пассажиры тбилисского метро будут платить 1 лари вместо 50 тетри.\n\n\
    Мэр Тбилиси Каха Каладзе заявил, что новые вагоны прибудут весной.\n\n\
    Жители столицы недовольны решением мэрии и собирают подписи.";

const AZ: &str = "Bakıda yeni elektrik avtobusları istifadəyə verilib\n\n\
    İlk elektrik avtobusları şəhərin mərkəzində işləyəcək.\n\n\
    Nəqliyyat Agentliyi bildirib ki, İçərişəhər marşrutu da açılacaq.\n\n\
    Sərnişinlər yeni avtobusları bəyəniblər.";

const EN: &str = "Yerevan opens its first bicycle lanes\n\n\
    The city council opened bicycle lanes on three central streets.\n\n\
    Cyclists said the new lanes were too narrow for cargo bikes.\n\n\
    The mayor promised that more lanes would follow next year.";

fn article(text: &str, language: &str, name: &str) -> Project {
    let options = ImportOptions {
        source_language: Some(LanguageTag::parse(language).unwrap()),
        ..ImportOptions::default()
    };
    crate::io::import_article_bytes(name, text.as_bytes(), &options).unwrap()
}

fn save(folder: &Path, name: &str, project: &Project) -> PathBuf {
    let path = folder.join(name);
    crate::io::save_project(project, &path).unwrap();
    path
}

fn translate(project: &mut Project, index: usize, language: &str, text: &str) {
    let paragraph_id = project
        .translatable_paragraphs()
        .nth(index)
        .unwrap()
        .paragraph_id;
    let language = LanguageTag::parse(language).unwrap();
    Edit::SetTranslationText {
        paragraph_id,
        language: language.clone(),
        text: text.to_owned(),
    }
    .apply(project)
    .unwrap();
    Edit::SetTranslationStatus {
        paragraph_id,
        language,
        status: TranslationStatus::Translated,
    }
    .apply(project)
    .unwrap();
}

/// A library of three articles, the Russian one translated into English in part.
fn library() -> (tempfile::TempDir, LibraryIndex) {
    let folder = tempfile::tempdir().unwrap();
    let mut ru = article(RU, "ru", "metro.txt");
    translate(
        &mut ru,
        2,
        "en",
        "Tbilisi mayor Kakha Kaladze said the new carriages would arrive in spring.",
    );
    save(folder.path(), "metro.diptych.ron", &ru);
    save(
        folder.path(),
        "buses.diptych.ron",
        &article(AZ, "az", "buses.txt"),
    );
    std::fs::create_dir(folder.path().join("armenia")).unwrap();
    save(
        &folder.path().join("armenia"),
        "lanes.diptych.ron",
        &article(EN, "en", "lanes.txt"),
    );
    let mut index = LibraryIndex::new(folder.path().to_path_buf());
    index.refresh(&mut |_, _| true).unwrap();
    (folder, index)
}

fn found(index: &LibraryIndex, text: &str) -> Vec<(String, String, Option<u32>)> {
    search(
        index,
        &Query {
            text: text.to_owned(),
            ..Query::default()
        },
        20,
    )
    .into_iter()
    .map(|hit| (hit.file_name, hit.lang, hit.paragraph_id))
    .collect()
}

#[test]
fn inflected_forms_are_found_in_russian_english_and_azerbaijani() {
    let (_folder, index) = library();
    assert_eq!(index.len(), 3);
    // ru: "мэра" finds "Мэр" and "мэрии"; the English translation is searched too.
    let hits = found(&index, "мэра");
    assert!(hits.len() >= 2, "{hits:?}");
    assert!(
        hits.iter()
            .all(|(file, lang, _)| file == "metro.txt" && lang == "ru")
    );
    let hits = found(&index, "carriage");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].1, "en");
    // en: "lane" finds "lanes", "opened" finds "opens" and "opened".
    assert!(found(&index, "lane").len() >= 3);
    assert!(found(&index, "opening bicycle").len() >= 2);
    // az: "avtobusu" finds avtobusları, and the dotted capital folds the Azerbaijani way.
    assert!(found(&index, "avtobusu").len() >= 3);
    assert_eq!(found(&index, "içərişəhər").len(), 1);
    assert_eq!(found(&index, "İÇƏRİŞƏHƏR").len(), 1);
    // Every word must be there.
    assert!(found(&index, "avtobus metro").is_empty());
    assert!(found(&index, "").is_empty());
}

#[test]
fn quoted_words_must_stand_together_in_order() {
    let (_folder, index) = library();
    assert_eq!(found(&index, "\"новые вагоны\"").len(), 1);
    assert!(found(&index, "\"вагоны новые\"").is_empty());
    assert_eq!(found(&index, "вагоны новые").len(), 1);
    // Typographic quotes and inflected forms in a phrase.
    assert_eq!(found(&index, "«новых вагонов»").len(), 1);
}

#[test]
fn snippets_mark_what_was_found() {
    let (_folder, index) = library();
    let hits = search(
        &index,
        &Query {
            text: "Каладзе".to_owned(),
            ..Query::default()
        },
        5,
    );
    let hit = &hits[0];
    let marked: String = hit
        .snippet
        .chars()
        .skip(hit.highlights[0].start)
        .take(7)
        .collect();
    assert_eq!(marked, "Каладзе");
    assert_eq!(hit.field, Field::Source);
    assert_eq!(hit.title, "Проезд в тбилисском метро подорожает вдвое");
}

#[test]
fn filters_narrow_by_language_status_and_date() {
    let (_folder, index) = library();
    let only = |query: Query| search(&index, &query, 20);
    let english = only(Query {
        text: "Kaladze".to_owned(),
        lang: Some("en".to_owned()),
        ..Query::default()
    });
    assert_eq!(english.len(), 1);
    assert!(
        only(Query {
            text: "Каладзе".to_owned(),
            lang: Some("az".to_owned()),
            ..Query::default()
        })
        .is_empty()
    );
    let in_progress = only(Query {
        text: "lanes".to_owned(),
        status: Some(WorkStatus::InProgress),
        ..Query::default()
    });
    assert!(in_progress.is_empty(), "the lanes article is untranslated");
    // No project has a publication date: a date filter leaves nothing.
    assert!(
        only(Query {
            text: "lanes".to_owned(),
            published_from: Some("2020-01-01".to_owned()),
            ..Query::default()
        })
        .is_empty()
    );
    let metro = index
        .entries()
        .find(|entry| entry.file_name == "metro.txt")
        .unwrap();
    assert_eq!(metro.status(), WorkStatus::InProgress);
    assert_eq!(
        metro.targets.iter().find(|t| t.lang == "en").unwrap().done,
        1
    );
}

#[test]
fn a_record_reads_back_and_a_stale_or_damaged_one_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = save(
        folder.path(),
        "metro.diptych.ron",
        &article(RU, "ru", "metro.txt"),
    );
    let stamp = crate::io::fs::FileStamp::of(path.clone());
    let project = crate::io::load_project(&path).unwrap();
    let made = Record::of(&project, path.clone(), "2026-12-02 10:00:00".to_owned());
    let bytes = record::encode(&made, &stamp);
    assert_eq!(record::decode(&bytes, &stamp).unwrap(), made);
    // Another version of the file.
    let mut other = stamp.clone();
    other.size += 1;
    assert_eq!(
        record::decode(&bytes, &other),
        Err(record::RecordMiss::Stale)
    );
    // A byte changed, a cut, garbage: never trusted, never a panic.
    let mut flipped = bytes.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x20;
    assert!(matches!(
        record::decode(&flipped, &stamp),
        Err(record::RecordMiss::Damaged(_))
    ));
    for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(record::decode(&bytes[..cut], &stamp).is_err());
    }
    assert!(record::decode(b"\x00\x01garbage", &stamp).is_err());
}

#[test]
fn a_refresh_follows_the_folder_and_uses_records_only_while_they_are_current() {
    let (folder, mut index) = library();
    let report = index.refresh(&mut |_, _| true).unwrap();
    assert_eq!((report.unchanged, report.read, report.removed), (3, 0, 0));
    // A fresh index reads the cached records.
    let mut again = LibraryIndex::new(folder.path().to_path_buf());
    let report = again.refresh(&mut |_, _| true).unwrap();
    assert_eq!((report.from_cache, report.read), (3, 0));
    assert_eq!(found(&again, "Каладзе"), found(&index, "Каладзе"));
    // A damaged record is read again from its project.
    let metro = folder.path().join("metro.diptych.ron");
    let record_path = record::record_path(folder.path(), &metro);
    let mut bytes = std::fs::read(&record_path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&record_path, bytes).unwrap();
    let mut third = LibraryIndex::new(folder.path().to_path_buf());
    let report = third.refresh(&mut |_, _| true).unwrap();
    assert_eq!((report.from_cache, report.read), (2, 1));
    // A project saved again replaces its segment; one removed goes, with its record.
    let mut project = crate::io::load_project(&metro).unwrap();
    translate(
        &mut project,
        3,
        "az",
        "Paytaxt sakinləri meriyanın qərarından narazıdır.",
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    crate::io::save_project(&project, &metro).unwrap();
    let lanes = folder.path().join("armenia").join("lanes.diptych.ron");
    let lanes_record = record::record_path(folder.path(), &lanes);
    assert!(lanes_record.exists());
    std::fs::remove_file(&lanes).unwrap();
    let report = index.refresh(&mut |_, _| true).unwrap();
    assert_eq!((report.unchanged, report.read, report.removed), (1, 1, 1));
    assert_eq!(found(&index, "narazı").len(), 1);
    assert!(found(&index, "lanes").is_empty());
    assert!(!lanes_record.exists());
    // An unreadable project is reported, not fatal.
    std::fs::write(folder.path().join("broken.diptych.ron"), "(version: 99").unwrap();
    let report = index.refresh(&mut |_, _| true).unwrap();
    assert_eq!(report.unreadable.len(), 1);
    assert_eq!(index.unreadable().count(), 1);
    assert_eq!(index.len(), 2);
}

#[test]
fn a_refresh_can_be_stopped() {
    let (folder, _) = library();
    let mut index = LibraryIndex::new(folder.path().to_path_buf());
    let mut calls = 0;
    assert!(
        index
            .refresh(&mut |_, _| {
                calls += 1;
                calls < 2
            })
            .is_none()
    );
}

#[test]
fn an_article_saved_again_is_found_by_its_bytes_text_or_address() {
    let (_folder, index) = library();
    let again = article(RU, "ru", "metro-copy.txt");
    let duplicates = duplicates_of(&index, &super::Fingerprints::of(&again));
    assert_eq!(duplicates.len(), 1);
    assert_eq!(
        duplicates[0].ways,
        vec![
            super::duplicates::Sameness::Bytes,
            super::duplicates::Sameness::Text
        ]
    );
    // The same text with other line ends and spacing: other bytes, the same text.
    let respaced = article(&RU.replace("\n\n", "\r\n\r\n  "), "ru", "metro.txt");
    let duplicates = duplicates_of(&index, &super::Fingerprints::of(&respaced));
    assert_eq!(duplicates[0].ways, vec![super::duplicates::Sameness::Text]);
    // Another article is none of them.
    let other = article(
        "Совсем другая статья\n\nО погоде в Гяндже и о дождях, которые идут третий день.",
        "ru",
        "other.txt",
    );
    assert!(duplicates_of(&index, &super::Fingerprints::of(&other)).is_empty());
    assert_eq!(ParagraphId(0), ParagraphId(0));
}

#[cfg(unix)]
#[test]
fn a_symlink_planted_where_a_record_goes_is_replaced_never_written_through() {
    let (folder, index) = library();
    let metro = index
        .entries()
        .find(|entry| entry.file_name == "metro.txt")
        .unwrap()
        .project
        .clone();
    let record = record::record_path(folder.path(), &metro);
    std::fs::remove_file(&record).unwrap();
    let victim = folder.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    std::os::unix::fs::symlink(&victim, &record).unwrap();
    // A dangling link must not create its target either.
    let lanes = index
        .entries()
        .find(|entry| entry.file_name == "lanes.txt")
        .unwrap()
        .project
        .clone();
    let lanes_record = record::record_path(folder.path(), &lanes);
    std::fs::remove_file(&lanes_record).unwrap();
    let nowhere = folder.path().join("created-through-a-link.txt");
    std::os::unix::fs::symlink(&nowhere, &lanes_record).unwrap();
    let mut fresh = LibraryIndex::new(folder.path().to_path_buf());
    let report = fresh.refresh(&mut |_, _| true).unwrap();
    assert_eq!(report.read, 2);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(!nowhere.exists());
    assert!(std::fs::symlink_metadata(&record).unwrap().is_file());
    assert!(std::fs::symlink_metadata(&lanes_record).unwrap().is_file());
}

#[cfg(unix)]
#[test]
fn symlinked_folders_loops_and_hidden_folders_do_not_repeat_or_add_projects() {
    let (folder, _) = library();
    std::os::unix::fs::symlink(folder.path(), folder.path().join("loop")).unwrap();
    std::fs::create_dir(folder.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", folder.path().join("sub").join("up")).unwrap();
    std::fs::create_dir(folder.path().join(".stversions")).unwrap();
    save(
        &folder.path().join(".stversions"),
        "old.diptych.ron",
        &article(EN, "en", "old.txt"),
    );
    // The same folder spelled another way finds the same records.
    let spelled = folder.path().join("sub").join("..");
    let mut index = LibraryIndex::new(spelled);
    let report = index.refresh(&mut |_, _| true).unwrap();
    assert_eq!(index.len(), 3);
    assert_eq!((report.from_cache, report.read), (3, 0));
    assert_eq!(found(&index, "Каладзе").len(), 1);
}

#[test]
fn invisible_hyphens_and_decomposed_letters_do_not_hide_a_word() {
    let folder = tempfile::tempdir().unwrap();
    let text = "Trans\u{ad}port in Bakı\n\nНовые авто\u{ad}бусы и е\u{308}жик в Cafe\u{301} Baku.";
    save(
        folder.path(),
        "a.diptych.ron",
        &article(text, "en", "a.txt"),
    );
    let mut index = LibraryIndex::new(folder.path().to_path_buf());
    index.refresh(&mut |_, _| true).unwrap();
    assert!(!found(&index, "transport").is_empty());
    assert!(!found(&index, "café").is_empty());
    assert!(!found(&index, "автобусы").is_empty());
    assert!(!found(&index, "ёжик").is_empty());
}

#[test]
fn azerbaijani_is_found_typed_in_capitals_or_plain_latin() {
    let (_folder, index) = library();
    for query in [
        "İÇƏRİŞƏHƏR",
        "Icərişəhər",
        "ICERISEHER",
        "icerisehere",
        "sernisinler",
    ] {
        assert_eq!(found(&index, query).len(), 1, "{query}");
    }
    assert!(!found(&index, "bakida").is_empty());
    assert!(!found(&index, "BAKIDA").is_empty());
    assert!(!found(&index, "neqliyyat").is_empty());
}

#[test]
fn figures_make_a_text_new_and_a_home_page_address_names_no_article() {
    let (_folder, index) = library();
    let other_figures = article(&RU.replace("50 тетри", "70 тетри"), "ru", "metro.txt");
    let duplicates = duplicates_of(&index, &super::Fingerprints::of(&other_figures));
    assert!(
        duplicates
            .iter()
            .all(|duplicate| !duplicate.ways.contains(&super::duplicates::Sameness::Text)),
        "{duplicates:?}"
    );
    let home = |text: &str| {
        let mut project = article(text, "en", "page.html");
        project.metadata.url = "https://www.example.org/".to_owned();
        super::Fingerprints::of(&project)
    };
    let one = home("A story about rain\n\nIt rained all week in Ganja and the river rose.");
    let other = home("A story about roads\n\nThe road to Sheki was closed for repairs.");
    assert_eq!(one.canonical_url, "example.org");
    let (_folder, mut index) = library();
    let mut saved = article(
        "A story about rain\n\nIt rained all week in Ganja and the river rose.",
        "en",
        "page.html",
    );
    saved.metadata.url = "https://www.example.org/".to_owned();
    let path = index.folder.join("rain.diptych.ron");
    crate::io::save_project(&saved, &path).unwrap();
    index.refresh(&mut |_, _| true).unwrap();
    assert!(duplicates_of(&index, &other).is_empty());
    assert!(!duplicates_of(&index, &one).is_empty());
}

#[test]
fn date_filters_read_the_dates_pages_write() {
    let (folder, mut index) = library();
    let mut dated = article(EN, "en", "dated.txt");
    dated.metadata.published = "20.11.2026 09:30".to_owned();
    crate::io::save_project(&dated, &folder.path().join("dated.diptych.ron")).unwrap();
    index.refresh(&mut |_, _| true).unwrap();
    let between = |from: &str, to: &str| {
        search(
            &index,
            &Query {
                text: "lanes".to_owned(),
                published_from: Some(from.to_owned()),
                published_to: Some(to.to_owned()),
                ..Query::default()
            },
            20,
        )
        .len()
    };
    assert!(between("2026-11-01", "2026-11-20") > 0);
    assert!(between("2026-01-01", "2026-11") > 0);
    assert_eq!(between("2026-11-21", "2026-12-31"), 0);
}
