//! Declaration pass: every top-level name into its namespace with P's conflict rules
//! (`Scope.cs` putters), event sets and receive/send sets, then the types of all declarations.

use super::error::TypeError;
use super::symbols::*;
use super::types::{EventSet, Type};
use super::{Checker, FunSource};
use crate::ast::*;
use crate::span::{Ident, Span};
use indexmap::IndexMap;
use std::rc::Rc;

/// Where an earlier declaration of a name was found, for duplicate reports.
fn prev_span<T>(map: &IndexMap<String, T>, name: &str, span_of: impl Fn(&T) -> Span) -> Option<Span> {
    map.get(name).map(span_of)
}

impl<'a> Checker<'a> {
    pub(crate) fn declare_all(&mut self) {
        self.syms.events.insert("halt".into(), EventInfo { payload: Type::Null, span: None });
        self.syms.events.insert("null".into(), EventInfo { payload: Type::Null, span: None });
        let program = self.program;
        let mut tests_seen: IndexMap<String, Span> = IndexMap::new();
        for (index, decl) in program.decls.iter().enumerate() {
            self.declare_name(index, decl, &mut tests_seen);
        }
        self.declare_event_sets();
        self.resolve_declaration_types();
    }

    fn dup(&mut self, kind: &'static str, name: &Ident, previous: Option<Span>) -> bool {
        match previous {
            Some(previous) => {
                self.err(TypeError::Duplicate { kind, name: name.name.clone(), span: name.span, previous });
                true
            }
            None => false,
        }
    }

    /// The span of an existing type-namespace declaration (typedefs, enums, interfaces, machines).
    fn type_conflict(&self, n: &str, with_interfaces: bool) -> Option<Span> {
        let s = &self.syms;
        prev_span(&s.typedefs, n, |t| t.span)
            .or_else(|| prev_span(&s.enums, n, |e| e.span))
            .or_else(|| if with_interfaces { prev_span(&s.interfaces, n, |i| i.span) } else { None })
            .or_else(|| prev_span(&s.machines, n, |m| m.span))
    }

