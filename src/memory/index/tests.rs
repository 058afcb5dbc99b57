use super::*;

fn memory() -> TranslationMemory {
    let mut memory = TranslationMemory::new("en", "ru");
    for (source, target) in [
        (
            "Police detained 15 protesters near the parliament.",
            "Полиция задержала 15 протестующих у парламента.",
        ),
        (
            "Police detain protesters near the parliament every week.",
            "Полиция каждую неделю задерживает протестующих у парламента.",
        ),
        (
            "The opposition called for an unauthorized rally on Sunday.",
            "Оппозиция призвала к несанкционированному митингу в воскресенье.",
        ),
        (
            "The Musavat party said the rally would go ahead.",
            "Партия «Мусават» заявила, что митинг состоится.",
        ),
        (
            "The weather will be warm on Sunday.",
            "В воскресенье будет тепло.",
        ),
    ] {
        memory.add(MemorySegment {
            source: source.to_owned(),
            target: target.to_owned(),
            origin: "test".to_owned(),
            date: String::new(),
        });
    }
    memory
}

#[test]
fn the_right_pair_comes_first_with_a_score_that_reflects_the_change() {
    let mut memory = memory();
    let matches = memory.search("Police detained 20 protesters near the parliament.", 50, 5);
    assert_eq!(
        matches[0].source,
        "Police detained 15 protesters near the parliament."
    );
    assert_eq!(matches[0].score, 99, "only a number differs");
    assert_eq!(
        matches[0].target_with_numbers.as_deref(),
        Some("Полиция задержала 20 протестующих у парламента.")
    );
    let exact = memory.search("Police detained 15 protesters near the parliament.", 50, 5);
    assert_eq!(exact[0].score, 100);
    let rally = memory.search(
        "The opposition called for an unauthorized rally on Saturday.",
        50,
        5,
    );
    assert_eq!(
        rally[0].source,
        "The opposition called for an unauthorized rally on Sunday."
    );
    assert!((85..99).contains(&rally[0].score), "{}", rally[0].score);
    assert!(
        memory
            .search("Completely unrelated words here", 50, 5)
            .is_empty()
    );
}

#[test]
fn the_index_finds_what_scoring_every_segment_finds() {
    let mut memory = memory();
    for query in [
        "Police detained protesters near the parliament.",
        "The party said the rally would go ahead on Sunday.",
        "The weather on Sunday",
        "the the the",
    ] {
        let indexed = memory.search(query, 30, 3);
        let linear = memory.search_linearly(query, 30, 3);
        let scores = |matches: &[Match]| -> Vec<(u8, String)> {
            matches
                .iter()
                .map(|found| (found.score, found.source.clone()))
                .collect()
        };
        assert_eq!(scores(&indexed), scores(&linear), "{query}");
    }
}

#[test]
fn a_match_whose_numbers_cannot_be_carried_says_so() {
    let mut memory = TranslationMemory::new("en", "ru");
    memory.add(MemorySegment {
        source: "Passengers will pay 1 lari from January 1.".to_owned(),
        target: "С 1 января пассажиры будут платить 1 лари.".to_owned(),
        origin: "test".to_owned(),
        date: String::new(),
    });
    let found = memory.search("Passengers will pay 2 lari from January 1.", 50, 1);
    assert_eq!(found[0].score, 99);
    assert_eq!(found[0].target_with_numbers, None);
    assert!(found[0].numbers_differ);
    let same = memory.search("Passengers will pay 1 lari from January 1.", 50, 1);
    assert!(!same[0].numbers_differ);
}
