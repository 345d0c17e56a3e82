//! Exhaustive explicit-state search: every schedule and every nondeterministic choice, each distinct state
//! visited once (by 64-bit fingerprint), depth-first or breadth-first, in resumable slices.
//!
//! A transition is one scheduling step of one enabled machine together with the values of the choices it
//! makes (`$`, `choose`). The choices inside a step are enumerated by re-running the step from a copy of the
//! state with each choice prefix in turn, so nothing about a step must be known before it runs. A found
//! bug's path is a list of [`Choice`]s in the same form random testing records, so it replays the same way.

use super::run::Found;
use super::schedule::Choice;
use super::{replay, CheckOptions};
use crate::ir::{Program, Test};
use crate::runtime::bug::{Bug, BugKind};
use crate::runtime::faults::{self, FaultOp, FaultSpec};
use crate::runtime::system::{Chooser, System};
use std::collections::{HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already well-mixed 64-bit fingerprints.
#[derive(Default)]
pub struct FingerprintHasher(u64);

impl Hasher for FingerprintHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Visited = HashSet<u64, BuildHasherDefault<FingerprintHasher>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    DepthFirst,
    BreadthFirst,
}

/// Bounds of an exhaustive search; `None` is unbounded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExhaustiveOptions {
    pub order: Order,
    /// Transitions from the initial state beyond which states are not expanded.
    pub max_depth: Option<u64>,
    /// Distinct states after which the search stops.
    pub max_states: Option<u64>,
    /// Faults to inject: every fault at every opportunity is a branch of the search.
    pub faults: FaultSpec,
}

impl Default for ExhaustiveOptions {
    fn default() -> Self {
        ExhaustiveOptions { order: Order::DepthFirst, max_depth: None, max_states: Some(10_000_000), faults: FaultSpec::default() }
    }
}

/// What an exhaustive search established.
#[derive(Clone, Debug)]
pub struct ExhaustiveReport {
    /// Distinct states visited.
    pub states: u64,
    /// Transitions taken (including those reaching already visited states).
    pub transitions: u64,
    /// The longest path explored.
    pub max_depth: u64,
    /// Which bound stopped the search before it covered every reachable state (`None`: it covered them
    /// all, so no bug within them is a real statement).
    pub stopped_by: Option<&'static str>,
    pub found: Option<Found>,
    /// Bytes the visited set takes per state (its table, not the states themselves).
    pub visited_bytes_per_state: f64,
}

#[derive(Clone, Debug)]
pub enum ExhaustiveProgress {
    Running { states: u64, transitions: u64, depth: u64 },
    Done(ExhaustiveReport),
}

/// Follows a prefix of choice indices, then takes 0 for every new choice, recording each choice's arity.
struct TreeChooser {
    prefix: Vec<u32>,
    taken: Vec<(u32, u32)>,
}

impl TreeChooser {
    fn pick(&mut self, arity: u32) -> u32 {
        let value = self.prefix.get(self.taken.len()).copied().unwrap_or(0).min(arity.saturating_sub(1));
        self.taken.push((value, arity));
        value
    }

    /// The next prefix in depth-first order over the choices of this step, if any is left.
    fn next_prefix(&self) -> Option<Vec<u32>> {
        let i = self.taken.iter().rposition(|(value, arity)| value + 1 < *arity)?;
        let mut next: Vec<u32> = self.taken.iter().take(i).map(|(v, _)| *v).collect();
        next.push(self.taken.get(i).map_or(0, |(v, _)| v + 1));
        Some(next)
    }
}

/// What kind of choice each pick of a step was, so that the path replays through the same chooser calls.
enum Pick {
    Bool,
    Int,
    /// A fault opportunity: index 0 declines, index `k` takes `options[k - 1]`.
    Fault { point: u64, options: Vec<FaultOp> },
}

struct KindedChooser {
    tree: TreeChooser,
    picks: Vec<Pick>,
}

impl Chooser for KindedChooser {
    fn choose_bool(&mut self) -> bool {
        self.picks.push(Pick::Bool);
        self.tree.pick(2) == 0
    }

    fn choose_int(&mut self, bound: u32) -> u32 {
        self.picks.push(Pick::Int);
        self.tree.pick(bound.max(1))
    }

    fn choose_fault(&mut self, point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        let k = self.tree.pick(options.len() as u32 + 1) as usize;
        self.picks.push(Pick::Fault { point, options: options.to_vec() });
        k.checked_sub(1).and_then(|i| options.get(i).copied())
    }
}

impl KindedChooser {
    fn new(prefix: Vec<u32>) -> Self {
        KindedChooser { tree: TreeChooser { prefix, taken: Vec::new() }, picks: Vec::new() }
    }

