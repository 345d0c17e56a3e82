//! `plait check`: run a program's tests under a strategy, in parallel workers or shards, and report.

use crate::exit;
use crate::load;
use crate::report::{self, TestOutcome, Verdict};
use checker_core::diagnostic::render_plain;
use checker_core::explore::minimize::{default_attempts, minimize_found};
use checker_core::explore::{Check, CheckOptions, Found, Progress, StrategyKind};
use checker_core::ir::lower::lower;
use checker_core::runtime::faults::FaultSpec;
use checker_core::share::{ShareBundle, SharedFile, SHARE_FORMAT};
use checker_core::ir::Program;
use checker_core::trace::Trace;
use checker_core::SourceSet;
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StrategyArg {
    Random,
    Pct,
    /// Every schedule and choice, each distinct state once (bounded by --max-depth / --max-states).
    Exhaustive,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// `.p` files, folders (every `.p` below) or `.pproj` projects, compiled together as one program.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Run every test whose name starts with NAME (an exact name wins), as P's `-tc`.
    #[arg(short = 't', long = "testcase", visible_alias = "tc", value_name = "NAME")]
    pub testcase: Option<String>,
    /// Number of schedules (executions) to explore per test.
    #[arg(short = 's', long = "schedules", visible_alias = "iterations", short_alias = 'i', default_value_t = 1)]
    pub schedules: u64,
    /// Seed of the random choices (the default is 0, so that a check is reproducible).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Step bounds: N for unfair strategies (PCT), M for fair ones (random); one value sets M = 10 N.
    #[arg(long = "max-steps", visible_alias = "ms", num_args = 1..=2, value_names = ["N", "M"])]
    pub max_steps: Vec<u64>,
    /// Reaching the step bound counts as a bug.
    #[arg(long)]
    pub fail_on_maxsteps: bool,
    #[arg(long, value_enum, default_value_t = StrategyArg::Random)]
    pub strategy: StrategyArg,
    /// PCT's depth: the number of priority change points plus one.
    #[arg(long = "pct-depth", default_value_t = 3)]
    pub pct_depth: u32,
    /// P's spelling of `--strategy pct --pct-depth N`.
    #[arg(long = "sch-pct", value_name = "N")]
    pub sch_pct: Option<u32>,
    /// P's spelling of `--strategy random` (the default).
    #[arg(long = "sch-random")]
    pub sch_random: bool,
    /// Stop after this many seconds (0: no limit); what was explored by then is reported.
    #[arg(long, default_value_t = 0)]
    pub timeout: u64,
    /// Threads exploring disjoint schedules; the verdict and the bug found do not depend on it.
    #[arg(long, default_value_t = 1)]
    pub workers: u32,
    /// Explore only the K-th of N slices of the schedules (1-based), e.g. `--shard 2/4`.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Faults to inject, e.g. `drop=2@Server,dup=1,crash=1@Server,restart` (see README).
    #[arg(long, value_name = "SPEC", default_value = "")]
    pub faults: String,
    /// Count states entered, handlers run and events sent and received; name what was never reached.
    #[arg(long)]
    pub coverage: bool,
    /// Keep a found bug's schedule as found instead of shrinking it (minimization is on by default).
    #[arg(long)]
    pub no_minimize: bool,
    /// Exhaustive search: breadth-first (shortest counterexamples) instead of depth-first.
    #[arg(long)]
    pub bfs: bool,
    /// Exhaustive search: do not expand states more than this many steps from the start (default: the
    /// unfair step bound, 10,000).
    #[arg(long = "max-depth")]
    pub max_depth: Option<u64>,
    /// Exhaustive search: stop after this many distinct states.
    #[arg(long = "max-states", default_value_t = 10_000_000)]
    pub max_states: u64,
    /// Liveness: a monitor hot for more than this many steps is a bug (default: fair bound / 2; 0: end only).
    #[arg(long = "liveness-threshold", hide = true)]
    pub liveness_threshold: Option<u64>,
    /// Print one JSON object per test on standard output.
    #[arg(long)]
    pub json: bool,
    /// Write a JUnit XML report.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Write the bug trace (JSON) of a test that fails; with several tests, the test name is added.
    #[arg(long = "trace-out", value_name = "FILE")]
    pub trace_out: Option<PathBuf>,
    /// Print a share link (`/#/t/<data>`: program, test, configuration and the bug's schedule) for a bug.
    #[arg(long)]
    pub share: bool,
    /// Print every test name, one per line (parametric tests expanded with P's names), and exit.
    #[arg(long)]
    pub list_tests: bool,
}

