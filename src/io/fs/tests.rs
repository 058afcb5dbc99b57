use super::*;

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[test]
#[cfg(unix)]
fn a_symlink_planted_at_the_old_temp_name_is_never_followed() {
    let directory = tempfile::tempdir().unwrap();
    let victim = directory.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let project = directory.path().join("story.ron");
    // The name every save of this process used to write first.
    let planted = directory
        .path()
        .join(format!(".story.ron.{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    write_atomically(&project, b"new project").unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), "new project");
    // The planted link is not a temp file of ours: it stays as it was.
    assert!(
        std::fs::symlink_metadata(&planted)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn temp_names_are_unpredictable() {
    let a = unpredictable_u64();
    let b = unpredictable_u64();
    assert_ne!(a, b);
}

#[test]
#[cfg(unix)]
fn writing_through_a_symlink_changes_its_target_and_keeps_the_link() {
    let directory = tempfile::tempdir().unwrap();
    let real = directory.path().join("real.ron");
    std::fs::write(&real, "old").unwrap();
    let link = directory.path().join("link.ron");
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    write_atomically(&link, b"new").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    assert_eq!(canonical_file_path(&link), canonical_file_path(&real));
}

#[test]
#[cfg(unix)]
fn hard_links_keep_sharing_the_content_and_the_mode_is_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let directory = tempfile::tempdir().unwrap();
    let first = directory.path().join("first.ron");
    std::fs::write(&first, "old").unwrap();
    std::fs::set_permissions(&first, std::fs::Permissions::from_mode(0o600)).unwrap();
    let second = directory.path().join("second.ron");
    std::fs::hard_link(&first, &second).unwrap();
    write_atomically(&first, b"new version").unwrap();
    assert_eq!(std::fs::read_to_string(&second).unwrap(), "new version");
    assert_eq!(mode_of(&first), 0o600);
    // A single-link file is replaced by rename and still keeps its mode.
    let alone = directory.path().join("alone.ron");
    std::fs::write(&alone, "old").unwrap();
    std::fs::set_permissions(&alone, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomically(&alone, b"new").unwrap();
    assert_eq!(mode_of(&alone), 0o640);
    // No temp file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(directory.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
#[cfg(unix)]
fn special_files_are_refused_for_writing_and_reading() {
    let error = write_atomically(Path::new("/dev/null"), b"x").unwrap_err();
    assert!(error.to_string().contains("is a device"), "{error}");
    assert!(
        std::fs::symlink_metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device_like()
    );
    let directory = tempfile::tempdir().unwrap();
    let fifo = directory.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let error = write_atomically(&fifo, b"x").unwrap_err();
    assert!(error.to_string().contains("named pipe"), "{error}");
    // Reading a FIFO would block forever: refused before it is opened.
    let error = read_file_capped(&fifo).unwrap_err();
    assert!(error.to_string().contains("named pipe"), "{error}");
    let socket = directory.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let error = write_atomically(&socket, b"x").unwrap_err();
    assert!(error.to_string().contains("socket"), "{error}");
    let error = read_file_capped(directory.path()).unwrap_err();
    assert!(error.to_string().contains("a folder"), "{error}");
}

/// `FileTypeExt::is_char_device` under a name that reads well in the assertion above.
trait CharDevice {
    fn is_char_device_like(&self) -> bool;
}

#[cfg(unix)]
impl CharDevice for std::fs::FileType {
    fn is_char_device_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt as _;
        self.is_char_device()
    }
}

#[test]
fn a_new_file_never_replaces_an_existing_one() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("backup.ron");
    assert!(write_new_file(&path, b"first", None).unwrap());
    assert!(!write_new_file(&path, b"second", None).unwrap());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
    let leftovers = std::fs::read_dir(directory.path()).unwrap().count();
    assert_eq!(leftovers, 1, "only the file itself, no temp file");
}
