//! The browser-facing API in plain Rust (JSON in, JSON out), so it is tested natively; `lib.rs` only exports it.

use checker_core::diagnostic::Severity;
use checker_core::explore::exhaustive::{Exhaustive, ExhaustiveOptions, ExhaustiveProgress, Order};
use checker_core::explore::{replay, Check, CheckOptions, Progress};
use checker_core::ir::lower::lower;
use checker_core::ir::Program;
use checker_core::share::{ShareBundle, SharedFile};
use checker_core::trace::{Trace, TraceConfig};
use checker_core::{compile, SourceSet};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Reads `[{"name": "...", "text": "..."}, ...]`.
pub fn sources_from_json(files_json: &str) -> Result<SourceSet, String> {
    let files: Vec<SharedFile> = serde_json::from_str(files_json).map_err(|e| format!("files: {e}"))?;
    let mut sources = SourceSet::new();
    for f in files {
        sources.add(f.name, f.text);
    }
    Ok(sources)
}

#[derive(Serialize)]
struct EditorDiagnostic {
    code: &'static str,
    severity: &'static str,
    message: String,
    file: String,
    /// 1-based; columns count UTF-16 code units, as editors in a browser do.
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    hints: Vec<String>,
}

/// Parses and type-checks: `{ok, diagnostics: [...], tests: [...]}`.
pub fn compile_json(files_json: &str) -> String {
    let sources = match sources_from_json(files_json) {
        Ok(s) => s,
        Err(e) => return json!({ "ok": false, "error": e }).to_string(),
    };
    let compiled = compile(&sources);
    let diagnostics: Vec<EditorDiagnostic> = compiled
        .diagnostics
        .iter()
        .map(|d| {
            let file = sources.get(d.primary.span.file);
            let (line, column) = file.map_or((1, 1), |f| f.line_column_utf16(d.primary.span.start));
            let (end_line, end_column) = file.map_or((1, 1), |f| f.line_column_utf16(d.primary.span.end));
            EditorDiagnostic {
                code: d.code,
                severity: if d.severity == Severity::Error { "error" } else { "warning" },
                message: d.message.clone(),
                file: file.map(|f| f.name.clone()).unwrap_or_default(),
                line,
                column,
                end_line,
                end_column,
                hints: d.hints.clone(),
            }
        })
        .collect();
    let tests: Vec<String> = compiled.program.iter().flat_map(|p| p.tests.iter().map(|t| t.name.clone())).collect();
    json!({ "ok": !compiled.has_errors(), "diagnostics": diagnostics, "tests": tests }).to_string()
}

/// How a session explores, beyond the trace configuration: exhaustive search's order and bounds (the same
/// defaults as `plait check --strategy exhaustive`). Read from the same JSON as the configuration.
#[derive(Deserialize, Default)]
struct SearchSettings {
    #[serde(default)]
    bfs: bool,
    /// Default: the configuration's step bound, as the CLI does.
    #[serde(default)]
    max_depth: Option<u64>,
    #[serde(default)]
    max_states: Option<u64>,
}

struct ProgramAndTest {
    program: Program,
    test: usize,
}

self_cell::self_cell!(
    /// An exhaustive search borrowing the program it owns, so a session can keep it between slices.
    struct ExhaustiveSearch {
        owner: ProgramAndTest,
        #[not_covariant]
        dependent: Exhaustive,
    }
);

enum Engine {
    /// Random or PCT: executions `next..` are still to run.
    Schedules { program: Box<Program>, next: u64 },
    Exhaustive { search: ExhaustiveSearch, states: u64, depth: u64, stopped_by: Option<&'static str>, finished: bool },
}

/// A check running in slices, so a Web Worker can report progress between slices and be stopped.
pub struct Session {
    sources: SourceSet,
    inputs: Vec<String>,
    test: usize,
    config: TraceConfig,
    options: CheckOptions,
    engine: Engine,
    schedules: u64,
    steps: u64,
    trace: Option<Trace>,
}

impl Session {
    /// `config_json` is a trace configuration (`strategy`, `seed`, `schedules`, `max_steps`, ...); with
    /// `strategy: "exhaustive"` it may also hold `bfs`, `max_depth` and `max_states`.
    pub fn new(files_json: &str, test: &str, config_json: &str) -> Result<Session, String> {
        Self::with_inputs(files_json, test, config_json, None)
    }

