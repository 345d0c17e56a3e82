//! The world of one execution: every machine and monitor of a test, advanced one scheduling step at a time.
//!
//! A step runs one enabled machine from where it stopped to its next scheduling point (before a send takes
//! effect, after a create, after a dequeue, before an `on null` check, when a `receive` blocks or finds its
//! event, and when the machine runs out of work), exactly the points at which P's checker lets another machine
//! run. Nondeterministic values (`$`, `choose`) are asked of a [`Chooser`]; which machine runs is decided by
//! the caller. Nothing here draws random numbers, so a list of choices replays an execution exactly.

use super::bug::{Bug, BugKind};
use super::coverage::Coverage;
use super::faults::{FaultKind, FaultOp, ResolvedFault};
use super::log::{LogEntry, LogKind, MachineSnapshot, Snapshot};
use super::machine::{Frame, Machine, PendingSend, Status, Todo};
use super::ops::{self, OpError};
use super::value::{render, EventId, InterfaceId, MachineRef, MachineTypeId, Value};
use crate::ir::{FunId, Handler, Instr, MachineKind, PlaceRoot, Program, RtType, StateId, Temperature, Test, HALT};
use std::rc::Rc;

/// The source of nondeterministic values inside a step.
pub trait Chooser {
    /// `$`, `$$`, `choose()`.
    fn choose_bool(&mut self) -> bool;
    /// A number in `0..bound` (`bound` ≥ 1): `choose(n)` and the index chosen from a collection.
    fn choose_int(&mut self, bound: u32) -> u32;
    /// Whether to inject one of `options` at the `point`-th opportunity for a fault (`None`: no fault).
    fn choose_fault(&mut self, _point: u64, _options: &[FaultOp]) -> Option<FaultOp> {
        None
    }
    /// Has the execution reached its step bound? (Choices count as steps; P ends the execution there.)
    fn out_of_steps(&self) -> bool {
        false
    }
}

/// How the interpreter stopped running a machine's code.
enum Flow {
    /// At a scheduling point; the machine has more to do.
    Yield,
    /// The outermost frame returned: the handler (or entry/exit) is done.
    Returned,
    Raise(EventId, Value),
    Goto(StateId, Value),
    /// Blocked in a `receive`.
    Blocked,
}

/// How much work one step may do before it is stopped as an infinite loop: instructions plus handler
/// transitions, without reaching a scheduling point.
pub const STEP_FUEL: u64 = 50_000_000;

/// How deep function calls may nest in one machine (recursion bound).
pub const MAX_CALL_DEPTH: usize = 10_000;

/// At most this many log entries are kept for one execution (a runaway execution's log is cut).
pub const MAX_LOG: usize = 100_000;

#[derive(Clone)]
pub struct System<'p> {
    /// Work left in the current step (see [`STEP_FUEL`]).
    fuel: u64,
    program: &'p Program,
    test: &'p Test,
    /// Machine with id `n` is at index `n - 1`. Shared, so that copying a system for exhaustive search
    /// copies pointers; a machine is copied only when it changes ([`Rc::make_mut`]).
    machines: Vec<Rc<Machine>>,
    monitors: Vec<Rc<Machine>>,
    /// The placeholder swapped into a slot while its machine runs.
    spare: Option<Rc<Machine>>,
    log: Option<Vec<LogEntry>>,
    /// The scheduling step being run, recorded in log entries.
    current_step: u64,
    /// Coverage counters, when the check collects them.
    coverage: Option<Box<Coverage>>,
    /// The check's fault model, and what is left of each fault's budget in this execution.
    faults: Rc<[ResolvedFault]>,
    budgets: Vec<u32>,
    /// Machines cut off by a partition fault (sorted ids).
    partitioned: Vec<u32>,
    /// Opportunities for faults so far (numbers the fault choices of a schedule).
    fault_points: u64,
    /// Liveness: a monitor hot for more than this many steps and choices is a bug (`None`: not checked).
    liveness_threshold: Option<u64>,
    /// Each monitor's liveness temperature (steps spent hot since it last entered a cold state).
    temperatures: Vec<u64>,
    /// The index of the monitor being driven (its slot holds a placeholder meanwhile).
    running_monitor: Option<usize>,
}

