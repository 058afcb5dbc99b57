//! User preferences kept between sessions: recent files, theme and zoom, in a small RON file
//! under the user's configuration folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::overlays::{Overlays, ToastLevel};
use crate::io::fs::write_atomically;
use crate::l10n::tr;

const MAX_RECENT: usize = 10;

/// Preferences. Stored with a version so a future layout can migrate it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub version: u32,
    pub recent_files: Vec<PathBuf>,
    pub dark_mode: bool,
    pub zoom: f32,
    /// How many timestamped backups to keep per project (0: none). Settings files written
    /// before this preference existed get the default.
    #[serde(default = "default_backups_to_keep")]
    pub backups_to_keep: usize,
    /// The last export's format (txt, md, html) and whether it kept source text for
    /// untranslated paragraphs; files from before exports existed get the defaults.
    #[serde(default = "default_export_format")]
    pub export_format: String,
    #[serde(default)]
    pub export_allow_incomplete: bool,
    /// The library folder chosen in the settings (`None`: the default one). Files from before
    /// the library existed have none.
    #[serde(default)]
    pub library_dir: Option<PathBuf>,
    /// The folder of spelling dictionaries chosen in the settings (`None`: the library's and
    /// the system's). Files from before spelling existed have none.
    #[serde(default)]
    pub dictionary_dir: Option<PathBuf>,
    /// The lowest translation memory score the Matches panel shows, in percent.
    #[serde(default = "default_match_minimum")]
    pub match_minimum: u8,
    /// The interface language chosen in View → Language (`None`: the system's). Files from
    /// before the window was translated have none.
    #[serde(default, deserialize_with = "lenient_language")]
    pub ui_language: Option<crate::l10n::Language>,
}

/// The interface language as stored, or `None` for a value this version does not know (a
/// language a later version added, a hand edit): that one field falls back to the system's
/// language, and the rest of the settings still count.
fn lenient_language<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<crate::l10n::Language>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Stored {
        Known(Option<crate::l10n::Language>),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Stored::deserialize(deserializer)? {
        Stored::Known(language) => language,
        Stored::Other(_) => None,
    })
}

fn default_match_minimum() -> u8 {
    crate::app::matches::MINIMUM_SCORE
}

fn default_export_format() -> String {
    crate::io::export::ExportFormat::Html.name().to_owned()
}

fn default_backups_to_keep() -> usize {
    crate::io::backup::DEFAULT_BACKUPS_TO_KEEP
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: 1,
            recent_files: Vec::new(),
            dark_mode: false,
            zoom: 1.0,
            backups_to_keep: default_backups_to_keep(),
            export_format: default_export_format(),
            export_allow_incomplete: false,
            library_dir: None,
            dictionary_dir: None,
            match_minimum: default_match_minimum(),
            ui_language: None,
        }
    }
}

impl Settings {
    /// Moves `path` to the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent_files.retain(|existing| *existing != absolute);
        self.recent_files.insert(0, absolute);
        self.recent_files.truncate(MAX_RECENT);
    }
}

/// Where settings live: `$XDG_CONFIG_HOME/diptych/settings.ron` or `~/.config/diptych/…`.
pub fn default_settings_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("diptych").join("settings.ron"))
}

/// Reads settings; a missing file gives defaults, an unreadable one gives defaults and a
/// message for the user.
pub fn load_settings(path: &Path) -> (Settings, Option<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => match ron::from_str::<Settings>(&text) {
            Ok(settings) => (settings, None),
            Err(error) => (
                Settings::default(),
                Some(tr::settings_unreadable(
                    path.display().to_string(),
                    error.to_string(),
                )),
            ),
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
        Err(error) => (
            Settings::default(),
            Some(tr::settings_cannot_read(
                path.display().to_string(),
                error.to_string(),
            )),
        ),
    }
}

/// Why settings could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Format(#[from] ron::Error),
}

/// Writes settings atomically.
pub fn save_settings(path: &Path, settings: &Settings) -> Result<(), SettingsError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::new())?;
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// The settings in use and where they are kept (`None`: in memory only, as in tests).
pub struct Preferences {
    pub settings: Settings,
    path: Option<PathBuf>,
    /// The settings file could not be read: before it is first replaced, it is kept beside
    /// itself (`settings.ron.unreadable-STAMP`), so that nothing in it is lost.
    keep_unreadable: bool,
}

