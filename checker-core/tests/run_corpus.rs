//! The runtime-semantics corpus: small P programs under `tests/run_corpus/`, each stating the outcome
//! P's checker gives it, run through our front end, lowering and explorer.
//!
//! # Layout
//!
//! `tests/run_corpus/<topic>/<case>.p` is one program; `tests/run_corpus/<topic>/<case>/` (a folder) is
//! one program made of every `.p` file below it (sorted by path; directives go in the first file).
//! `tests/run_corpus/known_failures/` holds cases whose expectation is right (P's checker behaves as
//! stated) but our implementation disagrees: they are run and their results printed, but do not fail
//! the test.
//!
//! # Directives
//!
//! A case's header is the run of `//` comment lines at the top of its (first) file (blank lines are
//! allowed in it). A header line that starts with a directive key holds one or more `key: value`
//! directives; the other comment lines describe the case:
//!
//! ```text
//! // expect: pass                              every selected test passes within its schedules
//! // expect: bug assertion "balance negative"  a bug of that kind whose message contains the fragment
//! // expect: bug deadlock                      (kinds: assertion unhandled_event deadlock liveness
//! //                                            runtime_error illegal_action max_steps)
//! // expect: static-error "fragment"           compilation fails (a diagnostic contains the fragment)
//! // test: tcLossy  schedules: 2000  max-steps: 500  seed: 7
//! // strategy: pct 3                           (default: random)
//! // fail-on-max-steps: true
//! // liveness-threshold: 200                   (default: none, only the end-of-execution hot check,
//! //                                            as P's regression harness runs)
//! // prints: "hello 3"                         a `print` line containing the text is in the log
//! //                                            (in quoted values, \" \\ \t \n are escapes)
//! // no-print: "never"                         no `print` line contains the text
//! // log: "to 'Main(1)'"                       some log line (of any kind) contains the text
//! ```
//!
//! Defaults: the program's only test, else the test named `DefaultImpl`; 1000 schedules; step bounds
//! 1000 (fair and unfair, as P's regression harness); seed 0; random strategy.
//! `max-steps: N` sets both bounds; `max-fair-steps: M` sets the fair one alone.
//!
//! Several tests of one program: each `test:` line starts a new group that the following lines
//! (`expect:`, `prints:`, options) belong to; lines before the first `test:` give every group its
//! defaults. A case is a *bug case* if any group expects a bug.
//!
//! `prints:`/`no-print:`/`log:` look at the log of the buggy schedule (replayed with logging), or, when no
//! bug is expected, at the log of the check's first schedule run again with logging (same strategy and
//! seed).
//!
//! `RUN_CORPUS_FILTER=text cargo test --test run_corpus -- --nocapture` runs only the cases whose path
//! contains `text`.
//!
//! `RUN_CORPUS_SCHEDULE_FACTOR=20` multiplies every case's schedules: a stress run showing that passing
//! cases stay correct far beyond their budget (best with `cargo test --release`).
//!
//! `RUN_CORPUS_SEED=n` runs every case with seed `n` instead of its own: bug cases should be found
//! whatever the seed.
//!
//! For every bug found, the harness also replays the schedule (`explore::replay`) and requires the same
//! bug kind and message without divergence (determinism).

use checker_core::diagnostic::render_plain;
use checker_core::explore::strategy::{PctStrategy, RandomStrategy, Strategy};
use checker_core::explore::{self, Check, CheckOptions, Outcome, Progress, StrategyKind};
use checker_core::ir::lower::lower;
use checker_core::runtime::log::{LogEntry, LogKind};
use checker_core::SourceSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const MIN_CASES: usize = 160;
const MIN_PASS: usize = 60;
const MIN_BUG: usize = 70;
const KNOWN_FAILURES: &str = "known_failures";

#[derive(Clone, Debug, PartialEq)]
enum Expect {
    Pass,
    Bug { kind: String, fragment: Option<String> },
    StaticError { fragment: Option<String> },
}

#[derive(Clone, Debug)]
struct Group {
    test: Option<String>,
    expect: Option<Expect>,
    options: CheckOptions,
    prints: Vec<String>,
    no_prints: Vec<String>,
    logs: Vec<String>,
}

