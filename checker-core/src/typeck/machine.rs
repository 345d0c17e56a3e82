//! Machine structure rules (P's `DeclarationVisitor` state part and `MachineChecker`): states, start state,
//! entry/exit/do/goto/defer/ignore handlers, handler arity and payload typing, spec restrictions.

use super::error::TypeError;
use super::symbols::*;
use super::types::Type;
use super::{Checker, FunSource};
use crate::ast::*;
use crate::span::{Ident, Span};
use indexmap::IndexMap;

impl<'a> Checker<'a> {
    pub(crate) fn check_machines(&mut self) {
        let program = self.program;
        for decl in &program.decls {
            if let TopDecl::Machine(m) = decl {
                if self.syms.machines.get(&m.name.name).is_some_and(|i| i.span == m.name.span) {
                    self.check_machine(m);
                }
            }
        }
    }

    fn check_machine(&mut self, m: &'a MachineDecl) {
        let mname = m.name.name.clone();
        self.context_machine = Some(mname.clone());
        let is_monitor = m.kind != MachineKind::Machine;
        // State names first: goto targets may refer to later states.
        let mut states: IndexMap<String, StateInfo> = IndexMap::new();
        for s in &m.states {
            if let Some(prev) = states.get(&s.name.name) {
                let previous = prev.span;
                self.err(TypeError::Duplicate { kind: "state", name: s.name.name.clone(), span: s.name.span, previous });
                continue;
            }
            states.insert(
                s.name.name.clone(),
                StateInfo {
                    span: s.name.span,
                    is_start: s.is_start,
                    temperature: s.temperature,
                    entry: None,
                    exit: None,
                    handlers: IndexMap::new(),
                },
            );
        }
        let mut start: Option<(String, Span)> = None;
        for s in &m.states {
            if states.get(&s.name.name).is_none_or(|i| i.span != s.name.span) {
                continue;
            }
            let mut info = StateInfo {
                span: s.name.span,
                is_start: s.is_start,
                temperature: s.temperature,
                entry: None,
                exit: None,
                handlers: IndexMap::new(),
            };
            let mut handler_spans: IndexMap<String, Span> = IndexMap::new();
            for item in &s.items {
                self.check_state_item(m, s, item, &states, &mut info, &mut handler_spans);
            }
            if s.is_start {
                match &start {
                    Some((_, previous)) => self.err(TypeError::TwoStartStates {
                        machine: mname.clone(),
                        span: s.name.span,
                        previous: *previous,
                    }),
                    None => start = Some((s.name.name.clone(), s.name.span)),
                }
            }
            states.insert(s.name.name.clone(), info);
        }
        self.monitor_warnings(m, &states, start.as_ref().map(|s| s.0.as_str()));
        if start.is_none() && !is_monitor {
            self.err(TypeError::NoStartState { machine: mname.clone(), span: m.name.span });
        }
        let payload = start
            .as_ref()
            .and_then(|(s, _)| states.get(s))
            .and_then(|st| st.entry)
            .and_then(|f| self.syms.function(f))
            .and_then(|f| f.params.first().map(|p| p.1.clone()))
            .unwrap_or(Type::Null);
        if !is_monitor {
            if let Some(i) = self.syms.interfaces.get_mut(&mname) {
                if i.of_machine {
                    i.payload = payload.clone();
                }
            }
        }
        if let Some(info) = self.syms.machines.get_mut(&mname) {
            info.states = states;
            info.start = start.map(|s| s.0);
            info.payload = payload;
        }
        self.check_handler_payloads(&mname);
        self.context_machine = None;
    }

