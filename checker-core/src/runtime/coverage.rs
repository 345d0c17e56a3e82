//! Coverage: how often each state was entered, each handler ran, and each event was sent and received, per
//! machine type, summed over the executions of a check.

use super::value::{EventId, MachineTypeId};
use crate::ir::{Handler, Program, StateId, Test};

/// Dense counters indexed by machine type, then state and event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    events: usize,
    /// `states[m][s]`: times machine type `m` entered state `s`.
    pub states: Vec<Vec<u64>>,
    /// `handlers[m][s * (events + 1) + e]`: times the handler of event `e` (the last slot: `null`) ran in
    /// state `s` of machine type `m`.
    pub handlers: Vec<Vec<u64>>,
    /// `sent[m][e]`: events `e` sent by machines of type `m`.
    pub sent: Vec<Vec<u64>>,
    /// `received[m][e]`: events `e` dequeued or received by machines of type `m`.
    pub received: Vec<Vec<u64>>,
}

/// One line of the coverage summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineCoverage {
    pub machine: String,
    pub states_entered: usize,
    pub states_total: usize,
    pub handlers_run: usize,
    pub handlers_total: usize,
    pub unreached_states: Vec<String>,
    /// `State on event` for every declared `do`/`goto` handler that never ran.
    pub unreached_handlers: Vec<String>,
    pub sent: Vec<(String, u64)>,
    pub received: Vec<(String, u64)>,
}

impl Coverage {
    pub fn new(program: &Program) -> Self {
        let events = program.events.len();
        Coverage {
            events,
            states: program.machines.iter().map(|m| vec![0; m.states.len()]).collect(),
            handlers: program.machines.iter().map(|m| vec![0; m.states.len() * (events + 1)]).collect(),
            sent: program.machines.iter().map(|_| vec![0; events]).collect(),
            received: program.machines.iter().map(|_| vec![0; events]).collect(),
        }
    }

    fn bump(table: &mut [Vec<u64>], m: MachineTypeId, index: usize) {
        if let Some(slot) = table.get_mut(m.0 as usize).and_then(|row| row.get_mut(index)) {
            *slot += 1;
        }
    }

    pub fn entered(&mut self, m: MachineTypeId, s: StateId) {
        Self::bump(&mut self.states, m, s.0 as usize);
    }

    /// A handler ran for `event` (`None`: the `on null` handler).
    pub fn handled(&mut self, m: MachineTypeId, s: StateId, event: Option<EventId>) {
        let e = event.map_or(self.events, |e| e.0 as usize);
        Self::bump(&mut self.handlers, m, s.0 as usize * (self.events + 1) + e);
    }

    pub fn sent(&mut self, m: MachineTypeId, e: EventId) {
        Self::bump(&mut self.sent, m, e.0 as usize);
    }

    pub fn received(&mut self, m: MachineTypeId, e: EventId) {
        Self::bump(&mut self.received, m, e.0 as usize);
    }

    /// Adds another check's (or worker's) counts.
    pub fn merge(&mut self, other: &Coverage) {
        let add = |a: &mut Vec<Vec<u64>>, b: &Vec<Vec<u64>>| {
            for (row_a, row_b) in a.iter_mut().zip(b) {
                for (x, y) in row_a.iter_mut().zip(row_b) {
                    *x += y;
                }
            }
        };
        add(&mut self.states, &other.states);
        add(&mut self.handlers, &other.handlers);
        add(&mut self.sent, &other.sent);
        add(&mut self.received, &other.received);
    }

    /// A per-machine summary naming what was never reached, for the machines and monitors of `test`.
    pub fn summary(&self, program: &Program, test: &Test) -> Vec<MachineCoverage> {
        let event_name = |e: usize| program.events.get(e).map_or("?".to_string(), |d| d.name.to_string());
        let in_test = |mi: usize| {
            let ty = MachineTypeId(mi as u32);
            test.main == ty || test.monitors.contains(&ty) || test.bindings.contains(&Some(ty))
        };
        program
            .machines
            .iter()
            .enumerate()
            .filter(|(mi, _)| in_test(*mi))
            .map(|(mi, machine)| {
                let states = self.states.get(mi).cloned().unwrap_or_default();
                let handlers = self.handlers.get(mi).cloned().unwrap_or_default();
                let mut unreached_states = Vec::new();
                let mut unreached_handlers = Vec::new();
                let mut handlers_total = 0;
                let mut handlers_run = 0;
                for (si, state) in machine.states.iter().enumerate() {
                    if states.get(si).copied().unwrap_or(0) == 0 {
                        unreached_states.push(state.name.to_string());
                    }
                    let declared = state
                        .handlers
                        .iter()
                        .enumerate()
                        .filter(|(_, h)| matches!(h, Handler::Do(_) | Handler::Goto { .. }))
                        .map(|(e, _)| e)
                        .chain(state.on_null.iter().map(|_| self.events));
                    for e in declared {
                        handlers_total += 1;
                        if handlers.get(si * (self.events + 1) + e).copied().unwrap_or(0) > 0 {
                            handlers_run += 1;
                        } else {
                            let name = if e == self.events { "null".to_string() } else { event_name(e) };
                            unreached_handlers.push(format!("{} on {name}", state.name));
                        }
                    }
                }
                let counts = |table: &Vec<Vec<u64>>| -> Vec<(String, u64)> {
                    table
                        .get(mi)
                        .map(|row| row.iter().enumerate().filter(|(_, n)| **n > 0).map(|(e, n)| (event_name(e), *n)).collect())
                        .unwrap_or_default()
                };
                MachineCoverage {
                    machine: machine.name.to_string(),
                    states_entered: states.iter().filter(|n| **n > 0).count(),
                    states_total: machine.states.len(),
                    handlers_run,
                    handlers_total,
                    unreached_states,
                    unreached_handlers,
                    sent: counts(&self.sent),
                    received: counts(&self.received),
                }
            })
            .collect()
    }
}