impl Group {
    fn defaults() -> Group {
        Group {
            test: None,
            expect: None,
            options: CheckOptions {
                strategy: StrategyKind::Random,
                schedules: 1000,
                max_steps: 1000,
                max_fair_steps: 1000,
                seed: 0,
                fail_on_max_steps: false,
                liveness_threshold: None,
                ..CheckOptions::default()
            },
            prints: Vec::new(),
            no_prints: Vec::new(),
            logs: Vec::new(),
        }
    }
}

#[derive(Debug)]
struct Case {
    /// Path relative to `run_corpus`, e.g. `inbox/defer_keeps_position.p`.
    name: String,
    files: Vec<PathBuf>,
    groups: Vec<Group>,
    known_failure: bool,
}

impl Case {
    fn is_bug(&self) -> bool {
        self.groups.iter().any(|g| matches!(g.expect, Some(Expect::Bug { .. })))
    }
    fn is_static(&self) -> bool {
        self.groups.iter().any(|g| matches!(g.expect, Some(Expect::StaticError { .. })))
    }
}

const KEYS: &[&str] = &[
    "expect",
    "test",
    "schedules",
    "max-steps",
    "max-fair-steps",
    "seed",
    "strategy",
    "fail-on-max-steps",
    "liveness-threshold",
    "prints",
    "no-print",
    "log",
];

/// Splits a header line into words and quoted strings (quotes kept, so values can tell them apart).
fn tokens(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut s = String::from("\"");
            let mut closed = false;
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('t') => s.push('\t'),
                        Some('n') => s.push('\n'),
                        Some(n) => s.push(n),
                        None => {}
                    }
                } else if c == '"' {
                    closed = true;
                    break;
                } else {
                    s.push(c);
                }
            }
            if !closed {
                return Err(format!("unclosed string in `{line}`"));
            }
            out.push(s);
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                s.push(c);
                chars.next();
            }
            out.push(s);
        }
    }
    Ok(out)
}

fn unquote(token: &str) -> Option<&str> {
    token.strip_prefix('"')
}

fn number(key: &str, values: &[String]) -> Result<u64, String> {
    match values {
        [v] => v.parse().map_err(|_| format!("`{key}:` takes a number, got `{v}`")),
        _ => Err(format!("`{key}:` takes one number, got {values:?}")),
    }
}

fn apply(group: &mut Group, key: &str, values: &[String]) -> Result<(), String> {
    match key {
        "expect" => {
            let expect = match values.first().map(String::as_str) {
                Some("pass") if values.len() == 1 => Expect::Pass,
                Some("bug") => {
                    let kind = values.get(1).ok_or("`expect: bug` needs a kind")?.clone();
                    const KINDS: &[&str] =
                        &["assertion", "unhandled_event", "deadlock", "liveness", "runtime_error", "illegal_action", "max_steps"];
                    if !KINDS.contains(&kind.as_str()) {
                        return Err(format!("unknown bug kind `{kind}`"));
                    }
                    let fragment = match values.get(2) {
                        None => None,
                        Some(v) => Some(unquote(v).ok_or(format!("the message fragment must be quoted: `{v}`"))?.to_string()),
                    };
                    if values.len() > 3 {
                        return Err(format!("too many words in `expect: {}`", values.join(" ")));
                    }
                    Expect::Bug { kind, fragment }
                }
                Some("static-error") => {
                    let fragment = match values.get(1) {
                        None => None,
                        Some(v) => Some(unquote(v).ok_or(format!("the fragment must be quoted: `{v}`"))?.to_string()),
                    };
                    Expect::StaticError { fragment }
                }
                _ => return Err(format!("cannot read `expect: {}`", values.join(" "))),
            };
            if group.expect.is_some() {
                return Err("two `expect:` for the same test".to_string());
            }
            group.expect = Some(expect);
        }
        "test" => match values {
            [name] if unquote(name).is_none() => group.test = Some(name.clone()),
            _ => return Err(format!("`test:` takes one name, got {values:?}")),
        },
        "schedules" => group.options.schedules = number(key, values)?,
        "max-steps" => {
            let n = number(key, values)?;
            group.options.max_steps = n;
            group.options.max_fair_steps = n;
        }
        "max-fair-steps" => group.options.max_fair_steps = number(key, values)?,
        "seed" => group.options.seed = number(key, values)?,
        "liveness-threshold" => {
            let n = number(key, values)?;
            group.options.liveness_threshold = if n == 0 { None } else { Some(n) };
        }
        "fail-on-max-steps" => {
            group.options.fail_on_max_steps = match values {
                [] => true,
                [v] if v == "true" => true,
                [v] if v == "false" => false,
                _ => return Err(format!("`fail-on-max-steps:` takes true or false, got {values:?}")),
            }
        }
        "strategy" => {
            group.options.strategy = match values {
                [s] if s == "random" => StrategyKind::Random,
                [s, d] if s == "pct" => StrategyKind::Pct { depth: d.parse().map_err(|_| format!("bad pct depth `{d}`"))? },
                _ => return Err(format!("`strategy:` takes `random` or `pct N`, got {values:?}")),
            }
        }
        "prints" | "no-print" | "log" => {
            let [v] = values else { return Err(format!("`{key}:` takes one quoted string, got {values:?}")) };
            let text = unquote(v).ok_or(format!("`{key}:` takes a quoted string, got `{v}`"))?.to_string();
            if key == "prints" {
                group.prints.push(text);
            } else if key == "log" {
                group.logs.push(text);
            } else {
                group.no_prints.push(text);
            }
        }
        _ => return Err(format!("unknown directive `{key}:`")),
    }
    Ok(())
}

