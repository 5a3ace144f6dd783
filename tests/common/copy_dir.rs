//! `copy_dir`, shared by the tests that run a driver in a scratch copy of
//! its directory (scenarios, soak, relup_check, release_remote): included
//! with `#[path = "common/copy_dir.rs"] mod copy_dir;`.

use std::path::Path;
use std::{fs, io};

/// Copies the tree `from` to `to`, creating `to`.
pub fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
