//! An archival package of a project as a BagIt bag (RFC 8493): the payload holds the
//! original file byte for byte (`data/original/`; the earlier captures of the article in
//! `data/captures/<number>/`, listed with their dates and hashes in
//! `data/metadata/captures.json`; the originals of aligned translations in
//! `data/original-translations/<lang>/`), the project file,
//! each translation as text and as HTML, and the article's metadata as schema.org
//! `NewsArticle` JSON-LD and as Dublin Core; the tag files are `bagit.txt`, `bag-info.txt`
//! (source organisation, the article's address as external identifier, the bagging date, the
//! payload's size), `manifest-sha256.txt` and `tagmanifest-sha256.txt`. The bag is written
//! into a fresh folder beside the destination and renamed into place when complete, so a
//! half-written bag never carries the destination's name.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quick_xml::events::BytesText;

use super::{ExportFormat, ExportOptions, export_article, xml_document};
use crate::model::{Original, Project, sha256_hex};

/// A file of the bag: its path inside `data/` and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BagFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The longest file name the package gives a file, in bytes (file systems allow 255, and
/// writing goes through a temp name a little longer).
const LONGEST_NAME: usize = 160;

/// A name safe as one path component: separators, control characters, `%` (which manifests
/// would have to escape, and tools read back differently) and a leading dot replaced, cut to
/// `LONGEST_NAME` bytes keeping its extension, never empty.
fn safe_name(name: &str, fallback: &str) -> String {
    let name = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = name
        .chars()
        .map(|character| {
            if character.is_control()
                || matches!(character, ':' | '*' | '?' | '"' | '<' | '>' | '|' | '%')
            {
                '_'
            } else {
                character
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        return fallback.to_owned();
    }
    if cleaned.len() <= LONGEST_NAME {
        return cleaned;
    }
    let extension = cleaned
        .rfind('.')
        .map(|at| &cleaned[at..])
        .filter(|extension| extension.len() <= 24)
        .unwrap_or("");
    let mut cut = LONGEST_NAME - extension.len();
    while !cleaned.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{extension}", &cleaned[..cut])
}

/// The Dublin Core record of the article (`oai_dc`).
fn dublin_core(project: &Project) -> String {
    let metadata = &project.metadata;
    let mut dropped = 0;
    let mut text = |value: &str| super::tmx::xml_text(value, &mut dropped);
    let fields: Vec<(&str, String)> = [
        ("dc:title", metadata.title.as_str()),
        ("dc:description", metadata.description.as_str()),
        ("dc:creator", metadata.author.as_str()),
        ("dc:publisher", metadata.outlet.as_str()),
        ("dc:date", metadata.published.as_str()),
        ("dc:identifier", metadata.url.as_str()),
        ("dc:language", project.source.language.as_str()),
        ("dc:source", project.source.original.file_name.as_str()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(name, value)| (name, text(value.trim())))
    .chain(std::iter::once(("dc:type", "Text".to_owned())))
    .chain(
        std::iter::once(("dc:format", "text/html".to_owned()))
            .filter(|_| project.source.original.stored_bytes.is_some()),
    )
    .collect();
    xml_document(None, |writer| {
        writer
            .create_element("oai_dc:dc")
            .with_attributes([
                (
                    "xmlns:oai_dc",
                    "http://www.openarchives.org/OAI/2.0/oai_dc/",
                ),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ])
            .write_inner_content(|writer| {
                for (name, value) in &fields {
                    writer
                        .create_element(*name)
                        .write_text_content(BytesText::new(value))?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// The schema.org `NewsArticle` of the source article, with its translations as
/// `workTranslation`.
fn json_ld(project: &Project, translations: &[String]) -> String {
    let metadata = &project.metadata;
    let given = |value: &str| {
        (!value.trim().is_empty()).then(|| serde_json::Value::String(value.trim().to_owned()))
    };
    let mut article = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "inLanguage": project.source.language.as_str(),
    });
    for (key, value) in [
        ("headline", &metadata.title),
        ("description", &metadata.description),
        ("url", &metadata.url),
        ("datePublished", &metadata.published),
        ("dateModified", &metadata.modified),
    ] {
        if let Some(value) = given(value) {
            article[key] = value;
        }
    }
    if let Some(author) = given(&metadata.author) {
        article["author"] = serde_json::json!({"@type": "Person", "name": author});
    }
    if let Some(outlet) = given(&metadata.outlet) {
        article["publisher"] = serde_json::json!({"@type": "Organization", "name": outlet});
    }
    let mut works: Vec<serde_json::Value> = translations
        .iter()
        .map(|lang| {
            serde_json::json!({
                "@type": "NewsArticle",
                "inLanguage": lang,
                "url": format!("../translations/{lang}.html"),
            })
        })
        .collect();
    // Translations published elsewhere and aligned with the article.
    for (lang, aligned) in &project.aligned {
        works.push(serde_json::json!({
            "@type": "NewsArticle",
            "inLanguage": lang.as_str(),
            "url": format!(
                "../original-translations/{lang}/{}",
                safe_name(&aligned.original.file_name, "original")
            ),
        }));
    }
    if !works.is_empty() {
        article["workTranslation"] = serde_json::Value::Array(works);
    }
    let mut text = serde_json::to_string_pretty(&article).unwrap_or_default();
    text.push('\n');
    text
}

/// Every capture of the article, oldest first, the current one last: where its bytes are in
/// the payload, their SHA-256, when it was captured and with what, and when a later capture
/// replaced it.
fn captures_json(project: &Project) -> String {
    let mut captures: Vec<serde_json::Value> = project
        .captures
        .iter()
        .enumerate()
        .map(|(index, capture)| {
            serde_json::json!({
                "number": index + 1,
                "file": format!(
                    "../captures/{}/{}",
                    index + 1,
                    safe_name(&capture.original.file_name, "original")
                ),
                "sha256": capture.original.sha256,
                "title": capture.details.title,
                "url": capture.details.url,
                "captured": capture.details.captured,
                "capture_tool": capture.details.capture_tool,
                "superseded": capture.superseded,
            })
        })
        .collect();
    let metadata = &project.metadata;
    captures.push(serde_json::json!({
        "number": project.capture_count(),
        "file": format!(
            "../original/{}",
            safe_name(&project.source.original.file_name, "original")
        ),
        "sha256": project.source.original.sha256,
        "title": metadata.title,
        "url": metadata.url,
        "captured": metadata.captured,
        "capture_tool": metadata.capture_tool,
        "superseded": serde_json::Value::Null,
    }));
    let mut text = serde_json::to_string_pretty(&captures).unwrap_or_default();
    text.push('\n');
    text
}

fn original_file(folder: &str, original: &Original) -> BagFile {
    BagFile {
        path: format!("{folder}/{}", safe_name(&original.file_name, "original")),
        bytes: original.bytes(),
    }
}

/// The payload of the bag of `project`, whose saved file is `project_file` (its bytes and
/// name): paths inside `data/` and contents.
pub fn bag_payload(project: &Project, project_file: (&str, &[u8])) -> Vec<BagFile> {
    let mut files = vec![original_file("original", &project.source.original)];
    for (index, capture) in project.captures.iter().enumerate() {
        files.push(original_file(
            &format!("captures/{}", index + 1),
            &capture.original,
        ));
    }
    for (lang, aligned) in &project.aligned {
        files.push(original_file(
            &format!("original-translations/{lang}"),
            &aligned.original,
        ));
    }
    files.push(BagFile {
        path: format!(
            "project/{}",
            safe_name(project_file.0, "project.diptych.ron")
        ),
        bytes: project_file.1.to_vec(),
    });
    let mut translated = Vec::new();
    for lang in &project.targets {
        let has_text = project
            .translations
            .get(lang)
            .is_some_and(|translations| translations.values().any(|t| !t.text.trim().is_empty()));
        if !has_text {
            continue;
        }
        let options = ExportOptions {
            language: lang.clone(),
            allow_incomplete: true,
            also: Vec::new(),
            include_drafts: false,
            sentences: false,
        };
        for format in [ExportFormat::Txt, ExportFormat::Html] {
            if let Ok(export) = export_article(project, format, &options) {
                files.push(BagFile {
                    path: format!("translations/{lang}.{}", format.extension()),
                    bytes: export.bytes().to_vec(),
                });
            }
        }
        translated.push(lang.as_str().to_owned());
    }
    files.push(BagFile {
        path: "metadata/article.jsonld".to_owned(),
        bytes: json_ld(project, &translated).into_bytes(),
    });
    if !project.captures.is_empty() {
        files.push(BagFile {
            path: "metadata/captures.json".to_owned(),
            bytes: captures_json(project).into_bytes(),
        });
    }
    files.push(BagFile {
        path: "metadata/dublin-core.xml".to_owned(),
        bytes: dublin_core(project).into_bytes(),
    });
    files
}

/// A path as a manifest line writes it: `%`, CR and LF percent-encoded (RFC 8493 § 2.1.3).
fn manifest_path(path: &str) -> String {
    path.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A `bag-info.txt` value on one line, without control characters.
fn info_value(value: &str) -> String {
    value
        .chars()
        .map(|character| {
            if character.is_control() {
                ' '
            } else {
                character
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The tag files of a bag of `payload` (`bagit.txt`, `bag-info.txt`, the payload manifest
/// and the tag manifest), for `project` bagged on `date` (`YYYY-MM-DD`).
pub fn tag_files(project: &Project, payload: &[BagFile], date: &str) -> Vec<BagFile> {
    let mut manifest = String::new();
    for file in payload {
        let _ = writeln!(
            manifest,
            "{}  data/{}",
            sha256_hex(&file.bytes),
            manifest_path(&file.path)
        );
    }
    let octets: usize = payload.iter().map(|file| file.bytes.len()).sum();
    let metadata = &project.metadata;
    let mut info = String::new();
    let organisation = if metadata.outlet.trim().is_empty() {
        "unknown"
    } else {
        metadata.outlet.as_str()
    };
    let _ = writeln!(info, "Source-Organization: {}", info_value(organisation));
    if !metadata.url.trim().is_empty() {
        let _ = writeln!(info, "External-Identifier: {}", info_value(&metadata.url));
    }
    if !metadata.title.trim().is_empty() {
        let _ = writeln!(
            info,
            "External-Description: {}",
            info_value(&metadata.title)
        );
    }
    let _ = writeln!(info, "Bagging-Date: {date}");
    let _ = writeln!(
        info,
        "Bag-Software-Agent: Diptych {}",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(info, "Payload-Oxum: {octets}.{}", payload.len());
    let _ = writeln!(
        info,
        "Internal-Sender-Identifier: sha256:{}",
        project.source.original.sha256
    );
    let bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".to_owned();
    let mut tags = vec![
        BagFile {
            path: "bagit.txt".to_owned(),
            bytes: bagit.into_bytes(),
        },
        BagFile {
            path: "bag-info.txt".to_owned(),
            bytes: info.into_bytes(),
        },
        BagFile {
            path: "manifest-sha256.txt".to_owned(),
            bytes: manifest.into_bytes(),
        },
    ];
    let mut tag_manifest = String::new();
    for tag in &tags {
        let _ = writeln!(tag_manifest, "{}  {}", sha256_hex(&tag.bytes), tag.path);
    }
    tags.push(BagFile {
        path: "tagmanifest-sha256.txt".to_owned(),
        bytes: tag_manifest.into_bytes(),
    });
    tags
}

/// What a written bag holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BagReport {
    pub path: PathBuf,
    pub files: usize,
    pub bytes: usize,
}

impl BagReport {
    /// One line for people.
    pub fn describe(&self) -> String {
        format!(
            "Wrote the archival package {} ({} files, {} bytes of payload)",
            self.path.display(),
            self.files,
            self.bytes
        )
    }
}

/// Writes the BagIt package of `project` (saved as `project_file`: its name and bytes) as the
/// new folder `destination`, bagged on `date` (`YYYY-MM-DD`).
pub fn export_bag(
    project: &Project,
    project_file: (&str, &[u8]),
    destination: &Path,
    date: &str,
) -> Result<BagReport, BagError> {
    let payload = bag_payload(project, project_file);
    let tags = tag_files(project, &payload, date);
    let path = write_bag(destination, &payload, &tags)?;
    Ok(BagReport {
        path,
        files: payload.len(),
        bytes: payload.iter().map(|file| file.bytes.len()).sum(),
    })
}

/// Why a bag was not written.
#[derive(Debug, thiserror::Error)]
pub enum BagError {
    #[error("{0} exists already; an archival package goes into a new folder")]
    Exists(String),
    #[error("cannot write the package in {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
}

/// Writes the bag of `payload` (with its `tags`) as the new folder `destination`: into a
/// fresh folder beside it first, renamed into place when every file is written.
pub fn write_bag(
    destination: &Path,
    payload: &[BagFile],
    tags: &[BagFile],
) -> Result<PathBuf, BagError> {
    if std::fs::symlink_metadata(destination).is_ok() {
        return Err(BagError::Exists(destination.display().to_string()));
    }
    let parent = crate::io::fs::parent_folder(destination);
    // A short name of its own: the destination's may be near the length limit already.
    let partial = parent.join(format!(
        ".diptych-bag-{:016x}.partial",
        crate::io::fs::unpredictable_u64()
    ));
    let failed = |reason: std::io::Error| BagError::Write {
        path: partial.display().to_string(),
        reason,
    };
    std::fs::create_dir(&partial).map_err(failed)?;
    let written = (|| {
        for (folder, files) in [(Some("data"), payload), (None, tags)] {
            for file in files {
                let path = match folder {
                    Some(folder) => partial.join(folder).join(&file.path),
                    None => partial.join(&file.path),
                };
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                crate::io::fs::write_new_file(&path, &file.bytes, None).and_then(|created| {
                    if created {
                        Ok(())
                    } else {
                        Err(std::io::Error::new(
                            std::io::ErrorKind::AlreadyExists,
                            format!("two files of the package are both {}", path.display()),
                        ))
                    }
                })?;
            }
        }
        // The rename fails if the destination appeared meanwhile (an empty folder aside).
        if std::fs::symlink_metadata(destination).is_ok() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!(
                    "{} appeared while the package was written",
                    destination.display()
                ),
            ));
        }
        std::fs::rename(&partial, destination)
    })();
    if let Err(reason) = written {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(BagError::Write {
            path: destination.display().to_string(),
            reason,
        });
    }
    Ok(destination.to_path_buf())
}
