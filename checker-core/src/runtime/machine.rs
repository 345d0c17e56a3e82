//! One running machine (or monitor): its variables, inbox, suspended code and pending work.

use super::value::{EventId, MachineRef, MachineTypeId, Value};
use crate::ir::{FunId, Handler, Program, ReceiveId, StateId};
use std::collections::VecDeque;

/// A suspended call: which function, where in it, and where its locals start on the machine's stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Frame {
    pub fun: FunId,
    pub pc: u32,
    pub base: u32,
}

/// Work the machine still has to do, in order, before it looks at its inbox again.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Todo {
    /// Run the current state's exit function.
    Exit,
    /// Run a transition's `with` function on the payload.
    With(FunId, Value),
    /// Make the state current and run its entry function on the payload.
    Enter(StateId, Value),
    /// Handle an event dequeued at the previous scheduling point.
    Handle(EventId, Value),
    /// Halt (an unhandled `halt`, after the exit function ran).
    Halt,
    /// Report an unhandled event (after the exit function ran).
    Unhandled(EventId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Has work: running a handler, transitions to do, or a fresh machine that has not entered its start state.
    Active,
    /// Waiting for an event it can dequeue.
    Idle,
    /// Blocked in a `receive` until one of its events arrives.
    Blocked(ReceiveId),
    Halted,
    /// Stopped by an injected crash; a `restart` fault may bring it back.
    Crashed,
}

/// An event sent at the last scheduling point, enqueued when the sender resumes (as P does).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PendingSend {
    pub target: MachineRef,
    pub event: EventId,
    pub payload: Value,
}

#[derive(Clone, Debug)]
pub struct Machine {
    pub id: u32,
    pub ty: MachineTypeId,
    pub state: StateId,
    pub fields: Vec<Value>,
    pub inbox: VecDeque<(EventId, Value)>,
    pub status: Status,
    pub frames: Vec<Frame>,
    /// Locals of every frame, then operands.
    pub stack: Vec<Value>,
    pub raised: Option<(EventId, Value)>,
    pub todo: VecDeque<Todo>,
    pub pending_send: Option<PendingSend>,
    /// An event handed to a blocked `receive`, or found by it, to be taken when the receive resumes.
    pub received: Option<(EventId, Value)>,
    /// Set once the scheduling point before an `on null` check has been taken.
    pub null_point_taken: bool,
    /// The event being handled, for error messages.
    pub current_event: Option<EventId>,
    /// The payload the machine was created with, for a restart after a crash.
    pub start_payload: Value,
    /// The last computed [`Machine::state_hash`] (0: not known); cleared whenever the machine may change.
    pub hash_cache: std::cell::Cell<u64>,
}

impl Machine {
    /// A machine that will enter `start` with `payload` when it first runs.
    pub fn new(id: u32, ty: MachineTypeId, program: &Program, payload: Value) -> Machine {
        let machine = program.machines.get(ty.0 as usize);
        let start = machine.map_or(StateId(0), |m| m.start);
        let mut todo = VecDeque::new();
        todo.push_back(Todo::Enter(start, payload.clone()));
        Machine {
            id,
            ty,
            state: start,
            fields: machine.map(|m| m.fields.iter().map(|(_, v)| v.clone()).collect()).unwrap_or_default(),
            inbox: VecDeque::new(),
            status: Status::Active,
            frames: Vec::new(),
            stack: Vec::new(),
            raised: None,
            todo,
            pending_send: None,
            received: None,
            null_point_taken: false,
            current_event: None,
            start_payload: payload,
            hash_cache: std::cell::Cell::new(0),
        }
    }

    /// A placeholder left in a machine's slot while the real one runs.
    pub fn placeholder() -> Machine {
        Machine {
            id: 0,
            ty: MachineTypeId(0),
            state: StateId(0),
            fields: Vec::new(),
            inbox: VecDeque::new(),
            status: Status::Halted,
            frames: Vec::new(),
            stack: Vec::new(),
            raised: None,
            todo: VecDeque::new(),
            pending_send: None,
            received: None,
            null_point_taken: false,
            current_event: None,
            start_payload: Value::Null,
            hash_cache: std::cell::Cell::new(0),
        }
    }

