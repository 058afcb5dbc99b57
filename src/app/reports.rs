//! The library's count reports in the interface language: a memory fill, a pre-translation, an
//! archival package, a glossary export. The library words them in English for the command
//! line.

use std::path::Path;

use crate::io::export::bag::BagReport;
use crate::io::glossary_file::Exported;
use crate::l10n::tr;
use crate::memory::FillReport;
use crate::memory::pretranslate::PretranslateReport;
use crate::model::LanguageTag;

/// What filling from a memory's exact matches did for one language.
#[must_use]
pub fn fill(report: &FillReport) -> String {
    let mut text = tr::report_fill(report.filled, report.already_translated, report.no_match);
    if report.ambiguous > 0 {
        text.push_str(&tr::report_fill_ambiguous(report.ambiguous));
    }
    text
}

/// What pre-translating `language` did.
#[must_use]
pub fn pretranslate(report: &PretranslateReport, language: &LanguageTag, minimum: u8) -> String {
    let mut text = tr::report_pretranslate(
        language.as_str(),
        report.filled,
        report.exact,
        report.filled.saturating_sub(report.exact),
        minimum,
        report.without,
    );
    if report.numbers_differ > 0 {
        text.push_str(&tr::report_pretranslate_numbers(report.numbers_differ));
    }
    text
}

/// Where an archival package was written and what it holds.
#[must_use]
pub fn bag(report: &BagReport) -> String {
    tr::report_bag(
        report.path.display().to_string(),
        report.files,
        report.bytes,
    )
}

/// How many term pairs a glossary export wrote to `output`.
#[must_use]
pub fn glossary_exported(exported: &Exported, output: &Path) -> String {
    let mut text = tr::report_glossary_exported(exported.pairs, output.display().to_string());
    if exported.dropped > 0 {
        text.push_str(&tr::report_glossary_dropped(exported.dropped));
    }
    text.push('.');
    text
}