    /// The choices of a machine's step, as a recorder would have written them (declined faults leave none).
    fn choices(&self, machine: u32) -> Vec<Choice> {
        let mut choices = vec![Choice::Schedule(machine)];
        for (&(value, _), pick) in self.tree.taken.iter().zip(self.picks.iter()) {
            match pick {
                Pick::Bool => choices.push(Choice::Bool(value == 0)),
                Pick::Int => choices.push(Choice::Int(value)),
                Pick::Fault { point, options } => {
                    if let Some(op) = (value as usize).checked_sub(1).and_then(|i| options.get(i)) {
                        choices.push(Choice::Fault { point: *point, op: *op });
                    }
                }
            }
        }
        choices
    }
}

/// Declines every scheduling-decision fault, or takes exactly one.
struct FaultDecision(Option<FaultOp>);

impl Chooser for FaultDecision {
    fn choose_bool(&mut self) -> bool {
        false
    }

    fn choose_int(&mut self, _bound: u32) -> u32 {
        0
    }

    fn choose_fault(&mut self, _point: u64, options: &[FaultOp]) -> Option<FaultOp> {
        self.0.filter(|op| options.contains(op))
    }
}

/// One way to leave a state: inject a scheduling fault, or run a machine's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Fault(FaultOp),
    Machine(u32),
}

fn moves_of(state: &System<'_>) -> Vec<Move> {
    let mut enabled = Vec::new();
    state.enabled(&mut enabled);
    let mut moves: Vec<Move> = state.scheduling_faults().into_iter().map(Move::Fault).collect();
    moves.extend(enabled.into_iter().map(Move::Machine));
    moves
}

/// Runs one move from `state` (a copy), with `prefix` for the choices inside a machine's step. Returns the
/// result, the choices the move recorded, and the prefix of the next transition of the same move.
fn run_move<'p>(state: &System<'p>, mv: Move, prefix: Vec<u32>) -> (System<'p>, Result<(), Bug>, Vec<Choice>, Option<Vec<u32>>) {
    let mut next = state.clone();
    match mv {
        Move::Fault(op) => {
            next.offer_scheduling_faults(&mut FaultDecision(Some(op)));
            let point = next.fault_points();
            (next, Ok(()), vec![Choice::Fault { point, op }], None)
        }
        Move::Machine(machine) => {
            next.offer_scheduling_faults(&mut FaultDecision(None));
            let mut chooser = KindedChooser::new(prefix);
            let result = next.step(machine, &mut chooser);
            let choices = chooser.choices(machine);
            (next, result, choices, chooser.tree.next_prefix())
        }
    }
}

/// A state on the depth-first stack, with where its enumeration of transitions stands.
struct DfsFrame<'p> {
    state: System<'p>,
    /// Whether no machine is enabled (an execution may end here).
    quiescent: bool,
    moves: Vec<Move>,
    next_move: usize,
    /// The choice prefix of the next transition of `moves[next_move]` (`None`: its first).
    prefix: Option<Vec<u32>>,
    /// The transition that led here from the frame below.
    via: Vec<Choice>,
    fingerprint: u64,
}

/// A node of the breadth-first search tree, for rebuilding paths.
struct BfsNode {
    parent: u32,
    via: Vec<Choice>,
}

/// A resumable exhaustive search of one test.
pub struct Exhaustive<'p> {
    program: &'p Program,
    test: &'p Test,
    options: ExhaustiveOptions,
    visited: Visited,
    transitions: u64,
    max_depth: u64,
    stopped_by: Option<&'static str>,
    found: Option<Found>,
    dfs: Vec<DfsFrame<'p>>,
    /// Fingerprint → position on the depth-first stack, to recognise cycles (liveness lassos).
    on_stack: std::collections::HashMap<u64, usize, BuildHasherDefault<FingerprintHasher>>,
    bfs: VecDeque<(System<'p>, u32, u64)>,
    nodes: Vec<BfsNode>,
    finished: bool,
}

