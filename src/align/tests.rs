//! Alignment tests on pairs written for this project: an English article and its Russian
//! translation, with merges, splits, drops, moves and differing numbers.

use super::{AlignOptions, Link, align_sentences, align_texts};

const ENGLISH: [&str; 11] = [
    "Tbilisi metro fare to double from January",
    "Passengers will pay 1 lari instead of 50 tetri from January 1, the city hall announced",
    "Tbilisi City Hall has announced that the price of a single metro ride will double at the start of next year.",
    "The decision was approved on Tuesday, November 18, at a meeting of the city council. Mr. Kaladze said the fare had not changed since 2006.",
    "According to the city hall, the transport company lost 120 million lari last year.",
    "The city says the money will go to new trains. The current rolling stock is more than 40 years old, and breakdowns between stations happen almost weekly.",
    "Officials promise that discounts for students, pensioners and people with disabilities will stay in place.",
    "Travel cards bought before December 31 will keep the old price until the end of February.",
    "Dozens of people gathered outside the city hall at 18:00 to protest against the decision.",
    "“I spend almost a third of my pension on transport,” said 67-year-old Nino Beridze.",
    "Opposition councillors said they would appeal the decision in court.",
];

const RUSSIAN: [&str; 11] = [
    "Проезд в тбилисском метро подорожает вдвое с января",
    "С 1 января пассажиры будут платить 1 лари вместо 50 тетри, сообщили в мэрии",
    "Мэрия Тбилиси объявила, что в начале следующего года стоимость одной поездки в метро вырастет вдвое.",
    "Решение утвердили во вторник, 18 ноября, на заседании городского собрания. По словам г-на Каладзе, тариф не менялся с 2006 года.",
    "По данным мэрии, в прошлом году транспортная компания потеряла 120 миллионов лари.",
    "В мэрии говорят, что деньги пойдут на новые поезда. Нынешнему подвижному составу более 40 лет, и поломки между станциями случаются почти каждую неделю.",
    "Чиновники обещают, что льготы для студентов, пенсионеров и людей с инвалидностью сохранятся.",
    "Проездные, купленные до 31 декабря, сохранят старую цену до конца февраля.",
    "Десятки человек собрались у здания мэрии в 18:00, чтобы выразить протест против решения.",
    "«Я трачу на транспорт почти треть своей пенсии», — рассказала 67-летняя Нино Беридзе.",
    "Оппозиционные депутаты заявили, что обжалуют решение в суде.",
];

fn owned(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| (*text).to_owned()).collect()
}

fn run(target: &[String]) -> Vec<Link> {
    align_texts(
        &owned(&ENGLISH),
        "en",
        target,
        "ru",
        &AlignOptions::default(),
    )
}

fn pairs(links: &[Link]) -> Vec<(Vec<usize>, Vec<usize>)> {
    links.iter().map(Link::pair).collect()
}

fn assert_every_unit_once(links: &[Link], source: usize, target: usize) {
    let mut seen_source = vec![0; source];
    let mut seen_target = vec![0; target];
    for link in links {
        link.source.iter().for_each(|unit| seen_source[*unit] += 1);
        link.target.iter().for_each(|unit| seen_target[*unit] += 1);
        assert!((0.0..=1.0).contains(&link.confidence));
        assert!(!link.reason.is_empty());
    }
    assert!(seen_source.iter().all(|seen| *seen == 1), "{seen_source:?}");
    assert!(seen_target.iter().all(|seen| *seen == 1), "{seen_target:?}");
}

#[test]
fn a_faithful_translation_aligns_one_to_one_with_high_confidence() {
    let links = run(&owned(&RUSSIAN));
    let expected: Vec<_> = (0..11).map(|index| (vec![index], vec![index])).collect();
    assert_eq!(pairs(&links), expected);
    assert!(links.iter().all(|link| link.confidence > 0.6), "{links:?}");
    assert_every_unit_once(&links, 11, 11);
}

#[test]
fn merged_paragraphs_become_a_two_to_one_link() {
    let mut target = owned(&RUSSIAN);
    let merged = format!("{} {}", target[5], target[6]);
    target.splice(5..7, [merged]);
    let links = run(&target);
    assert!(
        pairs(&links).contains(&(vec![5, 6], vec![5])),
        "{:?}",
        pairs(&links)
    );
    assert!(pairs(&links).contains(&(vec![7], vec![6])));
    assert_every_unit_once(&links, 11, 10);
}

#[test]
fn a_split_paragraph_becomes_a_one_to_two_link() {
    let mut target = owned(&RUSSIAN);
    let (first, second) = target[5].split_once(". ").unwrap();
    let (first, second) = (format!("{first}."), second.to_owned());
    target.splice(5..6, [first, second]);
    let links = run(&target);
    assert!(
        pairs(&links).contains(&(vec![5], vec![5, 6])),
        "{:?}",
        pairs(&links)
    );
    assert_every_unit_once(&links, 11, 12);
}

#[test]
fn a_dropped_paragraph_stays_in_its_own_link() {
    let mut target = owned(&RUSSIAN);
    target.remove(7);
    let links = run(&target);
    let dropped = links.iter().find(|link| link.source == [7]).unwrap();
    assert!(dropped.target.is_empty(), "{:?}", pairs(&links));
    assert_eq!(dropped.reason, "no counterpart in the translation");
    assert!(dropped.confidence < 0.8);
    assert!(pairs(&links).contains(&(vec![8], vec![7])));
    assert_every_unit_once(&links, 11, 10);
}

