//! `diptych tm`, run as a real process: a library of projects and memories searched for fuzzy
//! matches (one JSON line per query), and a memory added to the library.

use crate::cli_common::{diptych, path_str, stderr, stdout};

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

#[test]
fn a_library_is_searched_one_json_line_per_query_and_memories_are_added_to_it() {
    let directory = tempfile::tempdir().unwrap();
    let library = directory.path().join("library");
    std::fs::create_dir_all(library.join("news")).unwrap();
    std::fs::write(library.join("news/metro.diptych.ron"), EXAMPLE).unwrap();
    // A broken project is skipped and said so, not the end of the search.
    std::fs::write(library.join("broken.diptych.ron"), "(not a project").unwrap();
    let memory = directory.path().join("rally.tmx");
    std::fs::write(
        &memory,
        r#"<tmx version="1.4"><header srclang="en"/><body>
<tu changedate="20250611T093000Z"><tuv xml:lang="en"><seg>The opposition called for an unauthorized rally on Sunday.</seg></tuv>
<tuv xml:lang="ru"><seg>Оппозиция призвала к несанкционированному митингу в воскресенье.</seg></tuv></tu>
</body></tmx>"#,
    )
    .unwrap();
    let added = diptych(&[
        "tm",
        "import",
        path_str(&memory),
        "--library",
        path_str(&library),
    ]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(library.join("tm/rally.tmx").is_file());
    let queries = directory.path().join("queries.txt");
    std::fs::write(
        &queries,
        "Passengers will pay 2 lari instead of 50 tetri from January 1, the city hall announced\n\
         The opposition called for an unauthorized rally on Saturday.\n\
         Nothing in the memory looks like this sentence at all\n",
    )
    .unwrap();
    let output = diptych(&[
        "tm",
        "search",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        path_str(&library),
        "--queries",
        path_str(&queries),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("broken.diptych.ron"),
        "{}",
        stderr(&output)
    );
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    let best = &lines[0]["matches"][0];
    assert_eq!(best["score"], 99, "only a number differs");
    assert_eq!(
        best["target"],
        "С 1 января пассажиры будут платить 1 лари вместо 50 тетри, сообщили в мэрии"
    );
    assert_eq!(best["origin"], "Tbilisi metro fare to double from January");
    let rally = &lines[1]["matches"][0];
    assert_eq!(rally["origin"], "rally.tmx");
    assert_eq!(rally["date"], "2025-06-11");
    // A project's pairs are dated by the project file's last save.
    assert_eq!(best["date"].as_str().unwrap().len(), 10);
    let score = rally["score"].as_u64().unwrap();
    assert!((80..99).contains(&score), "{score}");
    assert_eq!(lines[2]["matches"].as_array().unwrap().len(), 0);
    // A library that is not there is said to be missing, not searched as empty in silence.
    let missing = directory.path().join("no-such-library");
    let output = diptych(&[
        "tm",
        "search",
        "rally",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        path_str(&missing),
    ]);
    assert!(
        stdout(&output).contains("there is no such folder"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn pretranslate_fills_only_empty_rows_as_drafts_from_the_library() {
    let directory = tempfile::tempdir().unwrap();
    let library = directory.path().join("library");
    std::fs::create_dir_all(&library).unwrap();
    std::fs::write(library.join("metro.diptych.ron"), EXAMPLE).unwrap();
    // The same English article, imported afresh: nothing translated yet.
    let project = directory.path().join("fresh.diptych.ron");
    let imported = diptych(&[
        "import",
        path_str(&crate::cli_common::fixture("en-tbilisi-metro.txt")),
        "-o",
        path_str(&project),
        "--targets",
        "ru,az",
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let run = |min: &str| {
        let output = diptych(&[
            "pretranslate",
            path_str(&project),
            "--lang",
            "ru",
            "--min",
            min,
            "--library",
            path_str(&library),
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
    };
    let report = run("100");
    // The example's finished Russian rows (translated or better) match exactly.
    assert!(
        report.contains("ru: 4 empty translation(s) filled as drafts (4 exact"),
        "{report}"
    );
    let filled = diptych::io::load_project(&project).unwrap();
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let headline = filled
        .translatable_paragraphs()
        .next()
        .unwrap()
        .paragraph_id;
    let translation = filled.translation(headline, &ru);
    assert_eq!(
        translation.text,
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    assert_eq!(translation.status, diptych::model::TranslationStatus::Draft);
    // Again: nothing left that matches; a filled row is never replaced.
    let again = run("100");
    assert!(again.contains("nothing to fill"), "{again}");
}

#[test]
fn the_concordance_finds_a_phrase_in_either_language_once_per_pair() {
    let directory = tempfile::tempdir().unwrap();
    let library = directory.path().join("library");
    std::fs::create_dir_all(&library).unwrap();
    std::fs::write(library.join("metro.diptych.ron"), EXAMPLE).unwrap();
    // The same pairs again as a memory: each pair is shown once.
    let exported = diptych(&[
        "export",
        path_str(&library.join("metro.diptych.ron")),
        "--format",
        "tmx",
        "--lang",
        "ru",
        "-o",
        path_str(&directory.path().join("metro.tmx")),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let added = diptych(&[
        "tm",
        "import",
        path_str(&directory.path().join("metro.tmx")),
        "--library",
        path_str(&library),
    ]);
    assert!(added.status.success(), "{}", stderr(&added));
    let search = |text: &str, lang: Option<&str>| {
        let mut args = vec![
            "concordance",
            text,
            "--from",
            "en",
            "--to",
            "ru",
            "--library",
            path_str(&library),
            "--format",
            "json",
        ];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        let output = diptych(&args);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .collect::<Vec<_>>()
    };
    let hits = search("CITY HALL", None);
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits.iter().all(|hit| hit["side"] == "source"));
    let russian = search("мэрии", Some("ru"));
    assert_eq!(russian.len(), 1);
    assert_eq!(russian[0]["side"], "target");
    // Dated: the project file's last save (the pair from it is kept, the memory's copy not).
    assert_eq!(
        russian[0]["date"].as_str().unwrap().len(),
        10,
        "{russian:?}"
    );
    assert!(search("мэрии", Some("en")).is_empty());
}

#[test]
fn terms_are_found_inflected_and_a_missing_or_forbidden_translation_is_named() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.diptych.ron");
    std::fs::write(&project, EXAMPLE).unwrap();
    let library = directory.path().join("library");
    std::fs::create_dir_all(library.join("glossary")).unwrap();
    std::fs::write(
        library.join("glossary/news.tsv"),
        "# terms\ncity hall\tмэрия\nfare\tтариф\n",
    )
    .unwrap();
    // An Azerbaijani glossary (so named) says nothing about Russian translations.
    std::fs::write(library.join("glossary/az.tsv"), "city hall\tmeriya\n").unwrap();
    let tbx = directory.path().join("forbidden.tbx");
    std::fs::write(
        &tbx,
        r#"<martif><text><body><termEntry>
<langSet xml:lang="en"><tig><term>metro</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>метрополитен</term></tig>
<tig><term>метро</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry></body></text></martif>"#,
    )
    .unwrap();
    let output = diptych(&[
        "terms",
        path_str(&project),
        "--lang",
        "ru",
        "--library",
        path_str(&library),
        "--glossary",
        path_str(&tbx),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let rows: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let row = |number: u64| rows.iter().find(|row| row["row"] == number).unwrap();
    let term = |number: u64, name: &str| {
        row(number)["terms"]
            .as_array()
            .unwrap()
            .iter()
            .find(|term| term["term"] == name)
            .unwrap()
            .clone()
    };
    // Row 3's translation says "в мэрии": the term in another case.
    assert_eq!(term(3, "city hall")["used"], true);
    assert_eq!(
        term(3, "city hall")["expected"],
        serde_json::json!(["мэрия"])
    );
    // Row 2 has "metro" translated with the forbidden "метро", and no "тариф" for "fare".
    assert_eq!(term(2, "fare")["used"], false);
    assert_eq!(term(2, "metro")["forbidden_used"][0], "метро");
    // A broken glossary is named with its line, and the rest is still read.
    std::fs::write(library.join("glossary/broken.tsv"), "ok\tхорошо\nno tab\n").unwrap();
    let output = diptych(&[
        "terms",
        path_str(&project),
        "--lang",
        "ru",
        "--library",
        path_str(&library),
    ]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("broken.tsv: line 2:"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("city hall → мэрия (used)"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_second_search_reads_the_memory_from_the_library_cache_and_a_broken_cache_is_rebuilt() {
    let directory = tempfile::tempdir().unwrap();
    let library = directory.path().join("library");
    std::fs::create_dir_all(library.join("news")).unwrap();
    std::fs::write(library.join("news/metro.diptych.ron"), EXAMPLE).unwrap();
    let search = || {
        diptych(&[
            "tm",
            "search",
            "Tbilisi metro fare to double from January",
            "--from",
            "en",
            "--to",
            "ru",
            "--library",
            path_str(&library),
        ])
    };
    let first = search();
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(!stdout(&first).contains("cache"), "{}", stdout(&first));
    let cache = library.join(".diptych-cache/tm.en-ru.bin");
    assert!(cache.is_file());
    let second = search();
    assert!(
        stdout(&second).contains("(read from the library's cache)"),
        "{}",
        stdout(&second)
    );
    let matches = |output: &std::process::Output| {
        stdout(output)
            .lines()
            .skip(1)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(matches(&first), matches(&second));
    // A cache cut short is not trusted: the memory is built again, with the same matches.
    let bytes = std::fs::read(&cache).unwrap();
    std::fs::write(&cache, &bytes[..bytes.len() - 7]).unwrap();
    let third = search();
    assert!(!stdout(&third).contains("cache"), "{}", stdout(&third));
    assert_eq!(matches(&first), matches(&third));
    // A project changed since: the cache is stale and rebuilt.
    let project = library.join("news/metro.diptych.ron");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&project, EXAMPLE).unwrap();
    assert!(!stdout(&search()).contains("cache"));
    assert!(stdout(&search()).contains("(read from the library's cache)"));
}
