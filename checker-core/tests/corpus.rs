//! Plait's own corpus of small P programs, each stating its expected outcome inline.
//!
//! # Layout
//!
//! ```text
//! checker-core/tests/corpus/<topic>/<case>.p        one file = one program
//! checker-core/tests/corpus/<topic>/<case>/*.p      a folder of files = one program (files in name order)
//! ```
//!
//! Cases are discovered at run time and checked in path order.
//!
//! # Inline expectations
//!
//! * The **first line** of the (first) file is `// expect: accepted` or `// expect: rejected`, followed on the same
//!   line or the next comment line by a short sentence saying what the case is about (and, when a decision was taken
//!   by reading P's compiler, which source file backs it).
//! * In a **rejected** program, every line that must carry an error ends with a marker comment:
//!   - `// error` or `// error: <short reason for the reader>` — at least one error diagnostic must have its primary
//!     span starting on this line;
//!   - `// error?` or `// error?: <reason>` — an error here is allowed but not required (only where exactly to point
//!     is a matter of taste, e.g. a declaration or its use; the case must still be rejected, so at least one of its
//!     `// error?` lines then carries the error).
//!
//!   No error diagnostic may start on an unmarked line: spurious and cascading errors are failures. Warnings are
//!   never checked. An accepted program must not carry markers.
//! * `// tests: tcA, tcB___n_1__b_true` (anywhere in the first file, on a line of its own) lists the exact test names
//!   the checker must produce, in order (parametric expansions and the implicit `DefaultImpl` included);
//!   `// tests:` with nothing after it means "no test at all". Every accepted program has this line; rejected
//!   programs have none.
//!
//! # Known disagreements
//!
//! A case the checker does not meet yet, where the case is right (checked against P's compiler sources), keeps its
//! expectation and adds one line to its first file:
//!
//! * `// known-disagreement: <who should change what, and why>` — the expectation test lists the case instead of
//!   failing on it, and fails as soon as the checker meets the expectation (so the line gets deleted then); the case
//!   has no diagnostics snapshot.
//! * `// known-bad-diagnostics: <what is wrong>` — outcome and error lines are right, but the rendered diagnostics are
//!   not (duplicates, cascades, misleading text), so no snapshot is recorded for it. Delete the line and accept the
//!   snapshot once the diagnostics are right.
//!
//! # Running
//!
//! `cargo test -p checker-core --test corpus` runs everything; add `-- --nocapture` to see the list of known
//! disagreements. `CORPUS_FILTER=<substring>` restricts the expectation and snapshot tests to the cases whose path
//! contains the substring. The expectation test reports every failing case at the end (case, what it is about,
//! expected vs got, rendered diagnostics) instead of stopping at the first. Every rejected case (except the known
//! ones above) also has an insta snapshot of its rendered diagnostics, `snapshots/corpus__<topic>__<case>.snap`;
//! review new ones with `cargo insta review` or `INSTA_UPDATE=new` and accept only diagnostics that are right.

use checker_core::diagnostic::render_plain;
use checker_core::{compile, Diagnostic, SourceSet};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    Accepted,
    Rejected,
}

/// An error marker on one line of one file of a case.
#[derive(Clone, Debug)]
struct Marker {
    file: usize,
    line: usize,
    required: bool,
}

struct Case {
    /// Path relative to the corpus root, with `/` separators, e.g. `decls/duplicate_event.p`.
    id: String,
    /// (name relative to the corpus root, text), in the order given to the checker.
    files: Vec<(String, String)>,
    expect: Expect,
    about: String,
    markers: Vec<Marker>,
    tests: Option<Vec<String>>,
    /// `// known-disagreement: ...`: the checker is known not to meet this case's expectation yet.
    known_disagreement: Option<String>,
    /// `// known-bad-diagnostics: ...`: outcome and lines are right but the rendered diagnostics are not.
    known_bad_diagnostics: Option<String>,
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("corpus")
}

fn rel(path: &Path) -> String {
    path.strip_prefix(corpus_root())
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn is_p_file(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "p")
}

/// Parses the marker at the end of a line, if any: `Some(true)` for `// error`, `Some(false)` for `// error?`.
fn marker_of(line: &str) -> Option<bool> {
    let idx = line.rfind("// error")?;
    let rest = &line[idx + "// error".len()..];
    let (required, rest) = match rest.strip_prefix('?') {
        Some(r) => (false, r),
        None => (true, rest),
    };
    let rest = rest.trim_end();
    if rest.is_empty() || rest.starts_with(':') {
        Some(required)
    } else {
        None
    }
}