/// A parsed `--shard K/N`: zero-based index and count.
fn parse_shard(text: &str) -> Result<(u64, u64), String> {
    let (k, n) = text.split_once('/').ok_or_else(|| format!("--shard takes K/N, got `{text}`"))?;
    let (k, n): (u64, u64) = match (k.trim().parse(), n.trim().parse()) {
        (Ok(k), Ok(n)) => (k, n),
        _ => return Err(format!("--shard takes two numbers K/N, got `{text}`")),
    };
    if n == 0 || k == 0 || k > n {
        return Err(format!("--shard K/N needs 1 <= K <= N, got `{text}`"));
    }
    Ok((k - 1, n))
}

impl CheckArgs {
    fn options(&self) -> Result<CheckOptions, String> {
        let defaults = CheckOptions::default();
        let (max_steps, max_fair_steps) = match self.max_steps.as_slice() {
            [n] => (*n, n.saturating_mul(10)),
            [n, m, ..] if m < n => return Err(format!("--max-steps N M needs M >= N (the fair bound), got {n} {m}")),
            [n, m, ..] => (*n, *m),
            [] => (defaults.max_steps, defaults.max_fair_steps),
        };
        let liveness_threshold = match self.liveness_threshold {
            Some(0) => None,
            Some(t) => Some(t),
            None => Some(max_fair_steps / 2),
        };
        Ok(CheckOptions {
            strategy: match (self.strategy, self.sch_pct) {
                (_, Some(depth)) => StrategyKind::Pct { depth: depth.max(1) },
                (StrategyArg::Random | StrategyArg::Exhaustive, None) => StrategyKind::Random,
                (StrategyArg::Pct, None) => StrategyKind::Pct { depth: self.pct_depth.max(1) },
            },
            schedules: self.schedules,
            max_steps,
            max_fair_steps,
            seed: self.seed,
            fail_on_max_steps: self.fail_on_maxsteps,
            liveness_threshold,
            coverage: self.coverage,
            faults: FaultSpec::parse(&self.faults).map_err(|e| format!("--faults: {e}"))?,
        })
    }
}

/// Compiles and lowers; prints diagnostics. `Err` is the exit code to stop with.
fn build(sources: &SourceSet, quiet: bool) -> Result<(Program, Vec<String>), u8> {
    let compiled = checker_core::compile(sources);
    if !compiled.diagnostics.is_empty() && !quiet {
        eprint!("{}", render_plain(&compiled.diagnostics, sources));
    }
    let has_errors = compiled.has_errors();
    let Some(typed) = compiled.program.filter(|_| !has_errors) else {
        if !quiet {
            let errors = compiled.diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("error: could not compile: {errors} error{}", if errors == 1 { "" } else { "s" });
        }
        return Err(exit::STATIC_ERROR);
    };
    let names = typed.tests.iter().map(|t| t.name.clone()).collect();
    match lower(&typed) {
        Ok(program) => Ok((program, names)),
        Err(e) => {
            if !quiet {
                let at = checker_core::trace::location(sources, e.span).unwrap_or_default();
                eprintln!("error: {at}: {}", e.message);
            }
            Err(exit::STATIC_ERROR)
        }
    }
}