    /// Brings a crashed machine back: durable fields keep their values, the others and the inbox start
    /// afresh, and the start state's entry runs again with the original payload.
    pub fn restart(&mut self, program: &Program) {
        let Some(ty) = program.machines.get(self.ty.0 as usize) else { return };
        for ((field, durable), (_, default)) in self.fields.iter_mut().zip(ty.durable.iter()).zip(ty.fields.iter()) {
            if !durable {
                *field = default.clone();
            }
        }
        self.clear_execution();
        self.state = ty.start;
        self.todo.push_back(Todo::Enter(ty.start, self.start_payload.clone()));
        self.status = Status::Active;
    }

    /// Forgets everything in flight: inbox, suspended code, pending work.
    pub fn clear_execution(&mut self) {
        self.inbox.clear();
        self.frames.clear();
        self.stack.clear();
        self.raised = None;
        self.todo.clear();
        self.pending_send = None;
        self.received = None;
        self.null_point_taken = false;
    }

    /// Is it running or able to run (not halted, not crashed)?
    pub fn is_alive(&self) -> bool {
        !matches!(self.status, Status::Halted | Status::Crashed)
    }

    fn handler(&self, program: &Program, event: EventId) -> Handler {
        program
            .machines
            .get(self.ty.0 as usize)
            .and_then(|m| m.states.get(self.state.0 as usize))
            .map_or(Handler::None, |s| s.handler(event))
    }

    pub fn has_null_handler(&self, program: &Program) -> bool {
        program
            .machines
            .get(self.ty.0 as usize)
            .and_then(|m| m.states.get(self.state.0 as usize))
            .is_some_and(|s| s.on_null.is_some())
    }

    /// Positions of the inbox events that could be dequeued now (neither deferred nor ignored).
    pub fn dequeueable(&self, program: &Program) -> Vec<usize> {
        self.inbox
            .iter()
            .enumerate()
            .filter(|(_, (e, _))| !matches!(self.handler(program, *e), Handler::Defer | Handler::Ignore))
            .map(|(i, _)| i)
            .collect()
    }

    /// Takes the first event that is not deferred, purging ignored events met on the way.
    pub fn dequeue(&mut self, program: &Program) -> Option<(EventId, Value)> {
        let mut i = 0;
        while i < self.inbox.len() {
            let event = self.inbox.get(i).map(|(e, _)| *e)?;
            match self.handler(program, event) {
                Handler::Ignore => {
                    self.inbox.remove(i);
                }
                Handler::Defer => i += 1,
                _ => return self.inbox.remove(i),
            }
        }
        None
    }

    /// A 64-bit hash of what determines the machine's future, cached until the machine changes.
    pub fn state_hash(&self) -> u64 {
        let cached = self.hash_cache.get();
        if cached != 0 {
            return cached;
        }
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = foldhash::quality::FixedState::with_seed(0x5eed).build_hasher();
        self.hash_state(&mut hasher);
        let hash = hasher.finish().max(1);
        self.hash_cache.set(hash);
        hash
    }

    /// Forgets the cached hash: the machine is about to change.
    pub fn touch(&mut self) {
        self.hash_cache.set(0);
    }

    /// Hashes what determines the machine's future (everything but error-message context).
    pub fn hash_state<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::Hash;
        self.id.hash(state);
        self.ty.hash(state);
        self.state.hash(state);
        self.fields.hash(state);
        self.inbox.hash(state);
        self.status.hash(state);
        self.frames.hash(state);
        self.stack.hash(state);
        self.raised.hash(state);
        self.todo.hash(state);
        self.pending_send.hash(state);
        self.received.hash(state);
        self.null_point_taken.hash(state);
        self.start_payload.hash(state);
    }

    /// Could the machine make progress if scheduled now?
    pub fn is_enabled(&self, program: &Program) -> bool {
        match self.status {
            Status::Active => true,
            Status::Blocked(_) | Status::Halted | Status::Crashed => false,
            Status::Idle => {
                self.has_null_handler(program)
                    || self
                        .inbox
                        .iter()
                        .any(|(e, _)| !matches!(self.handler(program, *e), Handler::Defer | Handler::Ignore))
            }
        }
    }
}