    fn check_state_item(
        &mut self,
        m: &'a MachineDecl,
        s: &'a StateDecl,
        item: &'a StateItem,
        states: &IndexMap<String, StateInfo>,
        info: &mut StateInfo,
        handler_spans: &mut IndexMap<String, Span>,
    ) {
        let mname = &m.name.name;
        let is_monitor = m.kind != MachineKind::Machine;
        let sname = &s.name.name;
        match item {
            StateItem::Entry { handler, span } => {
                let f = self.handler_function(m, handler, &format!("entry function of state `{sname}`"));
                if let Some(f) = f {
                    self.mark_role(f, |r| r.entry = true);
                    let count = self.syms.function(f).map_or(0, |i| i.params.len());
                    if count > 1 {
                        self.err(TypeError::TooManyHandlerParams {
                            what: format!("the entry function of state `{sname}`"),
                            count,
                            span: *span,
                        });
                    }
                }
                if info.entry.is_some() {
                    self.err(TypeError::DuplicateEntryExit { state: sname.clone(), which: "entry", span: *span });
                } else {
                    info.entry = f;
                }
            }
            StateItem::Exit { handler, span } => {
                let f = self.handler_function(m, handler, &format!("exit function of state `{sname}`"));
                if let Some(f) = f {
                    self.mark_role(f, |r| r.exit = true);
                    if self.syms.function(f).is_some_and(|i| !i.params.is_empty()) {
                        self.err(TypeError::ExitHasParams { state: sname.clone(), span: *span });
                    }
                }
                if info.exit.is_some() {
                    self.err(TypeError::DuplicateEntryExit { state: sname.clone(), which: "exit", span: *span });
                } else {
                    info.exit = f;
                }
            }
            StateItem::Defer { events, span } => {
                if is_monitor {
                    self.err(TypeError::DeferInMonitor { machine: mname.clone(), span: *span });
                }
                for e in events {
                    if let Some(name) = self.handler_event(e, "deferred", None) {
                        self.add_handler(sname, info, handler_spans, name, e.span(), HandlerInfo::Defer);
                    }
                }
            }
            StateItem::Ignore { events, .. } => {
                for e in events {
                    if let Some(name) = self.handler_event(e, "ignored", None) {
                        self.add_handler(sname, info, handler_spans, name, e.span(), HandlerInfo::Ignore);
                    }
                }
            }
            StateItem::OnDo { events, handler, span } => {
                let f = self.handler_function(m, handler, &format!("handler in state `{sname}`"));
                if let Some(f) = f {
                    self.mark_role(f, |r| r.handler = true);
                    self.check_handler_arity(f, *span);
                }
                for e in events {
                    let monitor = is_monitor.then_some(mname.as_str());
                    if let (Some(name), Some(f)) = (self.handler_event(e, "", monitor), f) {
                        self.add_handler(sname, info, handler_spans, name, e.span(), HandlerInfo::Do(f));
                    }
                }
            }
            StateItem::OnGoto { events, target, with, span } => {
                let f = with.as_ref().and_then(|h| self.handler_function(m, h, &format!("transition function in state `{sname}`")));
                if let Some(f) = f {
                    self.mark_role(f, |r| r.transition = true);
                    self.check_handler_arity(f, *span);
                }
                let target_ok = states.contains_key(&target.name);
                if !target_ok {
                    self.unknown("state", target);
                }
                for e in events {
                    let monitor = is_monitor.then_some(mname.as_str());
                    if let Some(name) = self.handler_event(e, "", monitor) {
                        if target_ok {
                            let h = HandlerInfo::Goto { target: target.name.clone(), with: f };
                            self.add_handler(sname, info, handler_spans, name, e.span(), h);
                        }
                    }
                }
            }
        }
    }

