//! Running executions: one schedule from start to end, and a whole check as resumable slices.

use super::schedule::Choice;
use super::strategy::{PctStrategy, RandomStrategy, ReplayStrategy, Strategy};
use crate::ir::{Program, Test};
use crate::runtime::bug::{Bug, BugKind};
use crate::runtime::coverage::Coverage;
use crate::runtime::faults::{self, FaultOp, FaultSpec};
use crate::runtime::log::{LogEntry, Snapshot};
use std::collections::VecDeque;
use crate::runtime::system::{Chooser, System};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrategyKind {
    Random,
    Pct { depth: u32 },
}

/// What a check explores and how far (P's `p check` options).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOptions {
    pub strategy: StrategyKind,
    pub schedules: u64,
    /// Step bound for unfair strategies (PCT).
    pub max_steps: u64,
    /// Step bound for fair strategies (random).
    pub max_fair_steps: u64,
    pub seed: u64,
    /// Reaching the step bound is a bug.
    pub fail_on_max_steps: bool,
    /// Under a fair strategy, a monitor hot for more than this many steps is a liveness bug (`None`: only
    /// the end-of-execution check).
    pub liveness_threshold: Option<u64>,
    /// Count states entered, handlers run and events sent and received ([`Report::coverage`]).
    pub coverage: bool,
    /// The faults the checker may inject (none by default: a P program means what it says).
    pub faults: FaultSpec,
}

impl Default for CheckOptions {
    /// P's defaults: random strategy, 1 schedule, 10,000 / 100,000 steps, threshold fair steps / 2.
    fn default() -> Self {
        CheckOptions {
            strategy: StrategyKind::Random,
            schedules: 1,
            max_steps: 10_000,
            max_fair_steps: 100_000,
            seed: 0,
            fail_on_max_steps: false,
            liveness_threshold: Some(50_000),
            coverage: false,
            faults: FaultSpec::default(),
        }
    }
}

impl CheckOptions {
    fn step_bound(&self, fair: bool) -> u64 {
        if fair {
            self.max_fair_steps
        } else {
            self.max_steps
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No machine could run any more (and no bug).
    Terminated,
    /// The step bound ended the execution.
    MaxSteps,
    Bug(Bug),
}

/// One execution: its schedule, its length in steps, how it ended, and (if logging) what happened.
#[derive(Clone, Debug)]
pub struct Execution {
    pub choices: Vec<Choice>,
    pub steps: u64,
    pub outcome: Outcome,
    pub log: Vec<LogEntry>,
    /// With logging: the machines after each scheduling step (the last [`MAX_SNAPSHOTS`] of them).
    pub snapshots: Vec<Snapshot>,
    /// With [`CheckOptions::coverage`]: what this execution covered.
    pub coverage: Option<Coverage>,
}

/// How many per-step snapshots a logged execution keeps (the last ones, nearest the end).
pub const MAX_SNAPSHOTS: usize = 2_000;

/// Records every choice the strategy makes and counts it as a step.
struct Recorder<'s> {
    strategy: &'s mut dyn Strategy,
    choices: Vec<Choice>,
    steps: u64,
    bound: u64,
}

impl Chooser for Recorder<'_> {
    fn choose_bool(&mut self) -> bool {
        let b = self.strategy.next_bool();
        self.choices.push(Choice::Bool(b));
        self.steps += 1;
        b
    }

    fn choose_int(&mut self, bound: u32) -> u32 {
        let i = self.strategy.next_int(bound);
        self.choices.push(Choice::Int(i));
        self.steps += 1;
        i
    }

    fn choose_fault(&mut self, point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        let op = self.strategy.maybe_fault(point, options)?;
        self.choices.push(Choice::Fault { point, op });
        self.steps += 1;
        Some(op)
    }

    fn out_of_steps(&self) -> bool {
        self.steps >= self.bound
    }
}

