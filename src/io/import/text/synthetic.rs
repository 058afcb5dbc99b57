//! Synthetic article dumps of any length, in the shape of a saved news page, for benchmarks
//! and scale tests. Deterministic: the same size gives the same text.

use std::fmt::Write as _;

const SENTENCES: &[&str] = &[
    "The police closed the square in central Baku an hour before the rally.",
    "Several dozen people were detained, including two journalists.",
    "The city council approved the new budget on Tuesday, November 18.",
    "Officials said the fare had not changed since 2006.",
    "Residents gathered outside the city hall at 18:00 to protest.",
    "Mr. Hajili said the party would appeal the decision in court.",
    "The new trains will run every four minutes during rush hour.",
    "Critics say the reform was prepared without public discussion.",
];

/// An article with a junk line, headline, lead and `paragraphs` body paragraphs, with a
/// sub-heading every 25 paragraphs, a teaser every 40 and a footer at the end.
pub fn synthetic_article(paragraphs: usize) -> String {
    let mut text = String::new();
    text.push_str("Thousands of paragraphs for a benchmark of the importer \" />\n\n");
    text.push_str("A very long article for benchmarks\n\n");
    text.push_str("Thousands of paragraphs for a benchmark of the importer\n\n");
    for index in 0..paragraphs {
        if index % 25 == 24 {
            // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
            let _ = write!(text, "Part {} of the story\n\n", index / 25 + 1);
        }
        if index % 40 == 39 {
            let _ = write!(text, "\u{2022}\u{a0}Related story number {index}\n\n");
        }
        let sentence_count = 1 + index % 3;
        for offset in 0..sentence_count {
            if offset > 0 {
                text.push(' ');
            }
            text.push_str(SENTENCES[(index + offset * 3) % SENTENCES.len()]);
        }
        let _ = write!(text, " (Paragraph {index}.)\n\n");
    }
    text.push_str("More on JAMnews\n");
    text
}
