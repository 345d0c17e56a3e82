//! What can go wrong in an execution: the bug classes P's checker reports.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BugKind {
    /// An `assert` failed, in a machine or a monitor.
    Assertion,
    /// A machine or monitor received an event its current state cannot handle.
    UnhandledEvent,
    /// No machine can run and at least one is blocked in `receive`.
    Deadlock,
    /// A monitor ended the execution in a hot state, or stayed hot too long under a fair scheduler.
    Liveness,
    /// A runtime error in P code: division by zero, index out of range, missing key, failed cast, ...
    RuntimeError,
    /// An illegal send, raise, announce or create: null event or target, event not allowed.
    IllegalAction,
    /// The step bound was reached and `--fail-on-maxsteps` makes that a bug.
    MaxSteps,
}

impl BugKind {
    /// The stable name used in JSON reports and traces.
    pub fn as_str(self) -> &'static str {
        match self {
            BugKind::Assertion => "assertion",
            BugKind::UnhandledEvent => "unhandled_event",
            BugKind::Deadlock => "deadlock",
            BugKind::Liveness => "liveness",
            BugKind::RuntimeError => "runtime_error",
            BugKind::IllegalAction => "illegal_action",
            BugKind::MaxSteps => "max_steps",
        }
    }
}

/// A bug found in an execution, with the source location of the failing code when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bug {
    pub kind: BugKind,
    pub message: String,
    pub span: Option<Span>,
}

impl Bug {
    pub fn new(kind: BugKind, message: impl Into<String>, span: Option<Span>) -> Bug {
        Bug { kind, message: message.into(), span }
    }
}