/// Reads the header of a case's first file into check groups.
fn parse_header(text: &str) -> Result<Vec<Group>, String> {
    let mut defaults = Group::defaults();
    let mut groups: Vec<Group> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else { break };
        // Only lines that start with a directive key are read; other comment lines describe the case.
        let first = comment.split_whitespace().next().unwrap_or("");
        if !first.strip_suffix(':').is_some_and(|k| KEYS.contains(&k)) {
            continue;
        }
        let toks = tokens(comment)?;
        // Directives: a known `key:` word starts one; the words up to the next key are its values.
        let mut directives: Vec<(String, Vec<String>)> = Vec::new();
        for tok in toks {
            let is_key = unquote(&tok).is_none() && tok.strip_suffix(':').is_some_and(|k| KEYS.contains(&k));
            if is_key {
                directives.push((tok.trim_end_matches(':').to_string(), Vec::new()));
            } else if let Some((_, values)) = directives.last_mut() {
                values.push(tok);
            }
        }
        for (key, values) in directives {
            if key == "test" {
                let mut group = defaults.clone();
                apply(&mut group, &key, &values)?;
                groups.push(group);
            } else {
                let target = groups.last_mut().unwrap_or(&mut defaults);
                apply(target, &key, &values)?;
            }
        }
    }
    if groups.is_empty() {
        groups.push(defaults);
    }
    for g in &groups {
        if g.expect.is_none() {
            return Err(format!("no `expect:` for test {}", g.test.as_deref().unwrap_or("(default)")));
        }
    }
    Ok(groups)
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("run_corpus")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.retain(|e| !e.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    entries.sort();
    entries
}

fn p_files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in sorted_entries(dir) {
        if entry.is_dir() {
            p_files_below(&entry, out);
        } else if entry.extension().is_some_and(|e| e == "p") {
            out.push(entry);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(corpus_root()).unwrap_or(path).display().to_string()
}

/// Every case, in a deterministic order (topic, then case name); header errors are returned as failures.
fn discover() -> (Vec<Case>, Vec<String>) {
    let mut cases = Vec::new();
    let mut errors = Vec::new();
    for topic in sorted_entries(&corpus_root()) {
        if !topic.is_dir() {
            continue;
        }
        let known_failure = topic.file_name().is_some_and(|n| n == KNOWN_FAILURES);
        for entry in sorted_entries(&topic) {
            let files = if entry.is_dir() {
                let mut files = Vec::new();
                p_files_below(&entry, &mut files);
                files
            } else if entry.extension().is_some_and(|e| e == "p") {
                vec![entry.clone()]
            } else {
                continue;
            };
            let name = relative(&entry);
            let Some(first) = files.first() else {
                errors.push(format!("{name}: a case folder without .p files"));
                continue;
            };
            let text = match std::fs::read_to_string(first) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(format!("{name}: cannot read {}: {e}", first.display()));
                    continue;
                }
            };
            match parse_header(&text) {
                Ok(groups) => cases.push(Case { name, files, groups, known_failure }),
                Err(e) => errors.push(format!("{name}: bad header: {e}")),
            }
        }
    }
    (cases, errors)
}

