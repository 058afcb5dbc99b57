//! A list of slips in a corpus's reference translations, confirmed by reading each pair
//! (`eval/qa-slips.ntrex-dev.tsv`): `eval-qa --slips FILE` sets these pairs aside when it
//! counts false alarms, since a finding there reports a real defect of the published
//! translation. Lines are `language<TAB>check<TAB>what is wrong<TAB>translation`; `#` starts a
//! comment.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::Context as _;

/// The translations confirmed to hold a slip, by language.
#[derive(Debug, Default)]
pub struct Slips {
    pairs: BTreeSet<(String, String)>,
}

impl Slips {
    /// Reads a list; a line without its four columns is refused with its number.
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the slips list {}", path.display()))?;
        let mut pairs = BTreeSet::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let columns: Vec<&str> = line.splitn(4, '\t').collect();
            let [language, _check, _why, target] = columns[..] else {
                anyhow::bail!(
                    "{} line {}: expected language, check, what is wrong and the translation, separated by tabs",
                    path.display(),
                    number + 1
                );
            };
            pairs.insert((language.to_owned(), target.trim().to_owned()));
        }
        Ok(Self { pairs })
    }

    /// Whether the translation `target` into `language` is a confirmed slip.
    pub fn contains(&self, language: &str, target: &str) -> bool {
        self.pairs
            .contains(&(language.to_owned(), target.trim().to_owned()))
    }

    /// How many slips of `language` the list holds.
    pub fn count(&self, language: &str) -> usize {
        self.pairs
            .iter()
            .filter(|(other, _)| other == language)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_read_and_a_bad_line_refused() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("slips.tsv");
        std::fs::write(
            &path,
            "# comment\nru\tspaces\ttwo spaces\tОн  ушёл.\n\naz\tdoubled\tqarşı qarşı\tO qarşı qarşı qaldı.\n",
        )
        .unwrap();
        let slips = Slips::read(&path).unwrap();
        assert!(slips.contains("ru", "Он  ушёл. "));
        assert!(!slips.contains("az", "Он  ушёл."));
        assert_eq!((slips.count("ru"), slips.count("az")), (1, 1));
        std::fs::write(&path, "ru\tspaces\tОн  ушёл.\n").unwrap();
        let error = Slips::read(&path).unwrap_err().to_string();
        assert!(error.contains("line 1"), "{error}");
    }
}
