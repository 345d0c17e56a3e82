//! Turns the paths a user gives (`.p` files, folders, `.pproj` projects) into a [`SourceSet`].

use checker_core::SourceSet;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why the inputs could not be loaded; a usage problem, not a diagnostic in a P program.
#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    Unreadable { path: PathBuf, reason: String },
    NotPSource(PathBuf),
    BadProject { path: PathBuf, reason: String },
    IncludeCycle(PathBuf),
    NoFiles,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "`{}` does not exist", p.display()),
            LoadError::Unreadable { path, reason } => write!(f, "cannot read `{}`: {reason}", path.display()),
            LoadError::NotPSource(p) => {
                write!(f, "`{}` is neither a `.p` file, a folder nor a `.pproj` project", p.display())
            }
            LoadError::BadProject { path, reason } => {
                write!(f, "invalid project file `{}`: {reason}", path.display())
            }
            LoadError::IncludeCycle(p) => write!(f, "project `{}` includes itself", p.display()),
            LoadError::NoFiles => write!(f, "no `.p` files found in the given paths"),
        }
    }
}

/// Loads every P file named by `paths`, each once, in a deterministic order: the paths in the order given;
/// inside a folder, files sorted by path; inside a project, its `<PFile>` entries, then included projects.
pub fn load(paths: &[PathBuf]) -> Result<SourceSet, LoadError> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files, &mut Vec::new())?;
    }
    let mut seen = BTreeSet::new();
    let mut sources = SourceSet::new();
    for file in files {
        let key = file.canonicalize().unwrap_or_else(|_| file.clone());
        if !seen.insert(key) {
            continue;
        }
        let text = std::fs::read_to_string(&file)
            .map_err(|e| LoadError::Unreadable { path: file.clone(), reason: e.to_string() })?;
        sources.add(display_name(&file), text);
    }
    if sources.is_empty() {
        return Err(LoadError::NoFiles);
    }
    Ok(sources)
}

fn display_name(path: &Path) -> String {
    let cleaned: PathBuf = path.components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect();
    cleaned.display().to_string()
}

fn collect(path: &Path, out: &mut Vec<PathBuf>, projects: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    if !path.exists() {
        return Err(LoadError::NotFound(path.to_path_buf()));
    }
    if path.is_dir() {
        collect_dir(path, out)
    } else if has_extension(path, "p") {
        out.push(path.to_path_buf());
        Ok(())
    } else if has_extension(path, "pproj") {
        collect_project(path, out, projects)
    } else {
        Err(LoadError::NotPSource(path.to_path_buf()))
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e == ext)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| LoadError::Unreadable { path: dir.to_path_buf(), reason: e.to_string() })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    // Hidden files and folders (macOS `._x.p` resource forks, `.git`) are skipped, as P's compiler skips them;
    // so are links to folders, which could lead back up the tree.
    entries.retain(|e| !e.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    entries.retain(|e| !(e.is_dir() && e.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink())));
    for entry in entries {
        if entry.is_dir() {
            collect_dir(&entry, out)?;
        } else if has_extension(&entry, "p") {
            out.push(entry);
        }
    }
    Ok(())
}

/// A `.pproj` file: `<Project><InputFiles><PFile>path</PFile>...</InputFiles><IncludeProject>p.pproj</IncludeProject></Project>`.
/// Paths are relative to the project file's folder; a `<PFile>` naming a missing folder is skipped, as P does.
fn collect_project(path: &Path, out: &mut Vec<PathBuf>, projects: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    if projects.contains(&canonical) {
        return Err(LoadError::IncludeCycle(path.to_path_buf()));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| LoadError::Unreadable { path: path.to_path_buf(), reason: e.to_string() })?;
    let bad = |reason: String| LoadError::BadProject { path: path.to_path_buf(), reason };
    let doc = roxmltree::Document::parse(&text).map_err(|e| bad(e.to_string()))?;
    let root = doc.root_element();
    if !root.has_tag_name("Project") {
        return Err(bad(format!("the root element is `<{}>`, expected `<Project>`", root.tag_name().name())));
    }
    let base = path.parent().unwrap_or(Path::new("."));
    let mut includes = Vec::new();
    for node in root.descendants().filter(|n| n.is_element()) {
        let value = node.text().map(str::trim).unwrap_or_default();
        match node.tag_name().name() {
            "PFile" if !value.is_empty() => {
                let file = base.join(value);
                if file.is_dir() {
                    collect_dir(&file, out)?;
                } else if file.is_file() {
                    out.push(file);
                } else if !value.ends_with('/') && !value.ends_with('\\') {
                    return Err(LoadError::NotFound(file));
                }
            }
            "IncludeProject" if !value.is_empty() => includes.push(base.join(value)),
            _ => {}
        }
    }
    projects.push(canonical);
    for include in includes {
        collect(&include, out, projects)?;
    }
    projects.pop();
    Ok(())
}
