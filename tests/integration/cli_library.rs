//! The library from the command line: `library add` imports articles and reports one saved
//! already (by its bytes, its text or nearly its text) unless `--separate`; `library list`
//! and `search` print JSON other programs read; search finds inflected forms and phrases in
//! every language, and a damaged cached record is never trusted.

use crate::cli_common::{diptych, fixture, path_str, stderr, stdout};

fn json(output: &std::process::Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", stderr(output));
    serde_json::from_str(&stdout(output)).unwrap()
}

fn add(library: &std::path::Path, files: &[&str], extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "library",
        "add",
        "--library",
        path_str(library),
        "--format",
        "json",
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|name| fixture(name).display().to_string())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    args.extend(extra);
    diptych(&args)
}

fn search(library: &std::path::Path, query: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "search",
        query,
        "--library",
        path_str(library),
        "--format",
        "json",
    ];
    args.extend(extra);
    json(&diptych(&args))
}

#[test]
fn articles_are_added_once_and_a_copy_is_reported_with_why() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path().join("library");
    let added = json(&add(
        &library,
        &[
            "ru-tbilisi-metro.txt",
            "az-tbilisi-metro.txt",
            "ru-baku-electric-buses.html",
        ],
        &[],
    ));
    let outcomes: Vec<&str> = added
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["added", "added", "added"]);
    // The same bytes again; the plain-text version of the page (its text nearly the same).
    let again = json(&add(
        &library,
        &["ru-tbilisi-metro.txt", "ru-baku-electric-buses.txt"],
        &[],
    ));
    let files = again.as_array().unwrap();
    assert_eq!(files[0]["outcome"], "duplicate");
    let ways = &files[0]["duplicates"][0]["ways"];
    assert_eq!(ways, &serde_json::json!(["sha256", "text"]));
    assert_eq!(files[1]["outcome"], "duplicate");
    assert_eq!(
        files[1]["duplicates"][0]["ways"],
        serde_json::json!(["near_text"])
    );
    assert!(
        files[1]["duplicates"][0]["project"]
            .as_str()
            .unwrap()
            .ends_with("ru-baku-electric-buses.html.diptych.ron")
    );
    // --separate imports it anyway, under a name of its own.
    let separate = json(&add(&library, &["ru-tbilisi-metro.txt"], &["--separate"]));
    let project = separate[0]["project"].as_str().unwrap();
    assert!(
        project.ends_with("ru-tbilisi-metro.txt-2.diptych.ron"),
        "{project}"
    );
    // A file that cannot be read fails alone, with exit 1.
    let output = diptych(&[
        "library",
        "add",
        "--library",
        path_str(&library),
        path_str(&folder.path().join("missing.txt")),
        path_str(&fixture("en-tbilisi-metro.txt")),
    ]);
    assert!(!output.status.success());
    let report = stdout(&output);
    assert!(report.contains("missing.txt: not added"), "{report}");
    assert!(
        report.contains("en-tbilisi-metro.txt: added as"),
        "{report}"
    );

    let list = json(&diptych(&[
        "library",
        "list",
        "--library",
        path_str(&library),
        "--format",
        "json",
    ]));
    let entries = list.as_array().unwrap();
    assert_eq!(entries.len(), 5);
    let buses = entries
        .iter()
        .find(|entry| entry["file_name"] == "ru-baku-electric-buses.html")
        .unwrap();
    assert_eq!(buses["source_lang"], "ru");
    assert_eq!(buses["url"], "https://example.org/ru/baku-electric-buses");
    assert_eq!(buses["status"], "untranslated");
    assert_eq!(buses["targets"][0]["lang"], "en");
    assert!(buses["targets"][0]["total"].as_u64().unwrap() > 5);
}

