use super::*;

fn body(texts: &[&'static str]) -> Vec<RevisionText<'static>> {
    texts
        .iter()
        .map(|text| RevisionText {
            text,
            headline: false,
        })
        .collect()
}

/// Body paragraphs (no headline) of owned texts.
fn units(texts: &[String]) -> Vec<RevisionText<'_>> {
    texts
        .iter()
        .map(|text| RevisionText {
            text,
            headline: false,
        })
        .collect()
}

#[test]
fn same_moved_edited_added_and_removed_paragraphs_are_told_apart() {
    let old = body(&[
        "Bakıda ilk elektrobuslar işə salınıb.",
        "Maşınlar 1, 5 və 88 nömrəli marşrutlarla hərəkət edəcək.",
        "Hər elektrobus 90 sərnişin tutur və 250 km yol gedir.",
        "Gediş haqqı 60 qəpik olaraq qalır.",
        "Sakinlər narazılıq edirlər.",
    ]);
    let new = body(&[
        "Bakıda ilk elektrobuslar işə salınıb.",
        "Gediş haqqı 60 qəpik olaraq qalır.",
        "Maşınlar 1, 5 və 88 nömrəli marşrutlarla hərəkət edəcək.",
        "Hər elektrobus 100 sərnişin tutur və 250 km yol gedir.",
        "Agentlik yazda yeni maşınlar gətirəcəyini bildirib.",
    ]);
    let pairs = pair_revisions(&old, &new);
    let by_new: Vec<(usize, usize, bool)> = pairs
        .iter()
        .map(|pair| (pair.new, pair.old, pair.same))
        .collect();
    assert_eq!(
        by_new,
        vec![(0, 0, true), (1, 3, true), (2, 1, true), (3, 2, false)]
    );
    // Of the kept paragraphs, one moved (which one is a matter of view; one is enough).
    assert_eq!(pairs.iter().filter(|pair| pair.moved).count(), 1);
    // Old 4 was removed, new 4 added.
    assert!(!pairs.iter().any(|pair| pair.old == 4 || pair.new == 4));
}

#[test]
fn a_paragraph_moved_and_edited_is_found() {
    let old = body(&[
        "Первый абзац о транспорте в Баку.",
        "Второй абзац о ценах на проезд в метро.",
        "Третий абзац о новых автобусах из Китая, которые прибудут весной следующего года.",
    ]);
    let new = body(&[
        "Третий абзац о новых электробусах из Китая, которые прибудут весной следующего года.",
        "Первый абзац о транспорте в Баку.",
        "Второй абзац о ценах на проезд в метро.",
    ]);
    let pairs = pair_revisions(&old, &new);
    let edited = pairs.iter().find(|pair| !pair.same).unwrap();
    assert_eq!((edited.old, edited.new), (2, 0));
    assert!(edited.moved);
}

#[test]
fn a_reworded_headline_stays_the_headline_and_white_space_is_no_change() {
    let old = [
        RevisionText {
            text: "Minister lied about the contract, documents show",
            headline: true,
        },
        RevisionText {
            text: "The  ministry\u{ad} signed it in May.",
            headline: false,
        },
    ];
    let new = [
        RevisionText {
            text: "Questions raised over minister's account",
            headline: true,
        },
        RevisionText {
            text: "The ministry signed it in May.",
            headline: false,
        },
    ];
    let pairs = pair_revisions(&old, &new);
    assert_eq!(pairs.len(), 2);
    assert!(pairs[1].same);
    assert!(!pairs[0].same && pairs[0].old == 0);
}

#[test]
fn a_paragraph_rewritten_in_its_place_is_changed_but_one_replaced_by_another_story_is_not() {
    let old = body(&[
        "Bakıda ilk elektrobuslar işə salınıb.",
        "Nazir bildirib ki, layihə 2026-cı ilin sonunadək tamamlanacaq və 40 milyon manata başa gələcək.",
        "Gediş haqqı 60 qəpik olaraq qalır.",
    ]);
    let rewritten = body(&[
        "Bakıda ilk elektrobuslar işə salınıb.",
        "Layihənin dəyəri 40 milyon manat olacaq, nazirliyin sözlərinə görə o, ilin sonunadək bitəcək.",
        "Gediş haqqı 60 qəpik olaraq qalır.",
    ]);
    let pairs = pair_revisions(&old, &rewritten);
    assert!(
        pairs
            .iter()
            .any(|pair| (pair.old, pair.new, pair.same) == (1, 1, false))
    );
    let replaced = body(&[
        "Bakıda ilk elektrobuslar işə salınıb.",
        "Sumqayıtda yeni stadion tikiləcək.",
        "Gediş haqqı 60 qəpik olaraq qalır.",
    ]);
    let pairs = pair_revisions(&old, &replaced);
    assert!(!pairs.iter().any(|pair| pair.old == 1 || pair.new == 1));
}

#[test]
fn unrelated_paragraphs_are_not_paired() {
    let old = body(&["Parkda 3 mindən çox ağac əkilib."]);
    let new = body(&["Metro stansiyası yanvarda bağlanacaq."]);
    assert!(pair_revisions(&old, &new).is_empty());
}

#[test]
fn the_word_difference_spells_both_texts() {
    let old = "Сбор начнётся в 15:00 у мэрии.";
    let new = "Сбор начнётся в 16:00 у здания мэрии.";
    let pieces = word_diff(old, new);
    let spelled = |skip: DiffPieceKind| -> String {
        pieces
            .iter()
            .filter(|piece| piece.kind != skip)
            .map(|piece| piece.text.as_str())
            .collect()
    };
    assert_eq!(spelled(DiffPieceKind::Added), old);
    assert_eq!(spelled(DiffPieceKind::Removed), new);
    let removed: Vec<&str> = pieces
        .iter()
        .filter(|piece| piece.kind == DiffPieceKind::Removed)
        .map(|piece| piece.text.as_str())
        .collect();
    assert_eq!(removed, vec!["15:00"]);
}

#[test]
fn a_large_page_rewritten_throughout_compares_quickly() {
    let old: Vec<String> = (0..3000)
        .map(|i| format!("Абзац номер {i} о событиях дня и ценах."))
        .collect();
    let new: Vec<String> = (0..3000)
        .map(|i| format!("Paraqraf {i} günün hadisələri haqqında."))
        .collect();
    let old_units = units(&old);
    let new_units = units(&new);
    // Nothing is shared but the figures, so nothing pairs; the point is that it returns.
    assert!(pair_revisions(&old_units, &new_units).len() < 100);
}

#[test]
fn near_twins_reordered_and_edited_pair_with_their_own_counterparts() {
    let old = body(&[
        "Baku extends electric bus timetable",
        "The Baku Transport Agency published the new timetable for the electric bus routes on Monday.",
        "Route 1 will run from 07:00 to 23:00, every 10 minutes, between Sahil and the railway station.",
        "Route 5 will run from 07:00 to 23:00, every 15 minutes, between Sahil and Ganjlik.",
        "Route 88 will run from 06:30 to 22:00, every 20 minutes, between Ganjlik and the airport.",
        "Tickets cost 60 qapik on every route.",
    ]);
    let new = body(&[
        "Baku extends electric bus timetable",
        "The Baku Transport Agency published the new timetable for the electric bus routes on Monday.",
        "Route 5 will run from 07:00 to 23:30, every 15 minutes, between Sahil and Ganjlik.",
        "Route 88 will run from 06:30 to 22:00, every 20 minutes, between Ganjlik and the airport.",
        "Route 1 will run from 07:00 to 23:30, every 10 minutes, between Sahil and the railway station.",
        "Tickets cost 60 qapik on every route.",
    ]);
    let pairs = pair_revisions(&old, &new);
    let edited: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|pair| !pair.same)
        .map(|pair| (pair.old, pair.new))
        .collect();
    assert_eq!(edited, vec![(3, 2), (2, 4)]);
    assert_eq!(pairs.len(), 6);
}

