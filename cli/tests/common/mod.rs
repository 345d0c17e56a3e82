//! Helpers shared by the CLI's end-to-end tests: run the binary, make scratch folders.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `plait` with `args` in `dir`.
pub fn plait(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plait"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the plait binary runs")
}

/// A fresh scratch folder `group/name` under the target directory, removed and recreated per test.
pub fn scratch_in(group: &str, name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(group).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}