impl<'p> System<'p> {
    /// Starts the test's monitors (running their start entries) and creates the main machine.
    pub fn new(program: &'p Program, test: &'p Test, logging: bool, chooser: &mut dyn Chooser) -> Result<System<'p>, Bug> {
        let mut system = System {
            fuel: STEP_FUEL,
            program,
            test,
            machines: Vec::new(),
            monitors: Vec::new(),
            spare: None,
            log: logging.then(Vec::new),
            current_step: 0,
            coverage: None,
            faults: Rc::from(Vec::new()),
            budgets: Vec::new(),
            partitioned: Vec::new(),
            fault_points: 0,
            liveness_threshold: None,
            temperatures: vec![0; test.monitors.len()],
            running_monitor: None,
        };
        for (index, &ty) in test.monitors.iter().enumerate() {
            let mut monitor = Machine::new(0, ty, program, Value::Null);
            system.running_monitor = Some(index);
            system.drive(&mut monitor, chooser, true)?;
            system.monitors.push(Rc::new(monitor));
        }
        let main = Rc::new(Machine::new(1, test.main, program, Value::Null));
        system.machines.push(main);
        if system.log.is_some() {
            let name = system.machine_name(1);
            system.push_log(LogKind::Create, name.clone(), None, None, None, None, format!("{name} was created by the test."));
        }
        Ok(system)
    }

    pub fn program(&self) -> &'p Program {
        self.program
    }

    pub fn machines(&self) -> &[Rc<Machine>] {
        &self.machines
    }

    pub fn monitors(&self) -> &[Rc<Machine>] {
        &self.monitors
    }

    fn placeholder(&mut self) -> Rc<Machine> {
        self.spare.take().unwrap_or_else(|| Rc::new(Machine::placeholder()))
    }

    /// Ids of the machines that can run, in increasing order.
    pub fn enabled(&self, out: &mut Vec<u32>) {
        out.clear();
        out.extend(self.machines.iter().filter(|m| m.is_enabled(self.program)).map(|m| m.id));
    }

    /// The bug of an execution that ends here (nothing enabled): machines blocked in `receive` (a deadlock,
    /// named as P names them), else a monitor left in a hot state.
    pub fn end_of_execution_bug(&self) -> Option<Bug> {
        let blocked: Vec<String> =
            self.machines.iter().filter(|m| matches!(m.status, Status::Blocked(_))).map(|m| self.name_of(m)).collect();
        if !blocked.is_empty() {
            let mut names = String::new();
            for (i, name) in blocked.iter().enumerate() {
                names.push(' ');
                names.push_str(name);
                if i + 2 == blocked.len() {
                    names.push_str(" and");
                } else if i + 1 < blocked.len() {
                    names.push(',');
                }
            }
            let verb = if blocked.len() == 1 { "is" } else { "are" };
            let message =
                format!("Deadlock detected.{names} {verb} waiting to receive an event, but no other controlled tasks are enabled.");
            return Some(Bug::new(BugKind::Deadlock, message, None));
        }
        let (monitor, state) = self.hot_monitors().into_iter().next()?;
        let message = format!("{monitor} detected liveness bug in hot state '{state}' at the end of program execution.");
        Some(Bug::new(BugKind::Liveness, message, None))
    }

    /// Monitors (not scenarios) currently in a hot state: `(monitor name, state name)`.
    pub fn hot_monitors(&self) -> Vec<(Rc<str>, Rc<str>)> {
        self.monitors
            .iter()
            .filter_map(|m| {
                let ty = self.program.machines.get(m.ty.0 as usize)?;
                let state = ty.states.get(m.state.0 as usize)?;
                (ty.kind == MachineKind::Spec && state.temperature == Temperature::Hot)
                    .then(|| (ty.name.clone(), state.name.clone()))
            })
            .collect()
    }

    /// Which spec monitors are in a hot state, as a bit set over their indexes (the first 64).
    pub fn hot_mask(&self) -> u64 {
        let mut mask = 0u64;
        for (i, m) in self.monitors.iter().enumerate().take(64) {
            let hot = self
                .program
                .machines
                .get(m.ty.0 as usize)
                .and_then(|ty| Some((ty.kind, ty.states.get(m.state.0 as usize)?.temperature)))
                .is_some_and(|(kind, t)| kind == MachineKind::Spec && t == Temperature::Hot);
            if hot {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// The name of monitor `index` and of its current state.
    pub fn monitor_state(&self, index: usize) -> Option<(Rc<str>, Rc<str>)> {
        let m = self.monitors.get(index)?;
        let ty = self.program.machines.get(m.ty.0 as usize)?;
        Some((ty.name.clone(), ty.states.get(m.state.0 as usize)?.name.clone()))
    }

    /// A 64-bit fingerprint of everything that determines the system's future: every machine's and
    /// monitor's state, variables, inbox, suspended code and pending work (not logs or error context).
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{BuildHasher, Hash, Hasher};
        let mut hasher = foldhash::quality::FixedState::with_seed(0xf1).build_hasher();
        self.machines.len().hash(&mut hasher);
        for m in self.machines.iter().chain(self.monitors.iter()) {
            hasher.write_u64(m.state_hash());
        }
        self.budgets.hash(&mut hasher);
        self.partitioned.hash(&mut hasher);
        hasher.finish()
    }

    /// Turns on liveness temperature checking (fair strategies), as P's `TemperatureCheckingStrategy`.
    pub fn set_liveness_threshold(&mut self, threshold: Option<u64>) {
        self.liveness_threshold = threshold;
    }

    /// One scheduling decision or nondeterministic choice: every monitor in a hot state warms up, and one
    /// hot for longer than the threshold is a (potential) liveness bug.
    pub fn tick(&mut self) -> Result<(), Bug> {
        let Some(threshold) = self.liveness_threshold else { return Ok(()) };
        for (index, monitor) in self.monitors.iter().enumerate() {
            let Some(ty) = self.program.machines.get(monitor.ty.0 as usize) else { continue };
            let Some(state) = ty.states.get(monitor.state.0 as usize) else { continue };
            if ty.kind != MachineKind::Spec || state.temperature != Temperature::Hot {
                continue;
            }
            if let Some(t) = self.temperatures.get_mut(index) {
                *t += 1;
                if *t > threshold {
                    let message = format!("{} detected potential liveness bug in hot state '{}'.", ty.name, state.name);
                    return Err(Bug::new(BugKind::Liveness, message, None));
                }
            }
        }
        Ok(())
    }

    /// Sets the fault model of this execution (call right after [`System::new`]).
    pub fn set_faults(&mut self, faults: Rc<[ResolvedFault]>) {
        self.budgets = faults.iter().map(|f| f.budget).collect();
        self.faults = faults;
    }

    fn fault_index(&self, kind: FaultKind, ty: MachineTypeId) -> Option<usize> {
        self.faults
            .iter()
            .enumerate()
            .position(|(i, f)| f.kind == kind && f.applies_to(ty) && (self.budgets.get(i).copied().unwrap_or(0) > 0 || matches!(kind, FaultKind::Reorder | FaultKind::Restart)))
    }

    fn spend(&mut self, kind: FaultKind, ty: MachineTypeId) {
        if let Some(i) = self.fault_index(kind, ty) {
            if let Some(b) = self.budgets.get_mut(i) {
                *b = b.saturating_sub(1);
            }
        }
    }

    /// The faults that could be injected now, at a scheduling decision: crashing, restarting, cutting off,
    /// healing or removing a machine, or a join event to a driver.
    pub fn scheduling_faults(&self) -> Vec<FaultOp> {
        let mut ops = Vec::new();
        if self.faults.is_empty() {
            return ops;
        }
        for m in self.machines.iter() {
            let alive = m.is_alive();
            let mut offer = |kind: FaultKind| ops.push(FaultOp { kind, machine: m.id });
            if alive && self.fault_index(FaultKind::Crash, m.ty).is_some() {
                offer(FaultKind::Crash);
            }
            if m.status == Status::Crashed && self.fault_index(FaultKind::Restart, m.ty).is_some() {
                offer(FaultKind::Restart);
            }
            let cut = self.partitioned.binary_search(&m.id).is_ok();
            if alive && (cut || self.fault_index(FaultKind::Partition, m.ty).is_some()) {
                offer(FaultKind::Partition);
            }
            if alive && self.fault_index(FaultKind::Leave, m.ty).is_some() {
                offer(FaultKind::Leave);
            }
        }
        for (i, fault) in self.faults.iter().enumerate() {
            if fault.kind == FaultKind::Join && self.budgets.get(i).copied().unwrap_or(0) > 0 {
                if let Some(driver) = self.machines.iter().find(|m| m.is_alive() && fault.applies_to(m.ty)) {
                    ops.push(FaultOp { kind: FaultKind::Join, machine: driver.id });
                }
            }
        }
        ops
    }

    /// Opportunities for faults offered so far in this execution.
    pub fn fault_points(&self) -> u64 {
        self.fault_points
    }

    /// Offers the scheduling-decision faults to `chooser`, and injects the one it takes (a step of its own).
    pub fn offer_scheduling_faults(&mut self, chooser: &mut dyn Chooser) -> Option<FaultOp> {
        let ops = self.scheduling_faults();
        if ops.is_empty() {
            return None;
        }
        self.fault_points += 1;
        let op = chooser.choose_fault(self.fault_points, &ops)?;
        self.apply_fault(op);
        Some(op)
    }

    /// Injects a scheduling-decision fault.
    pub fn apply_fault(&mut self, op: FaultOp) {
        let program = self.program;
        let index = (op.machine as usize).wrapping_sub(1);
        let Some(ty) = self.machines.get(index).map(|m| m.ty) else { return };
        let name = self.machine_name(op.machine);
        let text = match op.kind {
            FaultKind::Crash => {
                self.spend(FaultKind::Crash, ty);
                if let Some(m) = self.machines.get_mut(index).map(Rc::make_mut) {
                    m.touch();
                    m.clear_execution();
                    m.status = Status::Crashed;
                }
                format!("fault: {name} crashed.")
            }
            FaultKind::Restart => {
                if let Some(m) = self.machines.get_mut(index).map(Rc::make_mut) {
                    m.touch();
                    m.restart(program);
                }
                format!("fault: {name} restarted (durable variables kept).")
            }
            FaultKind::Partition => match self.partitioned.binary_search(&op.machine) {
                Ok(at) => {
                    self.partitioned.remove(at);
                    format!("fault: {name} is reconnected (partition healed).")
                }
                Err(at) => {
                    self.spend(FaultKind::Partition, ty);
                    self.partitioned.insert(at, op.machine);
                    format!("fault: {name} is cut off from every other machine (partition).")
                }
            },
            FaultKind::Leave => {
                self.spend(FaultKind::Leave, ty);
                if let Some(m) = self.machines.get_mut(index).map(Rc::make_mut) {
                    m.touch();
                    m.clear_execution();
                    m.status = Status::Halted;
                }
                format!("fault: {name} left (halted silently).")
            }
            FaultKind::Join => {
                let Some((i, event)) = self
                    .faults
                    .iter()
                    .enumerate()
                    .find(|(i, f)| f.kind == FaultKind::Join && f.applies_to(ty) && self.budgets.get(*i).copied().unwrap_or(0) > 0)
                    .and_then(|(i, f)| Some((i, f.join_event?)))
                else {
                    return;
                };
                if let Some(b) = self.budgets.get_mut(i) {
                    *b = b.saturating_sub(1);
                }
                // Delivered like any send (a partition cuts it off; a waiting `receive` takes it).
                if self.partitioned.binary_search(&op.machine).is_err() {
                    let target = self.machines.get(index).map(|m| MachineRef { id: m.id, ty: m.ty, iface: InterfaceId(u32::MAX) });
                    if let Some(target) = target {
                        let mut outside = Machine::placeholder();
                        self.enqueue(&mut outside, PendingSend { target, event, payload: Value::Null });
                    }
                }
                format!("fault: event '{}' sent to {name} (join).", self.event_name(event))
            }
            FaultKind::Drop | FaultKind::Dup | FaultKind::Reorder => return,
        };
        if self.log.is_some() {
            self.push_log(LogKind::Fault, name, None, None, None, None, text);
        }
    }

    /// Starts counting coverage (call right after [`System::new`]; monitors' start states are counted).
    pub fn enable_coverage(&mut self) {
        let mut coverage = Coverage::new(self.program);
        for m in self.monitors.iter() {
            coverage.entered(m.ty, m.state);
        }
        self.coverage = Some(Box::new(coverage));
    }

    pub fn take_coverage(&mut self) -> Option<Coverage> {
        self.coverage.take().map(|c| *c)
    }

    /// Tells the system which scheduling step runs next (for the log).
    pub fn set_step(&mut self, step: u64) {
        self.current_step = step;
    }

    /// Every machine and monitor as it stands now, rendered.
    pub fn snapshot(&self, step: u64) -> Snapshot {
        let program = self.program;
        let describe = |m: &Machine, monitor: bool| {
            let ty = program.machines.get(m.ty.0 as usize);
            let state = ty.and_then(|t| t.states.get(m.state.0 as usize));
            let status = if monitor {
                match state.map(|s| s.temperature) {
                    Some(Temperature::Hot) => "hot",
                    Some(Temperature::Cold) => "cold",
                    _ => "warm",
                }
            } else {
                match m.status {
                    Status::Active => "active",
                    Status::Idle => "idle",
                    Status::Blocked(_) => "blocked",
                    Status::Halted => "halted",
                    Status::Crashed => "crashed",
                }
            };
            let vars = ty
                .map(|t| {
                    t.fields
                        .iter()
                        .zip(m.fields.iter())
                        .map(|((name, _), value)| (name.to_string(), render(value, program)))
                        .collect()
                })
                .unwrap_or_default();
            let inbox = m
                .inbox
                .iter()
                .map(|(e, v)| {
                    let payload = render(v, program);
                    let name = self.event_name(*e);
                    if payload.is_empty() { name.to_string() } else { format!("{name}({payload})") }
                })
                .collect();
            MachineSnapshot {
                machine: self.name_of(m),
                state: state.map_or_else(String::new, |s| s.name.to_string()),
                status: status.to_string(),
                vars,
                inbox,
            }
        };
        Snapshot {
            step,
            machines: self.machines.iter().map(|m| describe(m, false)).collect(),
            monitors: self.monitors.iter().map(|m| describe(m, true)).collect(),
        }
    }

    pub fn take_log(&mut self) -> Vec<LogEntry> {
        self.log.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Runs machine `id` to its next scheduling point.
    pub fn step(&mut self, id: u32, chooser: &mut dyn Chooser) -> Result<(), Bug> {
        let index = (id as usize).wrapping_sub(1);
        if index >= self.machines.len() {
            return Err(Bug::new(BugKind::RuntimeError, format!("internal error: no machine with id {id}"), None));
        }
        let placeholder = self.placeholder();
        let Some(slot) = self.machines.get_mut(index) else { return Ok(()) };
        let mut machine = std::mem::replace(slot, placeholder);
        self.fuel = STEP_FUEL;
        let m = Rc::make_mut(&mut machine);
        m.touch();
        let result = self.run(m, chooser);
        if let Some(slot) = self.machines.get_mut(index) {
            self.spare = Some(std::mem::replace(slot, machine));
        }
        result
    }

    fn run(&mut self, m: &mut Machine, chooser: &mut dyn Chooser) -> Result<(), Bug> {
        if m.status == Status::Idle {
            m.status = Status::Active;
        }
        if let Some(send) = m.pending_send.take() {
            self.deliver(m, send, chooser);
        }
        self.drive(m, chooser, false)
    }

    /// The machine's main loop: run code, do pending transitions, take raised events, dequeue.
    /// For a monitor (`monitor`), it runs to completion and stops when there is nothing left to do.
    fn drive(&mut self, m: &mut Machine, chooser: &mut dyn Chooser, monitor: bool) -> Result<(), Bug> {
        loop {
            if self.fuel == 0 {
                return Err(self.out_of_fuel(m, None));
            }
            self.fuel -= 1;
            if !m.frames.is_empty() {
                match self.exec(m, chooser)? {
                    Flow::Yield | Flow::Blocked if monitor => {
                        return Err(self.internal(m, "a monitor reached a scheduling point"));
                    }
                    Flow::Yield | Flow::Blocked => return Ok(()),
                    Flow::Returned => {}
                    Flow::Raise(event, payload) => {
                        self.unwind(m);
                        self.log_event(LogKind::Raise, m, event, &payload, "raised");
                        m.raised = Some((event, payload));
                    }
                    Flow::Goto(state, payload) => {
                        self.unwind(m);
                        m.todo.push_back(Todo::Exit);
                        m.todo.push_back(Todo::Enter(state, payload));
                    }
                }
                continue;
            }
            if let Some(todo) = m.todo.pop_front() {
                match todo {
                    Todo::Exit => {
                        self.log_state(LogKind::StateExit, m, "exits");
                        if let Some(exit) = self.state_of(m).and_then(|s| s.exit) {
                            self.call(m, exit, Value::Null);
                        }
                    }
                    Todo::With(fun, payload) => self.call(m, fun, payload),
                    Todo::Enter(state, payload) => {
                        m.state = state;
                        // Entering a cold state cools a monitor down, even if it leaves it at once.
                        if monitor && self.state_of(m).is_some_and(|s| s.temperature == Temperature::Cold) {
                            if let Some(t) = self.running_monitor.and_then(|i| self.temperatures.get_mut(i)) {
                                *t = 0;
                            }
                        }
                        if let Some(c) = self.coverage.as_mut() {
                            c.entered(m.ty, state);
                        }
                        self.log_state(LogKind::StateEnter, m, "enters");
                        if let Some(entry) = self.state_of(m).and_then(|s| s.entry) {
                            self.call(m, entry, payload);
                        }
                    }
                    Todo::Handle(event, payload) => self.dispatch(m, event, payload, monitor)?,
                    Todo::Halt => {
                        let dropped = m.inbox.len();
                        m.inbox.clear();
                        m.status = Status::Halted;
                        if self.log.is_some() {
                            let name = self.name_of(m);
                            self.push_log(LogKind::Halt, name.clone(), None, None, None, None, format!("{name} halted with {dropped} events in its inbox."));
                        }
                        return Ok(());
                    }
                    Todo::Unhandled(event) => {
                        let message = format!(
                            "{} received event '{}' that cannot be handled.",
                            self.name_of(m),
                            self.event_name(event)
                        );
                        return Err(Bug::new(BugKind::UnhandledEvent, message, None));
                    }
                }
                continue;
            }
            if let Some((event, payload)) = m.raised.take() {
                self.dispatch(m, event, payload, monitor)?;
                continue;
            }
            if monitor {
                return Ok(());
            }
            let has_null = m.has_null_handler(self.program);
            if has_null && !m.null_point_taken {
                m.null_point_taken = true;
                return Ok(());
            }
            m.null_point_taken = false;
            match self.dequeue(m, chooser) {
                Some((event, payload)) => {
                    if let Some(c) = self.coverage.as_mut() {
                        c.received(m.ty, event);
                    }
                    self.log_event(LogKind::Dequeue, m, event, &payload, "dequeued");
                    m.todo.push_back(Todo::Handle(event, payload));
                    return Ok(());
                }
                None if has_null => {
                    let handler = self.state_of(m).and_then(|s| s.on_null).unwrap_or(Handler::None);
                    m.current_event = None;
                    if let Some(c) = self.coverage.as_mut() {
                        c.handled(m.ty, m.state, None);
                    }
                    self.run_handler(m, handler, Value::Null);
                }
                None => {
                    m.status = Status::Idle;
                    return Ok(());
                }
            }
        }
    }

    /// The next event for the machine: FIFO, or any dequeueable one under a `reorder` fault.
    fn dequeue(&mut self, m: &mut Machine, chooser: &mut dyn Chooser) -> Option<(EventId, Value)> {
        if !self.faults.is_empty() && self.fault_index(FaultKind::Reorder, m.ty).is_some() {
            let candidates = m.dequeueable(self.program);
            if candidates.len() > 1 {
                let pick = chooser.choose_int(candidates.len() as u32) as usize;
                let position = candidates.get(pick).copied().unwrap_or(0);
                return m.inbox.remove(position);
            }
        }
        m.dequeue(self.program)
    }

    fn unwind(&self, m: &mut Machine) {
        m.frames.clear();
        m.stack.clear();
        m.todo.clear();
    }

    fn dispatch(&mut self, m: &mut Machine, event: EventId, payload: Value, monitor: bool) -> Result<(), Bug> {
        m.current_event = Some(event);
        let handler = self.state_of(m).map_or(Handler::None, |s| s.handler(event));
        match handler {
            Handler::None if monitor => {
                let message =
                    format!("{} received event '{}' that cannot be handled.", self.name_of(m), self.event_name(event));
                return Err(Bug::new(BugKind::UnhandledEvent, message, None));
            }
            Handler::None => {
                m.todo.push_back(Todo::Exit);
                m.todo.push_back(if event == HALT { Todo::Halt } else { Todo::Unhandled(event) });
            }
            other => {
                if let (Some(c), Handler::Do(_) | Handler::Goto { .. }) = (self.coverage.as_mut(), other) {
                    c.handled(m.ty, m.state, Some(event));
                }
                self.run_handler(m, other, payload)
            }
        }
        Ok(())
    }

    fn run_handler(&mut self, m: &mut Machine, handler: Handler, payload: Value) {
        match handler {
            Handler::Do(fun) => self.call(m, fun, payload),
            Handler::Goto { target, with } => {
                m.todo.push_back(Todo::Exit);
                if let Some(fun) = with {
                    m.todo.push_back(Todo::With(fun, payload.clone()));
                }
                m.todo.push_back(Todo::Enter(target, payload));
            }
            // A raised event that is ignored is dropped; one that is deferred is lost, as in P.
            Handler::Ignore | Handler::Defer | Handler::None => {}
        }
    }

    /// Starts a handler-level call: a fresh frame on an empty stack.
    fn call(&self, m: &mut Machine, fun: FunId, payload: Value) {
        let Some(f) = self.program.functions.get(fun.0 as usize) else { return };
        let base = m.stack.len() as u32;
        if f.params >= 1 {
            m.stack.push(payload);
            for _ in 1..f.params {
                m.stack.push(Value::Null);
            }
        }
        m.stack.extend(f.local_defaults.iter().cloned());
        m.frames.push(Frame { fun, pc: 0, base });
    }

    fn state_of(&self, m: &Machine) -> Option<&'p crate::ir::State> {
        self.program.machines.get(m.ty.0 as usize)?.states.get(m.state.0 as usize)
    }

    fn machine_name(&self, id: u32) -> String {
        self.machines
            .get((id as usize).wrapping_sub(1))
            .map_or_else(|| format!("?({id})"), |m| self.name_of(m))
    }

    /// `Client(2)` for a machine, the type name for a monitor.
    fn name_of(&self, m: &Machine) -> String {
        let name = self.program.machines.get(m.ty.0 as usize).map_or("?", |t| &t.name);
        if m.id == 0 {
            name.to_string()
        } else {
            format!("{name}({})", m.id)
        }
    }

    fn event_name(&self, event: EventId) -> &'p str {
        self.program.events.get(event.0 as usize).map_or("?", |e| &e.name)
    }

    fn state_name(&self, m: &Machine) -> String {
        self.state_of(m).map_or_else(String::new, |s| s.name.to_string())
    }

    fn out_of_fuel(&self, m: &Machine, span: Option<crate::span::Span>) -> Bug {
        let message = format!(
            "{} ran {STEP_FUEL} operations in state '{}' without reaching a scheduling point: an infinite loop?",
            self.name_of(m),
            self.state_name(m)
        );
        Bug::new(BugKind::RuntimeError, message, span)
    }

    fn internal(&self, m: &Machine, what: &str) -> Bug {
        Bug::new(BugKind::RuntimeError, format!("internal error in {}: {what}", self.name_of(m)), None)
    }

    /// Puts a sent event into its target's inbox (or hands it to a waiting `receive`); dropped if the target
    /// halted or crashed, if either side is cut off by a partition, or by a `drop` fault; twice by a `dup`.
    fn deliver(&mut self, sender: &mut Machine, send: PendingSend, chooser: &mut dyn Chooser) {
        if !self.faults.is_empty() {
            let cut = |id: u32| self.partitioned.binary_search(&id).is_ok();
            if send.target.id != sender.id && (cut(sender.id) || cut(send.target.id)) {
                self.log_fault(sender, &send, "was lost: a partition separates sender and receiver");
                return;
            }
            let mut options = Vec::new();
            for kind in [FaultKind::Drop, FaultKind::Dup] {
                if self.fault_index(kind, send.target.ty).is_some() {
                    options.push(FaultOp { kind, machine: send.target.id });
                }
            }
            if !options.is_empty() {
                self.fault_points += 1;
                match chooser.choose_fault(self.fault_points, &options) {
                    Some(FaultOp { kind: FaultKind::Drop, .. }) => {
                        self.spend(FaultKind::Drop, send.target.ty);
                        self.log_fault(sender, &send, "was dropped");
                        return;
                    }
                    Some(FaultOp { kind: FaultKind::Dup, .. }) => {
                        self.spend(FaultKind::Dup, send.target.ty);
                        self.log_fault(sender, &send, "was duplicated");
                        self.enqueue(sender, send.clone());
                    }
                    _ => {}
                }
            }
        }
        self.enqueue(sender, send);
    }

    fn log_fault(&mut self, sender: &Machine, send: &PendingSend, what: &str) {
        if self.log.is_none() {
            return;
        }
        let from = self.name_of(sender);
        let to = self.machine_name(send.target.id);
        let text = format!("fault: event '{}' from {from} to {to} {what}.", self.event_name(send.event));
        self.push_log(LogKind::Fault, from, None, Some(self.event_name(send.event).to_string()), None, Some(to), text);
    }

    fn enqueue(&mut self, sender: &mut Machine, send: PendingSend) {
        let program = self.program;
        let target: &mut Machine = if send.target.id == sender.id {
            sender
        } else {
            match self.machines.get_mut((send.target.id as usize).wrapping_sub(1)) {
                Some(t) => {
                    let t = Rc::make_mut(t);
                    t.touch();
                    t
                }
                None => return,
            }
        };
        if !target.is_alive() {
            return;
        }
        if let Status::Blocked(receive) = target.status {
            let waits = program
                .receives
                .get(receive.0 as usize)
                .is_some_and(|r| send.event == HALT || r.cases.iter().any(|c| c.event == send.event));
            if waits {
                target.received = Some((send.event, send.payload));
                target.status = Status::Active;
                return;
            }
        }
        target.inbox.push_back((send.event, send.payload));
    }

    /// Hands an event that a machine of type `sender` sent or announced to every attached monitor that
    /// observes that event and that machine, synchronously.
    fn notify_monitors(&mut self, sender: MachineTypeId, event: EventId, payload: &Value, chooser: &mut dyn Chooser) -> Result<(), Bug> {
        for index in 0..self.monitors.len() {
            let in_scope = self.test.observes.get(index).and_then(|o| o.get(sender.0 as usize)).copied().unwrap_or(true);
            let observes = in_scope
                && self
                    .monitors
                    .get(index)
                    .and_then(|m| self.program.machines.get(m.ty.0 as usize))
                    .is_some_and(|t| t.observes.contains(event));
            if !observes {
                continue;
            }
            let placeholder = self.placeholder();
            let Some(slot) = self.monitors.get_mut(index) else { continue };
            let mut shared = std::mem::replace(slot, placeholder);
            let monitor = Rc::make_mut(&mut shared);
            monitor.touch();
            if self.log.is_some() {
                let text = format!(
                    "{} in state '{}' is processing event '{}'.",
                    self.name_of(monitor),
                    self.state_name(monitor),
                    self.event_name(event)
                );
                let name = self.name_of(monitor);
                let state = Some(self.state_name(monitor));
                let payload_text = Some(render(payload, self.program));
                self.push_log(LogKind::Monitor, name, state, Some(self.event_name(event).to_string()), payload_text, None, text);
            }
            monitor.todo.push_back(Todo::Handle(event, payload.clone()));
            self.running_monitor = Some(index);
            let result = self.drive(monitor, chooser, true);
            self.running_monitor = None;
            if let Some(slot) = self.monitors.get_mut(index) {
                self.spare = Some(std::mem::replace(slot, shared));
            }
            result?;
        }
        Ok(())
    }

    #[expect(clippy::too_many_arguments, reason = "one field of the log entry each; called only when logging")]
    fn push_log(
        &mut self,
        kind: LogKind,
        machine: String,
        state: Option<String>,
        event: Option<String>,
        payload: Option<String>,
        target: Option<String>,
        text: String,
    ) {
        if let Some(log) = self.log.as_mut() {
            if log.len() < MAX_LOG {
                log.push(LogEntry { step: self.current_step, kind, machine, state, event, payload, target, text });
            }
        }
    }

    fn log_choice(&mut self, m: &Machine, value: &Value) {
        let name = self.name_of(m);
        let text = format!("{name} nondeterministically chose '{}'.", render(value, self.program));
        let state = Some(self.state_name(m));
        self.push_log(LogKind::Choice, name, state, None, Some(render(value, self.program)), None, text);
    }

    fn log_state(&mut self, kind: LogKind, m: &Machine, verb: &str) {
        if self.log.is_none() {
            return;
        }
        let name = self.name_of(m);
        let state = self.state_name(m);
        let text = format!("{name} {verb} state '{state}'.");
        self.push_log(kind, name, Some(state), None, None, None, text);
    }

    fn log_event(&mut self, kind: LogKind, m: &Machine, event: EventId, payload: &Value, verb: &str) {
        if self.log.is_none() {
            return;
        }
        let name = self.name_of(m);
        let state = self.state_name(m);
        let event_name = self.event_name(event).to_string();
        let payload_text = render(payload, self.program);
        let with = if payload_text.is_empty() { String::new() } else { format!(" with payload ({payload_text})") };
        let text = format!("'{name}' {verb} event '{event_name}{with}' in state '{state}'.");
        self.push_log(kind, name, Some(state), Some(event_name), Some(payload_text), None, text);
    }

    /// Wraps an operation error with where it happened.
    fn op_error(&self, m: &Machine, error: OpError, span: Option<crate::span::Span>) -> Bug {
        let handling = m.current_event.map_or(String::new(), |e| format!(", handling '{}'", self.event_name(e)));
        let message = format!("{} (in {}, state '{}'{handling})", error.message(), self.name_of(m), self.state_name(m));
        Bug::new(BugKind::RuntimeError, message, span)
    }

    /// Interprets the machine's top frames until a scheduling point, a transition or the end of the handler.
    fn exec(&mut self, m: &mut Machine, chooser: &mut dyn Chooser) -> Result<Flow, Bug> {
        let program = self.program;
        let Some(mut frame) = m.frames.last().copied() else { return Ok(Flow::Returned) };
        let mut function = match program.functions.get(frame.fun.0 as usize) {
            Some(f) => f,
            None => return Err(self.internal(m, "unknown function")),
        };
        macro_rules! pop {
            () => {
                m.stack.pop().unwrap_or(Value::Null)
            };
        }
        macro_rules! fail {
            ($err:expr) => {{
                let span = function.spans.get(frame.pc.saturating_sub(1) as usize).copied();
                return Err(self.op_error(m, $err, span));
            }};
        }
        macro_rules! save {
            () => {
                if let Some(top) = m.frames.last_mut() {
                    *top = frame;
                }
            };
        }
        loop {
            if self.fuel == 0 {
                let span = function.spans.get(frame.pc as usize).copied();
                return Err(self.out_of_fuel(m, span));
            }
            self.fuel -= 1;
            let Some(&instr) = function.code.get(frame.pc as usize) else {
                return Err(self.internal(m, "ran past the end of a function"));
            };
            frame.pc += 1;
            let base = frame.base as usize;
            match instr {
                Instr::Const(i) => m.stack.push(program.consts.get(i as usize).cloned().unwrap_or(Value::Null)),
                Instr::Int(i) => m.stack.push(Value::Int(i)),
                Instr::Bool(b) => m.stack.push(Value::Bool(b)),
                Instr::Null => m.stack.push(Value::Null),
                Instr::Local(slot) => {
                    let v = m.stack.get(base + slot as usize).cloned().unwrap_or(Value::Null);
                    m.stack.push(v);
                }
                Instr::SetLocal(slot) => {
                    let v = pop!();
                    if let Some(place) = m.stack.get_mut(base + slot as usize) {
                        *place = v;
                    }
                }
                Instr::Field(slot) => {
                    let v = m.fields.get(slot as usize).cloned().unwrap_or(Value::Null);
                    m.stack.push(v);
                }
                Instr::SetField(slot) => {
                    let v = pop!();
                    if let Some(place) = m.fields.get_mut(slot as usize) {
                        *place = v;
                    }
                }
                Instr::Global(slot) => m.stack.push(self.test.globals.get(slot as usize).cloned().unwrap_or(Value::Null)),
                Instr::This => {
                    let iface = program.machines.get(m.ty.0 as usize).map_or(InterfaceId(0), |t| t.own_interface);
                    m.stack.push(Value::Machine(MachineRef { id: m.id, ty: m.ty, iface }));
                }
                Instr::Pop => {
                    m.stack.pop();
                }
                Instr::Dup => {
                    let v = m.stack.last().cloned().unwrap_or(Value::Null);
                    m.stack.push(v);
                }
                Instr::MakeTuple(n) => {
                    let fields = m.stack.split_off(m.stack.len().saturating_sub(n as usize));
                    m.stack.push(Value::Tuple(Rc::new(fields)));
                }
                Instr::MakeNamedTuple(shape, n) => {
                    let fields = m.stack.split_off(m.stack.len().saturating_sub(n as usize));
                    m.stack.push(Value::NamedTuple(shape, Rc::new(fields)));
                }
                Instr::LocalField(slot, i) => {
                    let v = match m.stack.get(base + slot as usize) {
                        Some(tuple) => ops::field(tuple, i),
                        None => Ok(Value::Null),
                    };
                    match v {
                        Ok(f) => m.stack.push(f),
                        Err(e) => fail!(e),
                    }
                }
                Instr::FieldField(slot, i) => {
                    let v = match m.fields.get(slot as usize) {
                        Some(tuple) => ops::field(tuple, i),
                        None => Ok(Value::Null),
                    };
                    match v {
                        Ok(f) => m.stack.push(f),
                        Err(e) => fail!(e),
                    }
                }
                Instr::GetField(i) => {
                    let v = pop!();
                    match ops::field(&v, i) {
                        Ok(f) => m.stack.push(f),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Index => {
                    let key = pop!();
                    let collection = pop!();
                    match ops::index(&collection, &key) {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Elements => {
                    let v = pop!();
                    self.fuel = self.fuel.saturating_sub(ops::size(&v) as u64);
                    m.stack.push(match v {
                        Value::Set(items) => Value::Seq(Rc::new(items.iter().cloned().collect())),
                        other => other,
                    });
                }
                Instr::Nth => {
                    let i = pop!();
                    let collection = pop!();
                    match ops::index(&collection, &i) {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::In => {
                    let collection = pop!();
                    self.fuel = self.fuel.saturating_sub(ops::size(&collection) as u64);
                    let element = pop!();
                    match ops::contains(&element, &collection) {
                        Ok(b) => m.stack.push(Value::Bool(b)),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Sizeof => {
                    let c = pop!();
                    match ops::sizeof(&c) {
                        Ok(n) => m.stack.push(Value::Int(n)),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Keys | Instr::Values => {
                    let c = pop!();
                    self.fuel = self.fuel.saturating_sub(ops::size(&c) as u64);
                    let r = if instr == Instr::Keys { ops::keys(&c) } else { ops::values(&c) };
                    match r {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Neg => {
                    let v = pop!();
                    match ops::negate(v) {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Not => {
                    let v = pop!();
                    match v {
                        Value::Bool(b) => m.stack.push(Value::Bool(!b)),
                        other => fail!(OpError::WrongKind { op: "!", found: other.kind_name() }),
                    }
                }
                Instr::Add | Instr::Sub | Instr::Mul | Instr::Div | Instr::Mod => {
                    let b = pop!();
                    let a = pop!();
                    let r = match instr {
                        Instr::Add => ops::add(a, b),
                        Instr::Sub => ops::arith("-", a, b),
                        Instr::Mul => ops::arith("*", a, b),
                        Instr::Div => ops::arith("/", a, b),
                        _ => ops::arith("%", a, b),
                    };
                    match r {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Lt | Instr::Le | Instr::Gt | Instr::Ge => {
                    let b = pop!();
                    let a = pop!();
                    let op = match instr {
                        Instr::Lt => "<",
                        Instr::Le => "<=",
                        Instr::Gt => ">",
                        _ => ">=",
                    };
                    match ops::compare(op, &a, &b) {
                        Ok(r) => m.stack.push(Value::Bool(r)),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Eq | Instr::Ne => {
                    let b = pop!();
                    let a = pop!();
                    let eq = ops::equals(&a, &b);
                    m.stack.push(Value::Bool(if instr == Instr::Eq { eq } else { !eq }));
                }
                Instr::Cast(ty) => {
                    let v = pop!();
                    match cast(program, &v, ty) {
                        Ok(()) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Coerce(ty) => {
                    let v = pop!();
                    match coerce(program, v, ty) {
                        Ok(v) => m.stack.push(v),
                        Err(e) => fail!(e),
                    }
                }
                Instr::Jump(target) => frame.pc = target,
                Instr::JumpIfFalse(target) => {
                    if matches!(pop!(), Value::Bool(false)) {
                        frame.pc = target;
                    }
                }
                Instr::JumpIfTrue(target) => {
                    if matches!(pop!(), Value::Bool(true)) {
                        frame.pc = target;
                    }
                }
                Instr::Call(fun) => {
                    let Some(callee) = program.functions.get(fun.0 as usize) else {
                        return Err(self.internal(m, "call of an unknown function"));
                    };
                    if m.frames.len() >= MAX_CALL_DEPTH {
                        let span = function.spans.get(frame.pc.saturating_sub(1) as usize).copied();
                        let message = format!(
                            "{} called functions {MAX_CALL_DEPTH} deep in state '{}': unbounded recursion?",
                            self.name_of(m),
                            self.state_name(m)
                        );
                        return Err(Bug::new(BugKind::RuntimeError, message, span));
                    }
                    save!();
                    let new_base = m.stack.len().saturating_sub(callee.params as usize) as u32;
                    m.stack.extend(callee.local_defaults.iter().cloned());
                    frame = Frame { fun, pc: 0, base: new_base };
                    m.frames.push(frame);
                    function = callee;
                }
                Instr::Return | Instr::ReturnVoid => {
                    let result = if instr == Instr::Return { Some(pop!()) } else { None };
                    m.stack.truncate(base);
                    m.frames.pop();
                    match m.frames.last().copied() {
                        None => return Ok(Flow::Returned),
                        Some(caller) => {
                            frame = caller;
                            function = match program.functions.get(frame.fun.0 as usize) {
                                Some(f) => f,
                                None => return Err(self.internal(m, "unknown function")),
                            };
                            if let Some(v) = result {
                                m.stack.push(v);
                            }
                        }
                    }
                }
                Instr::Store(place) | Instr::Insert(place) | Instr::AddToSet(place) | Instr::Remove(place) => {
                    let Some(place) = program.places.get(place.0 as usize) else {
                        return Err(self.internal(m, "unknown place"));
                    };
                    let value = pop!();
                    let key = if matches!(instr, Instr::Insert(_)) { Some(pop!()) } else { None };
                    let dynamic = place.path.iter().filter(|s| matches!(s, crate::ir::PathStep::Index)).count();
                    let indexes = m.stack.split_off(m.stack.len().saturating_sub(dynamic));
                    let root = match place.root {
                        PlaceRoot::Local(slot) => m.stack.get_mut(base + slot as usize),
                        PlaceRoot::Field(slot) => m.fields.get_mut(slot as usize),
                    };
                    let Some(root) = root else { return Err(self.internal(m, "bad place root")) };
                    let mut indexes = indexes.into_iter();
                    // Inserting into or removing from a collection moves (or, when shared, copies) its
                    // elements: charge that work to the step's budget, so no loop of such steps hangs.
                    let mut work = 0;
                    let result = match instr {
                        Instr::Store(_) => ops::store(root, &place.path, &mut indexes, value),
                        _ => ops::target_mut(root, &place.path, &mut indexes).and_then(|target| {
                            let position = match instr {
                                Instr::Insert(_) => key.as_ref(),
                                Instr::Remove(_) => Some(&value),
                                _ => None,
                            };
                            work = ops::mutation_work(target, position);
                            match instr {
                                Instr::Insert(_) => ops::insert(target, key.unwrap_or(Value::Null), value),
                                Instr::AddToSet(_) => ops::add_to_set(target, value),
                                _ => ops::remove(target, &value),
                            }
                        }),
                    };
                    self.fuel = self.fuel.saturating_sub(work as u64);
                    if let Err(e) = result {
                        fail!(e);
                    }
                }
                Instr::Send => {
                    let payload = pop!();
                    let event = pop!();
                    let target = pop!();
                    let span = function.spans.get(frame.pc as usize - 1).copied();
                    let event = self.check_event(m, &event, "send", span)?;
                    let target = match target {
                        Value::Machine(r) => r,
                        _ => {
                            let message = format!(
                                "{} is sending event '{}' to a null machine",
                                self.name_of(m),
                                self.event_name(event)
                            );
                            return Err(Bug::new(BugKind::IllegalAction, message, span));
                        }
                    };
                    self.check_send_allowed(m, event, target, span)?;
                    save!();
                    self.notify_monitors(m.ty, event, &payload, chooser)?;
                    if self.log.is_some() {
                        let name = self.name_of(m);
                        let target_name = if target.id == m.id { name.clone() } else { self.machine_name(target.id) };
                        let payload_text = render(&payload, program);
                        let with = if payload_text.is_empty() { String::new() } else { format!(" with payload ({payload_text})") };
                        let text = format!(
                            "'{name}' in state '{}' sent event '{}{with}' to '{target_name}'.",
                            self.state_name(m),
                            self.event_name(event)
                        );
                        let state = Some(self.state_name(m));
                        self.push_log(LogKind::Send, name, state, Some(self.event_name(event).to_string()), Some(payload_text), Some(target_name), text);
                    }
                    if let Some(c) = self.coverage.as_mut() {
                        c.sent(m.ty, event);
                    }
                    m.pending_send = Some(PendingSend { target, event, payload });
                    return Ok(Flow::Yield);
                }
                Instr::Announce => {
                    let payload = pop!();
                    let event = pop!();
                    let span = function.spans.get(frame.pc as usize - 1).copied();
                    let event = self.check_event(m, &event, "announce", span)?;
                    save!();
                    if self.log.is_some() {
                        self.log_event(LogKind::Announce, m, event, &payload, "announced");
                    }
                    self.notify_monitors(m.ty, event, &payload, chooser)?;
                }
                Instr::Raise => {
                    let payload = pop!();
                    let event = pop!();
                    let span = function.spans.get(frame.pc as usize - 1).copied();
                    let event = self.check_event(m, &event, "raise", span)?;
                    save!();
                    return Ok(Flow::Raise(event, payload));
                }
                Instr::Goto(state) => {
                    let payload = pop!();
                    save!();
                    return Ok(Flow::Goto(state, payload));
                }
                Instr::New(interface) => {
                    let payload = pop!();
                    let span = function.spans.get(frame.pc as usize - 1).copied();
                    let Some(ty) = self.test.bindings.get(interface.0 as usize).copied().flatten() else {
                        let name = program.interfaces.get(interface.0 as usize).map_or("?", |i| &i.name);
                        let message = format!("{} creates interface '{name}', which the test does not bind", self.name_of(m));
                        return Err(Bug::new(BugKind::IllegalAction, message, span));
                    };
                    let id = self.machines.len() as u32 + 1;
                    self.machines.push(Rc::new(Machine::new(id, ty, program, payload)));
                    if self.log.is_some() {
                        let creator = self.name_of(m);
                        let created = self.machine_name(id);
                        self.push_log(LogKind::Create, created.clone(), None, None, None, None, format!("{created} was created by {creator}."));
                    }
                    m.stack.push(Value::Machine(MachineRef { id, ty, iface: interface }));
                    save!();
                    return Ok(Flow::Yield);
                }
                Instr::Nondet => {
                    let b = chooser.choose_bool();
                    if self.log.is_some() {
                        self.log_choice(m, &Value::Bool(b));
                    }
                    m.stack.push(Value::Bool(b));
                    self.tick()?;
                    if chooser.out_of_steps() {
                        save!();
                        return Ok(Flow::Yield);
                    }
                }
                Instr::Choose => {
                    let arg = pop!();
                    match choose(arg, chooser) {
                        Ok(v) => {
                            if self.log.is_some() {
                                self.log_choice(m, &v);
                            }
                            m.stack.push(v);
                            self.tick()?;
                            if chooser.out_of_steps() {
                                save!();
                                return Ok(Flow::Yield);
                            }
                        }
                        Err(e) => fail!(e),
                    }
                }
                Instr::Assert(has_message) => {
                    let message = if has_message { Some(pop!()) } else { None };
                    let cond = pop!();
                    if !matches!(cond, Value::Bool(true)) {
                        let span = function.spans.get(frame.pc as usize - 1).copied();
                        let text = message.map(|v| render(&v, program)).unwrap_or_default();
                        let text = if text.is_empty() { "Assertion failed".to_string() } else { format!("Assertion failed: {text}") };
                        return Err(Bug::new(BugKind::Assertion, text, span));
                    }
                }
                Instr::Print => {
                    let v = pop!();
                    if self.log.is_some() {
                        let text = render(&v, program);
                        let name = self.name_of(m);
                        self.push_log(LogKind::Print, name, None, None, None, None, text);
                    }
                }
                Instr::PrintFormat(format, n) => {
                    let args = m.stack.split_off(m.stack.len().saturating_sub(n as usize));
                    if self.log.is_some() {
                        let text = match program.consts.get(format as usize) {
                            Some(Value::Str(s)) => format_string(s, &args, program),
                            _ => String::new(),
                        };
                        let name = self.name_of(m);
                        self.push_log(LogKind::Print, name, None, None, None, None, text);
                    }
                }
                Instr::Format(format, n) => {
                    let args = m.stack.split_off(m.stack.len().saturating_sub(n as usize));
                    let text = match program.consts.get(format as usize) {
                        Some(Value::Str(s)) => format_string(s, &args, program),
                        _ => String::new(),
                    };
                    m.stack.push(Value::Str(Rc::from(text)));
                }
                Instr::Receive(receive) => {
                    let Some(table) = program.receives.get(receive.0 as usize) else {
                        return Err(self.internal(m, "unknown receive"));
                    };
                    if let Some((event, payload)) = m.received.take() {
                        m.current_event = Some(event);
                        if let Some(c) = self.coverage.as_mut() {
                            c.received(m.ty, event);
                        }
                        match table.cases.iter().find(|c| c.event == event) {
                            Some(case) => {
                                if let Some(slot) = case.param {
                                    if let Some(local) = m.stack.get_mut(base + slot as usize) {
                                        *local = payload;
                                    }
                                }
                                frame.pc = case.target;
                            }
                            // `halt` without a `case halt`: P raises it in the state.
                            None => {
                                save!();
                                return Ok(Flow::Raise(event, payload));
                            }
                        }
                        continue;
                    }
                    frame.pc -= 1;
                    save!();
                    let position = m
                        .inbox
                        .iter()
                        .position(|(e, _)| *e == HALT || table.cases.iter().any(|c| c.event == *e));
                    match position.and_then(|i| m.inbox.remove(i)) {
                        Some(found) => {
                            if self.log.is_some() {
                                self.log_event(LogKind::Receive, m, found.0, &found.1, "received");
                            }
                            m.received = Some(found);
                            return Ok(Flow::Yield);
                        }
                        None => {
                            m.status = Status::Blocked(receive);
                            return Ok(Flow::Blocked);
                        }
                    }
                }
                Instr::Unreachable => return Err(self.internal(m, "a function ended without returning a value")),
            }
        }
    }

    fn check_event(&self, m: &Machine, event: &Value, what: &str, span: Option<crate::span::Span>) -> Result<EventId, Bug> {
        match event {
            Value::Event(e) => Ok(*e),
            _ => Err(Bug::new(BugKind::IllegalAction, format!("{} cannot {what} a null event", self.name_of(m)), span)),
        }
    }

    fn check_send_allowed(&self, m: &Machine, event: EventId, target: MachineRef, span: Option<crate::span::Span>) -> Result<(), Bug> {
        let program = self.program;
        let sender = program.machines.get(m.ty.0 as usize);
        // `halt` may always be sent, whatever the sends and receives lists say.
        if event == HALT {
            return Ok(());
        }
        if let Some(sends) = sender.and_then(|s| s.sends.as_ref()) {
            if !sends.contains(event) {
                let message = format!(
                    "{} sends event '{}', which is not in its sends list",
                    self.name_of(m),
                    self.event_name(event)
                );
                return Err(Bug::new(BugKind::IllegalAction, message, span));
            }
        }
        let allowed = program.interfaces.get(target.iface.0 as usize).is_none_or(|i| i.receives.contains(event));
        if !allowed {
            let iface = program.interfaces.get(target.iface.0 as usize).map_or("?", |i| &i.name);
            let message = format!(
                "event '{}' cannot be sent to {} through interface '{iface}', which does not receive it",
                self.event_name(event),
                self.machine_name(target.id)
            );
            return Err(Bug::new(BugKind::IllegalAction, message, span));
        }
        Ok(())
    }
}

/// `e as T`: the value must be of `T`'s runtime kind; `null` fails for value types.
fn cast(program: &Program, v: &Value, ty: crate::ir::TypeId) -> Result<(), OpError> {
    let Some(ty) = program.types.get(ty.0 as usize) else { return Ok(()) };
    let (ok, name): (bool, String) = match ty {
        RtType::Any => (true, String::new()),
        RtType::Bool => (matches!(v, Value::Bool(_)), "bool".into()),
        RtType::Int => (matches!(v, Value::Int(_)), "int".into()),
        RtType::Float => (matches!(v, Value::Float(_)), "float".into()),
        RtType::String => (matches!(v, Value::Str(_)), "string".into()),
        RtType::Enum { name, .. } => (matches!(v, Value::Int(_)), name.to_string()),
        RtType::Event => (matches!(v, Value::Event(_) | Value::Null), "event".into()),
        RtType::Machine { .. } => (matches!(v, Value::Machine(_) | Value::Null), "machine".into()),
        RtType::Tuple => (matches!(v, Value::Tuple(_) | Value::Null), "tuple".into()),
        RtType::NamedTuple => (matches!(v, Value::NamedTuple(..) | Value::Null), "named tuple".into()),
        RtType::Seq => (matches!(v, Value::Seq(_) | Value::Null), "seq".into()),
        RtType::Set => (matches!(v, Value::Set(_) | Value::Null), "set".into()),
        RtType::Map => (matches!(v, Value::Map(_) | Value::Null), "map".into()),
    };
    if ok {
        Ok(())
    } else if matches!(v, Value::Null) {
        Err(OpError::NullUnboxed { to: name })
    } else {
        Err(OpError::CastFailed { found: v.kind_name(), to: name })
    }
}

/// `e to T`: float↔int, enum↔int, and machine references to an interface (permission check).
fn coerce(program: &Program, v: Value, ty: crate::ir::TypeId) -> Result<Value, OpError> {
    let Some(ty) = program.types.get(ty.0 as usize) else { return Ok(v) };
    match (ty, v) {
        (RtType::Int | RtType::Enum { .. }, Value::Float(f)) => Ok(Value::Int(f.trunc() as i64)),
        (RtType::Int | RtType::Enum { .. }, Value::Int(i)) => Ok(Value::Int(i)),
        (RtType::Float, Value::Int(i)) => Ok(Value::Float(i as f64)),
        (RtType::Float, Value::Float(f)) => Ok(Value::Float(f)),
        (RtType::Machine { interface: Some(to) }, Value::Machine(r)) => {
            let target = program.interfaces.get(to.0 as usize);
            let current = program.interfaces.get(r.iface.0 as usize);
            match (target, current) {
                (Some(target), Some(current)) if !target.receives.is_subset(&current.receives) => Err(OpError::Coercion {
                    message: format!(
                        "cannot coerce machine {} to interface '{}': it may not receive every event '{}' receives",
                        r.id, target.name, target.name
                    ),
                }),
                _ => Ok(Value::Machine(MachineRef { iface: *to, ..r })),
            }
        }
        (_, v) => Ok(v),
    }
}

fn choose(arg: Value, chooser: &mut dyn Chooser) -> Result<Value, OpError> {
    const LIMIT: i64 = 10_000;
    let size = match &arg {
        Value::Int(n) => *n,
        Value::Seq(items) => items.len() as i64,
        Value::Set(items) => items.len() as i64,
        Value::Map(entries) => entries.len() as i64,
        other => return Err(OpError::WrongKind { op: "choose", found: other.kind_name() }),
    };
    if size > LIMIT {
        return Err(OpError::TooManyChoices { size });
    }
    match arg {
        // .NET's `Random.Next(n)` throws for a negative `n` and returns 0 for 0.
        Value::Int(n) if n < 0 => Err(OpError::Coercion { message: format!("choose({n}): the number of choices cannot be negative") }),
        Value::Int(0) => Ok(Value::Int(0)),
        Value::Int(n) => Ok(Value::Int(chooser.choose_int(n as u32) as i64)),
        _ if size == 0 => Err(OpError::EmptyChoice { what: arg.kind_name() }),
        Value::Seq(items) => Ok(items.get(chooser.choose_int(size as u32) as usize).cloned().unwrap_or(Value::Null)),
        Value::Set(items) => Ok(items.iter().nth(chooser.choose_int(size as u32) as usize).cloned().unwrap_or(Value::Null)),
        Value::Map(entries) => Ok(entries.keys().nth(chooser.choose_int(size as u32) as usize).cloned().unwrap_or(Value::Null)),
        _ => Ok(Value::Null),
    }
}

/// C#'s `String.Format` for P: `{N}` (optionally `{N,align}` or `{N:fmt}`, which are ignored) and `{{`/`}}`.
pub fn format_string(format: &str, args: &[Value], names: &dyn super::value::Names) -> String {
    let mut out = String::with_capacity(format.len());
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut spec = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    spec.push(c);
                }
                let index = spec.split([',', ':']).next().and_then(|i| i.trim().parse::<usize>().ok());
                if let Some(arg) = index.and_then(|i| args.get(i)) {
                    out.push_str(&render(arg, names));
                }
            }
            c => out.push(c),
        }
    }
    out
}
