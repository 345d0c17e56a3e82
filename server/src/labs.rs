//! Labs as data: each folder of `labs/` holds `lab.toml`, `README.md` (the handout), `starter/` (what students
//! edit, and files provided with it), `tests/` (public drivers and specs), `hidden/` (graded only),
//! `solution/` and `mutants/<name>/` (never served). Loading validates everything a grader relies on, the
//! reference solution compiling with every test's files included, and reports every problem at once.

use std::collections::BTreeMap;
use std::path::Path;

use checker_core::share::SharedFile;
use checker_core::trace::TraceConfig;
use serde::{Deserialize, Serialize};

use crate::ids::digest;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    Public,
    Hidden,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabFile {
    id: String,
    title: String,
    version: u32,
    submission: SubmissionRules,
    #[serde(default)]
    parts: Vec<Part>,
    tests: Vec<LabTest>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionRules {
    /// The files a student writes (paths below the lab folder, all in `starter/`).
    pub editable: Vec<String>,
    #[serde(default = "default_max_bytes")]
    pub max_bytes: usize,
}

fn default_max_bytes() -> usize {
    200_000
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub title: String,
}

/// One graded test and the check that grades it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabTest {
    pub id: String,
    #[serde(default)]
    pub part: Option<String>,
    pub points: u32,
    pub visibility: Visibility,
    /// Drivers and specs added to the student's files for this test.
    pub files: Vec<String>,
    /// The P test declared in those files.
    pub test: String,
    #[serde(default = "default_strategy")]
    pub strategy: String,
    #[serde(default = "default_schedules")]
    pub schedules: u64,
    #[serde(default = "default_max_steps")]
    pub max_steps: u64,
    #[serde(default)]
    pub faults: String,
    #[serde(default = "default_timeout")]
    pub timeout_s: u64,
}

fn default_strategy() -> String {
    "random".into()
}
fn default_schedules() -> u64 {
    1000
}
fn default_max_steps() -> u64 {
    10_000
}
fn default_timeout() -> u64 {
    60
}

impl LabTest {
    /// The check's configuration, as `plait check` builds it from the same settings.
    pub fn config(&self) -> TraceConfig {
        let max_fair_steps = self.max_steps.saturating_mul(10);
        TraceConfig {
            strategy: self.strategy.clone(),
            pct_depth: (self.strategy == "pct").then_some(3),
            seed: 0,
            schedules: self.schedules,
            max_steps: self.max_steps,
            max_fair_steps,
            fail_on_max_steps: false,
            liveness_threshold: Some(max_fair_steps / 2),
            faults: self.faults.clone(),
        }
    }
}

/// A loaded, valid lab.
#[derive(Clone, Debug)]
pub struct Lab {
    pub id: String,
    pub title: String,
    pub version: u32,
    /// SHA-256 of every file of the lab: a grade records exactly what graded it.
    pub content_hash: String,
    pub handout: String,
    pub submission: SubmissionRules,
    pub parts: Vec<Part>,
    pub tests: Vec<LabTest>,
    /// Every `.p` file of the lab by its path below the lab folder.
    files: BTreeMap<String, String>,
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

impl Lab {
    /// The files a student starts from: the editable ones and those provided beside them in `starter/`.
    pub fn starter(&self) -> Vec<SharedFile> {
        self.files_under("starter/")
    }

    /// The files of public tests (served, and run in the browser).
    pub fn public_files(&self) -> Vec<SharedFile> {
        let mut paths: Vec<&String> =
            self.tests.iter().filter(|t| t.visibility == Visibility::Public).flat_map(|t| t.files.iter()).collect();
        paths.sort();
        paths.dedup();
        paths.into_iter().filter_map(|p| self.files.get(p).map(|text| SharedFile { name: base_name(p).to_string(), text: text.clone() })).collect()
    }

    fn files_under(&self, folder: &str) -> Vec<SharedFile> {
        self.files
            .iter()
            .filter(|(path, _)| path.starts_with(folder) && !path[folder.len()..].contains('/'))
            .map(|(path, text)| SharedFile { name: base_name(path).to_string(), text: text.clone() })
            .collect()
    }

