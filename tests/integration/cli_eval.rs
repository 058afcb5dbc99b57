//! The measuring commands run as real processes on a small parallel corpus written here.

use crate::cli_common::{diptych, path_str, stderr, stdout};

const ENGLISH: &[&str] = &[
    "The Tbilisi metro will raise its fare to 2 lari on January 15.",
    "The city council approved the decision on Tuesday by 31 votes to 9.",
    "Mayor Kakha Kaladze said the fare had not changed since 2006.",
    "Passengers with monthly passes will pay 40 lari instead of 30.",
    "Students and pensioners keep their discount of 50 percent.",
    "The opposition party Lelo called the increase unfair.",
    "About 400,000 people ride the metro every day, the company says.",
    "New trains from Yekaterinburg are expected in April.",
];

const RUSSIAN: &[&str] = &[
    "Тбилисское метро повысит плату за проезд до 2 лари с 15 января.",
    "Городской совет утвердил решение во вторник 31 голосом против 9.",
    "Мэр Каха Каладзе сказал, что тариф не менялся с 2006 года.",
    "Пассажиры с месячными проездными будут платить 40 лари вместо 30.",
    "Студенты и пенсионеры сохраняют скидку в 50 процентов.",
    "Оппозиционная партия «Лело» назвала повышение несправедливым.",
    "По данным компании, метро ежедневно пользуются около 400 000 человек.",
    "Новые поезда из Екатеринбурга ожидаются в апреле.",
];

#[test]
fn eval_align_scale_reports_time_memory_and_quality_per_size() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("metro.en.txt"), ENGLISH.join("\n")).unwrap();
    std::fs::write(folder.path().join("metro.ru.txt"), RUSSIAN.join("\n")).unwrap();
    let dump = folder.path().join("dump");
    let output = diptych(&[
        "eval-align-scale",
        "--corpus",
        path_str(folder.path()),
        "--sizes",
        "700,1400",
        "--dump",
        path_str(&dump),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    println!("{text}");
    // One row per size: units on both sides, seconds, peak memory, strict and lax F1.
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .filter(|fields| fields.get(1) == Some(&"×") && fields.get(4) == Some(&"s"))
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    for (row, size) in rows.iter().zip([700usize, 1400]) {
        let source: usize = row[0].parse().unwrap();
        assert!(source.abs_diff(size) <= size / 20, "{text}");
        let strict: f64 = row[row.len() - 2].parse().unwrap();
        assert!(strict > 0.9, "strict F1 {strict}: {text}");
        #[cfg(target_os = "linux")]
        assert!(row.contains(&"MiB"), "{text}");
    }
    assert!(text.contains("1400 / 700 units:"), "{text}");
    // The dumped pair has as many lines as the row says.
    let source_lines = std::fs::read_to_string(dump.join("scale.700.en-ru.src")).unwrap();
    assert_eq!(
        source_lines.lines().count(),
        rows[0][0].parse::<usize>().unwrap()
    );
}

#[test]
fn eval_align_scale_refuses_a_corpus_without_the_languages() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("metro.en.txt"), ENGLISH.join("\n")).unwrap();
    let output = diptych(&[
        "eval-align-scale",
        "--corpus",
        path_str(folder.path()),
        "--sizes",
        "700",
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("metro.ru.txt"),
        "{}",
        stderr(&output)
    );
}