/// P's `-tc` selection: an exact name, else every test starting with the prefix; no name and one test
/// selects it.
pub fn select_tests(names: &[String], wanted: Option<&str>) -> Result<Vec<usize>, String> {
    let listing = || names.iter().map(|n| format!("  {n}")).collect::<Vec<_>>().join("\n");
    match wanted {
        Some(w) => {
            if let Some(i) = names.iter().position(|n| n == w) {
                return Ok(vec![i]);
            }
            let matches: Vec<usize> = names.iter().enumerate().filter(|(_, n)| n.starts_with(w)).map(|(i, _)| i).collect();
            if matches.is_empty() {
                Err(format!("no test named `{w}` (or starting with it). Possible options are:\n{}", listing()))
            } else {
                Ok(matches)
            }
        }
        None if names.len() == 1 => Ok(vec![0]),
        None if names.is_empty() => Err("the program declares no test (and has no machine `Main`)".to_string()),
        None => Err(format!("the program has several tests: choose one with -t NAME. Possible options are:\n{}", listing())),
    }
}

pub fn run(args: &CheckArgs) -> u8 {
    let sources = match load::load(&args.paths) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    let inputs: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
    let (program, names) = match build(&sources, false) {
        Ok(built) => built,
        Err(code) => {
            if args.json {
                println!("{}", report::static_error_json(&sources));
            }
            return code;
        }
    };
    if args.list_tests {
        let mut out = std::io::stdout().lock();
        for name in &names {
            if writeln!(out, "{name}").is_err() {
                return exit::USAGE;
            }
        }
        return exit::OK;
    }
    let shard = match args.shard.as_deref().map(parse_shard).transpose() {
        Ok(s) => s.unwrap_or((0, 1)),
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    let selected = match select_tests(&names, args.testcase.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    let options = match args.options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    for &index in &selected {
        if let Some(test) = program.tests.get(index) {
            if let Err(e) = checker_core::runtime::faults::resolve(&options.faults, &program, test) {
                eprintln!("error: --faults: {e}");
                return exit::USAGE;
            }
        }
    }
    let mut outcomes = Vec::new();
    for &index in &selected {
        let Some(test_name) = names.get(index) else { continue };
        let started = Instant::now();
        let mut result = if args.strategy == StrategyArg::Exhaustive && args.sch_pct.is_none() {
            run_exhaustive(&program, index, args, &options)
        } else {
            run_test(&sources, &program, index, &options, args, shard)
        };
        let mut minimized = None;
        if let (false, Some(found), Some(test)) = (args.no_minimize, result.found.as_ref(), program.tests.get(index)) {
            let fair = result.exhaustive.is_none() && options.strategy == StrategyKind::Random;
            let attempts = default_attempts(found.choices.len());
            let (shorter, report) = minimize_found(&program, test, found, fair, &options, attempts);
            minimized = Some((report.original_length, report.minimized_length));
            result.found = Some(shorter);
        }
        let outcome = TestOutcome {
            coverage: result.coverage.as_ref().zip(program.tests.get(index)).map(|(c, t)| c.summary(&program, t)),
            minimized,
            exhaustive: result.exhaustive.clone(),
            test: test_name.clone(),
            options: options.clone(),
            schedules: result.schedules,
            steps: result.steps,
            elapsed: started.elapsed(),
            timed_out: result.timed_out,
            shard: args.shard.clone(),
            trace: result.found.as_ref().map(|f| {
                let mut trace = Trace::new(&sources, inputs.clone(), test_name, &options, f);
                if result.exhaustive.is_some() {
                    trace.mark_exhaustive();
                }
                trace
            }),
            found: result.found,
        };
        if !args.json {
            report::print_human(&outcome, args, &inputs);
        }
        if let (Some(path), Some(trace)) = (&args.trace_out, &outcome.trace) {
            let path = if selected.len() > 1 { with_test_name(path, test_name) } else { path.clone() };
            if let Err(e) = std::fs::write(&path, trace.to_json()) {
                eprintln!("error: cannot write the trace to `{}`: {e}", path.display());
                return exit::USAGE;
            }
            if !args.json {
                eprintln!("trace written to {}; replay it with: plait replay {}", path.display(), path.display());
            }
        }
        if let (true, Some(trace)) = (args.share, &outcome.trace) {
            let files = sources.iter().map(|(_, f)| SharedFile { name: f.name.clone(), text: f.text.clone() }).collect();
            let bundle = ShareBundle { format: SHARE_FORMAT, files, test: test_name.clone(), config: trace.config.clone(), schedule: trace.schedule.clone() };
            eprintln!("share link: /#/t/{}", bundle.encode());
        }
        if args.json {
            println!("{}", report::outcome_json(&outcome));
        }
        outcomes.push(outcome);
    }
    if let Some(path) = &args.junit {
        if let Err(e) = std::fs::write(path, report::junit(&outcomes)) {
            eprintln!("error: cannot write the JUnit report to `{}`: {e}", path.display());
            return exit::USAGE;
        }
    }
    if outcomes.iter().any(|o| o.verdict() == Verdict::Bug) {
        1
    } else {
        exit::OK
    }
}

fn with_test_name(path: &std::path::Path, test: &str) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.{test}.{}", ext.to_string_lossy()),
        None => format!("{stem}.{test}"),
    };
    path.with_file_name(name)
}

