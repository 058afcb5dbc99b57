//! A new capture of a saved article from the command line: `recapture` reports exactly which
//! article paragraphs are unchanged (a moved one included), changed, added and removed, marks
//! the translations of changed ones stale, keeps removed ones' translations in the history,
//! refuses the same file twice and leaves the project untouched then; `verify` checks every
//! capture; the library shows captures and stale projects, knows an earlier capture's bytes,
//! and `library add --as-capture-of` adds a capture.

use std::path::Path;

use diptych::model::{Edit, LanguageTag, ParagraphId};

use crate::cli_common::{diptych, fixture, path_str, stderr, stdout};

fn json(output: &std::process::Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", stderr(output));
    serde_json::from_str(&stdout(output)).unwrap()
}

/// The Baku page saved again a few days later: the headline softened (page title, Open Graph,
/// JSON-LD and h1 alike), a figure corrected, a correction added, a paragraph removed and one
/// moved further down.
fn second_capture(first: &str) -> String {
    let mut page = first.replace("В Баку запустили первые", "В Баку появились первые");
    page = page.replace("около 250 км, а заряжается", "около 220 км, а заряжается");
    let removed = "    <p>Жители Ясамальского района жалуются, что на их маршрутах по-прежнему ходят старые автобусы, которым больше двадцати лет.</p>\n";
    assert!(page.contains(removed));
    page = page.replace(removed, "");
    page = page.replace(
        "    <h2>Сколько стоит проезд</h2>",
        "    <p>Исправление: в первой версии статьи была неверно указана дальность хода.</p>\n    <h2>Сколько стоит проезд</h2>",
    );
    let moved = "    <p>По словам представителя агентства, до конца 2025 г. в город поступят ещё 100 машин, а к 2030 году весь парк станет электрическим.</p>\n";
    assert!(page.contains(moved));
    page = page.replace(moved, "");
    page.replace(
        "    <p>В агентстве обещают",
        &format!("{moved}    <p>В агентстве обещают"),
    )
}

fn translate(project: &Path, rows: &[(u32, &str, &str)]) {
    let mut loaded = diptych::io::load_project(project).unwrap();
    for (id, lang, text) in rows {
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(*id),
            language: LanguageTag::parse(lang).unwrap(),
            text: (*text).to_owned(),
        }
        .apply(&mut loaded)
        .unwrap();
    }
    diptych::io::save_project(&loaded, project).unwrap();
}

