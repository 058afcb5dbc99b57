//! `diptych glossary`, run as a real process: terms added to and removed from the glossary
//! Diptych keeps in the library, listed with their files, exported as TBX-Basic (checked
//! well-formed by xmllint when it is installed) and used by `diptych terms`.

use crate::cli_common::{diptych, path_str, stderr, stdout};

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

#[test]
fn terms_added_from_the_command_line_are_listed_exported_and_used() {
    let directory = tempfile::tempdir().unwrap();
    let library = directory.path().join("library");
    let library_arg = path_str(&library);
    let add = |source: &str, target: &str, extra: &[&str]| {
        let mut args = vec![
            "glossary",
            "add",
            source,
            target,
            "--from",
            "en",
            "--to",
            "ru",
            "--library",
            library_arg,
        ];
        args.extend_from_slice(extra);
        diptych(&args)
    };
    let added = add("fare", "тариф", &["--note", "transport"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(add("metro", "метро", &["--forbidden"]).status.success());
    assert!(add("metro", "метрополитен", &[]).status.success());
    // The same pair twice is refused, and said so.
    let again = add("fare", "тариф", &[]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already in the glossary"),
        "{}",
        stderr(&again)
    );

    let listed = diptych(&[
        "glossary",
        "list",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
        "--format",
        "json",
    ]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let rows: Vec<serde_json::Value> = stdout(&listed)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["note"], "transport");
    assert_eq!(rows[1]["forbidden"], true);
    assert!(
        rows[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("diptych.en-ru.tbx")
    );

    // `terms` reads the glossary the commands wrote.
    let project = directory.path().join("metro.diptych.ron");
    std::fs::write(&project, EXAMPLE).unwrap();
    let terms = diptych(&[
        "terms",
        path_str(&project),
        "--lang",
        "ru",
        "--library",
        library_arg,
        "--format",
        "json",
    ]);
    assert!(terms.status.success(), "{}", stderr(&terms));
    assert!(
        stdout(&terms).contains("\"forbidden_used\":[\"метро\"]"),
        "{}",
        stdout(&terms)
    );

    // Exported with a TSV glossary named beside it: one TBX-Basic file that reads back.
    let tsv = directory.path().join("extra.en-ru.tsv");
    std::fs::write(&tsv, "city hall\tмэрия\n").unwrap();
    let tbx = directory.path().join("all.tbx");
    let exported = diptych(&[
        "glossary",
        "export",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
        "--glossary",
        path_str(&tsv),
        "-o",
        path_str(&tbx),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert!(
        stdout(&exported).contains("4 term pair(s)"),
        "{}",
        stdout(&exported)
    );
    let text = std::fs::read_to_string(&tbx).unwrap();
    assert!(text.contains("urn:iso:std:iso:30042:ed-2"));
    assert!(text.contains("deprecatedTerm-admn-sts"));
    well_formed(&tbx);
    // Exporting over it again needs --force.
    let refused = diptych(&[
        "glossary",
        "export",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
        "-o",
        path_str(&tbx),
    ]);
    assert!(!refused.status.success());
    let relisted = diptych(&[
        "glossary",
        "list",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        path_str(&directory.path().join("nothing")),
        "--glossary",
        path_str(&tbx),
    ]);
    assert!(
        stdout(&relisted).contains("metro\tметро\t(forbidden)"),
        "{}",
        stdout(&relisted)
    );
    assert!(
        stdout(&relisted).contains("city hall\tмэрия"),
        "{}",
        stdout(&relisted)
    );

    let removed = diptych(&[
        "glossary",
        "remove",
        "metro",
        "метро",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
    ]);
    assert!(removed.status.success(), "{}", stderr(&removed));
    let gone = diptych(&[
        "glossary",
        "remove",
        "metro",
        "метро",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
    ]);
    assert!(!gone.status.success());
    assert!(
        stderr(&gone).contains("is in no glossary of the library"),
        "{}",
        stderr(&gone)
    );

    // Importing checks the file first: a broken one is refused and not copied.
    let broken = directory.path().join("broken.tsv");
    std::fs::write(&broken, "fine\tхорошо\nno tab here\n").unwrap();
    let refused = diptych(&[
        "glossary",
        "import",
        path_str(&broken),
        "--library",
        library_arg,
    ]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("line 2"), "{}", stderr(&refused));
    assert!(!library.join("glossary/broken.tsv").exists());
    let imported = diptych(&[
        "glossary",
        "import",
        path_str(&tsv),
        "--library",
        library_arg,
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(library.join("glossary/extra.en-ru.tsv").exists());
    // A term of a glossary the user brought is theirs to change: removing it says where.
    let theirs = diptych(&[
        "glossary",
        "remove",
        "city hall",
        "мэрия",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
    ]);
    assert!(!theirs.status.success());
    assert!(
        stderr(&theirs).contains("extra.en-ru.tsv, which Diptych does not change"),
        "{}",
        stderr(&theirs)
    );
    // An export never goes into the glossary folder (it would count every term twice).
    let into_library = diptych(&[
        "glossary",
        "export",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
        "-o",
        path_str(&library.join("glossary/all.tbx")),
    ]);
    assert!(!into_library.status.success());
    assert!(
        stderr(&into_library).contains("glossary folder"),
        "{}",
        stderr(&into_library)
    );
    // A glossary named on the command line that cannot be read is an error, not a skip.
    let missing = diptych(&[
        "glossary",
        "list",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
        "--glossary",
        path_str(&directory.path().join("nowhere.tsv")),
    ]);
    assert!(!missing.status.success());
    // A table whose header names the languages the other way round is read turned round,
    // and one named "all" (no language code) is used for every pair.
    std::fs::write(
        library.join("glossary/all.tsv"),
        "ru\ten\n\"подвижной состав\"\trolling stock\n",
    )
    .unwrap();
    let listed = diptych(&[
        "glossary",
        "list",
        "--from",
        "en",
        "--to",
        "ru",
        "--library",
        library_arg,
    ]);
    assert!(
        stdout(&listed).contains("rolling stock\tподвижной состав"),
        "{}",
        stdout(&listed)
    );
}

/// Checks with xmllint that `file` is well-formed XML (TBX-Basic's schemas are not on this
/// machine; see the closing note of the glossary work). Says so when xmllint is missing.
fn well_formed(file: &std::path::Path) {
    match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg(file)
        .output()
    {
        Ok(output) => assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(_) => eprintln!("skipped: xmllint is not installed (Debian libxml2-utils)"),
    }
}
