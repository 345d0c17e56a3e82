//! The fault model: which faults a check may inject, in the one syntax of CLI, labs, traces and links.
//!
//! `kind[=budget][@Target]`, comma-separated: `drop=N`, `dup=N`, `reorder`, `crash=N`, `restart`,
//! `partition=N`, `leave=N`, `join=N@Machine.event`. A budget bounds how often the fault happens in one
//! execution (1 when omitted); a target restricts it to machines of that type (default: every machine but
//! the test's main machine). Example: `drop=2@Server,dup=1,crash=1@Server,restart`.

use super::value::{EventId, MachineTypeId};
use crate::ir::{MachineKind, Program, Test};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaultKind {
    Drop,
    Dup,
    Reorder,
    Crash,
    Restart,
    Partition,
    Leave,
    Join,
}

impl FaultKind {
    pub fn name(self) -> &'static str {
        match self {
            FaultKind::Drop => "drop",
            FaultKind::Dup => "dup",
            FaultKind::Reorder => "reorder",
            FaultKind::Crash => "crash",
            FaultKind::Restart => "restart",
            FaultKind::Partition => "partition",
            FaultKind::Leave => "leave",
            FaultKind::Join => "join",
        }
    }

    fn parse(name: &str) -> Option<FaultKind> {
        Some(match name {
            "drop" => FaultKind::Drop,
            "dup" => FaultKind::Dup,
            "reorder" => FaultKind::Reorder,
            "crash" => FaultKind::Crash,
            "restart" => FaultKind::Restart,
            "partition" => FaultKind::Partition,
            "leave" => FaultKind::Leave,
            "join" => FaultKind::Join,
            _ => return None,
        })
    }

    /// Faults without a budget: they may happen at every opportunity.
    fn unbudgeted(self) -> bool {
        matches!(self, FaultKind::Reorder | FaultKind::Restart)
    }
}

/// One item of a fault specification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub kind: FaultKind,
    pub budget: u32,
    /// A machine type name (for `join`: `Machine.event`).
    pub target: Option<String>,
}

/// A parsed fault specification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaultSpec {
    pub faults: Vec<Fault>,
}

impl FaultSpec {
    pub fn is_empty(&self) -> bool {
        self.faults.is_empty()
    }

    /// Parses `kind[=budget][@Target],...`; an empty string is no faults.
    pub fn parse(text: &str) -> Result<FaultSpec, String> {
        let mut faults = Vec::new();
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (head, target) = match item.split_once('@') {
                Some((h, t)) => (h, Some(t.trim().to_string())),
                None => (item, None),
            };
            let (name, budget) = match head.split_once('=') {
                Some((n, b)) => {
                    let b: u32 = b.trim().parse().map_err(|_| format!("`{item}`: the budget must be a whole number"))?;
                    (n.trim(), Some(b))
                }
                None => (head.trim(), None),
            };
            let kind = FaultKind::parse(name).ok_or_else(|| {
                format!("`{item}`: unknown fault `{name}` (drop, dup, reorder, crash, restart, partition, leave, join)")
            })?;
            if kind.unbudgeted() && budget.is_some() {
                return Err(format!("`{item}`: `{name}` takes no budget"));
            }
            if kind == FaultKind::Join && !target.as_deref().is_some_and(|t| t.contains('.')) {
                return Err(format!("`{item}`: `join` needs `@Machine.event`, the driver and the event it is sent"));
            }
            if let Some(t) = &target {
                if t.is_empty() {
                    return Err(format!("`{item}`: empty target after `@`"));
                }
            }
            faults.push(Fault { kind, budget: budget.unwrap_or(1), target });
        }
        Ok(FaultSpec { faults })
    }
}

impl fmt::Display for FaultSpec {
    /// The canonical text form, which [`FaultSpec::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, fault) in self.faults.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(fault.kind.name())?;
            if !fault.kind.unbudgeted() {
                write!(f, "={}", fault.budget)?;
            }
            if let Some(t) = &fault.target {
                write!(f, "@{t}")?;
            }
        }
        Ok(())
    }
}

