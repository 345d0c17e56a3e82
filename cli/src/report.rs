//! How `plait check` reports: readable text on a terminal, one JSON object per test, JUnit XML.

use crate::check::CheckArgs;
use checker_core::explore::{CheckOptions, Found, StrategyKind};
use checker_core::runtime::coverage::MachineCoverage;
use checker_core::trace::Trace;
use checker_core::SourceSet;
use serde_json::{json, Value};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Bug,
}

/// What an exhaustive search covered.
#[derive(Clone, Debug)]
pub struct ExhaustiveSummary {
    pub states: u64,
    pub transitions: u64,
    pub max_depth: u64,
    /// The bound that stopped the search early (`max-states`, `max-depth`, `timeout`), if any.
    pub stopped_by: Option<&'static str>,
    pub bfs: bool,
    pub bytes_per_state: f64,
}

/// What checking one test came to.
pub struct TestOutcome {
    /// Per machine type, with `--coverage`.
    pub coverage: Option<Vec<MachineCoverage>>,
    /// Schedule lengths (choices) before and after minimization, when a found bug was minimized.
    pub minimized: Option<(usize, usize)>,
    pub exhaustive: Option<ExhaustiveSummary>,
    pub test: String,
    pub options: CheckOptions,
    pub schedules: u64,
    pub steps: u64,
    pub elapsed: Duration,
    pub timed_out: bool,
    pub shard: Option<String>,
    pub found: Option<Found>,
    pub trace: Option<Trace>,
}

impl TestOutcome {
    pub fn verdict(&self) -> Verdict {
        if self.found.is_some() {
            Verdict::Bug
        } else {
            Verdict::Pass
        }
    }