    /// Whether `name` is a file students may submit (by its name, as the editor shows it).
    pub fn is_editable(&self, name: &str) -> bool {
        self.submission.editable.iter().any(|e| base_name(e) == name)
    }

    /// The program a test checks: the submitted editable files (missing ones from the starter), the files
    /// provided in `starter/`, and the test's own files.
    pub fn program(&self, submitted: &BTreeMap<String, String>, test: &LabTest) -> Vec<SharedFile> {
        let mut program: Vec<SharedFile> = self
            .starter()
            .into_iter()
            .map(|f| match submitted.get(&f.name).filter(|_| self.is_editable(&f.name)) {
                Some(text) => SharedFile { name: f.name, text: text.clone() },
                None => f,
            })
            .collect();
        for path in &test.files {
            if let Some(text) = self.files.get(path) {
                program.push(SharedFile { name: base_name(path).to_string(), text: text.clone() });
            }
        }
        program
    }

    /// The reference solution's editable files.
    pub fn solution(&self) -> BTreeMap<String, String> {
        self.files_under("solution/").into_iter().map(|f| (f.name, f.text)).collect()
    }

    /// Each mutant: the solution with some of its files replaced.
    pub fn mutants(&self) -> BTreeMap<String, BTreeMap<String, String>> {
        let mut mutants: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (path, text) in &self.files {
            let Some(rest) = path.strip_prefix("mutants/") else { continue };
            let Some((name, file)) = rest.split_once('/') else { continue };
            mutants.entry(name.to_string()).or_insert_with(|| self.solution()).insert(base_name(file).to_string(), text.clone());
        }
        mutants
    }

    pub fn total_points(&self) -> u32 {
        self.tests.iter().map(|t| t.points).sum()
    }
}

/// Loads every lab below `root`; `Err` lists every problem found, lab by lab.
pub fn load_all(root: &Path) -> Result<Vec<Lab>, String> {
    let mut labs = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else {
        return Err(format!("cannot read the labs folder {}", root.display()));
    };
    let mut folders: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.join("lab.toml").is_file()).collect();
    folders.sort();
    for folder in folders {
        match load(&folder) {
            Ok(lab) => labs.push(lab),
            Err(errors) => problems.push(format!("{}:\n  - {}", folder.display(), errors.join("\n  - "))),
        }
    }
    if problems.is_empty() {
        Ok(labs)
    } else {
        Err(format!("invalid lab content:\n{}", problems.join("\n")))
    }
}

/// Every `.p` and text file below `folder`, by relative path with `/`, hidden files skipped.
fn read_tree(folder: &Path, relative: &str, out: &mut BTreeMap<String, String>, errors: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name.starts_with('.') {
            continue;
        }
        let rel = if relative.is_empty() { name.clone() } else { format!("{relative}/{name}") };
        if path.is_dir() {
            read_tree(&path, &rel, out, errors);
        } else {
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    out.insert(rel, text);
                }
                Err(e) => errors.push(format!("{rel}: {e}")),
            }
        }
    }
}

pub fn load(folder: &Path) -> Result<Lab, Vec<String>> {
    let mut errors = Vec::new();
    let mut all = BTreeMap::new();
    read_tree(folder, "", &mut all, &mut errors);
    let content_hash = digest(&all.iter().map(|(p, t)| format!("{p}\0{t}\0")).collect::<String>());
    let toml_text = all.get("lab.toml").cloned().unwrap_or_default();
    let parsed: LabFile = match toml::from_str(&toml_text) {
        Ok(l) => l,
        Err(e) => return Err(vec![format!("lab.toml: {e}")]),
    };
    let handout = all.get("README.md").cloned().unwrap_or_else(|| {
        errors.push("README.md (the handout) is missing".into());
        String::new()
    });
    let folder_name = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if parsed.id != folder_name {
        errors.push(format!("id `{}` differs from the folder's name `{folder_name}`", parsed.id));
    }
    if parsed.id.is_empty() || !parsed.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        errors.push(format!("id `{}` must be lower-case letters, digits and dashes", parsed.id));
    }
    let files: BTreeMap<String, String> = all.into_iter().filter(|(p, _)| p.ends_with(".p")).collect();
    let lab = Lab {
        id: parsed.id,
        title: parsed.title,
        version: parsed.version,
        content_hash,
        handout,
        submission: parsed.submission,
        parts: parsed.parts,
        tests: parsed.tests,
        files,
    };
    validate(&lab, &mut errors);
    if errors.is_empty() {
        Ok(lab)
    } else {
        Err(errors)
    }
}