impl<'p> Exhaustive<'p> {
    pub fn new(program: &'p Program, test: &'p Test, options: ExhaustiveOptions) -> Self {
        let mut search = Exhaustive {
            program,
            test,
            options,
            visited: Visited::default(),
            transitions: 0,
            max_depth: 0,
            stopped_by: None,
            found: None,
            dfs: Vec::new(),
            on_stack: Default::default(),
            bfs: VecDeque::new(),
            nodes: Vec::new(),
            finished: false,
        };
        // Monitors' start entries cannot make choices (they cannot use `$` or `choose`).
        let mut chooser = KindedChooser::new(Vec::new());
        match System::new(program, test, false, &mut chooser) {
            Ok(mut initial) => {
                if let Ok(resolved) = faults::resolve(&search.options.faults, program, test) {
                    if !resolved.is_empty() {
                        initial.set_faults(resolved.into());
                    }
                }
                search.visited.insert(initial.fingerprint());
                match search.options.order {
                    Order::DepthFirst => {
                        let frame = frame_of(initial, Vec::new());
                        search.on_stack.insert(frame.fingerprint, 0);
                        search.dfs.push(frame);
                    }
                    Order::BreadthFirst => {
                        search.nodes.push(BfsNode { parent: u32::MAX, via: Vec::new() });
                        search.bfs.push_back((initial, 0, 0));
                    }
                }
            }
            Err(bug) => search.report_bug(bug, Vec::new()),
        }
        search
    }

    fn report_bug(&mut self, bug: Bug, path: Vec<Choice>) {
        // The replay must not stop before the path does: bound it by the path's length (exactly, for a
        // lasso, whose path ends where its cycle closes).
        let bound = if bug.kind == BugKind::Liveness && bug.message.contains("lasso") {
            path.len() as u64
        } else {
            (path.len() as u64 + 1).max(CheckOptions::default().max_fair_steps)
        };
        let options = CheckOptions {
            liveness_threshold: None,
            faults: self.options.faults.clone(),
            max_steps: bound,
            max_fair_steps: bound,
            ..CheckOptions::default()
        };
        let replayed = replay(self.program, self.test, &path, false, &options);
        let steps = path.len() as u64;
        self.found = Some(Found { bug, schedule_index: 0, choices: path, steps, log: replayed.execution.log, snapshots: replayed.execution.snapshots });
        self.finished = true;
    }

    fn states(&self) -> u64 {
        self.visited.len() as u64
    }

    /// Runs up to `budget` transitions.
    pub fn step(&mut self, budget: u64) -> ExhaustiveProgress {
        let mut done = 0;
        while !self.finished && done < budget {
            done += 1;
            match self.options.order {
                Order::DepthFirst => self.dfs_step(),
                Order::BreadthFirst => self.bfs_step(),
            }
        }
        if self.finished {
            ExhaustiveProgress::Done(self.report())
        } else {
            let depth = match self.options.order {
                Order::DepthFirst => self.dfs.len() as u64,
                Order::BreadthFirst => self.max_depth,
            };
            ExhaustiveProgress::Running { states: self.states(), transitions: self.transitions, depth }
        }
    }

    pub fn report(&self) -> ExhaustiveReport {
        // The table's buckets (one 8-byte fingerprint and one control byte each; capacity is 7/8 of them).
        let table_bytes = self.visited.capacity() as f64 * 9.0 * 8.0 / 7.0;
        ExhaustiveReport {
            states: self.states(),
            transitions: self.transitions,
            max_depth: self.max_depth,
            stopped_by: self.stopped_by,
            found: self.found.clone(),
            visited_bytes_per_state: if self.visited.is_empty() { 0.0 } else { table_bytes / self.visited.len() as f64 },
        }
    }

    fn within_state_bound(&mut self) -> bool {
        match self.options.max_states {
            Some(max) if self.states() >= max => {
                self.stopped_by = Some("max-states");
                self.finished = true;
                false
            }
            _ => true,
        }
    }

    fn dfs_path(&self) -> Vec<Choice> {
        self.dfs.iter().flat_map(|f| f.via.iter().copied()).collect()
    }

    fn dfs_step(&mut self) {
        let depth = self.dfs.len() as u64;
        let max_depth = self.options.max_depth;
        let Some(frame) = self.dfs.last_mut() else {
            self.finished = true;
            return;
        };
        let Some(&mv) = frame.moves.get(frame.next_move) else {
            self.pop_frame();
            return;
        };
        if max_depth.is_some_and(|max| depth > max) {
            self.stopped_by.get_or_insert("max-depth");
            self.pop_frame();
            return;
        }
        let (next, result, via, next_prefix) = run_move(&frame.state, mv, frame.prefix.take().unwrap_or_default());
        match next_prefix {
            Some(prefix) => frame.prefix = Some(prefix),
            None => frame.next_move += 1,
        }
        self.transitions += 1;
        if let Err(bug) = result {
            let mut path = self.dfs_path();
            path.extend(via);
            self.report_bug(bug, path);
            return;
        }
        let fingerprint = next.fingerprint();
        if let Some(&start) = self.on_stack.get(&fingerprint) {
            if let Some(bug) = self.hot_fair_cycle(start, &via) {
                let mut path = self.dfs_path();
                path.extend(via);
                self.report_bug(bug, path);
            }
            return;
        }
        if !self.visited.insert(fingerprint) {
            return;
        }
        if !self.within_state_bound() {
            return;
        }
        self.max_depth = self.max_depth.max(depth);
        let frame = frame_of(next, via);
        if frame.quiescent {
            if let Some(bug) = frame.state.end_of_execution_bug() {
                let mut path = self.dfs_path();
                path.extend(frame.via.iter().copied());
                self.report_bug(bug, path);
                return;
            }
        }
        self.on_stack.insert(frame.fingerprint, self.dfs.len());
        self.dfs.push(frame);
    }