    fn rate(&self) -> f64 {
        self.schedules as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

fn strategy_name(outcome: &TestOutcome) -> String {
    if let Some(e) = &outcome.exhaustive {
        return if e.bfs { "exhaustive(bfs)".to_string() } else { "exhaustive(dfs)".to_string() };
    }
    match outcome.options.strategy {
        StrategyKind::Random => "random".to_string(),
        StrategyKind::Pct { depth } => format!("pct({depth})"),
    }
}

/// The command that reproduces a test's check: same options, enough schedules to reach the buggy one.
fn reproduce_command(outcome: &TestOutcome, args: &CheckArgs, inputs: &[String], found: &Found) -> String {
    let o = &outcome.options;
    let mut cmd = format!("plait check {} -t {} --seed {} --schedules {}", inputs.join(" "), outcome.test, o.seed, found.schedule_index + 1);
    if let StrategyKind::Pct { depth } = o.strategy {
        cmd.push_str(&format!(" --strategy pct --pct-depth {depth}"));
    }
    if !args.max_steps.is_empty() {
        cmd.push_str(&format!(" --max-steps {} {}", o.max_steps, o.max_fair_steps));
    }
    if o.fail_on_max_steps {
        cmd.push_str(" --fail-on-maxsteps");
    }
    if !o.faults.is_empty() {
        cmd.push_str(&format!(" --faults '{}'", o.faults));
    }
    if let Some(t) = args.liveness_threshold {
        cmd.push_str(&format!(" --liveness-threshold {t}"));
    }
    cmd
}

pub fn print_human(outcome: &TestOutcome, args: &CheckArgs, inputs: &[String]) {
    if let Some(coverage) = &outcome.coverage {
        print_coverage(coverage);
    }
    let summary = match &outcome.exhaustive {
        Some(e) => {
            let coverage = match (e.stopped_by, outcome.found.is_some()) {
                (_, true) => format!("{} states explored", e.states),
                (None, false) if e.bfs => format!("explored all {} states (BFS checks no liveness cycles: use DFS)", e.states),
                (None, false) => format!("explored all {} states", e.states),
                (Some(bound), false) => format!("stopped at the {bound} bound after {} states", e.states),
            };
            format!("{coverage}, {} transitions, depth {}, {:.2} s", e.transitions, e.max_depth, outcome.elapsed.as_secs_f64())
        }
        None => format!(
        "{} schedules, {} steps, {:.2} s, {:.0} schedules/s",
        outcome.schedules,
        outcome.steps,
        outcome.elapsed.as_secs_f64(),
        outcome.rate()
        ),
    };
    match (&outcome.found, &outcome.trace) {
        (Some(found), Some(trace)) => {
            eprintln!("== {}: BUG FOUND ({}, seed {})", outcome.test, strategy_name(outcome), outcome.options.seed);
            const SHOWN: usize = 200;
            let steps: Vec<_> = trace.steps.iter().filter(|s| s.kind != "error").collect();
            if steps.len() > SHOWN {
                eprintln!("  ... {} earlier steps (--trace-out writes them all)", steps.len() - SHOWN);
            }
            for step in steps.iter().skip(steps.len().saturating_sub(SHOWN)) {
                eprintln!("  {}", step.text);
            }
            match &trace.bug.location {
                Some(at) => eprintln!("error: {at}: {}", trace.bug.message),
                None => eprintln!("error: {}", trace.bug.message),
            }
            if let Some((before, after)) = outcome.minimized.filter(|(b, a)| a < b) {
                eprintln!("minimized the schedule from {before} to {after} choices (--no-minimize keeps it as found)");
            }
            if outcome.exhaustive.is_some() {
                eprintln!("found after {} steps ({summary})", found.steps);
            } else {
                eprintln!("found in schedule {} after {} steps ({summary})", found.schedule_index + 1, found.steps);
                eprintln!("reproduce: {}", reproduce_command(outcome, args, inputs, found));
            }
        }
        _ => {
            let cut = if outcome.timed_out { " (stopped by --timeout)" } else { "" };
            eprintln!("== {}: no bug found{cut} ({}, seed {}): {summary}", outcome.test, strategy_name(outcome), outcome.options.seed);
        }
    }
}

fn print_coverage(coverage: &[MachineCoverage]) {
    eprintln!("coverage:");
    for m in coverage {
        eprintln!(
            "  {}: states {}/{}, handlers {}/{}",
            m.machine, m.states_entered, m.states_total, m.handlers_run, m.handlers_total
        );
        if !m.unreached_states.is_empty() {
            eprintln!("    never entered: {}", m.unreached_states.join(", "));
        }
        if !m.unreached_handlers.is_empty() {
            eprintln!("    never ran: {}", m.unreached_handlers.join(", "));
        }
    }
}

fn coverage_json(coverage: &[MachineCoverage]) -> Value {
    Value::Array(
        coverage
            .iter()
            .map(|m| {
                json!({
                    "machine": m.machine,
                    "states_entered": m.states_entered,
                    "states_total": m.states_total,
                    "handlers_run": m.handlers_run,
                    "handlers_total": m.handlers_total,
                    "unreached_states": m.unreached_states,
                    "unreached_handlers": m.unreached_handlers,
                    "sent": m.sent.iter().map(|(e, n)| json!({"event": e, "count": n})).collect::<Vec<_>>(),
                    "received": m.received.iter().map(|(e, n)| json!({"event": e, "count": n})).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

pub fn outcome_json(outcome: &TestOutcome) -> String {
    let mut object = json!({
        "test": outcome.test,
        "verdict": if outcome.verdict() == Verdict::Bug { "bug" } else { "pass" },
        "strategy": strategy_name(outcome),
        "seed": outcome.options.seed,
        "schedules": outcome.schedules,
        "steps": outcome.steps,
        "states": outcome.exhaustive.as_ref().map(|e| e.states),
        "complete": outcome.exhaustive.as_ref().map(|e| e.stopped_by.is_none()),
        "visited_bytes_per_state": outcome.exhaustive.as_ref().map(|e| (e.bytes_per_state * 10.0).round() / 10.0),
        "elapsed_ms": outcome.elapsed.as_millis() as u64,
        "timed_out": outcome.timed_out,
        "shard": outcome.shard,
    });
    if let (Some(coverage), Some(map)) = (&outcome.coverage, object.as_object_mut()) {
        map.insert("coverage".to_string(), coverage_json(coverage));
    }
    if let (Some(found), Some(trace), Some(map)) = (&outcome.found, &outcome.trace, object.as_object_mut()) {
        map.insert(
            "bug".to_string(),
            json!({
                "kind": trace.bug.kind,
                "message": trace.bug.message,
                "location": trace.bug.location,
                "step": found.steps,
                "schedule_index": found.schedule_index,
                "schedule": trace.schedule,
                "schedule_length": found.choices.len(),
                "original_schedule_length": outcome.minimized.map_or(found.choices.len(), |(before, _)| before),
            }),
        );
    }
    object.to_string()
}

/// The JSON line for a program that does not compile: its diagnostics with file, line and column.
pub fn static_error_json(sources: &SourceSet) -> String {
    let compiled = checker_core::compile(sources);
    let diagnostics: Vec<Value> = compiled
        .diagnostics
        .iter()
        .map(|d| {
            let file = sources.get(d.primary.span.file);
            let (line, column) = file.map_or((0, 0), |f| f.line_column(d.primary.span.start));
            json!({
                "code": d.code,
                "message": d.message,
                "file": file.map(|f| f.name.as_str()),
                "line": line,
                "column": column,
            })
        })
        .collect();
    json!({ "verdict": "static_error", "diagnostics": diagnostics }).to_string()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A JUnit XML report: one test case per P test, a failure element for a bug.
pub fn junit(outcomes: &[TestOutcome]) -> String {
    let failures = outcomes.iter().filter(|o| o.verdict() == Verdict::Bug).count();
    let total: f64 = outcomes.iter().map(|o| o.elapsed.as_secs_f64()).sum();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"plait\" tests=\"{}\" failures=\"{failures}\" time=\"{total:.3}\">\n",
        outcomes.len()
    );
    for o in outcomes {
        xml.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"plait.check\" time=\"{:.3}\">\n",
            xml_escape(&o.test),
            o.elapsed.as_secs_f64()
        ));
        if let Some(trace) = &o.trace {
            let body: Vec<String> = trace.steps.iter().map(|s| xml_escape(&s.text)).collect();
            xml.push_str(&format!(
                "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                xml_escape(&trace.bug.kind),
                xml_escape(&trace.bug.message),
                body.join("\n")
            ));
        }
        xml.push_str(&format!(
            "      <system-out>{} schedules, {} steps</system-out>\n    </testcase>\n",
            o.schedules, o.steps
        ));
    }
    xml.push_str("  </testsuite>\n</testsuites>\n");
    xml
}