    fn declare_name(&mut self, index: usize, decl: &'a TopDecl, tests_seen: &mut IndexMap<String, Span>) {
        match decl {
            TopDecl::TypeDef(d) => {
                let prev = self.type_conflict(&d.name.name, true);
                if !self.dup("type", &d.name, prev) {
                    let foreign = d.ty.is_none();
                    let ty = if foreign { Type::Foreign(d.name.name.clone()) } else { Type::Error };
                    self.syms.typedefs.insert(d.name.name.clone(), TypedefInfo { ty, foreign, span: d.name.span });
                    self.typedef_src.insert(d.name.name.clone(), d);
                }
                if d.ty.is_none() {
                    self.err(TypeError::ForeignType { name: d.name.name.clone(), span: d.span });
                }
            }
            TopDecl::Enum(d) => self.declare_enum(d),
            TopDecl::Event(d) => {
                let prev = prev_span(&self.syms.events, &d.name.name, |e| e.span.unwrap_or(d.name.span))
                    .or_else(|| prev_span(&self.syms.enum_elems, &d.name.name, |e| e.span));
                if !self.dup("event", &d.name, prev) {
                    self.syms.events.insert(d.name.name.clone(), EventInfo { payload: Type::Null, span: Some(d.name.span) });
                }
            }
            TopDecl::EventSet(d) => {
                let prev = prev_span(&self.syms.event_sets, &d.name.name, |e| e.span)
                    .or_else(|| prev_span(&self.syms.interfaces, &d.name.name, |i| i.span));
                if !self.dup("event set", &d.name, prev) {
                    self.syms.event_sets.insert(d.name.name.clone(), EventSetInfo { events: Rc::default(), span: d.name.span });
                }
            }
            TopDecl::Interface(d) => {
                let prev = self.type_conflict(&d.name.name, true);
                if !self.dup("interface", &d.name, prev) {
                    self.syms.interfaces.insert(
                        d.name.name.clone(),
                        InterfaceInfo { payload: Type::Null, receives: Rc::default(), of_machine: false, span: d.name.span },
                    );
                }
            }
            TopDecl::Machine(d) => {
                let prev = self.type_conflict(&d.name.name, true);
                if !self.dup("machine", &d.name, prev) {
                    let info = MachineInfo {
                        kind: d.kind,
                        span: d.name.span,
                        decl: index,
                        receives: Rc::default(),
                        sends: Rc::default(),
                        observes: EventSet::new(),
                        fields: IndexMap::new(),
                        methods: IndexMap::new(),
                        states: IndexMap::new(),
                        start: None,
                        payload: Type::Null,
                        creates: Default::default(),
                    };
                    self.syms.machines.insert(d.name.name.clone(), info);
                    if d.kind == MachineKind::Machine {
                        self.syms.interfaces.insert(
                            d.name.name.clone(),
                            InterfaceInfo { payload: Type::Null, receives: Rc::default(), of_machine: true, span: d.name.span },
                        );
                    }
                }
            }
            TopDecl::Fun(f) => {
                let prev = self.syms.global_funs.get(&f.name.name).and_then(|id| self.syms.function(*id)).map(|i| i.span);
                if !self.dup("function", &f.name, prev) {
                    let id = self.new_function(f, None);
                    self.syms.global_funs.insert(f.name.name.clone(), id);
                }
            }
            TopDecl::Param(p) => {
                for name in &p.names {
                    let prev = prev_span(&self.syms.params, &name.name, |i| i.span);
                    if !self.dup("parameter", name, prev) {
                        self.syms.params.insert(name.name.clone(), ParamInfo { ty: Type::Error, span: name.span });
                    }
                }
            }
            TopDecl::Module(m) => {
                let prev = self.syms.modules.get(&m.name.name).copied();
                if !self.dup("module", &m.name, prev) {
                    self.syms.modules.insert(m.name.name.clone(), m.name.span);
                }
            }
            TopDecl::Test(t) => {
                let prev = tests_seen.get(&t.name.name).copied();
                if !self.dup("test", &t.name, prev) {
                    tests_seen.insert(t.name.name.clone(), t.name.span);
                }
            }
            TopDecl::Implementation(t) => {
                let prev = tests_seen.get(&t.name.name).copied();
                if !self.dup("implementation", &t.name, prev) {
                    tests_seen.insert(t.name.name.clone(), t.name.span);
                }
            }
            // P's checker ignores PVerifier declarations (they are only type-checked for PVerifier output).
            TopDecl::Verifier(_) => {}
        }
    }

    fn declare_enum(&mut self, d: &EnumDecl) {
        let prev = self.type_conflict(&d.name.name, true);
        let declared = !self.dup("enum", &d.name, prev);
        let mut elems = Vec::new();
        let mut values: IndexMap<i64, Span> = IndexMap::new();
        for (i, e) in d.elems.iter().enumerate() {
            let value = match e.value {
                Some((v, span)) => {
                    if v > i32::MAX as u64 {
                        self.err(TypeError::IntOutOfRange { value: v, span });
                    }
                    v as i64
                }
                None => i as i64,
            };
            let prev = prev_span(&self.syms.enum_elems, &e.name.name, |x| x.span)
                .or_else(|| prev_span(&self.syms.events, &e.name.name, |x| x.span.unwrap_or(e.name.span)));
            if let Some(previous) = values.get(&value).copied() {
                self.err(TypeError::DuplicateEnumValue {
                    enum_name: d.name.name.clone(),
                    value,
                    name: e.name.name.clone(),
                    span: e.name.span,
                    previous,
                });
            } else {
                values.insert(value, e.name.span);
            }
            if !self.dup("enum element", &e.name, prev) {
                self.syms.enum_elems.insert(
                    e.name.name.clone(),
                    EnumElemInfo { enum_name: d.name.name.clone(), value, span: e.name.span },
                );
                elems.push((e.name.name.clone(), value));
            }
        }
        if declared {
            self.syms.enums.insert(d.name.name.clone(), EnumInfo { elems, span: d.name.span });
        }
    }

