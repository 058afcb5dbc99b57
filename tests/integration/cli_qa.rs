//! `diptych qa`, run as a real process on an aligned translation with errors put into it: the
//! changed figure and the doubled word are found on their link, as JSON, and `--fail-on`
//! makes the command fail.

use crate::cli_common::{diptych, path_str, stderr, stdout};

#[test]
fn errors_put_into_an_aligned_translation_are_found_on_their_links() {
    let directory = tempfile::tempdir().unwrap();
    let source = crate::common::fixture("en-tbilisi-metro.txt");
    let russian = std::fs::read_to_string(crate::common::fixture("ru-tbilisi-metro.txt")).unwrap();
    assert!(russian.contains("120 миллионов"), "the fixture changed");
    let broken =
        russian
            .replace("120 миллионов", "12 миллионов")
            .replacen("Тбилиси", "Тбилиси Тбилиси", 1);
    let translation = directory.path().join("ru.txt");
    std::fs::write(&translation, broken).unwrap();
    let project = directory.path().join("metro.diptych.ron");
    let aligned = diptych(&[
        "align",
        path_str(&source),
        path_str(&translation),
        "--lang",
        "ru",
        "-o",
        path_str(&project),
    ]);
    assert!(aligned.status.success(), "{}", stderr(&aligned));
    // A library of its own, with a glossary that forbids what the translation says.
    let library = directory.path().join("library");
    std::fs::create_dir_all(library.join("glossary")).unwrap();
    std::fs::write(
        library.join("glossary/news.en-ru.tsv"),
        "city hall\tмэрия\nmetro\tметрополитен\n",
    )
    .unwrap();
    let library_arg = path_str(&library);
    let output = diptych(&[
        "qa",
        path_str(&project),
        "--format",
        "json",
        "--library",
        library_arg,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let numbers = findings
        .iter()
        .find(|finding| finding["check"] == "numbers" && finding["severity"] == "error")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(numbers["lang"], "ru");
    assert!(
        numbers["message"].as_str().unwrap().contains("120000000"),
        "{numbers}"
    );
    assert!(!numbers["link"]["source"].as_array().unwrap().is_empty());
    assert!(
        findings.iter().any(|finding| finding["check"] == "doubled"),
        "{findings:#?}"
    );
    // Text for people, grouped by check; --fail-on error fails the command.
    let text = diptych(&[
        "qa",
        path_str(&project),
        "--lang",
        "ru",
        "--fail-on",
        "error",
    ]);
    assert!(!text.status.success());
    assert!(stdout(&text).contains("numbers: "), "{}", stdout(&text));
    assert!(
        stderr(&text).contains("the worst of them error"),
        "{}",
        stderr(&text)
    );
    // A language the project does not have is refused, not checked as nothing.
    let other = diptych(&[
        "qa",
        path_str(&project),
        "--lang",
        "de",
        "--library",
        library_arg,
    ]);
    assert!(!other.status.success());
}

/// A corpus folder with one story in English, Russian and Azerbaijani (a sentence a line).
fn corpus_of_one_story([english, russian, azerbaijani]: [&str; 3]) -> tempfile::TempDir {
    let corpus = tempfile::tempdir().unwrap();
    for (language, text) in [("en", english), ("ru", russian), ("az", azerbaijani)] {
        std::fs::write(corpus.path().join(format!("story.{language}.txt")), text).unwrap();
    }
    corpus
}

#[test]
fn eval_qa_counts_false_alarms_and_found_errors_and_writes_po_files() {
    let corpus = corpus_of_one_story([
        "Police detained 15 people in Baku on Sunday, said Ali Karimli.\nThe rally was “peaceful”, organisers said.\n",
        "Полиция задержала 15 человек в Баку в воскресенье, сообщил Али Керимли.\nМитинг был «мирным», заявили организаторы.\n",
        "Polis bazar günü Bakıda 15 nəfəri saxlayıb, Əli Kərimli bildirib.\nMitinq “dinc” olub, təşkilatçılar bildirib.\n",
    ]);
    let dump = corpus.path().join("po");
    let output = diptych(&[
        "eval-qa",
        "--corpus",
        path_str(corpus.path()),
        "--dump",
        path_str(&dump),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.contains("en→ru: 2 clean pairs; false alarms (warning or worse) 0.0 per 100"),
        "{report}"
    );
    assert!(
        report.contains("changed figure         found     1 of     1"),
        "{report}"
    );
    assert!(
        report.contains("wrong quotation marks  found     1 of     1"),
        "{report}"
    );
    let clean = std::fs::read_to_string(dump.join("clean.en-ru.po")).unwrap();
    assert!(
        clean.contains("msgstr \"Митинг был «мирным», заявили организаторы.\""),
        "{clean}"
    );
    assert!(dump.join("broken.en-az.doubled-word.po").is_file());
}

#[test]
fn eval_qa_sets_confirmed_slips_of_the_reference_aside_when_it_counts_false_alarms() {
    // The first Russian translation has two spaces: a real slip of the reference.
    let corpus = corpus_of_one_story([
        "Police detained 15 people in Baku on Sunday.\nThe rally was peaceful, organisers said.\n",
        "Полиция задержала 15 человек в  Баку в воскресенье.\nМитинг был мирным, заявили организаторы.\n",
        "Polis bazar günü Bakıda 15 nəfəri saxlayıb.\nMitinq dinc olub, təşkilatçılar bildirib.\n",
    ]);
    let slips = corpus.path().join("slips.tsv");
    std::fs::write(
        &slips,
        "# confirmed\nru\tspaces\ttwo spaces\tПолиция задержала 15 человек в  Баку в воскресенье.\nru\tspaces\tnot in the corpus\tЧего-то нет.\n",
    )
    .unwrap();
    let dump = corpus.path().join("po");
    let output = diptych(&[
        "eval-qa",
        "--corpus",
        path_str(corpus.path()),
        "--slips",
        path_str(&slips),
        "--dump",
        path_str(&dump),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    // Counted as they are: one finding on two pairs; without the slip: none on one pair.
    assert!(
        report.contains("en→ru: 2 clean pairs; false alarms (warning or worse) 50.0 per 100"),
        "{report}"
    );
    assert!(
        report.contains(
            "1 pairs are confirmed slips of the reference (2 listed, 1 not met); false alarms on the other 1 pairs: 0.0 per 100 pairs"
        ),
        "{report}"
    );
    assert_eq!(
        std::fs::read_to_string(dump.join("slips.en-ru.txt")).unwrap(),
        "0\n"
    );
    // A list that is not one is refused.
    std::fs::write(&slips, "ru two spaces\n").unwrap();
    let output = diptych(&[
        "eval-qa",
        "--corpus",
        path_str(corpus.path()),
        "--slips",
        path_str(&slips),
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("line 1"), "{}", stderr(&output));
}