impl Preferences {
    /// Reads the settings at `path` (defaults when there is none); the message says why a
    /// settings file could not be used.
    pub fn load(path: Option<PathBuf>) -> (Self, Option<String>) {
        let (settings, message) = match &path {
            Some(path) => load_settings(path),
            None => (Settings::default(), None),
        };
        let keep_unreadable = message.is_some();
        (
            Self {
                settings,
                path,
                keep_unreadable,
            },
            message,
        )
    }

    /// Writes the settings to their file; a failure is shown as a warning (the settings stay
    /// in effect for this session).
    pub fn persist(&mut self, overlays: &mut Overlays) {
        let Some(path) = &self.path else {
            return;
        };
        if self.keep_unreadable && path.exists() {
            let mut kept = path.clone().into_os_string();
            kept.push(".unreadable-");
            kept.push(crate::io::fs::utc_stamp(std::time::SystemTime::now()));
            if let Err(error) = std::fs::copy(path, &kept) {
                overlays.toast(
                    ToastLevel::Warning,
                    tr::settings_cannot_save(path.display().to_string(), error.to_string()),
                );
                return;
            }
        }
        self.keep_unreadable = false;
        if let Err(error) = save_settings(path, &self.settings) {
            overlays.toast(
                ToastLevel::Warning,
                tr::settings_cannot_save(path.display().to_string(), error.to_string()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut settings = Settings::default();
        for index in 0..15 {
            settings.remember(Path::new(&format!("/nonexistent/{index}.ron")));
        }
        settings.remember(Path::new("/nonexistent/3.ron"));
        assert_eq!(settings.recent_files.len(), MAX_RECENT);
        assert_eq!(
            settings.recent_files[0],
            PathBuf::from("/nonexistent/3.ron")
        );
        assert_eq!(
            settings
                .recent_files
                .iter()
                .filter(|path| path.ends_with("3.ron"))
                .count(),
            1
        );
    }

    #[test]
    fn an_unknown_interface_language_loses_only_itself() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("settings.ron");
        for stored in ["Some(German)", "Some(\"ru\")", "7", "None", "Some(Russian)"] {
            std::fs::write(
                &path,
                format!(
                    "(version: 1, recent_files: [], dark_mode: true, zoom: 1.5, \
                     ui_language: {stored})"
                ),
            )
            .unwrap();
            let (settings, message) = load_settings(&path);
            assert!(message.is_none(), "{stored}: {message:?}");
            assert!(settings.dark_mode && (settings.zoom - 1.5).abs() < f32::EPSILON);
            let expected = (stored == "Some(Russian)").then_some(crate::l10n::Language::Russian);
            assert_eq!(settings.ui_language, expected, "{stored}");
        }
    }

    #[test]
    fn an_unreadable_settings_file_is_kept_before_it_is_replaced() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("settings.ron");
        std::fs::write(&path, "(dark_mode: maybe").unwrap();
        let (mut preferences, message) = Preferences::load(Some(path.clone()));
        assert!(message.is_some());
        let mut overlays = Overlays::default();
        preferences.persist(&mut overlays);
        preferences.persist(&mut overlays);
        let kept: Vec<String> = std::fs::read_dir(directory.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with("settings.ron.unreadable-"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(
            std::fs::read_to_string(directory.path().join(&kept[0])).unwrap(),
            "(dark_mode: maybe"
        );
        assert!(load_settings(&path).1.is_none());
    }

    #[test]
    fn settings_round_trip_and_bad_files_fall_back_with_a_message() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("sub").join("settings.ron");
        let mut settings = Settings {
            dark_mode: true,
            ..Settings::default()
        };
        settings.remember(Path::new("/nonexistent/a.ron"));
        save_settings(&path, &settings).unwrap();
        assert_eq!(load_settings(&path), (settings, None));
        std::fs::write(&path, "(version: 1, recent_files: [").unwrap();
        let (loaded, message) = load_settings(&path);
        assert_eq!(loaded, Settings::default());
        assert!(message.unwrap().contains("could not be read"));
    }
}
