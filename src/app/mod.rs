//! The egui user interface.

/// Starts the window.
pub fn run_window(_file: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the window is not built yet")
}
