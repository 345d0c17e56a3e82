//! The record of what happened in an execution, step by step, as a person reads it in a trace.

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogKind {
    Create,
    Send,
    Dequeue,
    Raise,
    Goto,
    StateEnter,
    StateExit,
    Monitor,
    Announce,
    Print,
    Receive,
    Halt,
    Error,
}

impl LogKind {
    /// The stable name used in trace JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LogKind::Create => "create",
            LogKind::Send => "send",
            LogKind::Dequeue => "dequeue",
            LogKind::Raise => "raise",
            LogKind::Goto => "goto",
            LogKind::StateEnter => "state-enter",
            LogKind::StateExit => "exit",
            LogKind::Monitor => "monitor",
            LogKind::Announce => "announce",
            LogKind::Print => "print",
            LogKind::Receive => "receive",
            LogKind::Halt => "halt",
            LogKind::Error => "error",
        }
    }
}

/// One logged happening: who (`Client(2)`), in which state, which event and payload, to whom, and the
/// line P's checker would print for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// The scheduling step during which it happened (0: before the first step).
    pub step: u64,
    pub kind: LogKind,
    pub machine: String,
    pub state: Option<String>,
    pub event: Option<String>,
    pub payload: Option<String>,
    pub target: Option<String>,
    pub text: String,
}

/// One machine or monitor as it stands after a scheduling step, rendered for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineSnapshot {
    /// `Client(2)` for a machine, the monitor's name for a monitor.
    pub machine: String,
    pub state: String,
    /// `active`, `idle`, `blocked`, `halted`; for monitors `hot`, `cold` or `warm`.
    pub status: String,
    /// Variables and their rendered values, in declaration order.
    pub vars: Vec<(String, String)>,
    /// Queued events, front first, as `event(payload)`.
    pub inbox: Vec<String>,
}

/// Every machine and monitor after scheduling step `step`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub step: u64,
    pub machines: Vec<MachineSnapshot>,
    pub monitors: Vec<MachineSnapshot>,
}