fn describe(expect: &Expect) -> String {
    match expect {
        Expect::Pass => "pass".to_string(),
        Expect::Bug { kind, fragment: Some(f) } => format!("bug {kind} \"{f}\""),
        Expect::Bug { kind, fragment: None } => format!("bug {kind}"),
        Expect::StaticError { fragment: Some(f) } => format!("static error \"{f}\""),
        Expect::StaticError { fragment: None } => "static error".to_string(),
    }
}

fn log_tail(log: &[LogEntry], n: usize) -> String {
    let start = log.len().saturating_sub(n);
    let mut s = String::new();
    for entry in &log[start..] {
        let _ = writeln!(s, "        | {}", entry.text);
    }
    s
}

fn check_prints(group: &Group, log: &[LogEntry], problems: &mut Vec<String>) {
    let printed: Vec<&str> = log.iter().filter(|e| e.kind == LogKind::Print).map(|e| e.text.as_str()).collect();
    for want in &group.prints {
        if !printed.iter().any(|p| p.contains(want.as_str())) {
            problems.push(format!("expected a print containing \"{want}\"; printed: {printed:?}"));
        }
    }
    for want in &group.logs {
        if !log.iter().any(|e| e.text.contains(want.as_str())) {
            problems.push(format!("expected a log line containing \"{want}\"; the log:\n{}", log_tail(log, 20)));
        }
    }
    for never in &group.no_prints {
        if let Some(p) = printed.iter().find(|p| p.contains(never.as_str())) {
            problems.push(format!("no print should contain \"{never}\", but printed \"{p}\""));
        }
    }
}

/// `RUN_CORPUS_SCHEDULE_FACTOR=n` multiplies every case's schedules (a stress run for flaky expectations).
fn schedule_factor() -> u64 {
    std::env::var("RUN_CORPUS_SCHEDULE_FACTOR").ok().and_then(|f| f.parse().ok()).unwrap_or(1).max(1)
}

/// `RUN_CORPUS_SEED=n` replaces every case's seed (bug cases should be found whatever the seed).
fn seed_override() -> Option<u64> {
    std::env::var("RUN_CORPUS_SEED").ok().and_then(|s| s.parse().ok())
}

