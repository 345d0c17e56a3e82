//! Scheduling strategies: who runs next and what each nondeterministic choice returns.

use super::schedule::Choice;
use crate::runtime::faults::FaultOp;
use rand_core::{RngCore, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// Decides every nondeterministic point of one execution.
pub trait Strategy {
    /// Called before each execution (schedule) `index` of a check.
    fn begin(&mut self, index: u64);
    /// Picks one of `enabled` (machine ids, ascending, never empty) to run the next step.
    fn next_machine(&mut self, enabled: &[u32], step: u64) -> u32;
    fn next_bool(&mut self) -> bool;
    /// A number in `0..bound` (`bound` ≥ 1).
    fn next_int(&mut self, bound: u32) -> u32;
    /// Fair strategies give every enabled machine a chance; liveness temperature is tracked under them.
    fn is_fair(&self) -> bool;
    /// Told when a machine is created, for strategies that rank machines.
    fn on_create(&mut self, _id: u32) {}
    /// Whether to inject one of `options` at fault opportunity `point` (`None`: no fault).
    fn maybe_fault(&mut self, _point: u64, _options: &[FaultOp]) -> Option<FaultOp> {
        None
    }
}

/// Random strategies inject a fault at one opportunity in this many, so that budgets last into the run.
pub const FAULT_ODDS: u32 = 20;

fn random_fault(rng: &mut Pcg64Mcg, options: &[FaultOp]) -> Option<FaultOp> {
    if options.is_empty() || below(rng, FAULT_ODDS) != 0 {
        return None;
    }
    options.get(below(rng, options.len() as u32) as usize).copied()
}

/// The random seed of execution `index` of a check with seed `seed`: a pure function, so any single
/// execution can be re-run from the seed and its index.
pub fn execution_seed(seed: u64, index: u64) -> u64 {
    // SplitMix64 finalizer over the pair: well-spread, independent streams per execution.
    let mut z = seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(0xD1B5_4A32_D192_ED03);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn below(rng: &mut Pcg64Mcg, bound: u32) -> u32 {
    if bound <= 1 {
        return 0;
    }
    // Lemire's nearly divisionless method, with rejection for exact uniformity.
    let bound64 = bound as u64;
    loop {
        let x = rng.next_u32() as u64;
        let m = x * bound64;
        let low = m as u32;
        if low >= bound || low >= (u32::MAX - bound + 1) % bound {
            return (m >> 32) as u32;
        }
    }
}

/// Uniform random choice among enabled machines (P's default `--sch-random`); fair.
pub struct RandomStrategy {
    seed: u64,
    rng: Pcg64Mcg,
}

impl RandomStrategy {
    pub fn new(seed: u64) -> Self {
        RandomStrategy { seed, rng: Pcg64Mcg::seed_from_u64(seed) }
    }
}

impl Strategy for RandomStrategy {
    fn begin(&mut self, index: u64) {
        self.rng = Pcg64Mcg::seed_from_u64(execution_seed(self.seed, index));
    }

    fn next_machine(&mut self, enabled: &[u32], _step: u64) -> u32 {
        let i = below(&mut self.rng, enabled.len() as u32) as usize;
        enabled.get(i).copied().unwrap_or(0)
    }

    fn next_bool(&mut self) -> bool {
        below(&mut self.rng, 2) == 0
    }

    fn next_int(&mut self, bound: u32) -> u32 {
        below(&mut self.rng, bound)
    }

    fn is_fair(&self) -> bool {
        true
    }

    fn maybe_fault(&mut self, _point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        random_fault(&mut self.rng, options)
    }
}

/// Probabilistic Concurrency Testing (Burckhardt et al.): machines get random distinct priorities, the
/// highest-priority enabled machine runs, and at `depth - 1` random steps the running machine drops to the
/// lowest priority. Finds bugs of depth `depth` with a guaranteed probability; unfair.
pub struct PctStrategy {
    seed: u64,
    depth: u32,
    max_steps: u64,
    rng: Pcg64Mcg,
    /// Machine ids, highest priority first.
    priorities: Vec<u32>,
    change_points: Vec<u64>,
}

impl PctStrategy {
    pub fn new(seed: u64, depth: u32, max_steps: u64) -> Self {
        PctStrategy {
            seed,
            depth,
            max_steps: max_steps.max(1),
            rng: Pcg64Mcg::seed_from_u64(seed),
            priorities: Vec::new(),
            change_points: Vec::new(),
        }
    }
}

impl Strategy for PctStrategy {
    fn begin(&mut self, index: u64) {
        self.rng = Pcg64Mcg::seed_from_u64(execution_seed(self.seed, index));
        self.priorities.clear();
        self.change_points.clear();
        let bound = self.max_steps.min(u32::MAX as u64) as u32;
        for _ in 1..self.depth.max(1) {
            self.change_points.push(below(&mut self.rng, bound) as u64 + 1);
        }
        self.change_points.sort_unstable();
    }

    fn on_create(&mut self, id: u32) {
        // A new machine takes a random position among the existing priorities.
        let position = below(&mut self.rng, self.priorities.len() as u32 + 1) as usize;
        self.priorities.insert(position.min(self.priorities.len()), id);
    }

    fn next_machine(&mut self, enabled: &[u32], step: u64) -> u32 {
        for &id in enabled {
            if !self.priorities.contains(&id) {
                self.on_create(id);
            }
        }
        let pick = self.priorities.iter().copied().find(|id| enabled.contains(id)).unwrap_or(0);
        if self.change_points.binary_search(&step).is_ok() {
            if let Some(i) = self.priorities.iter().position(|&id| id == pick) {
                let id = self.priorities.remove(i);
                self.priorities.push(id);
            }
            return self.priorities.iter().copied().find(|id| enabled.contains(id)).unwrap_or(pick);
        }
        pick
    }

    fn next_bool(&mut self) -> bool {
        below(&mut self.rng, 2) == 0
    }

    fn next_int(&mut self, bound: u32) -> u32 {
        below(&mut self.rng, bound)
    }

    fn is_fair(&self) -> bool {
        false
    }

    fn maybe_fault(&mut self, _point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        random_fault(&mut self.rng, options)
    }
}

/// Forces a recorded schedule; reports where the execution stops fitting it.
pub struct ReplayStrategy {
    choices: Vec<Choice>,
    position: usize,
    /// The first divergence: (choice index, what was expected, what happened).
    pub divergence: Option<(usize, String)>,
    fair: bool,
}

impl ReplayStrategy {
    pub fn new(choices: Vec<Choice>, fair: bool) -> Self {
        ReplayStrategy { choices, position: 0, divergence: None, fair }
    }

    fn next(&mut self) -> Option<Choice> {
        let c = self.choices.get(self.position).copied();
        self.position += 1;
        c
    }

    fn diverge(&mut self, what: String) {
        if self.divergence.is_none() {
            self.divergence = Some((self.position.saturating_sub(1), what));
        }
    }

    pub fn consumed_all(&self) -> bool {
        self.position >= self.choices.len()
    }
}

impl Strategy for ReplayStrategy {
    fn begin(&mut self, _index: u64) {
        self.position = 0;
    }

    fn next_machine(&mut self, enabled: &[u32], _step: u64) -> u32 {
        match self.next() {
            Some(Choice::Schedule(id)) if enabled.contains(&id) => id,
            Some(Choice::Schedule(id)) => {
                self.diverge(format!("the schedule runs machine {id}, which is not enabled (enabled: {enabled:?})"));
                enabled.first().copied().unwrap_or(0)
            }
            Some(other) => {
                self.diverge(format!("the schedule has {other}, but the program asks which machine runs"));
                enabled.first().copied().unwrap_or(0)
            }
            None => {
                self.diverge("the program runs longer than the schedule".to_string());
                enabled.first().copied().unwrap_or(0)
            }
        }
    }

    fn next_bool(&mut self) -> bool {
        match self.next() {
            Some(Choice::Bool(b)) => b,
            other => {
                self.diverge(format!("the program asks for a boolean choice, the schedule has {}", describe(other)));
                false
            }
        }
    }

    fn next_int(&mut self, bound: u32) -> u32 {
        match self.next() {
            Some(Choice::Int(i)) if i < bound => i,
            other => {
                self.diverge(format!("the program asks for a number below {bound}, the schedule has {}", describe(other)));
                0
            }
        }
    }

    fn is_fair(&self) -> bool {
        self.fair
    }

    /// A fault is injected where the schedule recorded one for this very opportunity.
    fn maybe_fault(&mut self, point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        match self.choices.get(self.position) {
            Some(Choice::Fault { point: p, op }) if *p == point && options.contains(op) => {
                let op = *op;
                self.position += 1;
                Some(op)
            }
            _ => None,
        }
    }
}

fn describe(choice: Option<Choice>) -> String {
    choice.map_or_else(|| "nothing left".to_string(), |c| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_strategy_is_a_pure_function_of_seed_and_index() {
        let mut a = RandomStrategy::new(42);
        let mut b = RandomStrategy::new(42);
        a.begin(7);
        b.begin(7);
        let xs: Vec<u32> = (0..50).map(|_| a.next_int(1000)).collect();
        let ys: Vec<u32> = (0..50).map(|_| b.next_int(1000)).collect();
        assert_eq!(xs, ys);
        b.begin(8);
        let zs: Vec<u32> = (0..50).map(|_| b.next_int(1000)).collect();
        assert_ne!(xs, zs, "different executions draw different streams");
    }

    #[test]
    fn random_choices_stay_in_bounds_and_cover_them() {
        let mut s = RandomStrategy::new(1);
        s.begin(0);
        let mut seen = [false; 3];
        for _ in 0..200 {
            let i = s.next_int(3) as usize;
            assert!(i < 3);
            if let Some(slot) = seen.get_mut(i) {
                *slot = true;
            }
        }
        assert_eq!(seen, [true; 3]);
        assert_eq!(s.next_machine(&[5], 0), 5);
    }

    #[test]
    fn pct_runs_the_highest_priority_machine_until_a_change_point() {
        let mut s = PctStrategy::new(3, 1, 100);
        s.begin(0);
        let first = s.next_machine(&[1, 2, 3], 1);
        for step in 2..20 {
            assert_eq!(s.next_machine(&[1, 2, 3], step), first, "depth 1 has no change points");
        }
    }

    #[test]
    fn replay_reports_the_first_divergence() {
        let mut r = ReplayStrategy::new(vec![Choice::Schedule(1), Choice::Bool(true)], true);
        r.begin(0);
        assert_eq!(r.next_machine(&[1, 2], 1), 1);
        assert_eq!(r.next_int(4), 0);
        assert!(r.divergence.as_ref().is_some_and(|(at, _)| *at == 1));
    }
}