    /// P's warnings about monitors (MachineChecker): unobserved handled events, scenario temperatures.
    fn monitor_warnings(&mut self, m: &MachineDecl, states: &IndexMap<String, StateInfo>, start: Option<&str>) {
        let mname = m.name.name.clone();
        match m.kind {
            MachineKind::Machine => {
                for s in &m.states {
                    if let Some(t) = s.temperature {
                        let temperature = if t == Temperature::Hot { "hot" } else { "cold" };
                        let (machine, state) = (mname.clone(), s.name.name.clone());
                        self.err(TypeError::TemperatureInMachine { machine, state, temperature, span: s.name.span });
                    }
                }
            }
            MachineKind::Spec | MachineKind::Scenario => {
                let observes = self.syms.machines.get(&mname).map(|mi| mi.observes.clone()).unwrap_or_default();
                for s in &m.states {
                    for item in &s.items {
                        if let StateItem::OnDo { events, .. } | StateItem::OnGoto { events, .. } | StateItem::Ignore { events, .. } = item {
                            for e in events {
                                if let EventRef::Named(id) = e {
                                    if self.syms.events.contains_key(&id.name) && !observes.contains(&id.name) {
                                        let (machine, event) = (mname.clone(), id.name.clone());
                                        self.err(TypeError::UnobservedHandler { machine, event, span: id.span });
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if m.kind == MachineKind::Scenario {
            if !states.values().any(|s| s.temperature == Some(Temperature::Cold)) {
                let detail = "has no cold (accepting) state, so it can never be covered";
                self.err(TypeError::ScenarioColdness { machine: mname.clone(), detail, span: m.name.span });
            } else if start.and_then(|s| states.get(s)).is_some_and(|s| s.temperature == Some(Temperature::Cold)) {
                let detail = "starts in a cold (accepting) state, so it accepts before observing anything";
                self.err(TypeError::ScenarioColdness { machine: mname, detail, span: m.name.span });
            }
        }
    }

    pub(crate) fn unknown(&mut self, kind: &'static str, name: &Ident) {
        self.unknown_name(kind, name.name.clone(), name.span);
    }

    fn mark_role(&mut self, f: FunId, set: impl FnOnce(&mut Roles)) {
        if let Some(info) = self.fun_mut(f) {
            set(&mut info.roles);
        }
    }

    fn check_handler_arity(&mut self, f: FunId, span: Span) {
        let Some(info) = self.syms.function(f) else { return };
        if info.params.len() > 1 {
            let what = if info.anonymous { "this handler".to_string() } else { format!("function `{}`", info.name) };
            let count = info.params.len();
            self.err(TypeError::TooManyHandlerParams { what, count, span });
        }
    }

    /// The event of a handler; `None` (after reporting) for unknown events and illegal `null`s.
    fn handler_event(&mut self, e: &EventRef, null_action: &'static str, monitor: Option<&str>) -> Option<String> {
        match e {
            EventRef::Null(span) => {
                if !null_action.is_empty() {
                    self.err(TypeError::NullEvent { action: null_action, span: *span });
                    return None;
                }
                if let Some(machine) = monitor {
                    self.err(TypeError::NullHandlerInMonitor { machine: machine.to_string(), span: *span });
                    return None;
                }
                Some("null".to_string())
            }
            EventRef::Halt(_) => Some("halt".to_string()),
            EventRef::Named(id) => {
                if self.syms.events.contains_key(&id.name) {
                    Some(id.name.clone())
                } else {
                    self.unknown("event", id);
                    None
                }
            }
        }
    }

    fn add_handler(
        &mut self,
        state: &str,
        info: &mut StateInfo,
        spans: &mut IndexMap<String, Span>,
        event: String,
        span: Span,
        h: HandlerInfo,
    ) {
        if let Some(previous) = spans.get(&event) {
            let previous = *previous;
            self.err(TypeError::DuplicateHandler { state: state.to_string(), event, span, previous });
            return;
        }
        spans.insert(event.clone(), span);
        info.handlers.insert(event, h);
    }

    /// The function run by a handler: a method of `m` (named) or a fresh anonymous function.
    fn handler_function(&mut self, m: &'a MachineDecl, handler: &'a Handler, what: &str) -> Option<FunId> {
        match handler {
            Handler::Named(id) => {
                let method = self.syms.machines.get(&m.name.name).and_then(|mi| mi.methods.get(&id.name)).copied();
                if let Some(f) = method {
                    if self.syms.function(f).is_some_and(|i| i.foreign) {
                        self.err(TypeError::GlobalHandler { function: id.name.clone(), span: id.span });
                    }
                    return Some(f);
                }
                if self.syms.global_funs.contains_key(&id.name) {
                    self.err(TypeError::GlobalHandler { function: id.name.clone(), span: id.span });
                } else {
                    self.unknown("function", id);
                }
                None
            }
            Handler::Anon(anon) => {
                let mut params = Vec::new();
                if let Some(p) = &anon.param {
                    let ty = self.resolve_type(&p.ty);
                    self.check_not_global_param(&p.name);
                    params.push((p.name.name.clone(), ty));
                }
                let info = FunInfo {
                    name: what.to_string(),
                    anonymous: true,
                    owner: Some(m.name.name.clone()),
                    params,
                    ret: Type::Null,
                    foreign: false,
                    span: anon.span,
                    roles: Roles::default(),
                    effects: Effects::default(),
                    callees: Default::default(),
                    creates: Default::default(),
                };
                Some(self.add_function(info, FunSource::Anon(anon)))
            }
        }
    }

    /// P's `ValidateTransitions`: the payload of each handled event must fit the handler's parameter,
    /// the `with` function's parameter and the goto target's entry parameter.
    fn check_handler_payloads(&mut self, mname: &str) {
        let Some(info) = self.syms.machines.get(mname) else { return };
        let mut checks: Vec<(String, FunId, Span, Option<String>)> = Vec::new();
        for st in info.states.values() {
            for (event, h) in &st.handlers {
                match h {
                    HandlerInfo::Do(f) => checks.push((event.clone(), *f, st.span, None)),
                    HandlerInfo::Goto { target, with } => {
                        if let Some(entry) = info.states.get(target).and_then(|t| t.entry) {
                            checks.push((event.clone(), entry, st.span, Some(target.clone())));
                        }
                        if let Some(w) = with {
                            checks.push((event.clone(), *w, st.span, None));
                        }
                    }
                    HandlerInfo::Defer | HandlerInfo::Ignore => {}
                }
            }
        }
        for (event, f, span, target) in checks {
            let payload = self.syms.events.get(&event).map_or(Type::Error, |e| e.payload.clone());
            let Some(fi) = self.syms.function(f) else { continue };
            let [(_, param)] = fi.params.as_slice() else { continue };
            if param.is_assignable_from(&payload) {
                continue;
            }
            // A one-element tuple payload also fits a parameter of its element's type.
            if let Type::Tuple(ts) = payload.canon() {
                if let [only] = ts.as_slice() {
                    if param.is_assignable_from(only) {
                        continue;
                    }
                }
            }
            let function = match &target {
                Some(t) => format!("the entry of state `{t}`"),
                None if fi.anonymous => "this handler".to_string(),
                None => format!("`{}`", fi.name),
            };
            let span = self.handler_span(mname, &event, span);
            self.err(TypeError::HandlerPayload {
                event,
                payload: payload.to_string(),
                function,
                param: param.to_string(),
                span,
            });
        }
    }

    /// The span of the event name in the handler for `event` in a state at `state_span`, for reporting.
    fn handler_span(&self, mname: &str, event: &str, state_span: Span) -> Span {
        let Some(mi) = self.syms.machines.get(mname) else { return state_span };
        let Some(TopDecl::Machine(m)) = self.program.decls.get(mi.decl) else { return state_span };
        for s in m.states.iter().filter(|s| s.name.span == state_span) {
            for item in &s.items {
                if let StateItem::OnDo { events, .. } | StateItem::OnGoto { events, .. } = item {
                    if let Some(e) = events.iter().find(|e| e.name() == event) {
                        return e.span();
                    }
                }
            }
        }
        state_span
    }
}