/// Runs one case; returns its problems (empty: as expected) and a one-word result per group.
fn run_case(case: &Case) -> (Vec<String>, String) {
    let mut sources = SourceSet::new();
    for file in &case.files {
        match std::fs::read_to_string(file) {
            Ok(text) => {
                sources.add(relative(file), text);
            }
            Err(e) => return (vec![format!("cannot read {}: {e}", file.display())], "unreadable".into()),
        }
    }
    let compiled = checker_core::compile(&sources);
    let rendered = render_plain(&compiled.diagnostics, &sources);
    let typed = match compiled.program {
        Some(p) if !compiled.has_errors() => p,
        _ => {
            let mut problems = Vec::new();
            for g in &case.groups {
                match &g.expect {
                    Some(Expect::StaticError { fragment: Some(f) }) if !rendered.contains(f.as_str()) => {
                        problems.push(format!("static error expected to mention \"{f}\"; got:\n{rendered}"));
                    }
                    Some(Expect::StaticError { .. }) => {}
                    Some(e) => problems.push(format!("expected {}, got a static error:\n{rendered}", describe(e))),
                    None => {}
                }
            }
            return (problems, "static-error".into());
        }
    };
    if case.is_static() {
        return (vec!["expected a static error, but the program compiled".to_string()], "compiled".into());
    }
    let program = match lower(&typed) {
        Ok(p) => p,
        Err(e) => return (vec![format!("lowering failed: {}", e.message)], "lowering-error".into()),
    };
    if program.tests.is_empty() {
        return (vec!["the program has no test (no test declaration and no machine Main)".to_string()], "no-test".into());
    }
    let names: Vec<String> = program.tests.iter().map(|t| t.name.to_string()).collect();
    let mut problems = Vec::new();
    let mut results = Vec::new();
    for group in &case.groups {
        let label = group.test.clone().unwrap_or_default();
        let index = match &group.test {
            Some(name) => names.iter().position(|n| n == name),
            None if names.len() == 1 => Some(0),
            None => names.iter().position(|n| n == "DefaultImpl"),
        };
        let Some(index) = index else {
            problems.push(format!("no test {} among {names:?}", group.test.as_deref().unwrap_or("(default: the only one or DefaultImpl)")));
            continue;
        };
        let test = &program.tests[index];
        let Some(expect) = &group.expect else { continue };
        let prefix = if case.groups.len() > 1 { format!("[{}] ", names[index]) } else { String::new() };
        let mut options = group.options.clone();
        options.schedules = options.schedules.saturating_mul(schedule_factor());
        if let Some(seed) = seed_override() {
            options.seed = seed;
        }
        let mut check = Check::new(&program, test, options.clone());
        let report = loop {
            if let Progress::Done(report) = check.step(u64::MAX) {
                break report;
            }
        };
        let mut local = Vec::new();
        match (&report.found, expect) {
            (None, Expect::Pass) => {
                results.push(format!("{label}pass"));
                if !group.prints.is_empty() || !group.no_prints.is_empty() || !group.logs.is_empty() {
                    // The check's first schedule again, with logging.
                    let mut strategy: Box<dyn Strategy> = match options.strategy {
                        StrategyKind::Random => Box::new(RandomStrategy::new(options.seed)),
                        StrategyKind::Pct { depth } => Box::new(PctStrategy::new(options.seed, depth, options.max_steps)),
                    };
                    strategy.begin(0);
                    let execution = explore::execute(&program, test, strategy.as_mut(), &options, true);
                    check_prints(group, &execution.log, &mut local);
                }
            }
            (None, Expect::Bug { .. }) => {
                results.push(format!("{label}pass"));
                local.push(format!(
                    "expected {}, but no bug was found in {} schedules ({} hit the step bound)",
                    describe(expect),
                    report.schedules,
                    report.max_steps_hit
                ));
            }
            (None, Expect::StaticError { .. }) => {
                results.push(format!("{label}pass"));
                local.push("expected a static error".to_string());
            }
            (Some(found), _) => {
                let kind = found.bug.kind.as_str();
                results.push(format!("{label}{kind}"));
                let got = format!("bug {kind}: {}", found.bug.message);
                match expect {
                    Expect::Bug { kind: want, fragment } => {
                        if want != kind {
                            local.push(format!("expected {}, got {got}", describe(expect)));
                        } else if let Some(f) = fragment {
                            if !found.bug.message.contains(f.as_str()) {
                                local.push(format!("expected {}, got {got}", describe(expect)));
                            }
                        }
                        check_prints(group, &found.log, &mut local);
                    }
                    _ => local.push(format!("expected {}, got {got} (schedule {})", describe(expect), found.schedule_index)),
                }
                // Determinism: the recorded schedule reproduces the same bug.
                let fair = matches!(group.options.strategy, StrategyKind::Random);
                let replayed = explore::replay(&program, test, &found.choices, fair, &options);
                match &replayed.execution.outcome {
                    Outcome::Bug(bug) if bug.kind == found.bug.kind && bug.message == found.bug.message => {}
                    other => local.push(format!("replaying the buggy schedule gave {other:?}, not the same bug")),
                }
                if let Some((at, why)) = &replayed.divergence {
                    local.push(format!("replaying the buggy schedule diverged at choice {at}: {why}"));
                }
                if !local.is_empty() {
                    local.push(format!("last lines of the bug's log:\n{}", log_tail(&found.log, 12)));
                }
            }
        }
        problems.extend(local.into_iter().map(|p| format!("{prefix}{p}")));
    }
    (problems, results.join(","))
}