#[test]
fn a_moved_paragraph_is_found_and_marked() {
    let mut target = owned(&RUSSIAN);
    let moved = target.remove(9);
    target.insert(2, moved);
    let links = run(&target);
    let link = links.iter().find(|link| link.source == [9]).unwrap();
    assert_eq!(link.target, vec![2], "{:?}", pairs(&links));
    assert!(link.moved);
    assert!(link.reason.starts_with("moved"), "{}", link.reason);
    assert!(links.iter().filter(|link| link.moved).count() == 1);
    assert_every_unit_once(&links, 11, 11);
}

#[test]
fn a_paragraph_split_in_two_and_moved_keeps_both_halves_in_one_moved_link() {
    let mut target = owned(&RUSSIAN);
    let (first, second) = target[5].split_once(". ").unwrap();
    let (first, second) = (format!("{first}."), second.to_owned());
    target.splice(5..6, []);
    target.splice(9..9, [first, second]);
    let links = run(&target);
    let link = links.iter().find(|link| link.source == [5]).unwrap();
    assert_eq!(link.target, vec![9, 10], "{:?}", pairs(&links));
    assert!(link.moved);
    assert!(pairs(&links).contains(&(vec![6], vec![5])));
    assert_every_unit_once(&links, 11, 12);
}

#[test]
fn two_paragraphs_merged_and_moved_become_one_moved_link() {
    let mut target = owned(&RUSSIAN);
    let merged = format!("{} {}", target[8], target[9]);
    target.splice(8..10, []);
    target.insert(3, merged);
    let links = run(&target);
    let link = links.iter().find(|link| link.target == [3]).unwrap();
    assert_eq!(link.source, vec![8, 9], "{:?}", pairs(&links));
    assert!(link.moved);
    assert!(pairs(&links).contains(&(vec![10], vec![9])));
    assert_every_unit_once(&links, 11, 10);
}

#[test]
fn differing_numbers_are_reported() {
    let mut target = owned(&RUSSIAN);
    target[8] = target[8].replace("18:00", "19:00");
    let links = run(&target);
    let link = links.iter().find(|link| link.source == [8]).unwrap();
    assert_eq!(link.target, vec![8]);
    assert!(
        link.reason.contains("numbers differ: 18:00 vs 19:00"),
        "{}",
        link.reason
    );
    let faithful = run(&owned(&RUSSIAN));
    let original = faithful.iter().find(|link| link.source == [8]).unwrap();
    assert!(link.confidence < original.confidence);
}

#[test]
fn unequal_sizes_are_aligned_not_refused() {
    // Half of the translation is missing: the aligner still links what is there.
    let target = owned(&RUSSIAN[..5]);
    let links = run(&target);
    for index in 0..5 {
        assert!(
            pairs(&links).contains(&(vec![index], vec![index])),
            "{:?}",
            pairs(&links)
        );
    }
    assert_every_unit_once(&links, 11, 5);
    let empty = align_texts(&owned(&ENGLISH), "en", &[], "ru", &AlignOptions::default());
    assert_eq!(empty.len(), 11);
    assert_every_unit_once(&empty, 11, 0);
}

#[test]
fn sentences_align_inside_linked_paragraphs() {
    let mut target = owned(&RUSSIAN);
    let merged = format!("{} {}", target[5], target[6]);
    target.splice(5..7, [merged]);
    let paragraph_links = run(&target);
    let links = align_sentences(&owned(&ENGLISH), "en", &target, "ru", &paragraph_links);
    // English has 13 sentences (paragraphs 3 and 5 have two each); so has the Russian.
    assert_eq!(links.len(), 13, "{links:?}");
    assert!(
        links
            .iter()
            .all(|link| link.source.len() == 1 && link.target.len() == 1)
    );
    assert!(links.iter().all(|link| link.source == link.target));
}

#[test]
fn a_raised_stop_flag_ends_the_alignment_at_once_with_nothing() {
    let source = owned(&ENGLISH);
    let target = owned(&RUSSIAN);
    assert!(!run(&target).is_empty());
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let options = AlignOptions {
        stop: Some(stop),
        ..AlignOptions::default()
    };
    assert!(align_texts(&source, "en", &target, "ru", &options).is_empty());
}

/// Units known only by their lengths (pseudo-random, 20 to 400 characters): no anchors at all.
fn lengths_only(count: usize, seed: u64) -> Vec<super::UnitFeatures> {
    let mut rng = super::eval::Rng::new(seed);
    (0..count)
        .map(|_| super::UnitFeatures {
            chars: 20 + rng.below(380),
            sentences: 1,
            ..super::UnitFeatures::default()
        })
        .collect()
}

#[test]
fn a_long_gap_without_anchors_is_found_by_widening_the_band() {
    // The translation lacks the middle third (units 500–999) of a 1500-unit text with no
    // anchors: the band starts on the straight diagonal, 167 units away from the truth where the
    // gap begins, and must widen to find what a search of the whole matrix finds.
    let source = lengths_only(1500, 3);
    let target: Vec<_> = source[..500]
        .iter()
        .chain(&source[1000..])
        .cloned()
        .collect();
    let right = |options: &AlignOptions| {
        let links = super::align(&source, &target, options);
        assert_every_unit_once(&links, source.len(), target.len());
        links
            .iter()
            .filter(
                |link| match (link.source.as_slice(), link.target.as_slice()) {
                    ([i], [j]) => (*i < 500 && j == i) || (*i >= 1000 && *j + 500 == *i),
                    ([i], []) => (500..1000).contains(i),
                    _ => false,
                },
            )
            .count()
    };
    let banded = AlignOptions {
        expected_ratio: Some(1.0),
        ..AlignOptions::default()
    };
    // Searching the whole matrix finds 1360 right links here; the first band alone, 826.
    let banded_right = right(&banded);
    assert!(banded_right >= 1340, "{banded_right} right links");
}
