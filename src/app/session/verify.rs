//! Rechecking the stored originals: the saved file's (read again from disk) or, for unsaved
//! work, the ones in memory; the answer is said plainly.

use super::Session;
use crate::app::overlays::{Overlays, ToastLevel};
use crate::io::project_file::verify_project_file;

impl Session {
    /// Rechecks the saved file's stored originals (or, for an unsaved project, the ones in
    /// memory) and says whether they are intact.
    pub fn verify_original(&self, overlays: &mut Overlays) {
        let saved = self
            .document
            .save_path()
            .filter(|_| !self.document.is_dirty())
            .cloned();
        if let Some(path) = saved {
            match verify_project_file(&path) {
                Ok(checks) => {
                    let altered: Vec<String> = checks
                        .iter()
                        .filter(|check| !check.is_intact())
                        .map(|check| format!("{} ({})", check.what, check.file_name))
                        .collect();
                    if altered.is_empty() {
                        overlays.toast(
                            ToastLevel::Info,
                            format!(
                                "{}: all {} stored original(s) match their SHA-256.",
                                path.display(),
                                checks.len()
                            ),
                        );
                    } else {
                        overlays.toast(
                            ToastLevel::Error,
                            format!(
                                "{}: the stored original was ALTERED since import: {}",
                                path.display(),
                                altered.join(", ")
                            ),
                        );
                    }
                }
                Err(error) => overlays.toast(ToastLevel::Error, format!("Cannot verify: {error}")),
            }
            return;
        }
        let project = &self.document.project;
        let altered = project.altered_originals();
        if altered.is_empty() {
            let original = &project.source.original;
            overlays.toast(
                ToastLevel::Info,
                format!(
                    "The original ({}, sha256 {}) matches its SHA-256.",
                    original.file_name,
                    &original.sha256[..12.min(original.sha256.len())]
                ),
            );
        } else {
            overlays.toast(
                ToastLevel::Error,
                format!("ALTERED originals: {}", altered.join(", ")),
            );
        }
    }
}
