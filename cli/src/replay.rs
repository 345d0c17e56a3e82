//! `plait replay`: re-run a trace's schedule and print the same trace, or say where it stops fitting.

use crate::exit;
use crate::load;
use checker_core::explore::{replay, Outcome};
use checker_core::ir::lower::lower;
use checker_core::trace::{program_digest, Trace};
use std::path::PathBuf;

/// Re-runs a share link (`.../#/t/<data>` or just the data): the program travels inside it.
fn run_link(link: &str) -> u8 {
    let data = link.rsplit_once("/t/").map_or(link, |(_, d)| d);
    let bundle = match checker_core::share::ShareBundle::decode(data) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    let trace = Trace {
        format: checker_core::trace::FORMAT_VERSION,
        checker: checker_core::trace::checker_version(),
        program_digest: program_digest(&bundle.sources()),
        inputs: Vec::new(),
        test: bundle.test.clone(),
        config: bundle.config.clone(),
        schedule_index: 0,
        schedule: bundle.schedule.clone(),
        bug: checker_core::trace::TraceBug { kind: String::new(), message: String::new(), location: None, step: 0 },
        steps: Vec::new(),
        snapshots: Vec::new(),
    };
    replay_trace(&trace, &bundle.sources())
}

pub fn run(trace_path: &PathBuf, paths: &[PathBuf]) -> u8 {
    let arg = trace_path.to_string_lossy();
    if !trace_path.exists() && (arg.contains("/t/") || !arg.ends_with(".json")) {
        return run_link(&arg);
    }
    let text = match std::fs::read_to_string(trace_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read `{}`: {e}", trace_path.display());
            return exit::USAGE;
        }
    };
    let trace = match Trace::from_json(&text) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: `{}`: {e}", trace_path.display());
            return exit::USAGE;
        }
    };
    let inputs: Vec<PathBuf> = if paths.is_empty() { trace.inputs.iter().map(PathBuf::from).collect() } else { paths.to_vec() };
    let sources = match load::load(&inputs) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e} (give the program's paths after the trace: plait replay TRACE PATH...)");
            return exit::USAGE;
        }
    };
    if program_digest(&sources) != trace.program_digest {
        eprintln!("note: the program changed since the trace was recorded; replaying its schedule anyway");
    }
    replay_trace(&trace, &sources)
}

fn replay_trace(trace: &Trace, sources: &checker_core::SourceSet) -> u8 {
    let sources = sources.clone();
    let compiled = checker_core::compile(&sources);
    let has_errors = compiled.has_errors();
    let Some(typed) = compiled.program.filter(|_| !has_errors) else {
        eprint!("{}", checker_core::diagnostic::render_plain(&compiled.diagnostics, &sources));
        return exit::STATIC_ERROR;
    };
    let program = match lower(&typed) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {}", e.message);
            return exit::STATIC_ERROR;
        }
    };
    let Some(test) = program.tests.iter().find(|t| *t.name == *trace.test) else {
        eprintln!("error: the program has no test `{}` any more", trace.test);
        return exit::USAGE;
    };
    let Some(choices) = trace.choices() else {
        eprintln!("error: the trace's schedule is malformed");
        return exit::USAGE;
    };
    if let Err(e) = checker_core::runtime::faults::FaultSpec::parse(&trace.config.faults) {
        eprintln!("error: the trace's fault specification is malformed: {e}");
        return exit::USAGE;
    }
    let options = trace.config.to_options();
    let replayed = replay(&program, test, &choices, trace.config.is_fair(), &options);
    for entry in &replayed.execution.log {
        println!("{}", entry.text);
    }
    if let Some((at, why)) = &replayed.divergence {
        eprintln!("error: the schedule no longer fits the program at choice {} of {}: {why}", at + 1, choices.len());
        return exit::USAGE;
    }
    match &replayed.execution.outcome {
        Outcome::Bug(bug) => {
            let at = bug.span.and_then(|s| checker_core::trace::location(&sources, s));
            match at {
                Some(at) => println!("error: {at}: {}", bug.message),
                None => println!("error: {}", bug.message),
            }
            if !trace.bug.message.is_empty() && bug.message != trace.bug.message {
                eprintln!("note: the trace recorded a different error: {}", trace.bug.message);
            }
            1
        }
        _ if trace.bug.message.is_empty() => {
            eprintln!("the schedule replays without a bug");
            exit::OK
        }
        _ => {
            eprintln!("the schedule replays without the recorded bug ({})", trace.bug.message);
            exit::OK
        }
    }
}