#[derive(Default)]
struct TestResult {
    schedules: u64,
    steps: u64,
    timed_out: bool,
    found: Option<Found>,
    exhaustive: Option<report::ExhaustiveSummary>,
    coverage: Option<checker_core::runtime::coverage::Coverage>,
}

/// Exhaustive search of one test, in slices so that `--timeout` can stop it.
fn run_exhaustive(program: &Program, test: usize, args: &CheckArgs, check_options: &CheckOptions) -> TestResult {
    use checker_core::explore::exhaustive::{Exhaustive, ExhaustiveOptions, ExhaustiveProgress, Order};
    let Some(test_ref) = program.tests.get(test) else {
        return TestResult::default();
    };
    let options = ExhaustiveOptions {
        order: if args.bfs { Order::BreadthFirst } else { Order::DepthFirst },
        // Many P models have unbounded state spaces (counters, ids): bound the depth like random testing's steps.
        max_depth: Some(args.max_depth.unwrap_or(check_options.max_steps)),
        max_states: Some(args.max_states),
        faults: check_options.faults.clone(),
    };
    let deadline = (args.timeout > 0).then(|| Instant::now() + Duration::from_secs(args.timeout));
    let mut search = Exhaustive::new(program, test_ref, options);
    let (report, timed_out) = loop {
        match search.step(10_000) {
            ExhaustiveProgress::Done(report) => break (report, false),
            ExhaustiveProgress::Running { .. } if deadline.is_some_and(|d| Instant::now() >= d) => break (search.report(), true),
            ExhaustiveProgress::Running { .. } => {}
        }
    };
    let summary = report::ExhaustiveSummary {
        states: report.states,
        transitions: report.transitions,
        max_depth: report.max_depth,
        stopped_by: if timed_out { Some("timeout") } else { report.stopped_by },
        bfs: args.bfs,
        bytes_per_state: report.visited_bytes_per_state,
    };
    TestResult { schedules: 0, steps: report.transitions, timed_out, found: report.found, exhaustive: Some(summary), coverage: None }
}