    /// As [`Session::new`], recording `inputs` (the paths a CLI user would give) in traces instead of the
    /// file names, so that a trace made here is the very one `plait check --trace-out` writes.
    pub fn with_inputs(files_json: &str, test: &str, config_json: &str, inputs: Option<Vec<String>>) -> Result<Session, String> {
        let sources = sources_from_json(files_json)?;
        let config: TraceConfig = serde_json::from_str(config_json).map_err(|e| format!("configuration: {e}"))?;
        let settings: SearchSettings = serde_json::from_str(config_json).map_err(|e| format!("configuration: {e}"))?;
        checker_core::runtime::faults::FaultSpec::parse(&config.faults).map_err(|e| format!("faults: {e}"))?;
        let compiled = compile(&sources);
        let has_errors = compiled.has_errors();
        let typed = compiled.program.filter(|_| !has_errors).ok_or("the program has static errors")?;
        let program = lower(&typed).map_err(|e| e.message)?;
        let index = program.tests.iter().position(|t| &*t.name == test).ok_or_else(|| format!("no test `{test}`"))?;
        let options = config.to_options();
        let inputs = inputs.unwrap_or_else(|| sources.iter().map(|(_, f)| f.name.clone()).collect());
        let engine = if config.strategy == "exhaustive" {
            let bounds = ExhaustiveOptions {
                order: if settings.bfs { Order::BreadthFirst } else { Order::DepthFirst },
                max_depth: Some(settings.max_depth.unwrap_or(options.max_steps)),
                max_states: settings.max_states.or(ExhaustiveOptions::default().max_states),
                faults: options.faults.clone(),
            };
            let search = ExhaustiveSearch::try_new(ProgramAndTest { program, test: index }, |owner| {
                owner.program.tests.get(owner.test).map(|t| Exhaustive::new(&owner.program, t, bounds)).ok_or("no such test")
            })?;
            Engine::Exhaustive { search, states: 0, depth: 0, stopped_by: None, finished: false }
        } else {
            Engine::Schedules { program: Box::new(program), next: 0 }
        };
        Ok(Session { sources, inputs, test: index, config, options, engine, schedules: 0, steps: 0, trace: None })
    }

    fn program(&self) -> &Program {
        match &self.engine {
            Engine::Schedules { program, .. } => program,
            Engine::Exhaustive { search, .. } => &search.borrow_owner().program,
        }
    }

    /// Runs up to `budget` more executions (random, PCT) or transitions (exhaustive):
    /// `{done, verdict, schedules, steps, trace}`, and for exhaustive search `{states, depth, stopped_by}`.
    pub fn step(&mut self, budget: u64) -> String {
        let found = match &mut self.engine {
            Engine::Schedules { program, next } if self.trace.is_none() && *next < self.options.schedules => {
                let Some(test) = program.tests.get(self.test) else { return String::new() };
                // Execution i draws from the stream of (seed, i) whatever the slicing, so slices are exact.
                let mut check = Check::with_slice(program, test, self.options.clone(), *next, 1);
                check.limit(next.saturating_add(budget));
                let report = match check.step(budget) {
                    Progress::Done(r) => r,
                    Progress::Running { .. } => check.report(),
                };
                *next = next.saturating_add(report.schedules.max(1));
                self.schedules += report.schedules;
                self.steps += report.steps;
                report.found
            }
            Engine::Exhaustive { search, states, depth, stopped_by, finished } if !*finished => {
                match search.with_dependent_mut(|_, s| s.step(budget)) {
                    ExhaustiveProgress::Running { states: n, transitions, depth: d } => {
                        (*states, self.steps, *depth) = (n, transitions, d);
                        None
                    }
                    ExhaustiveProgress::Done(report) => {
                        (*states, self.steps, *depth, *stopped_by, *finished) = (report.states, report.transitions, report.max_depth, report.stopped_by, true);
                        report.found
                    }
                }
            }
            _ => None,
        };
        if let Some(found) = found {
            self.trace = Some(self.trace_of(&found));
        }
        let done = self.trace.is_some()
            || match &self.engine {
                Engine::Schedules { next, .. } => *next >= self.options.schedules,
                Engine::Exhaustive { finished, .. } => *finished,
            };
        let verdict = match (&self.trace, done) {
            (Some(_), _) => "bug",
            (None, true) => "pass",
            (None, false) => "running",
        };
        let mut result = json!({
            "done": done,
            "schedules": self.schedules,
            "steps": self.steps,
            "verdict": verdict,
            "trace": self.trace,
        });
        if let Engine::Exhaustive { states, depth, stopped_by, .. } = &self.engine {
            result["states"] = json!(states);
            result["depth"] = json!(depth);
            result["stopped_by"] = json!(stopped_by);
        }
        result.to_string()
    }