#[test]
fn a_recapture_is_reported_exactly_and_kept_in_the_history() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path().join("library");
    std::fs::create_dir(&library).unwrap();
    let first_page = std::fs::read_to_string(fixture("ru-baku-electric-buses.html")).unwrap();
    let first = folder.path().join("baku-1.html");
    let second = folder.path().join("baku-2.html");
    std::fs::write(&first, &first_page).unwrap();
    std::fs::write(&second, second_capture(&first_page)).unwrap();
    let project = library.join("baku.diptych.ron");
    let imported = diptych(&[
        "import",
        path_str(&first),
        "--targets",
        "en,az",
        "-o",
        path_str(&project),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let inspected = json(&diptych(&["inspect", path_str(&project)]));
    let text_of = |id: u64| -> String {
        inspected["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|paragraph| paragraph["id"] == id)
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(text_of(1), "В Баку запустили первые электробусы");
    assert!(text_of(7).contains("250 км"));
    assert!(text_of(15).starts_with("Жители Ясамальского"));
    translate(
        &project,
        &[
            (1, "en", "Baku launches its first electric buses"),
            (1, "az", "Bakıda ilk elektrobuslar işə salınıb"),
            (
                7,
                "en",
                "Each bus carries up to 90 passengers and runs about 250 km.",
            ),
            (
                5,
                "en",
                "The Baku Transport Agency announced the first electric buses.",
            ),
            (15, "en", "Residents of Yasamal complain about old buses."),
        ],
    );

    let report = json(&diptych(&[
        "recapture",
        path_str(&project),
        path_str(&second),
        "--format",
        "json",
    ]));
    assert_eq!(report["unchanged"], 12, "{report:#}");
    assert_eq!(report["changed"], 2, "{report:#}");
    assert_eq!(report["added"], 1, "{report:#}");
    assert_eq!(report["removed"], 1, "{report:#}");
    assert_eq!(report["stale"], 3, "{report:#}");
    assert_eq!(report["retired"], 1, "{report:#}");
    assert_eq!(report["captures"], 2);
    assert!(report["moved"].as_u64().unwrap() >= 1);
    let paragraphs = report["paragraphs"].as_array().unwrap();
    let seven = paragraphs
        .iter()
        .find(|paragraph| paragraph["old_id"] == 7)
        .unwrap();
    assert_eq!(seven["change"], "changed");
    let removed: Vec<&str> = seven["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|piece| piece["kind"] == "removed")
        .map(|piece| piece["text"].as_str().unwrap())
        .collect();
    assert_eq!(removed, ["250"]);
    let moved = paragraphs
        .iter()
        .find(|paragraph| {
            paragraph["new_text"]
                .as_str()
                .unwrap()
                .starts_with("По словам")
        })
        .unwrap();
    assert_eq!(
        (moved["change"].as_str(), moved["moved"].as_bool()),
        (Some("unchanged"), Some(true))
    );

    // The project: stale translations with the source they follow, the history kept.
    let inspected = json(&diptych(&["inspect", path_str(&project)]));
    assert_eq!(inspected["stale_translations"], 3);
    let seven = inspected["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|paragraph| paragraph["id"] == 7)
        .unwrap();
    assert!(seven["text"].as_str().unwrap().contains("220 км"));
    assert!(
        seven["translations"]["en"]["stale_source"]
            .as_str()
            .unwrap()
            .contains("250 км")
    );
    let five = inspected["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|paragraph| paragraph["id"] == 5)
        .unwrap();
    assert!(five["translations"]["en"]["stale_source"].is_null());
    assert_eq!(inspected["captures"][0]["kept_translations"]["en"], 1);
    assert_eq!(
        inspected["captures"][0]["original"]["file_name"],
        "baku-1.html"
    );
    assert_eq!(inspected["original"]["file_name"], "baku-2.html");
    assert_eq!(inspected["title"], "В Баку появились первые электробусы");

    // verify checks both captures.
    let verified = diptych(&["verify", path_str(&project)]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(
        stdout(&verified).contains("capture 1"),
        "{}",
        stdout(&verified)
    );
    assert!(stdout(&verified).contains("all 2 stored original(s) intact"));

    // The same file again is refused and the project stays as it was.
    let before = std::fs::read(&project).unwrap();
    let again = diptych(&["recapture", path_str(&project), path_str(&second)]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("current capture already"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read(&project).unwrap(), before);
    // So is a dry run's change.
    let third_page = second_capture(&first_page).replace("60 гяпиков", "70 гяпиков");
    let third = folder.path().join("baku-3.html");
    std::fs::write(&third, third_page).unwrap();
    let dry = diptych(&[
        "recapture",
        path_str(&project),
        path_str(&third),
        "--dry-run",
    ]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(stdout(&dry).contains("[-60-]{+70+}"), "{}", stdout(&dry));
    assert_eq!(std::fs::read(&project).unwrap(), before);

    // The library: two captures, stale; the first capture's file is known by its bytes.
    let listed = json(&diptych(&[
        "library",
        "list",
        "--library",
        path_str(&library),
        "--format",
        "json",
    ]));
    assert_eq!(listed[0]["captures"], 2);
    assert_eq!(listed[0]["stale"], 3);
    assert_eq!(listed[0]["status"], "stale");
    let duplicate = json(&diptych(&[
        "library",
        "add",
        "--library",
        path_str(&library),
        "--format",
        "json",
        path_str(&first),
    ]));
    assert_eq!(duplicate[0]["outcome"], "duplicate");
    let ways = duplicate[0]["duplicates"][0]["ways"].to_string();
    assert!(ways.contains("sha256"), "{duplicate:#}");

    // library add --as-capture-of adds the third capture.
    let added = json(&diptych(&[
        "library",
        "add",
        "--as-capture-of",
        path_str(&project),
        "--format",
        "json",
        path_str(&third),
    ]));
    assert_eq!(added[0]["outcome"], "capture", "{added:#}");
    assert_eq!(added[0]["captures"], 3);
    assert_eq!(added[0]["changed"], 1);
    let verified = diptych(&["verify", path_str(&project)]);
    assert!(stdout(&verified).contains("all 3 stored original(s) intact"));

    // The archival package holds every capture byte for byte, listed with its hash.
    let bag = folder.path().join("baku-bag");
    let exported = diptych(&["export-bag", path_str(&project), "-o", path_str(&bag)]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert_eq!(
        std::fs::read(bag.join("data/captures/1/baku-1.html")).unwrap(),
        first_page.as_bytes()
    );
    assert_eq!(
        std::fs::read(bag.join("data/captures/2/baku-2.html")).unwrap(),
        std::fs::read(&second).unwrap()
    );
    assert_eq!(
        std::fs::read(bag.join("data/original/baku-3.html")).unwrap(),
        std::fs::read(&third).unwrap()
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bag.join("data/metadata/captures.json")).unwrap())
            .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_eq!(listed[2]["file"], "../original/baku-3.html");
    assert!(listed[2]["superseded"].is_null());
    let manifest = std::fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    assert!(manifest.contains("data/captures/1/baku-1.html"));
    if let Some(bagit) = crate::cli_common::bagit_tool() {
        let (valid, said) = crate::cli_common::bagit_validate(&bagit, &bag);
        assert!(valid, "{said}");
    }
}

#[test]
fn another_article_or_a_project_file_is_not_taken_as_a_new_capture() {
    let folder = tempfile::tempdir().unwrap();
    let project = folder.path().join("metro.diptych.ron");
    let imported = diptych(&[
        "import",
        path_str(&fixture("ru-tbilisi-metro.txt")),
        "-o",
        path_str(&project),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let before = std::fs::read(&project).unwrap();
    // Another Russian article: refused unless --force, the project untouched.
    let other = fixture("ru-baku-electric-buses.txt");
    let refused = diptych(&["recapture", path_str(&project), path_str(&other)]);
    assert!(!refused.status.success());
    let message = stderr(&refused);
    assert!(message.contains("looks like another article"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(std::fs::read(&project).unwrap(), before);
    let dry = diptych(&[
        "recapture",
        path_str(&project),
        path_str(&other),
        "--dry-run",
    ]);
    assert!(stdout(&dry).contains("warning: only"), "{}", stdout(&dry));
    // A project file is no capture.
    let itself = diptych(&["recapture", path_str(&project), path_str(&project)]);
    assert!(
        stderr(&itself).contains("is a Diptych project"),
        "{}",
        stderr(&itself)
    );
    assert_eq!(std::fs::read(&project).unwrap(), before);
    // The same file is refused once, with the reason said once.
    let same = diptych(&[
        "recapture",
        path_str(&project),
        path_str(&fixture("ru-tbilisi-metro.txt")),
    ]);
    let message = stderr(&same);
    assert_eq!(
        message.matches("current capture already").count(),
        1,
        "{message}"
    );
    // --force makes another article current all the same.
    let forced = diptych(&[
        "recapture",
        path_str(&project),
        path_str(&other),
        "--force",
        "--source-lang",
        "ru-RU",
    ]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_ne!(std::fs::read(&project).unwrap(), before);
}

#[test]
fn a_stale_translation_goes_out_as_needing_work_and_comes_back_up_to_date() {
    let folder = tempfile::tempdir().unwrap();
    let article = folder.path().join("metro.txt");
    let original = std::fs::read_to_string(fixture("en-tbilisi-metro.txt")).unwrap();
    std::fs::write(&article, &original).unwrap();
    let project = folder.path().join("metro.diptych.ron");
    let imported = diptych(&[
        "import",
        path_str(&article),
        "--targets",
        "ru",
        "-o",
        path_str(&project),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let inspected = json(&diptych(&["inspect", path_str(&project)]));
    let headline = inspected["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|paragraph| paragraph["kind"] == "headline")
        .unwrap();
    let id = u32::try_from(headline["id"].as_u64().unwrap()).unwrap();
    let old_headline = headline["text"].as_str().unwrap().to_owned();
    translate(
        &project,
        &[(id, "ru", "Проезд в тбилисском метро подорожает вдвое")],
    );
    let mut loaded = diptych::io::load_project(&project).unwrap();
    Edit::SetTranslationStatus {
        paragraph_id: ParagraphId(id),
        language: LanguageTag::parse("ru").unwrap(),
        status: diptych::model::TranslationStatus::Translated,
    }
    .apply(&mut loaded)
    .unwrap();
    diptych::io::save_project(&loaded, &project).unwrap();
    let again = folder.path().join("metro-again.txt");
    let new_headline = old_headline.replace("double", "rise twofold");
    assert_ne!(new_headline, old_headline);
    std::fs::write(&again, original.replacen(&old_headline, &new_headline, 1)).unwrap();
    let recaptured = diptych(&["recapture", path_str(&project), path_str(&again)]);
    assert!(recaptured.status.success(), "{}", stderr(&recaptured));

    // The delivered article says a translation is stale; the review copy marks the row.
    let delivered = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "txt",
        "--lang",
        "ru",
        "--allow-incomplete",
        "-o",
        path_str(&folder.path().join("metro.ru.txt")),
    ]);
    assert!(delivered.status.success(), "{}", stderr(&delivered));
    assert!(
        stdout(&delivered).contains("1 ru translation(s) follow an earlier capture"),
        "{}",
        stdout(&delivered)
    );
    let review = folder.path().join("metro.review.html");
    let reviewed = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "bilingual-html",
        "--lang",
        "ru",
        "-o",
        path_str(&review),
    ]);
    assert!(reviewed.status.success(), "{}", stderr(&reviewed));
    let page = std::fs::read_to_string(&review).unwrap();
    assert!(
        page.contains("class=\"stale\">stale: the source changed"),
        "{page}"
    );
    assert!(page.contains(&old_headline), "{page}");

    // XLIFF: the stale unit needs work; its sub-state keeps the status. An untouched round
    // trip changes nothing.
    let xliff = folder.path().join("metro.ru.xlf");
    let exported = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "xliff",
        "--lang",
        "ru",
        "-o",
        path_str(&xliff),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let text = std::fs::read_to_string(&xliff).unwrap();
    assert!(
        text.contains("state=\"initial\" subState=\"diptych:translated\""),
        "{text}"
    );
    let before = std::fs::read(&project).unwrap();
    let back = diptych(&["import-translations", path_str(&project), path_str(&xliff)]);
    assert!(back.status.success(), "{}", stderr(&back));
    assert_eq!(std::fs::read(&project).unwrap(), before);
    // The translation brought up to date in another tool comes back no longer stale, and
    // the memory pairs it with the new text.
    let updated = text.replace(
        "Проезд в тбилисском метро подорожает вдвое",
        "Проезд в тбилисском метро вырастет вдвое",
    );
    std::fs::write(&xliff, updated).unwrap();
    let back = diptych(&[
        "import-translations",
        path_str(&project),
        path_str(&xliff),
        "--overwrite",
    ]);
    assert!(back.status.success(), "{}", stderr(&back));
    let inspected = json(&diptych(&["inspect", path_str(&project)]));
    assert_eq!(inspected["stale_translations"], 0);
    let tmx = folder.path().join("metro.tmx");
    let exported = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "tmx",
        "--lang",
        "ru",
        "-o",
        path_str(&tmx),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let memory = std::fs::read_to_string(&tmx).unwrap();
    assert!(memory.contains(&new_headline), "{memory}");
    assert!(!memory.contains(&old_headline), "{memory}");
}