fn validate(lab: &Lab, errors: &mut Vec<String>) {
    if lab.tests.is_empty() {
        errors.push("no [[tests]]".into());
    }
    for path in &lab.submission.editable {
        if !path.starts_with("starter/") || path["starter/".len()..].contains('/') {
            errors.push(format!("editable file `{path}` must be directly in starter/"));
        } else if !lab.files.contains_key(path) {
            errors.push(format!("editable file `{path}` does not exist"));
        }
        let solution = format!("solution/{}", base_name(path));
        if !lab.files.contains_key(&solution) {
            errors.push(format!("no reference solution `{solution}` for `{path}`"));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for part in &lab.parts {
        if !seen.insert(part.id.clone()) {
            errors.push(format!("part `{}` is declared twice", part.id));
        }
    }
    let mut test_ids = std::collections::BTreeSet::new();
    for test in &lab.tests {
        let at = format!("test `{}`", test.id);
        if !test_ids.insert(test.id.clone()) {
            errors.push(format!("{at} is declared twice"));
        }
        match &test.part {
            Some(part) if !lab.parts.iter().any(|p| &p.id == part) => errors.push(format!("{at}: no part `{part}`")),
            None if !lab.parts.is_empty() => errors.push(format!("{at}: say which part it belongs to")),
            _ => {}
        }
        if test.points == 0 {
            errors.push(format!("{at}: points must be at least 1"));
        }
        if !["random", "pct", "exhaustive"].contains(&test.strategy.as_str()) {
            errors.push(format!("{at}: strategy `{}` is not random, pct or exhaustive", test.strategy));
        }
        if test.schedules == 0 || test.max_steps == 0 || test.timeout_s == 0 {
            errors.push(format!("{at}: schedules, max_steps and timeout_s must be at least 1"));
        }
        if let Err(e) = checker_core::runtime::faults::FaultSpec::parse(&test.faults) {
            errors.push(format!("{at}: faults: {e}"));
        }
        for file in &test.files {
            if !lab.files.contains_key(file) {
                errors.push(format!("{at}: file `{file}` does not exist"));
            }
            if test.visibility == Visibility::Public && !file.starts_with("tests/") {
                errors.push(format!("{at}: a public test may only use files from tests/ (`{file}` would be served)"));
            }
            if !(file.starts_with("tests/") || file.starts_with("hidden/")) {
                errors.push(format!("{at}: file `{file}` must be in tests/ or hidden/"));
            }
        }
        // The reference solution with this test's files compiles and declares the test.
        let program = lab.program(&lab.solution(), test);
        let mut names: Vec<&str> = program.iter().map(|f| f.name.as_str()).collect();
        names.sort_unstable();
        if names.windows(2).any(|w| w[0] == w[1]) {
            errors.push(format!("{at}: two files of its program have the same name"));
            continue;
        }
        let mut sources = checker_core::SourceSet::new();
        for f in &program {
            sources.add(f.name.clone(), f.text.clone());
        }
        let compiled = checker_core::compile(&sources);
        if compiled.has_errors() {
            let first = compiled.diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
            errors.push(format!("{at}: the reference solution does not compile with its files: {first}"));
        } else if !compiled.program.iter().any(|p| p.tests.iter().any(|t| t.name == test.test)) {
            errors.push(format!("{at}: its files declare no test `{}`", test.test));
        }
    }
}