    fn pop_frame(&mut self) {
        if let Some(frame) = self.dfs.pop() {
            self.on_stack.remove(&frame.fingerprint);
        }
    }

    /// A cycle closed by `closing` back to stack position `start`: a liveness bug if one monitor is hot in
    /// every state of it and it is fair (every machine enabled throughout the cycle takes a step in it).
    fn hot_fair_cycle(&self, start: usize, closing: &[Choice]) -> Option<Bug> {
        let cycle = self.dfs.get(start..)?;
        let hot = cycle.iter().fold(u64::MAX, |mask, f| mask & f.state.hot_mask());
        if hot == 0 {
            return None;
        }
        let always_enabled: Vec<u32> = cycle
            .iter()
            .map(|f| f.moves.iter().filter_map(|m| if let Move::Machine(id) = m { Some(*id) } else { None }).collect::<Vec<_>>())
            .reduce(|a, b| a.into_iter().filter(|id| b.contains(id)).collect())
            .unwrap_or_default();
        let stepped: Vec<u32> = cycle
            .iter()
            .skip(1)
            .map(|f| f.via.as_slice())
            .chain(std::iter::once(closing))
            .filter_map(|via| if let Some(Choice::Schedule(id)) = via.first() { Some(*id) } else { None })
            .collect();
        if !always_enabled.iter().all(|id| stepped.contains(id)) {
            return None;
        }
        let index = hot.trailing_zeros() as usize;
        let (monitor, state) = cycle.first()?.state.monitor_state(index)?;
        let length = cycle.len();
        let message = format!(
            "{monitor} detected liveness bug in hot state '{state}': a fair cycle of {length} steps keeps it hot forever (a lasso: the last {length} steps of this trace repeat)."
        );
        Some(Bug::new(BugKind::Liveness, message, None))
    }

    fn bfs_path(&self, mut node: u32) -> Vec<Choice> {
        let mut pieces = Vec::new();
        while let Some(n) = self.nodes.get(node as usize) {
            pieces.push(n.via.clone());
            node = n.parent;
        }
        pieces.reverse();
        pieces.into_iter().flatten().collect()
    }

    /// Expands one state: all of its transitions.
    fn bfs_step(&mut self) {
        let Some((state, node, depth)) = self.bfs.pop_front() else {
            self.finished = true;
            return;
        };
        if enabled_of(&state).is_empty() {
            if let Some(bug) = state.end_of_execution_bug() {
                let path = self.bfs_path(node);
                self.report_bug(bug, path);
                return;
            }
        }
        let moves = moves_of(&state);
        if !moves.is_empty() && self.options.max_depth.is_some_and(|max| depth >= max) {
            self.stopped_by.get_or_insert("max-depth");
            return;
        }
        for mv in moves {
            let mut prefix = Some(Vec::new());
            while let Some(p) = prefix.take() {
                let (next, result, via, next_prefix) = run_move(&state, mv, p);
                prefix = next_prefix;
                self.transitions += 1;
                if let Err(bug) = result {
                    let mut path = self.bfs_path(node);
                    path.extend(via);
                    self.report_bug(bug, path);
                    return;
                }
                if !self.visited.insert(next.fingerprint()) {
                    continue;
                }
                if !self.within_state_bound() {
                    return;
                }
                self.max_depth = self.max_depth.max(depth + 1);
                self.nodes.push(BfsNode { parent: node, via });
                self.bfs.push_back((next, self.nodes.len() as u32 - 1, depth + 1));
            }
        }
    }
}

fn frame_of<'p>(state: System<'p>, via: Vec<Choice>) -> DfsFrame<'p> {
    let quiescent = enabled_of(&state).is_empty();
    let moves = moves_of(&state);
    let fingerprint = state.fingerprint();
    DfsFrame { state, quiescent, moves, next_move: 0, prefix: None, via, fingerprint }
}

fn enabled_of(state: &System<'_>) -> Vec<u32> {
    let mut enabled = Vec::new();
    state.enabled(&mut enabled);
    enabled
}