    /// The bug's trace, minimized as the CLI does, so that both give the same trace for the same check.
    fn trace_of(&self, found: &checker_core::explore::Found) -> Trace {
        let program = self.program();
        let exhaustive = matches!(self.engine, Engine::Exhaustive { .. });
        let name = program.tests.get(self.test).map(|t| t.name.to_string()).unwrap_or_default();
        let found = match program.tests.get(self.test) {
            Some(test) => {
                let fair = !exhaustive && self.config.is_fair();
                let attempts = checker_core::explore::minimize::default_attempts(found.choices.len());
                checker_core::explore::minimize::minimize_found(program, test, found, fair, &self.options, attempts).0
            }
            None => found.clone(),
        };
        let mut trace = Trace::new(&self.sources, self.inputs.clone(), &name, &self.options, &found);
        if exhaustive {
            trace.mark_exhaustive();
        }
        trace
    }

    /// The bug's trace document, as `plait check --trace-out` writes it (empty if no bug was found).
    pub fn trace_json(&self) -> String {
        self.trace.as_ref().map(Trace::to_json).unwrap_or_default()
    }

    /// The share-link data for this check's program, test, configuration and (if found) bug schedule.
    pub fn share(&self) -> String {
        let files = self.sources.iter().map(|(_, f)| SharedFile { name: f.name.clone(), text: f.text.clone() }).collect();
        let test = self.program().tests.get(self.test).map(|t| t.name.to_string()).unwrap_or_default();
        let (config, schedule) = match &self.trace {
            // The trace's configuration replays its schedule (an exhaustive one is marked as such).
            Some(t) => (t.config.clone(), t.schedule.clone()),
            None => (self.config.clone(), String::new()),
        };
        ShareBundle { format: checker_core::share::SHARE_FORMAT, files, test, config, schedule }.encode()
    }
}

/// Opens a share link: re-runs its schedule. `{ok, files, test, config, steps, bug, trace, divergence}`.
pub fn open_share(data: &str) -> String {
    let bundle = match ShareBundle::decode(data) {
        Ok(b) => b,
        Err(e) => return json!({ "ok": false, "error": e }).to_string(),
    };
    let sources = bundle.sources();
    let compiled = compile(&sources);
    let has_errors = compiled.has_errors();
    let Some(typed) = compiled.program.filter(|_| !has_errors) else {
        return json!({ "ok": false, "error": "the shared program has static errors", "files": bundle.files }).to_string();
    };
    let program = match lower(&typed) {
        Ok(p) => p,
        Err(e) => return json!({ "ok": false, "error": e.message }).to_string(),
    };
    let Some(test) = program.tests.iter().find(|t| *t.name == *bundle.test) else {
        return json!({ "ok": false, "error": format!("no test `{}`", bundle.test), "files": bundle.files }).to_string();
    };
    let Some(choices) = checker_core::explore::schedule::decode(&bundle.schedule) else {
        return json!({ "ok": false, "error": "the link's schedule is damaged" }).to_string();
    };
    let options = bundle.config.to_options();
    let replayed = replay(&program, test, &choices, bundle.config.is_fair(), &options);
    let steps: Vec<_> = replayed.execution.log.iter().map(checker_core::trace::TraceStep::from).collect();
    let (bug, trace) = match &replayed.execution.outcome {
        checker_core::explore::Outcome::Bug(b) => {
            let summary = json!({
                "kind": b.kind.as_str(),
                "message": b.message,
                "location": b.span.and_then(|s| checker_core::trace::location(&sources, s)),
            });
            // The whole trace document, snapshots included, so a viewer shows what the original check showed.
            let found = checker_core::explore::Found {
                bug: b.clone(),
                schedule_index: 0,
                choices: replayed.execution.choices.clone(),
                steps: replayed.execution.steps,
                log: replayed.execution.log.clone(),
                snapshots: replayed.execution.snapshots.clone(),
            };
            let inputs = sources.iter().map(|(_, f)| f.name.clone()).collect();
            (Some(summary), Some(Trace::new(&sources, inputs, &bundle.test, &options, &found)))
        }
        _ => (None, None),
    };
    json!({
        "ok": true,
        "files": bundle.files,
        "test": bundle.test,
        "config": bundle.config,
        "steps": steps,
        "bug": bug,
        "trace": trace,
        "divergence": replayed.divergence.map(|(at, why)| json!({ "choice": at + 1, "reason": why })),
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: &str = r#"[{"name": "bank.p", "text": "event e : int;\nmachine Main {\n  var n: int;\n  start state S {\n    entry { send this, e, 1; }\n    on e do (v: int) { n = n + v; if ($) { assert n < 1, \"n grew\"; } send this, e, 1; }\n  }\n}\n"}]"#;

    fn config(schedules: u64) -> String {
        let mut c = TraceConfig::from_options(&CheckOptions { schedules, max_steps: 200, max_fair_steps: 200, ..CheckOptions::default() });
        c.seed = 7;
        serde_json::to_string(&c).unwrap_or_default()
    }

    #[test]
    fn compile_reports_diagnostics_with_editor_positions_and_tests() {
        let v: serde_json::Value = serde_json::from_str(&compile_json(FILES)).unwrap_or_default();
        assert_eq!(v["ok"], true);
        assert_eq!(v["tests"][0], "DefaultImpl");
        let bad = r#"[{"name": "x.p", "text": "machine Main {\n  start state S { entry { var s: string; s = 1; } }\n}"}]"#;
        let v: serde_json::Value = serde_json::from_str(&compile_json(bad)).unwrap_or_default();
        assert_eq!(v["ok"], false);
        assert_eq!(v["diagnostics"][0]["line"], 2);
        assert_eq!(v["diagnostics"][0]["file"], "x.p");
        let v: serde_json::Value = serde_json::from_str(&compile_json("not json")).unwrap_or_default();
        assert!(v["error"].as_str().is_some_and(|e| e.starts_with("files:")));
    }

    #[test]
    fn a_sliced_session_finds_the_same_bug_as_one_big_slice() {
        let mut whole = Session::new(FILES, "DefaultImpl", &config(50)).unwrap_or_else(|e| panic!("{e}"));
        let one: serde_json::Value = serde_json::from_str(&whole.step(1_000)).unwrap_or_default();
        assert_eq!(one["verdict"], "bug");
        let mut sliced = Session::new(FILES, "DefaultImpl", &config(50)).unwrap_or_else(|e| panic!("{e}"));
        let mut last = serde_json::Value::Null;
        for _ in 0..100 {
            last = serde_json::from_str(&sliced.step(1)).unwrap_or_default();
            if last["done"] == true {
                break;
            }
        }
        assert_eq!(last["trace"], one["trace"], "the same trace whatever the slice size");
    }

    fn exhaustive(bfs: bool) -> String {
        let mut c: serde_json::Value = serde_json::from_str(&config(1)).unwrap_or_default();
        c["strategy"] = json!("exhaustive");
        c["bfs"] = json!(bfs);
        c.to_string()
    }

    #[test]
    fn an_exhaustive_session_finds_the_bug_and_counts_states() {
        let mut session = Session::new(FILES, "DefaultImpl", &exhaustive(true)).unwrap_or_else(|e| panic!("{e}"));
        let mut last = serde_json::Value::Null;
        for _ in 0..1_000 {
            last = serde_json::from_str(&session.step(3)).unwrap_or_default();
            if last["done"] == true {
                break;
            }
        }
        assert_eq!(last["verdict"], "bug");
        assert_eq!(last["trace"]["config"]["strategy"], "exhaustive");
        assert!(last["states"].as_u64().is_some_and(|n| n > 1), "{last}");
        // The share link of an exhaustive trace replays to the same bug.
        let opened: serde_json::Value = serde_json::from_str(&open_share(&session.share())).unwrap_or_default();
        assert_eq!(opened["divergence"], serde_json::Value::Null);
        assert_eq!(opened["trace"]["steps"], last["trace"]["steps"]);
    }

    #[test]
    fn an_exhaustive_session_that_covers_everything_says_so() {
        let files = r#"[{"name": "c.p", "text": "machine Main {\n  var n: int;\n  start state S {\n    entry { while (n < 3) { if ($) { n = n + 1; } else { n = n + 2; } } }\n  }\n}\n"}]"#;
        let mut session = Session::new(files, "DefaultImpl", &exhaustive(false)).unwrap_or_else(|e| panic!("{e}"));
        let result: serde_json::Value = serde_json::from_str(&session.step(1_000_000)).unwrap_or_default();
        assert_eq!(result["verdict"], "pass", "{result}");
        assert_eq!(result["stopped_by"], serde_json::Value::Null, "it explored every state");
        assert!(result["states"].as_u64().is_some_and(|n| n >= 2), "{result}");
    }

    #[test]
    fn a_share_link_reopens_to_the_same_bug() {
        let mut session = Session::new(FILES, "DefaultImpl", &config(50)).unwrap_or_else(|e| panic!("{e}"));
        let result: serde_json::Value = serde_json::from_str(&session.step(1_000)).unwrap_or_default();
        let link = session.share();
        let opened: serde_json::Value = serde_json::from_str(&open_share(&link)).unwrap_or_default();
        assert_eq!(opened["ok"], true);
        assert_eq!(opened["divergence"], serde_json::Value::Null);
        assert_eq!(opened["bug"]["message"], result["trace"]["bug"]["message"]);
        assert_eq!(opened["trace"]["steps"], result["trace"]["steps"], "the link replays to the same steps");
        assert_eq!(opened["trace"]["snapshots"], result["trace"]["snapshots"]);
        let damaged: serde_json::Value = serde_json::from_str(&open_share("xyz")).unwrap_or_default();
        assert_eq!(damaged["ok"], false);
    }
}