/// A finished case: its index in the discovery order, its problems, what it gave, and how long it took.
type CaseResult = (usize, Vec<String>, String, Duration);

#[test]
fn run_corpus() {
    let started = Instant::now();
    let (mut cases, header_errors) = discover();
    // `RUN_CORPUS_FILTER=text` runs only the cases whose path contains `text` (and skips the size checks).
    let filter = std::env::var("RUN_CORPUS_FILTER").ok().filter(|f| !f.is_empty());
    if let Some(f) = &filter {
        cases.retain(|c| c.name.contains(f.as_str()));
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<CaseResult>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let t = Instant::now();
                let (problems, got) = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(case))) {
                    Ok(r) => r,
                    Err(_) => (vec!["the checker panicked".to_string()], "panic".to_string()),
                };
                if let Ok(mut r) = results.lock() {
                    r.push((i, problems, got, t.elapsed()));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|r| r.0);

    let mut failures = header_errors;
    let mut known = Vec::new();
    let mut known_fixed = Vec::new();
    for (i, problems, got, _) in &results {
        let case = &cases[*i];
        let expected: Vec<String> = case
            .groups
            .iter()
            .filter_map(|g| g.expect.as_ref().map(|e| format!("{}{}", g.test.as_deref().map(|t| format!("{t}: ")).unwrap_or_default(), describe(e))))
            .collect();
        if case.known_failure {
            if problems.is_empty() {
                known_fixed.push(case.name.clone());
            } else {
                let first = problems.first().and_then(|p| p.lines().next()).unwrap_or_default();
                known.push(format!("{} (expected {}, got {got}): {first}", case.name, expected.join("; ")));
            }
        } else if !problems.is_empty() {
            let mut s = format!("{}\n    expected: {}\n    got: {got}\n", case.name, expected.join("; "));
            for p in problems {
                let _ = writeln!(s, "    - {}", p.replace('\n', "\n      "));
            }
            failures.push(s);
        }
    }

    let total = cases.len();
    let bugs = cases.iter().filter(|c| c.is_bug()).count();
    let statics = cases.iter().filter(|c| c.is_static()).count();
    let passes = total - bugs - statics;
    let mut slowest: Vec<&CaseResult> = results.iter().collect();
    slowest.sort_by_key(|r| std::cmp::Reverse(r.3));
    eprintln!(
        "run corpus: {total} cases ({passes} pass, {bugs} bug, {statics} static error), {} known failures, in {:.1?}",
        known.len(),
        started.elapsed()
    );
    for r in slowest.iter().take(5) {
        eprintln!("  slowest: {} {:.1?}", cases[r.0].name, r.3);
    }
    if !known.is_empty() {
        eprintln!("known failures (implementation disagrees with P; not counted as failures):");
        for k in &known {
            eprintln!("  {k}");
        }
    }
    for k in &known_fixed {
        eprintln!("known failure now passes, move it back to its topic: {k}");
    }
    // Every bug kind is expected by at least one case outside the known failures.
    const ALL_KINDS: &[&str] = &["assertion", "unhandled_event", "deadlock", "liveness", "runtime_error", "illegal_action", "max_steps"];
    for kind in ALL_KINDS {
        let covered = cases.iter().filter(|c| !c.known_failure).any(|c| {
            c.groups.iter().any(|g| matches!(&g.expect, Some(Expect::Bug { kind: k, .. }) if k == kind))
        });
        if filter.is_none() && !covered {
            failures.push(format!("no case expects a bug of kind {kind}"));
        }
    }
    if filter.is_none() && total < MIN_CASES {
        failures.push(format!("the corpus has {total} cases, fewer than {MIN_CASES}"));
    }
    if filter.is_none() && passes < MIN_PASS {
        failures.push(format!("the corpus has {passes} passing cases, fewer than {MIN_PASS}"));
    }
    if filter.is_none() && bugs < MIN_BUG {
        failures.push(format!("the corpus has {bugs} bug cases, fewer than {MIN_BUG}"));
    }
    if !failures.is_empty() {
        panic!("{} run-corpus failure(s):\n\n{}", failures.len(), failures.join("\n"));
    }
}