/// Runs one test on `workers` threads; worker `w` of shard `k/n` takes executions `k + n (w + W j)`.
/// When a worker finds a bug at execution `i`, the others finish every execution before `i`, so the bug
/// reported is always the one at the smallest index: the same as with one worker.
fn run_test(sources: &SourceSet, program: &Program, test: usize, options: &CheckOptions, args: &CheckArgs, shard: (u64, u64)) -> TestResult {
    let workers = args.workers.max(1) as u64;
    let (shard_index, shard_count) = shard;
    let deadline = (args.timeout > 0).then(|| Instant::now() + Duration::from_secs(args.timeout));
    let best = Arc::new(AtomicU64::new(u64::MAX));
    let stop = Arc::new(AtomicBool::new(false));
    let done_schedules = Arc::new(AtomicU64::new(0));
    let progress = std::io::stderr().is_terminal() && !args.json;
    let run_worker = |w: u64, program: &Program| -> TestResult {
        let Some(test_ref) = program.tests.get(test) else {
            return TestResult::default();
        };
        let first = shard_index + shard_count * w;
        let stride = shard_count * workers;
        let mut check = Check::with_slice(program, test_ref, options.clone(), first, stride);
        let mut timed_out = false;
        loop {
            let limit = best.load(Ordering::Relaxed);
            check.limit(limit);
            let before = check.report().schedules;
            let progress_now = check.step(64);
            done_schedules.fetch_add(check.report().schedules - before, Ordering::Relaxed);
            match progress_now {
                Progress::Done(report) => {
                    if let Some(f) = &report.found {
                        best.fetch_min(f.schedule_index, Ordering::Relaxed);
                    }
                    return TestResult { schedules: report.schedules, steps: report.steps, timed_out, found: report.found, exhaustive: None, coverage: report.coverage };
                }
                Progress::Running { .. } => {
                    if stop.load(Ordering::Relaxed) || deadline.is_some_and(|d| Instant::now() >= d) {
                        timed_out = deadline.is_some_and(|d| Instant::now() >= d);
                        stop.store(true, Ordering::Relaxed);
                        let report = check.report();
                        return TestResult { schedules: report.schedules, steps: report.steps, timed_out, found: report.found, exhaustive: None, coverage: report.coverage };
                    }
                }
            }
        }
    };
    let results: Vec<TestResult> = std::thread::scope(|scope| {
        let handles: Vec<_> = (1..workers)
            .map(|w| {
                let run_worker = &run_worker;
                scope.spawn(move || match build(sources, true) {
                    Ok((program, _)) => run_worker(w, &program),
                    Err(_) => TestResult::default(),
                })
            })
            .collect();
        let reporter = progress.then(|| {
            let done_schedules = Arc::clone(&done_schedules);
            let stop = Arc::clone(&stop);
            let total = options.schedules / shard_count;
            scope.spawn(move || {
                let started = Instant::now();
                while !stop.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(200));
                    let n = done_schedules.load(Ordering::Relaxed);
                    let rate = n as f64 / started.elapsed().as_secs_f64().max(1e-9);
                    eprint!("\r  {n}/{total} schedules  {rate:.0} schedules/s   ");
                }
                eprint!("\r{}\r", " ".repeat(60));
            })
        });
        let mut results = vec![run_worker(0, program)];
        for handle in handles {
            match handle.join() {
                Ok(result) => results.push(result),
                Err(_) => {
                    // A worker's share of the schedules is missing: no verdict can be given.
                    eprintln!("internal error: a checking thread failed; please report this");
                    std::process::exit(i32::from(exit::USAGE));
                }
            }
        }
        stop.store(true, Ordering::Relaxed);
        if let Some(r) = reporter {
            let _ = r.join();
        }
        results
    });
    let mut total = TestResult::default();
    for r in results {
        total.schedules += r.schedules;
        total.steps += r.steps;
        total.timed_out |= r.timed_out;
        total.coverage = match (total.coverage.take(), r.coverage) {
            (Some(mut a), Some(b)) => {
                a.merge(&b);
                Some(a)
            }
            (a, b) => a.or(b),
        };
        total.found = match (total.found.take(), r.found) {
            (Some(a), Some(b)) => Some(if b.schedule_index < a.schedule_index { b } else { a }),
            (a, b) => a.or(b),
        };
    }
    total
}
