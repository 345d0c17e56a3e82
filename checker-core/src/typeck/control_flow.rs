//! Effects through calls (P's `Analyzer` propagation steps 4–5 and `InferMachineCreates`): spec machines may
//! not reach send/new/receive/nondeterminism, exit and `with` functions may not reach `goto`/`raise`, and
//! each machine's creates set is inferred transitively.

use super::error::TypeError;
use super::symbols::{Effects, FunId};
use super::Checker;
use std::collections::BTreeSet;

impl<'a> Checker<'a> {
    pub(crate) fn check_control_flow(&mut self) {
        self.propagate_effects();
        let n = self.syms.functions.len();
        for i in 0..n {
            let Some(f) = self.syms.functions.get(i) else { continue };
            let e = f.effects;
            let side_effects = e.nondet || e.create || e.send || e.receive;
            let mut errs = Vec::new();
            if f.owner.is_none() && side_effects {
                // P reports at the global function a spec machine calls (direct uses inside a spec machine were
                // reported where they occur).
                let spec_caller = (0..n).filter_map(|c| self.syms.functions.get(c)).find(|caller| {
                    caller.callees.contains(&FunId(i))
                        && caller.owner.as_ref().and_then(|o| self.syms.machines.get(o)).is_some_and(|m| m.is_monitor())
                });
                if let Some(caller) = spec_caller {
                    errs.push(TypeError::IllegalFunctionInMonitor {
                        function: f.name.clone(),
                        machine: caller.owner.clone().unwrap_or_default(),
                        span: f.span,
                    });
                }
            }
            if (e.change_state || e.raise) && (f.roles.transition || f.roles.exit) {
                let role = if f.roles.exit { "exit function" } else { "transition function" };
                let function = if f.anonymous { format!("the {}", f.name) } else { format!("{role} `{}`", f.name) };
                errs.push(TypeError::ChangedStateMidTransition { function, span: f.span });
            }
            for err in errs {
                self.err(err);
            }
        }
        self.infer_creates();
    }

    /// Fixpoint: a function has an effect if any callee has it.
    fn propagate_effects(&mut self) {
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..self.syms.functions.len() {
                let Some(f) = self.syms.functions.get(i) else { continue };
                let mut acc: Effects = f.effects;
                for c in &f.callees {
                    if let Some(callee) = self.syms.function(*c) {
                        let ce = callee.effects;
                        acc.raise |= ce.raise;
                        acc.change_state |= ce.change_state;
                        acc.send |= ce.send;
                        acc.create |= ce.create;
                        acc.receive |= ce.receive;
                        acc.nondet |= ce.nondet;
                    }
                }
                if let Some(f) = self.syms.functions.get_mut(i) {
                    if f.effects != acc {
                        f.effects = acc;
                        changed = true;
                    }
                }
            }
        }
    }

    /// Creates set of every machine: interfaces created by its functions and everything they call.
    fn infer_creates(&mut self) {
        let names: Vec<String> = self.syms.machines.keys().cloned().collect();
        for name in names {
            let roots: Vec<FunId> = (0..self.syms.functions.len())
                .filter(|i| self.syms.functions.get(*i).is_some_and(|f| f.owner.as_deref() == Some(name.as_str())))
                .map(FunId)
                .collect();
            let mut seen: BTreeSet<FunId> = BTreeSet::new();
            let mut stack = roots;
            let mut creates = BTreeSet::new();
            while let Some(id) = stack.pop() {
                if !seen.insert(id) {
                    continue;
                }
                let Some(f) = self.syms.function(id) else { continue };
                creates.extend(f.creates.iter().cloned());
                if !f.foreign {
                    stack.extend(f.callees.iter().copied());
                }
            }
            if let Some(m) = self.syms.machines.get_mut(&name) {
                m.creates = creates;
            }
        }
    }
}