/// A fault resolved against a program and test: budget, eligible machine types, and for `join` the event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedFault {
    pub kind: FaultKind,
    pub budget: u32,
    /// `eligible[t]`: may machines of type `t` suffer it.
    pub eligible: Vec<bool>,
    pub join_event: Option<EventId>,
}

impl ResolvedFault {
    pub fn applies_to(&self, ty: MachineTypeId) -> bool {
        self.eligible.get(ty.0 as usize).copied().unwrap_or(false)
    }
}

/// Resolves names; an unknown machine or event is an error naming it.
pub fn resolve(spec: &FaultSpec, program: &Program, test: &Test) -> Result<Vec<ResolvedFault>, String> {
    let machine = |name: &str| -> Result<MachineTypeId, String> {
        program
            .machines
            .iter()
            .position(|m| &*m.name == name && m.kind == MachineKind::Machine)
            .map(|i| MachineTypeId(i as u32))
            .ok_or_else(|| format!("fault target `{name}` is not a machine of the program"))
    };
    spec.faults
        .iter()
        .map(|fault| {
            let mut eligible: Vec<bool> = program
                .machines
                .iter()
                .enumerate()
                .map(|(i, m)| m.kind == MachineKind::Machine && MachineTypeId(i as u32) != test.main)
                .collect();
            let mut join_event = None;
            match (&fault.target, fault.kind) {
                (Some(target), FaultKind::Join) => {
                    let (m, e) = target.split_once('.').unwrap_or((target, ""));
                    let ty = machine(m)?;
                    eligible = vec![false; program.machines.len()];
                    if let Some(slot) = eligible.get_mut(ty.0 as usize) {
                        *slot = true;
                    }
                    let event = program
                        .events
                        .iter()
                        .position(|ev| &*ev.name == e)
                        .ok_or_else(|| format!("`join` event `{e}` is not an event of the program"))?;
                    join_event = Some(EventId(event as u32));
                }
                (Some(target), _) => {
                    let ty = machine(target)?;
                    eligible = vec![false; program.machines.len()];
                    if let Some(slot) = eligible.get_mut(ty.0 as usize) {
                        *slot = true;
                    }
                }
                (None, _) => {}
            }
            Ok(ResolvedFault { kind: fault.kind, budget: fault.budget, eligible, join_event })
        })
        .collect()
}

/// A fault the checker may inject at one point of an execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FaultOp {
    pub kind: FaultKind,
    /// The machine it happens to (for `join`, the driver that is sent the event; for `drop`/`dup`, the
    /// receiver); `heal` is a `partition` of a machine already cut off.
    pub machine: u32,
}

impl fmt::Display for FaultOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.kind.name(), self.machine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specifications_parse_and_print_back() {
        let spec = FaultSpec::parse("drop=2@Server, dup, reorder ,crash=1@Server,restart,partition=3,leave=1,join=2@Driver.eJoin")
            .expect("parses");
        assert_eq!(spec.faults.len(), 8);
        assert_eq!(spec.faults[1], Fault { kind: FaultKind::Dup, budget: 1, target: None });
        assert_eq!(spec.to_string(), "drop=2@Server,dup=1,reorder,crash=1@Server,restart,partition=3,leave=1,join=2@Driver.eJoin");
        assert_eq!(FaultSpec::parse(&spec.to_string()), Ok(spec));
        assert_eq!(FaultSpec::parse(""), Ok(FaultSpec::default()));
    }

    #[test]
    fn bad_specifications_say_what_is_wrong() {
        let err = |s: &str| FaultSpec::parse(s).expect_err(s);
        assert!(err("explode=1").contains("unknown fault `explode`"));
        assert!(err("drop=x").contains("whole number"));
        assert!(err("reorder=2").contains("takes no budget"));
        assert!(err("join=1@Driver").contains("@Machine.event"));
        assert!(err("crash@").contains("empty target"));
    }
}