    pub(crate) fn new_function(&mut self, f: &'a FunDecl, owner: Option<&str>) -> FunId {
        let info = FunInfo {
            name: f.name.name.clone(),
            anonymous: false,
            owner: owner.map(str::to_string),
            params: Vec::new(),
            ret: Type::Null,
            foreign: f.body.is_none(),
            span: f.name.span,
            roles: Roles::default(),
            effects: Effects::default(),
            callees: Default::default(),
            creates: Default::default(),
        };
        if f.body.is_none() {
            self.err(TypeError::ForeignFunction { name: f.name.name.clone(), span: f.span });
        }
        self.add_function(info, FunSource::Decl(f))
    }

    /// Resolves a list of event names that may not contain `null` (receives, sends, observes, event sets).
    pub(crate) fn event_list(&mut self, events: &[EventRef]) -> EventSet {
        let mut out = EventSet::new();
        for e in events {
            match e {
                EventRef::Null(span) => self.err(TypeError::NullEvent { action: "listed here", span: *span }),
                EventRef::Halt(_) => {
                    out.insert("halt".to_string());
                }
                EventRef::Named(id) => {
                    if self.syms.events.contains_key(&id.name) {
                        out.insert(id.name.clone());
                    } else {
                        self.unknown_name("event", id.name.clone(), id.span);
                    }
                }
            }
        }
        out
    }