/// Runs one execution of `test` under `strategy` (already told which execution this is).
pub fn execute(program: &Program, test: &Test, strategy: &mut dyn Strategy, options: &CheckOptions, logging: bool) -> Execution {
    let fair = strategy.is_fair();
    let bound = options.step_bound(fair);
    let threshold = if fair { options.liveness_threshold } else { None };
    let mut recorder = Recorder { strategy, choices: Vec::new(), steps: 0, bound };
    let mut system = match System::new(program, test, logging, &mut recorder) {
        Ok(system) => system,
        Err(bug) => {
            return Execution {
                choices: recorder.choices,
                steps: recorder.steps,
                outcome: Outcome::Bug(bug),
                log: Vec::new(),
                snapshots: Vec::new(),
                coverage: None,
            }
        }
    };
    if options.coverage {
        system.enable_coverage();
    }
    if !options.faults.is_empty() {
        match faults::resolve(&options.faults, program, test) {
            Ok(resolved) => system.set_faults(resolved.into()),
            Err(e) => {
                let bug = Bug::new(BugKind::IllegalAction, format!("the fault specification does not fit the program: {e}"), None);
                return Execution { choices: Vec::new(), steps: 0, outcome: Outcome::Bug(bug), log: Vec::new(), snapshots: Vec::new(), coverage: None };
            }
        }
    }
    let mut snapshots = VecDeque::new();
    if logging {
        snapshots.push_back(system.snapshot(0));
    }
    let mut enabled = Vec::new();
    system.set_liveness_threshold(threshold);
    let outcome = loop {
        system.enabled(&mut enabled);
        if recorder.steps >= bound {
            break if options.fail_on_max_steps {
                Outcome::Bug(Bug::new(BugKind::MaxSteps, format!("Scheduling steps bound of {bound} reached."), None))
            } else {
                Outcome::MaxSteps
            };
        }
        system.set_step(recorder.steps + 1);
        if system.offer_scheduling_faults(&mut recorder).is_some() {
            if logging {
                keep_snapshot(&mut snapshots, system.snapshot(recorder.steps));
            }
            continue;
        }
        if enabled.is_empty() {
            break end_of_execution(&system);
        }
        if let Err(bug) = system.tick() {
            break Outcome::Bug(bug);
        }
        let before = system.machines().len();
        let id = recorder.strategy.next_machine(&enabled, recorder.steps + 1);
        recorder.choices.push(Choice::Schedule(id));
        recorder.steps += 1;
        system.set_step(recorder.steps);
        let result = system.step(id, &mut recorder);
        if logging {
            keep_snapshot(&mut snapshots, system.snapshot(recorder.steps));
        }
        if let Err(bug) = result {
            break Outcome::Bug(bug);
        }
        for new_id in before as u32 + 1..=system.machines().len() as u32 {
            recorder.strategy.on_create(new_id);
        }
    };
    let log = system.take_log();
    let coverage = system.take_coverage();
    Execution { choices: recorder.choices, steps: recorder.steps, outcome, log, snapshots: snapshots.into(), coverage }
}

/// Keeps the last [`MAX_SNAPSHOTS`] snapshots.
fn keep_snapshot(snapshots: &mut VecDeque<Snapshot>, snapshot: Snapshot) {
    if snapshots.len() == MAX_SNAPSHOTS {
        snapshots.pop_front();
    }
    snapshots.push_back(snapshot);
}

fn end_of_execution(system: &System<'_>) -> Outcome {
    system.end_of_execution_bug().map_or(Outcome::Terminated, Outcome::Bug)
}

/// A bug found by a check, with everything needed to reproduce it.
#[derive(Clone, Debug)]
pub struct Found {
    pub bug: Bug,
    /// Which execution of the check (0-based) found it.
    pub schedule_index: u64,
    pub choices: Vec<Choice>,
    pub steps: u64,
    pub log: Vec<LogEntry>,
    pub snapshots: Vec<Snapshot>,
}

/// Totals of a finished (or stopped) check.
#[derive(Clone, Debug)]
pub struct Report {
    pub schedules: u64,
    pub steps: u64,
    /// Executions that ended at the step bound.
    pub max_steps_hit: u64,
    pub found: Option<Found>,
    /// Summed over the executions, with [`CheckOptions::coverage`].
    pub coverage: Option<Coverage>,
}

#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant, reason = "returned once per slice, never stored in bulk")]
pub enum Progress {
    Running { schedules: u64, steps: u64 },
    Done(Report),
}