#[test]
fn shuffled_and_lightly_edited_paragraphs_are_all_found() {
    let texts: Vec<String> = (0..20)
        .map(|i| {
            format!(
                "Paragraph number {i} tells of district {} where {} new buses run since {}.",
                ["Sabail", "Yasamal", "Nasimi", "Khatai", "Binagadi"][i % 5],
                i * 3 + 7,
                2000 + i
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..20).collect();
    // A fixed shuffle.
    order.sort_by_key(|i| (i * 7) % 20);
    let edited: Vec<String> = order
        .iter()
        .map(|i| texts[*i].replace("new buses", "new electric buses"))
        .collect();
    let old = units(&texts);
    let new = units(&edited);
    let pairs = pair_revisions(&old, &new);
    assert_eq!(pairs.len(), 20);
    for pair in &pairs {
        assert_eq!(pair.old, order[pair.new], "{pair:?}");
    }
}

#[test]
fn of_two_copies_the_one_deleted_is_the_one_reported() {
    let old = body(&[
        "Headline of the day",
        "Update: the minister has resigned.",
        "The first paragraph of the story.",
        "Update: the minister has resigned.",
        "The last paragraph of the story.",
    ]);
    let new = body(&[
        "Headline of the day",
        "The first paragraph of the story.",
        "Update: the minister has resigned.",
        "The last paragraph of the story.",
    ]);
    let pairs = pair_revisions(&old, &new);
    assert!(
        pairs.iter().all(|pair| pair.same && !pair.moved),
        "{pairs:?}"
    );
    assert!(!pairs.iter().any(|pair| pair.old == 1));
}

#[test]
fn a_long_list_of_near_twins_shuffled_and_edited_keeps_each_with_its_own() {
    let places = ["Sahil", "Elmlar", "Azadliq", "Ganjlik", "Nizami", "Koroglu"];
    let intervals = [10, 15, 20];
    let old_texts: Vec<String> = (1..=80)
        .map(|route| {
            format!(
                "Route {route} will run from 07:00 to 23:00, every {} minutes, between {} and {}.",
                intervals[route % 3],
                places[route % 6],
                places[(route / 6 + route + 1) % 6]
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..80).collect();
    order.sort_by_key(|k| (k * 37) % 80);
    let new_texts: Vec<String> = order
        .iter()
        .map(|k| match k % 3 {
            0 => old_texts[*k].replace("07:00", "06:45"),
            1 => old_texts[*k].replace(" run ", " operate "),
            _ => old_texts[*k].replace("23:00", "23:30"),
        })
        .collect();
    let old = units(&old_texts);
    let new = units(&new_texts);
    let pairs = pair_revisions(&old, &new);
    assert_eq!(pairs.len(), 80);
    for pair in &pairs {
        assert_eq!(
            pair.old, order[pair.new],
            "{} ↔ {}",
            old_texts[pair.old], new_texts[pair.new]
        );
    }
}

#[test]
fn on_a_large_page_near_twins_are_found_through_rare_words_and_word_pairs() {
    // 1,200 routes (too many to weigh every pair), shuffled, each edited: route numbers such
    // as 10, 15 and 20 are also the intervals of hundreds of others.
    let places = ["Sahil", "Elmlar", "Azadliq", "Ganjlik", "Nizami"];
    let old_texts: Vec<String> = (1..=1200)
        .map(|route| {
            format!(
                "Route {route} will run from 07:00 to 23:00, every {} minutes, between {} and {}.",
                [10, 15, 20][route % 3],
                places[route % 5],
                places[(route / 5 + 1 + route) % 5]
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..1200).collect();
    order.sort_by_key(|k| (k * 541) % 1200);
    let new_texts: Vec<String> = order
        .iter()
        .map(|k| old_texts[*k].replace("07:00", "06:45"))
        .collect();
    let old = units(&old_texts);
    let new = units(&new_texts);
    let pairs = pair_revisions(&old, &new);
    assert_eq!(pairs.len(), 1200);
    let wrong = pairs
        .iter()
        .filter(|pair| pair.old != order[pair.new])
        .count();
    assert_eq!(wrong, 0);
}