    fn declare_event_sets(&mut self) {
        // P's universal event set: every declared event plus `halt` (Scope.cs `eventSetWithHalt`).
        let universe: EventSet = self.syms.events.keys().filter(|k| *k != "null").cloned().collect();
        self.syms.universe = Rc::new(universe);
        let program = self.program;
        for decl in &program.decls {
            match decl {
                TopDecl::EventSet(d) => {
                    let set = Rc::new(self.event_list(&d.events));
                    if let Some(info) = self.syms.event_sets.get_mut(&d.name.name) {
                        if info.span == d.name.span {
                            info.events = set;
                        }
                    }
                }
                TopDecl::Interface(d) => {
                    let set = Rc::new(self.event_list(&d.receives));
                    if let Some(info) = self.syms.interfaces.get_mut(&d.name.name) {
                        if info.span == d.name.span {
                            info.receives = set;
                        }
                    }
                }
                TopDecl::Machine(d) => {
                    let (receives, sends, observes) = if d.kind == MachineKind::Machine {
                        let r = match &d.receives {
                            Some(list) => Rc::new(self.event_list(list)),
                            None => self.syms.universe.clone(),
                        };
                        let s = match &d.sends {
                            Some(list) => Rc::new(self.event_list(list)),
                            None => self.syms.universe.clone(),
                        };
                        (r, s, EventSet::new())
                    } else {
                        (Rc::default(), Rc::default(), self.event_list(&d.observes))
                    };
                    let Some(info) = self.syms.machines.get_mut(&d.name.name) else { continue };
                    if info.span != d.name.span {
                        continue;
                    }
                    info.receives = receives.clone();
                    info.sends = sends;
                    info.observes = observes;
                    if let Some(i) = self.syms.interfaces.get_mut(&d.name.name) {
                        if i.of_machine {
                            i.receives = receives;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn resolve_declaration_types(&mut self) {
        let program = self.program;
        // Aliases first, so that their errors are reported at their definitions.
        let names: Vec<String> = self.typedef_src.keys().cloned().collect();
        for n in names {
            if let Some(src) = self.typedef_src.get(&n).copied() {
                self.resolve_type(&TypeExpr { kind: TypeExprKind::Named(src.name.clone()), span: src.name.span });
            }
        }
        for decl in &program.decls {
            match decl {
                TopDecl::Event(d) => {
                    let ty = d.payload.as_ref().map_or(Type::Null, |t| self.resolve_type(t));
                    if let Some(info) = self.syms.events.get_mut(&d.name.name) {
                        if info.span == Some(d.name.span) {
                            info.payload = ty;
                        }
                    }
                }
                TopDecl::Interface(d) => {
                    let ty = d.payload.as_ref().map_or(Type::Null, |t| self.resolve_type(t));
                    if let Some(info) = self.syms.interfaces.get_mut(&d.name.name) {
                        if info.span == d.name.span {
                            info.payload = ty;
                        }
                    }
                }
                TopDecl::Param(p) => {
                    let ty = self.resolve_type(&p.ty);
                    for name in &p.names {
                        if let Some(info) = self.syms.params.get_mut(&name.name) {
                            if info.span == name.span {
                                info.ty = ty.clone();
                            }
                        }
                    }
                }
                TopDecl::Fun(f) => {
                    if let Some(id) = self.syms.global_funs.get(&f.name.name).copied() {
                        if self.syms.function(id).is_some_and(|i| i.span == f.name.span) {
                            self.resolve_signature(id, f);
                        }
                    }
                }
                TopDecl::Machine(m) => self.declare_machine_members(m),
                _ => {}
            }
        }
    }

    /// Parameters and return type of a declared function; duplicate parameter names.
    pub(crate) fn resolve_signature(&mut self, id: FunId, f: &FunDecl) {
        let mut params = Vec::new();
        let mut seen: IndexMap<String, Span> = IndexMap::new();
        for p in &f.params {
            let ty = self.resolve_type(&p.ty);
            let prev = seen.get(&p.name.name).copied();
            if !self.dup("parameter", &p.name, prev) {
                seen.insert(p.name.name.clone(), p.name.span);
            }
            self.check_not_global_param(&p.name);
            params.push((p.name.name.clone(), ty));
        }
        let ret = f.ret.as_ref().map_or(Type::Null, |t| self.resolve_type(t));
        let mut creates = std::collections::BTreeSet::new();
        for c in &f.creates {
            if self.syms.interfaces.contains_key(&c.name) {
                creates.insert(c.name.clone());
            } else {
                self.unknown_name("interface", c.name.clone(), c.span);
            }
        }
        if let Some(info) = self.fun_mut(id) {
            info.params = params;
            info.ret = ret;
            info.creates = creates;
        }
    }

    pub(crate) fn check_not_global_param(&mut self, name: &Ident) {
        if self.syms.params.contains_key(&name.name) {
            self.err(TypeError::RedeclaredParam { name: name.name.clone(), span: name.span });
        }
    }

    fn declare_machine_members(&mut self, m: &'a MachineDecl) {
        let Some(info) = self.syms.machines.get(&m.name.name) else { return };
        if info.span != m.name.span {
            return;
        }
        let mut fields: IndexMap<String, (Type, Span)> = IndexMap::new();
        for v in &m.vars {
            let ty = self.resolve_type(&v.ty);
            for name in &v.names {
                let prev = fields.get(&name.name).map(|f| f.1);
                if !self.dup("variable", name, prev) {
                    fields.insert(name.name.clone(), (ty.clone(), name.span));
                }
                self.check_not_global_param(name);
            }
        }
        let mut methods: IndexMap<String, FunId> = IndexMap::new();
        for f in &m.funs {
            // A function conflicts with an earlier function or an earlier state of the same name.
            let prev_fun = methods.get(&f.name.name).and_then(|id| self.syms.function(*id)).map(|i| i.span);
            let prev_state = m
                .states
                .iter()
                .find(|s| s.name.name == f.name.name && s.span.start < f.span.start)
                .map(|s| s.name.span);
            if self.dup("function", &f.name, prev_fun.or(prev_state)) {
                continue;
            }
            let id = self.new_function(f, Some(&m.name.name));
            self.resolve_signature(id, f);
            methods.insert(f.name.name.clone(), id);
        }
        if let Some(info) = self.syms.machines.get_mut(&m.name.name) {
            info.fields = fields;
            info.methods = methods;
        }
    }
}
