//! Counterexample minimization: shrink a buggy schedule by delta debugging (Zeller's ddmin) to a short one
//! that still fails the same way.
//!
//! A candidate schedule is a list of choices with some removed. It is replayed leniently: a choice that no
//! longer fits (a machine that is not enabled, a missing choice) is replaced by a default (the first enabled
//! machine, `false`, `0`), and the choices the execution actually made become the new, shorter schedule if
//! it ends in the same bug.

use super::run::{execute, CheckOptions, Outcome};
use super::schedule::Choice;
use super::strategy::ReplayStrategy;
use crate::ir::{Program, Test};
use crate::runtime::bug::Bug;

/// How a minimization went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Minimized {
    pub choices: Vec<Choice>,
    /// Scheduling steps and choices of the original and the minimized schedule.
    pub original_length: usize,
    pub minimized_length: usize,
    /// Candidate executions run.
    pub attempts: u32,
}

/// Two bugs are "the same" if they are of the same kind at the same place; without a place, if their
/// messages agree once numbers (machine ids, values) are ignored.
pub fn same_bug(a: &Bug, b: &Bug) -> bool {
    let strip = |m: &str| m.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    a.kind == b.kind && a.span == b.span && (a.span.is_some() || strip(&a.message) == strip(&b.message))
}

/// Shrinks `choices`, which lead to `bug`, running at most `max_attempts` candidate executions.
pub fn minimize(program: &Program, test: &Test, choices: &[Choice], bug: &Bug, fair: bool, options: &CheckOptions, max_attempts: u32) -> Minimized {
    // Candidates may wander; bound them by a little more than the original length.
    let bound = choices.len() as u64 * 2 + 100;
    let options = CheckOptions { max_steps: bound, max_fair_steps: bound, fail_on_max_steps: false, coverage: false, ..options.clone() };
    let test_candidate = |candidate: &[Choice]| -> Option<Vec<Choice>> {
        let mut strategy = ReplayStrategy::new(candidate.to_vec(), fair);
        let execution = execute(program, test, &mut strategy, &options, false);
        match execution.outcome {
            Outcome::Bug(found) if same_bug(&found, bug) => Some(execution.choices),
            _ => None,
        }
    };
    let mut attempts = 0;
    let mut current = choices.to_vec();
    let mut granularity = 2usize;
    while current.len() >= 2 && attempts < max_attempts {
        let chunk = current.len().div_ceil(granularity);
        let mut reduced = false;
        let parts = granularity;
        for i in 0..parts {
            if attempts >= max_attempts {
                break;
            }
            let start = i * chunk;
            if start >= current.len() {
                break;
            }
            let end = (start + chunk).min(current.len());
            let candidate: Vec<Choice> = current.iter().take(start).chain(current.iter().skip(end)).copied().collect();
            attempts += 1;
            if let Some(actual) = test_candidate(&candidate) {
                if actual.len() < current.len() {
                    current = actual;
                    granularity = (granularity - 1).max(2);
                    reduced = true;
                    break;
                }
            }
        }
        if !reduced {
            if granularity >= current.len() {
                break;
            }
            granularity = (granularity * 2).min(current.len());
        }
    }
    Minimized { original_length: choices.len(), minimized_length: current.len(), choices: current, attempts }
}

/// How many candidates to try for a schedule of `length` choices: about five million replayed steps in
/// all, and at least a few attempts.
pub fn default_attempts(length: usize) -> u32 {
    (5_000_000 / (length as u64 + 1)).clamp(8, 2_000) as u32
}

/// A found bug with its schedule minimized and its log and snapshots replayed from the shorter schedule.
pub fn minimize_found(program: &Program, test: &Test, found: &super::Found, fair: bool, options: &CheckOptions, max_attempts: u32) -> (super::Found, Minimized) {
    let minimized = minimize(program, test, &found.choices, &found.bug, fair, options, max_attempts);
    if minimized.minimized_length >= found.choices.len() {
        return (found.clone(), minimized);
    }
    let bound = minimized.choices.len() as u64 * 2 + 100;
    let replay_options = CheckOptions { max_steps: bound, max_fair_steps: bound, fail_on_max_steps: false, coverage: false, ..options.clone() };
    let replayed = super::replay(program, test, &minimized.choices, fair, &replay_options);
    let bug = match replayed.execution.outcome {
        Outcome::Bug(bug) => bug,
        _ => return (found.clone(), minimized),
    };
    let shorter = super::Found {
        bug,
        schedule_index: found.schedule_index,
        choices: minimized.choices.clone(),
        steps: replayed.execution.steps,
        log: replayed.execution.log,
        snapshots: replayed.execution.snapshots,
    };
    (shorter, minimized)
}
