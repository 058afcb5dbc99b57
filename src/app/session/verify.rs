//! Rechecking the stored originals: the saved file's (read again from disk) or, for unsaved
//! work, the ones in memory; the answer is said plainly.

use super::Session;
use crate::app::overlays::{Overlays, ToastLevel};
use crate::io::project_file::verify_project_file;
use crate::l10n::tr;

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
                            tr::verify_all_intact(path.display().to_string(), checks.len()),
                        );
                    } else {
                        overlays.toast(
                            ToastLevel::Error,
                            tr::verify_altered(path.display().to_string(), altered.join(", ")),
                        );
                    }
                }
                Err(error) => {
                    overlays.toast(ToastLevel::Error, tr::verify_cannot(error.to_string()));
                }
            }
            return;
        }
        let project = &self.document.project;
        let altered = project.altered_originals();
        if altered.is_empty() {
            let original = &project.source.original;
            overlays.toast(
                ToastLevel::Info,
                tr::verify_original_intact(
                    &original.file_name,
                    &original.sha256[..12.min(original.sha256.len())],
                ),
            );
        } else {
            overlays.toast(
                ToastLevel::Error,
                tr::verify_altered_originals(altered.join(", ")),
            );
        }
    }
}