/// A check of one test, run in slices: `step(n)` runs up to `n` executions, so a host can show progress,
/// stop it, or spread schedules over workers (`first`/`stride` select every `stride`-th execution).
pub struct Check<'p> {
    program: &'p Program,
    test: &'p Test,
    options: CheckOptions,
    strategy: Box<dyn Strategy>,
    next: u64,
    stride: u64,
    end: u64,
    schedules: u64,
    steps: u64,
    max_steps_hit: u64,
    found: Option<Found>,
    coverage: Option<Coverage>,
}

impl<'p> Check<'p> {
    pub fn new(program: &'p Program, test: &'p Test, options: CheckOptions) -> Self {
        Self::with_slice(program, test, options, 0, 1)
    }

    /// Runs only executions `first`, `first + stride`, ... of the check (a worker's or a shard's share).
    pub fn with_slice(program: &'p Program, test: &'p Test, options: CheckOptions, first: u64, stride: u64) -> Self {
        let strategy: Box<dyn Strategy> = match options.strategy {
            StrategyKind::Random => Box::new(RandomStrategy::new(options.seed)),
            StrategyKind::Pct { depth } => Box::new(PctStrategy::new(options.seed, depth, options.max_steps)),
        };
        let end = options.schedules;
        let coverage = options.coverage.then(|| Coverage::new(program));
        Check {
            program,
            test,
            options,
            strategy,
            next: first,
            stride: stride.max(1),
            end,
            schedules: 0,
            steps: 0,
            max_steps_hit: 0,
            found: None,
            coverage,
        }
    }

    /// Lowers the end of the check to execution `end` (exclusive), e.g. once another worker found a bug there.
    pub fn limit(&mut self, end: u64) {
        self.end = self.end.min(end);
    }

    /// Runs up to `budget` more executions; stops early at the first bug.
    pub fn step(&mut self, budget: u64) -> Progress {
        let mut done = 0;
        while done < budget && self.next < self.end && self.found.is_none() {
            let index = self.next;
            self.next += self.stride;
            done += 1;
            self.strategy.begin(index);
            let execution = execute(self.program, self.test, self.strategy.as_mut(), &self.options, false);
            self.schedules += 1;
            self.steps += execution.steps;
            if let (Some(total), Some(c)) = (self.coverage.as_mut(), execution.coverage.as_ref()) {
                total.merge(c);
            }
            match execution.outcome {
                Outcome::Terminated => {}
                Outcome::MaxSteps => self.max_steps_hit += 1,
                Outcome::Bug(bug) => {
                    let replayed = replay(self.program, self.test, &execution.choices, self.strategy.is_fair(), &self.options);
                    self.found = Some(Found {
                        bug,
                        schedule_index: index,
                        choices: execution.choices,
                        steps: execution.steps,
                        log: replayed.execution.log,
                        snapshots: replayed.execution.snapshots,
                    });
                }
            }
        }
        if self.next >= self.end || self.found.is_some() {
            Progress::Done(self.report())
        } else {
            Progress::Running { schedules: self.schedules, steps: self.steps }
        }
    }

    pub fn report(&self) -> Report {
        Report {
            schedules: self.schedules,
            steps: self.steps,
            max_steps_hit: self.max_steps_hit,
            found: self.found.clone(),
            coverage: self.coverage.clone(),
        }
    }
}

/// The result of replaying a schedule: the execution, and where it stopped fitting the schedule, if it did.
#[derive(Clone, Debug)]
pub struct Replayed {
    pub execution: Execution,
    pub divergence: Option<(usize, String)>,
}

/// Re-runs a recorded schedule with logging on.
pub fn replay(program: &Program, test: &Test, choices: &[Choice], fair: bool, options: &CheckOptions) -> Replayed {
    let mut strategy = ReplayStrategy::new(choices.to_vec(), fair);
    strategy.begin(0);
    let execution = execute(program, test, &mut strategy, options, true);
    let mut divergence = strategy.divergence.clone();
    if divergence.is_none() && !strategy.consumed_all() {
        divergence = Some((execution.choices.len(), "the execution ended before the schedule did".to_string()));
    }
    Replayed { execution, divergence }
}