#[test]
fn search_finds_inflected_forms_and_phrases_in_every_language() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path().join("library");
    json(&add(
        &library,
        &[
            "ru-tbilisi-metro.txt",
            "az-tbilisi-metro.txt",
            "en-tbilisi-metro.txt",
        ],
        &[],
    ));
    // Russian: another case of the word.
    let hits = search(&library, "поездкой", &[]);
    let first = &hits[0];
    assert_eq!(first["lang"], "ru");
    assert_eq!(first["file_name"], "ru-tbilisi-metro.txt");
    for key in ["project", "title", "paragraph_id", "score", "snippet"] {
        assert!(!first[key].is_null(), "{key} missing in {first}");
    }
    assert!(first["project"].as_str().unwrap().ends_with(".diptych.ron"));
    // Azerbaijani: another case ending; English: another form.
    assert_eq!(search(&library, "metroda", &[])[0]["lang"], "az");
    let english = search(&library, "announcing", &["--lang", "en"]);
    assert!(!english.as_array().unwrap().is_empty());
    assert!(
        english
            .as_array()
            .unwrap()
            .iter()
            .all(|hit| hit["lang"] == "en")
    );
    // The paragraph id is the one inspect prints.
    let inspect: serde_json::Value = serde_json::from_str(&stdout(&diptych(&[
        "inspect",
        english[0]["project"].as_str().unwrap(),
    ])))
    .unwrap();
    let id = english[0]["paragraph_id"].as_u64().unwrap();
    let paragraph = inspect["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|paragraph| paragraph["id"].as_u64() == Some(id))
        .unwrap();
    assert!(paragraph["text"].as_str().unwrap().contains("announced"));
    // A phrase must stand in that order; words alone need not.
    assert!(
        !search(&library, "\"single metro ride\"", &[])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        search(&library, "\"ride metro single\"", &[])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        !search(&library, "ride metro single", &[])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // --limit is honoured; a query with no words is an error.
    assert_eq!(
        search(&library, "metro", &["--limit", "2"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let output = diptych(&["search", "«»", "--library", path_str(&library)]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("no words"), "{}", stderr(&output));
}

#[test]
fn a_damaged_or_stale_cached_record_is_read_again_from_its_project() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path().join("library");
    json(&add(&library, &["en-tbilisi-metro.txt"], &[]));
    let before = search(&library, "fare", &[]);
    let records = library.join(".diptych-cache").join("search");
    let record = std::fs::read_dir(&records)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|extension| extension == "rec"))
        .unwrap();
    // Garbage in the record: the results are the same.
    let mut bytes = std::fs::read(&record).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&record, &bytes).unwrap();
    assert_eq!(search(&library, "fare", &[]), before);
    // A record made for another project, put in its place: stale, not trusted.
    std::fs::write(&record, b"DIPTYCH LIBRARY RECORD 1\n").unwrap();
    assert_eq!(search(&library, "fare", &[]), before);
    // The project removed: nothing found, and its record goes.
    for entry in std::fs::read_dir(&library).unwrap().flatten() {
        if entry.path().to_string_lossy().ends_with(".diptych.ron") {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    assert!(search(&library, "fare", &[]).as_array().unwrap().is_empty());
    assert!(!record.exists());
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_reported_in_valid_json() {
    use std::os::unix::ffi::OsStrExt as _;
    let folder = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"bad\xff name.txt");
    let article = folder.path().join(name);
    std::fs::copy(fixture("az-ganja-park.txt"), &article).unwrap();
    let library = folder.path().join("library");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(["library", "add", "--format", "json", "--library"])
        .arg(&library)
        .arg(&article)
        .output()
        .unwrap();
    let added = json(&output);
    assert_eq!(added[0]["outcome"], "added");
    assert!(added[0]["file"].as_str().unwrap().contains("bad"));
    let listed = json(&diptych(&[
        "library",
        "list",
        "--library",
        path_str(&library),
        "--format",
        "json",
    ]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

#[test]
fn adds_running_at_once_import_an_article_once() {
    let folder = tempfile::tempdir().unwrap();
    let library = folder.path().join("library");
    let article = fixture("ru-tbilisi-metro.txt");
    let runs: Vec<std::process::Child> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_diptych"))
                .args(["library", "add", "--format", "json", "--library"])
                .arg(&library)
                .arg(&article)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outcomes: Vec<String> = runs
        .into_iter()
        .map(|run| {
            let output = run.wait_with_output().unwrap();
            json(&output)[0]["outcome"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        outcomes
            .iter()
            .filter(|outcome| *outcome == "added")
            .count(),
        1,
        "{outcomes:?}"
    );
    assert_eq!(
        outcomes
            .iter()
            .filter(|outcome| *outcome == "duplicate")
            .count(),
        3
    );
}

#[test]
fn an_archival_package_holds_everything_and_the_bagit_reference_tool_validates_it() {
    let folder = tempfile::tempdir().unwrap();
    let project = fixture("v3-tbilisi-metro-aligned.diptych.ron");
    let bag = folder.path().join("metro-bag");
    let output = diptych(&["export-bag", path_str(&project), "-o", path_str(&bag)]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The original and the project byte for byte; the aligned translation's original too.
    let inspect: serde_json::Value =
        serde_json::from_str(&stdout(&diptych(&["inspect", path_str(&project)]))).unwrap();
    let original = std::fs::read(bag.join("data/original/en-tbilisi-metro.txt")).unwrap();
    assert_eq!(
        diptych::model::sha256_hex(&original),
        inspect["original"]["sha256"].as_str().unwrap()
    );
    assert_eq!(
        std::fs::read(bag.join("data/project/v3-tbilisi-metro-aligned.diptych.ron")).unwrap(),
        std::fs::read(&project).unwrap()
    );
    assert!(
        bag.join("data/original-translations/ru/ru-tbilisi-metro.txt")
            .is_file()
    );
    let info = std::fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    assert!(info.contains("Source-Organization: JAMnews"), "{info}");
    assert!(info.contains("Bagging-Date: 20"), "{info}");
    let jsonld: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bag.join("data/metadata/article.jsonld")).unwrap())
            .unwrap();
    assert_eq!(jsonld["@type"], "NewsArticle");
    assert_eq!(jsonld["inLanguage"], "en");
    // Every payload file is in the manifest with its SHA-256.
    let manifest = std::fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    for line in manifest.lines() {
        let (hash, path) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(bag.join(path)).unwrap();
        assert_eq!(diptych::model::sha256_hex(&bytes), hash, "{path}");
    }
    // A package is never written over an existing folder.
    let again = diptych(&["export-bag", path_str(&project), "-o", path_str(&bag)]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("exists already"),
        "{}",
        stderr(&again)
    );
    // The Library of Congress tool, when installed (.ci/run installs it).
    let Some(bagit) = crate::cli_common::bagit_tool() else {
        return;
    };
    let (valid, said) = crate::cli_common::bagit_validate(&bagit, &bag);
    assert!(valid, "{said}");
    assert!(said.contains("is valid"));
    // A changed payload byte is caught by the reference tool.
    let translation = bag.join("data/translations/az.txt");
    let mut bytes = std::fs::read(&translation).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&translation, bytes).unwrap();
    assert!(!crate::cli_common::bagit_validate(&bagit, &bag).0);
}

#[test]
fn awkward_file_names_still_make_valid_packages_and_a_package_in_the_library_is_no_project() {
    let folder = tempfile::tempdir().unwrap();
    let bagit = crate::cli_common::bagit_tool();
    let long = format!("{}.txt", "a".repeat(235));
    for name in ["translations", "pct%20x.txt", long.as_str()] {
        let article = folder.path().join(name);
        std::fs::copy(fixture("en-tbilisi-metro.txt"), &article).unwrap();
        let project = folder.path().join("p.diptych.ron");
        let _ = std::fs::remove_file(&project);
        let aligned = diptych(&[
            "align",
            path_str(&article),
            path_str(&fixture("ru-tbilisi-metro.txt")),
            "--lang",
            "ru",
            "-o",
            path_str(&project),
        ]);
        assert!(aligned.status.success(), "{}", stderr(&aligned));
        let bag = folder.path().join(format!("bag-{}", name.len()));
        let output = diptych(&["export-bag", path_str(&project), "-o", path_str(&bag)]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        if let Some(bagit) = &bagit {
            let (valid, said) = crate::cli_common::bagit_validate(bagit, &bag);
            assert!(valid, "{name}: {said}");
        }
    }
    // A package kept inside the library is an archived copy, not a second project.
    let library = folder.path().join("library");
    json(&add(&library, &["ru-tbilisi-metro.txt"], &[]));
    let project = std::fs::read_dir(&library)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.to_string_lossy().ends_with(".diptych.ron"))
        .unwrap();
    let bag = library.join("bag");
    assert!(
        diptych(&["export-bag", path_str(&project), "-o", path_str(&bag)])
            .status
            .success()
    );
    let listed = json(&diptych(&[
        "library",
        "list",
        "--library",
        path_str(&library),
        "--format",
        "json",
    ]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    // A title pasted back with its soft hyphen still finds the article.
    assert!(
        !search(&library, "подо\u{ad}рожает", &[])
            .as_array()
            .unwrap()
            .is_empty()
    );
}