/// Loads every case; problems with the corpus itself (bad headers) are returned as errors.
fn load_cases() -> (Vec<Case>, Vec<String>) {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for topic in sorted_entries(&corpus_root()) {
        if !topic.is_dir() {
            continue;
        }
        for entry in sorted_entries(&topic) {
            let paths: Vec<PathBuf> = if entry.is_dir() {
                sorted_entries(&entry).into_iter().filter(|p| is_p_file(p)).collect()
            } else if is_p_file(&entry) {
                vec![entry.clone()]
            } else {
                continue;
            };
            let id = rel(&entry);
            if paths.is_empty() {
                problems.push(format!("{id}: folder case without .p files"));
                continue;
            }
            let files: Vec<(String, String)> = paths
                .iter()
                .map(|p| (rel(p), std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))))
                .collect();
            match parse_case(id.clone(), files) {
                Ok(case) => cases.push(case),
                Err(msg) => problems.push(format!("{id}: {msg}")),
            }
        }
    }
    (cases, problems)
}

fn parse_case(id: String, files: Vec<(String, String)>) -> Result<Case, String> {
    let first = &files[0].1;
    let mut lines = first.lines();
    let head = lines.next().unwrap_or("");
    let (expect, rest) = if let Some(r) = head.strip_prefix("// expect: accepted") {
        (Expect::Accepted, r)
    } else if let Some(r) = head.strip_prefix("// expect: rejected") {
        (Expect::Rejected, r)
    } else {
        return Err("first line must be `// expect: accepted` or `// expect: rejected`".into());
    };
    let mut about = rest.trim_start_matches([' ', ',', ':', '-', '.', ';']).trim().to_string();
    if about.is_empty() {
        about = lines
            .next()
            .and_then(|l| l.trim().strip_prefix("//"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
    }
    if about.is_empty() {
        return Err("the expectation must be followed by a sentence saying what the case is about".into());
    }
    let mut markers = Vec::new();
    for (file, (_, text)) in files.iter().enumerate() {
        for (i, line) in text.lines().enumerate() {
            if file == 0 && i == 0 {
                continue;
            }
            if let Some(required) = marker_of(line) {
                markers.push(Marker { file, line: i + 1, required });
            }
        }
    }
    let tests = first.lines().find_map(|l| l.trim().strip_prefix("// tests:")).map(|list| {
        list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect::<Vec<_>>()
    });
    match expect {
        Expect::Accepted if !markers.is_empty() => return Err("an accepted case must not carry `// error` markers".into()),
        Expect::Rejected if tests.is_some() => return Err("a rejected case cannot list `// tests:`".into()),
        Expect::Accepted if tests.is_none() => {
            return Err("an accepted case must list its tests (`// tests: DefaultImpl`, or `// tests:` for none)".into())
        }
        _ => {}
    }
    let note = |prefix: &str| first.lines().find_map(|l| l.trim().strip_prefix(prefix)).map(|r| r.trim().to_string());
    let known_disagreement = note("// known-disagreement:");
    let known_bad_diagnostics = note("// known-bad-diagnostics:");
    Ok(Case { id, files, expect, about, markers, tests, known_disagreement, known_bad_diagnostics })
}

fn filtered(cases: Vec<Case>) -> Vec<Case> {
    match std::env::var("CORPUS_FILTER") {
        Ok(f) if !f.is_empty() => cases.into_iter().filter(|c| c.id.contains(&f)).collect(),
        _ => cases,
    }
}

fn source_set(case: &Case) -> SourceSet {
    let mut set = SourceSet::new();
    for (name, text) in &case.files {
        set.add(name.clone(), text.clone());
    }
    set
}

/// (file index, 1-based line) of a diagnostic's primary span.
fn location(d: &Diagnostic, set: &SourceSet) -> (usize, usize) {
    let file = d.primary.span.file.0 as usize;
    let line = set.get(d.primary.span.file).map_or(0, |f| f.line_column(d.primary.span.start).0);
    (file, line)
}

/// Runs one case; returns the list of problems found (empty = the case passes).
fn check_case(case: &Case) -> (Vec<String>, String) {
    let set = source_set(case);
    let result = std::panic::catch_unwind(|| compile(&set));
    let compiled = match result {
        Ok(c) => c,
        Err(_) => return (vec!["the checker panicked".into()], String::new()),
    };
    let rendered = render_plain(&compiled.diagnostics, &set);
    let mut problems = Vec::new();
    let rejected = compiled.has_errors();
    match (case.expect, rejected) {
        (Expect::Accepted, true) => problems.push("expected accepted, got rejected".into()),
        (Expect::Rejected, false) => problems.push("expected rejected, got accepted".into()),
        _ => {}
    }
    if rejected != compiled.program.is_none() {
        problems.push(format!("has_errors() = {rejected} but program.is_some() = {}", compiled.program.is_some()));
    }
    let errors: Vec<(usize, usize)> =
        compiled.diagnostics.iter().filter(|d| d.is_error()).map(|d| location(d, &set)).collect();
    if case.expect == Expect::Rejected {
        let got: BTreeSet<(usize, usize)> = errors.iter().copied().collect();
        for m in case.markers.iter().filter(|m| m.required) {
            if !got.contains(&(m.file, m.line)) {
                problems.push(format!("missing error on {}:{}", case.files[m.file].0, m.line));
            }
        }
        let allowed: BTreeSet<(usize, usize)> = case.markers.iter().map(|m| (m.file, m.line)).collect();
        for (file, line) in got.difference(&allowed) {
            let name = case.files.get(*file).map_or("<unknown file>", |f| f.0.as_str());
            problems.push(format!("unexpected error on {name}:{line} (unmarked line)"));
        }
    }
    if let (Some(expected), Some(program)) = (&case.tests, &compiled.program) {
        let got: Vec<String> = program.tests.iter().map(|t| t.name.clone()).collect();
        if &got != expected {
            problems.push(format!("tests: expected {expected:?}, got {got:?}"));
        }
    }
    (problems, rendered)
}

#[test]
fn corpus_cases_meet_their_expectations() {
    let (cases, corpus_problems) = load_cases();
    assert!(corpus_problems.is_empty(), "malformed corpus cases:\n{}", corpus_problems.join("\n"));
    let cases = filtered(cases);
    let mut report = String::new();
    let mut known = String::new();
    let mut failed = 0;
    for case in &cases {
        let (mut problems, rendered) = check_case(case);
        if let Some(why) = &case.known_disagreement {
            if problems.is_empty() {
                problems.push(format!(
                    "the checker now meets this case's expectation: delete its `// known-disagreement: {why}` line"
                ));
            } else {
                let _ = writeln!(known, "  {} — {why}\n    {}", case.id, problems.join("\n    "));
                continue;
            }
        }
        if problems.is_empty() {
            continue;
        }
        failed += 1;
        let expect = match case.expect {
            Expect::Accepted => "accepted",
            Expect::Rejected => "rejected",
        };
        let _ = writeln!(report, "=== {} (expect {expect}): {}", case.id, case.about);
        for p in &problems {
            let _ = writeln!(report, "  - {p}");
        }
        if rendered.is_empty() {
            let _ = writeln!(report, "  (no diagnostics)");
        } else {
            for l in rendered.lines() {
                let _ = writeln!(report, "  | {l}");
            }
        }
        report.push('\n');
    }
    if !known.is_empty() {
        eprintln!("known disagreements with the checker (not counted as failures):\n{known}");
    }
    assert!(failed == 0, "{failed} of {} corpus cases failed:\n\n{report}", cases.len());
}

fn snapshot_name(id: &str) -> String {
    id.trim_end_matches(".p").replace(['/', '.', '-'], "__")
}

#[test]
fn corpus_rejected_diagnostics_snapshots() {
    let (cases, _) = load_cases();
    let mut failures = Vec::new();
    // Cases whose diagnostics are known to be wrong have no snapshot: accepting one would freeze wrong behaviour.
    let snapshotted = |c: &&Case| {
        c.expect == Expect::Rejected && c.known_disagreement.is_none() && c.known_bad_diagnostics.is_none()
    };
    for case in filtered(cases).iter().filter(snapshotted) {
        let set = source_set(case);
        let Ok(compiled) = std::panic::catch_unwind(|| compile(&set)) else {
            failures.push(format!("{}: the checker panicked", case.id));
            continue;
        };
        let rendered = render_plain(&compiled.diagnostics, &set);
        let name = snapshot_name(&case.id);
        let outcome = std::panic::catch_unwind(|| {
            insta::with_settings!({ description => case.about.clone(), omit_expression => true, prepend_module_to_snapshot => true }, {
                insta::assert_snapshot!(name, rendered);
            });
        });
        if outcome.is_err() {
            failures.push(case.id.clone());
        }
    }
    assert!(failures.is_empty(), "{} diagnostic snapshots differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn corpus_is_not_shrinking() {
    let (cases, problems) = load_cases();
    assert!(problems.is_empty(), "malformed corpus cases:\n{}", problems.join("\n"));
    let accepted = cases.iter().filter(|c| c.expect == Expect::Accepted).count();
    let rejected = cases.len() - accepted;
    assert!(cases.len() >= 160, "the corpus has {} cases; it must keep at least 160", cases.len());
    assert!(accepted >= 60, "the corpus has {accepted} accepted cases; it must keep at least 60");
    assert!(rejected >= 60, "the corpus has {rejected} rejected cases; it must keep at least 60");
    for case in cases.iter().filter(|c| c.expect == Expect::Rejected) {
        assert!(
            !case.markers.is_empty(),
            "{}: a rejected case must mark at least one line with `// error` (or `// error?`)",
            case.id
        );
    }
}

#[test]
fn marker_syntax() {
    assert_eq!(marker_of("  x = 1; // error"), Some(true));
    assert_eq!(marker_of("  x = 1; // error: int to bool"), Some(true));
    assert_eq!(marker_of("  x = 1; // error?"), Some(false));
    assert_eq!(marker_of("  x = 1; // error?: maybe"), Some(false));
    assert_eq!(marker_of("  x = 1; // errors are fun"), None);
    assert_eq!(marker_of("  x = 1;"), None);
}
