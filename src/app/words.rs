//! The interface language's words for the model's values: statuses, paragraph kinds, link
//! states, metadata fields, source formats, language names, conflict resolutions and QA
//! severities. The model keeps its English names for files and the command line.

use crate::l10n::tr;
use crate::model::{
    LanguageTag, LinkState, MetadataField, ParagraphKind, Resolution, SourceFormat,
    TranslationStatus,
};
use crate::qa::Severity;

/// A translation status: `new`, `draft`… in English, as the grid has always shown them.
#[must_use]
pub fn status(status: TranslationStatus) -> String {
    match status {
        TranslationStatus::New => tr::word_status_new(),
        TranslationStatus::Draft => tr::word_status_draft(),
        TranslationStatus::Translated => tr::word_status_translated(),
        TranslationStatus::Reviewed => tr::word_status_reviewed(),
        TranslationStatus::Approved => tr::word_status_approved(),
    }
}

/// A paragraph kind: `headline`, `lead`, `body`…
#[must_use]
pub fn paragraph_kind(kind: ParagraphKind) -> String {
    match kind {
        ParagraphKind::Headline => tr::word_kind_headline(),
        ParagraphKind::Lead => tr::word_kind_lead(),
        ParagraphKind::Heading => tr::word_kind_heading(),
        ParagraphKind::Body => tr::word_kind_body(),
        ParagraphKind::Quote => tr::word_kind_quote(),
        ParagraphKind::Caption => tr::word_kind_caption(),
        ParagraphKind::Junk => tr::word_kind_junk(),
        ParagraphKind::Duplicate => tr::word_kind_duplicate(),
        ParagraphKind::Teaser => tr::word_kind_teaser(),
        ParagraphKind::Footer => tr::word_kind_footer(),
    }
}

/// Whether a link is proposed or confirmed.
#[must_use]
pub fn link_state(state: LinkState) -> String {
    match state {
        LinkState::Proposed => tr::word_link_proposed(),
        LinkState::Confirmed => tr::word_link_confirmed(),
    }
}

/// A metadata field's name: `Title`, `Outlet`, `URL`…
#[must_use]
pub fn metadata_field(field: MetadataField) -> String {
    match field {
        MetadataField::Title => tr::word_field_title(),
        MetadataField::Description => tr::word_field_description(),
        MetadataField::Outlet => tr::word_field_outlet(),
        MetadataField::Url => tr::word_field_url(),
        MetadataField::Author => tr::word_field_author(),
        MetadataField::Published => tr::word_field_published(),
        MetadataField::Modified => tr::word_field_modified(),
        MetadataField::Captured => tr::word_field_captured(),
        MetadataField::CaptureTool => tr::word_field_capture_tool(),
        MetadataField::Direction => tr::word_field_direction(),
        MetadataField::Tags => tr::word_field_tags(),
        MetadataField::Note => tr::word_field_note(),
    }
}

/// What kind of file an article came from: `plain text`, `HTML page`…
#[must_use]
pub fn source_format(format: SourceFormat) -> String {
    match format {
        SourceFormat::Text => tr::word_format_text(),
        SourceFormat::Html => tr::word_format_html(),
        SourceFormat::Mhtml => tr::word_format_mhtml(),
        SourceFormat::Warc => tr::word_format_warc(),
        SourceFormat::WarcGz => tr::word_format_warc_gz(),
    }
}

/// A language's name in the interface language (`Russian`, `русский`, `rus dili`), with its
/// full tag when it has more than the primary subtag; unknown languages by their tag.
#[must_use]
pub fn language_name(tag: &LanguageTag) -> String {
    let name = match tag.primary() {
        "en" => tr::word_language_en(),
        "ru" => tr::word_language_ru(),
        "az" => tr::word_language_az(),
        "tr" => tr::word_language_tr(),
        "ka" => tr::word_language_ka(),
        "hy" => tr::word_language_hy(),
        "uk" => tr::word_language_uk(),
        "de" => tr::word_language_de(),
        "fr" => tr::word_language_fr(),
        _ => return tag.as_str().to_owned(),
    };
    if tag.as_str().contains('-') {
        format!("{name} ({})", tag.as_str())
    } else {
        name
    }
}

/// A way of resolving a conflict: `Keep ours`, `Take theirs`, `Keep as edited`.
#[must_use]
pub fn resolution(resolution: Resolution) -> String {
    match resolution {
        Resolution::Ours => tr::word_resolution_ours(),
        Resolution::Theirs => tr::word_resolution_theirs(),
        Resolution::AsEdited => tr::word_resolution_as_edited(),
    }
}

/// A QA severity: `error`, `warning`, `info`.
#[must_use]
pub fn severity(severity: Severity) -> String {
    match severity {
        Severity::Error => tr::word_severity_error(),
        Severity::Warning => tr::word_severity_warning(),
        Severity::Info => tr::word_severity_info(),
    }
}
