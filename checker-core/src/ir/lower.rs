//! Lowering a checked program into the executable form: events, interfaces and machines become indices,
//! variables become slots, and function bodies become stack code.

use super::{
    EventDecl, EventSet, FunId, Function, Handler, Instr, Interface, MachineKind, MachineType, PathStep, Place,
    PlaceId, PlaceRoot, Program, ReceiveCase, ReceiveId, ReceiveTable, RtType, State, StateId, Temperature, Test,
    TypeId,
};
use crate::ast::{self, BinaryOp, CastKind, EventRef, ExprKind, StmtKind, TypeExpr, UnaryOp};
use crate::runtime::ops;
use crate::runtime::value::{EventId, InterfaceId, MachineTypeId, ShapeId, Value};
use crate::span::Span;
use crate::typeck::types::Type;
use crate::typeck::TypedProgram;
use indexmap::IndexMap;
use std::rc::Rc;

/// Something the lowering could not translate (only possible for programs the type checker should have
/// rejected, or constructs the runtime does not support).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LowerError {
    pub message: String,
    pub span: Span,
}

type Result<T> = std::result::Result<T, LowerError>;

fn error<T>(message: impl Into<String>, span: Span) -> Result<T> {
    Err(LowerError { message: message.into(), span })
}

/// Lowers a well-typed program.
pub fn lower(typed: &TypedProgram) -> Result<Program> {
    let mut lowering = Lowering::new(typed);
    lowering.run()?;
    Ok(lowering.out)
}

struct MachineCtx<'a> {
    ty: MachineTypeId,
    decl: &'a ast::MachineDecl,
    fields: IndexMap<String, u16>,
    methods: IndexMap<String, FunId>,
    states: IndexMap<String, StateId>,
}

struct Lowering<'a> {
    typed: &'a TypedProgram,
    out: Program,
    events: IndexMap<String, EventId>,
    interfaces: IndexMap<String, InterfaceId>,
    machines: IndexMap<String, MachineTypeId>,
    globals: IndexMap<String, u16>,
    global_funs: IndexMap<String, FunId>,
    shapes: IndexMap<Vec<Rc<str>>, ShapeId>,
    types: Vec<RtType>,
    strings: IndexMap<String, u32>,
}

impl<'a> Lowering<'a> {
    fn new(typed: &'a TypedProgram) -> Self {
        Lowering {
            typed,
            out: Program::default(),
            events: IndexMap::new(),
            interfaces: IndexMap::new(),
            machines: IndexMap::new(),
            globals: IndexMap::new(),
            global_funs: IndexMap::new(),
            shapes: IndexMap::new(),
            types: Vec::new(),
            strings: IndexMap::new(),
        }
    }

    fn run(&mut self) -> Result<()> {
        let syms = &self.typed.symbols;
        self.events.insert("halt".to_string(), EventId(0));
        self.out.events.push(EventDecl { name: Rc::from("halt") });
        for name in syms.events.keys() {
            if name != "halt" && name != "null" {
                let id = EventId(self.out.events.len() as u32);
                self.events.insert(name.clone(), id);
                self.out.events.push(EventDecl { name: Rc::from(name.as_str()) });
            }
        }
        for (name, info) in &syms.interfaces {
            let id = InterfaceId(self.out.interfaces.len() as u32);
            self.interfaces.insert(name.clone(), id);
            let receives = self.event_set(info.receives.iter());
            self.out.interfaces.push(Interface { name: Rc::from(name.as_str()), receives });
        }
        for name in syms.params.keys() {
            self.globals.insert(name.clone(), self.out.globals.len() as u16);
            self.out.globals.push(Rc::from(name.as_str()));
        }
        // Machine type ids first, so that code can refer to any machine.
        let mut decls = Vec::new();
        for (name, info) in &syms.machines {
            let Some(ast::TopDecl::Machine(decl)) = self.typed.program.decls.get(info.decl) else {
                return error(format!("machine `{name}` has no declaration"), info.span);
            };
            self.machines.insert(name.clone(), MachineTypeId(self.machines.len() as u32));
            decls.push(decl);
        }
        // Global functions get ids before any body is compiled (calls may come first).
        let globals: Vec<&ast::FunDecl> = self
            .typed
            .program
            .decls
            .iter()
            .filter_map(|d| if let ast::TopDecl::Fun(f) = d { Some(f) } else { None })
            .collect();
        for f in &globals {
            let id = self.reserve_function(&f.name.name);
            self.global_funs.insert(f.name.name.clone(), id);
        }
        for f in &globals {
            let id = self.global_funs.get(&f.name.name).copied().unwrap_or(FunId(0));
            self.compile_named(id, f, None)?;
        }
        for decl in decls {
            self.lower_machine(decl)?;
        }
        self.lower_tests()?;
        self.out.types = std::mem::take(&mut self.types);
        self.out.shapes = self.shapes.keys().cloned().collect();
        Ok(())
    }

    fn event_set<'s>(&self, names: impl Iterator<Item = &'s String>) -> EventSet {
        names.filter_map(|n| self.events.get(n).copied()).collect()
    }

    fn reserve_function(&mut self, name: &str) -> FunId {
        let id = FunId(self.out.functions.len() as u32);
        self.out.functions.push(Function {
            name: Rc::from(name),
            params: 0,
            locals: 0,
            local_defaults: Vec::new(),
            returns_value: false,
            code: Vec::new(),
            spans: Vec::new(),
            owner: None,
        });
        id
    }

    fn lower_machine(&mut self, decl: &'a ast::MachineDecl) -> Result<()> {
        let syms = &self.typed.symbols;
        let name = decl.name.name.as_str();
        let ty = self.machines.get(name).copied().unwrap_or(MachineTypeId(0));
        let info = syms.machines.get(name);
        let mut fields = IndexMap::new();
        let mut field_values = Vec::new();
        let mut durable = Vec::new();
        for var in &decl.vars {
            for n in &var.names {
                let ty = info.and_then(|i| i.fields.get(&n.name)).map_or(Type::Error, |(t, _)| t.clone());
                let default = self.default_for(&ty);
                fields.insert(n.name.clone(), field_values.len() as u16);
                field_values.push((Rc::from(n.name.as_str()), default.clone()));
                durable.push(var.durable);
            }
        }
        let mut methods = IndexMap::new();
        for f in &decl.funs {
            let id = self.reserve_function(&format!("{name}.{}", f.name.name));
            methods.insert(f.name.name.clone(), id);
        }
        let states: IndexMap<String, StateId> =
            decl.states.iter().enumerate().map(|(i, s)| (s.name.name.clone(), StateId(i as u32))).collect();
        let ctx = MachineCtx { ty, decl, fields, methods, states };
        for f in &decl.funs {
            let id = ctx.methods.get(&f.name.name).copied().unwrap_or(FunId(0));
            self.compile_named(id, f, Some(&ctx))?;
        }
        let mut lowered_states = Vec::new();
        for state in &decl.states {
            lowered_states.push(self.lower_state(state, &ctx)?);
        }
        let start = decl
            .states
            .iter()
            .position(|s| s.is_start)
            .map_or(StateId(0), |i| StateId(i as u32));
        let kind = match decl.kind {
            ast::MachineKind::Machine => MachineKind::Machine,
            ast::MachineKind::Spec => MachineKind::Spec,
            ast::MachineKind::Scenario => MachineKind::Scenario,
        };
        let sends = match (&decl.sends, info) {
            (Some(_), Some(info)) => Some(self.event_set(info.sends.iter())),
            _ => None,
        };
        let observes = info.map(|i| self.event_set(i.observes.iter())).unwrap_or_default();
        let own_interface = self.interfaces.get(name).copied().unwrap_or(InterfaceId(u32::MAX));
        self.out.machines.push(MachineType {
            name: Rc::from(name),
            kind,
            fields: field_values,
            durable,
            states: lowered_states,
            start,
            sends,
            own_interface,
            observes,
            span: decl.span,
        });
        Ok(())
    }

    fn lower_state(&mut self, state: &'a ast::StateDecl, ctx: &MachineCtx<'a>) -> Result<State> {
        let mut lowered = State {
            name: Rc::from(state.name.name.as_str()),
            temperature: match state.temperature {
                Some(ast::Temperature::Hot) => Temperature::Hot,
                Some(ast::Temperature::Cold) => Temperature::Cold,
                None => Temperature::Warm,
            },
            entry: None,
            exit: None,
            handlers: Vec::new(),
            on_null: None,
        };
        let label = |what: &str| format!("{}.{}.{what}", ctx.decl.name.name, state.name.name);
        for item in &state.items {
            match item {
                ast::StateItem::Entry { handler, .. } => {
                    lowered.entry = Some(self.handler_fun(handler, ctx, &label("entry"))?);
                }
                ast::StateItem::Exit { handler, .. } => {
                    lowered.exit = Some(self.handler_fun(handler, ctx, &label("exit"))?);
                }
                ast::StateItem::Defer { events, .. } => self.set_handlers(&mut lowered, events, Handler::Defer),
                ast::StateItem::Ignore { events, .. } => self.set_handlers(&mut lowered, events, Handler::Ignore),
                ast::StateItem::OnDo { events, handler, .. } => {
                    let fun = self.handler_fun(handler, ctx, &label(&format!("on {}", event_names(events))))?;
                    self.set_handlers(&mut lowered, events, Handler::Do(fun));
                }
                ast::StateItem::OnGoto { events, target, with, span } => {
                    let Some(&target_id) = ctx.states.get(&target.name) else {
                        return error(format!("unknown state `{}`", target.name), *span);
                    };
                    let with = match with {
                        Some(h) => Some(self.handler_fun(h, ctx, &label(&format!("goto {} with", target.name)))?),
                        None => None,
                    };
                    self.set_handlers(&mut lowered, events, Handler::Goto { target: target_id, with });
                }
            }
        }
        Ok(lowered)
    }

    fn set_handlers(&self, state: &mut State, events: &[EventRef], handler: Handler) {
        for event in events {
            match event {
                EventRef::Null(_) => state.on_null = Some(handler),
                EventRef::Halt(_) | EventRef::Named(_) => {
                    let name = event.name();
                    if let Some(id) = self.events.get(name) {
                        let index = id.0 as usize;
                        if state.handlers.len() <= index {
                            state.handlers.resize(index + 1, Handler::None);
                        }
                        if let Some(slot) = state.handlers.get_mut(index) {
                            *slot = handler;
                        }
                    }
                }
            }
        }
    }

    fn handler_fun(&mut self, handler: &'a ast::Handler, ctx: &MachineCtx<'a>, label: &str) -> Result<FunId> {
        match handler {
            ast::Handler::Named(name) => match ctx.methods.get(&name.name) {
                Some(id) => Ok(*id),
                None => error(format!("unknown method `{}`", name.name), name.span),
            },
            ast::Handler::Anon(anon) => {
                let id = self.reserve_function(label);
                let params: Vec<&ast::Param> = anon.param.iter().collect();
                self.compile_body(id, &params, None, &anon.body, Some(ctx), true)?;
                Ok(id)
            }
        }
    }

    fn compile_named(&mut self, id: FunId, f: &'a ast::FunDecl, ctx: Option<&MachineCtx<'a>>) -> Result<()> {
        let Some(body) = &f.body else {
            return error(format!("foreign function `{}` cannot run in Plait", f.name.name), f.span);
        };
        let params: Vec<&ast::Param> = f.params.iter().collect();
        // Named methods can also be handlers: check value-typed payload parameters like anonymous ones.
        self.compile_body(id, &params, f.ret.as_ref(), body, ctx, ctx.is_some())
    }

    fn compile_body(
        &mut self,
        id: FunId,
        params: &[&'a ast::Param],
        ret: Option<&TypeExpr>,
        body: &'a ast::FunBody,
        ctx: Option<&MachineCtx<'a>>,
        check_payload: bool,
    ) -> Result<()> {
        let mut code = Codegen::new(self, ctx);
        for p in params {
            code.declare_param(&p.name.name);
        }
        if check_payload && params.len() == 1 {
            if let Some(p) = params.first() {
                let ty = code.lower.local_type(&p.name);
                if matches!(unalias(&ty), Type::Int | Type::Bool | Type::Float | Type::String | Type::Enum(_)) {
                    let t = code.lower.rt_type(&ty);
                    code.emit(Instr::Local(0), p.name.span);
                    code.emit(Instr::Cast(t), p.name.span);
                    code.emit(Instr::Pop, p.name.span);
                }
            }
        }
        code.locals_decls(&body.locals);
        for stmt in &body.stmts {
            code.stmt(stmt)?;
        }
        let end = body.span.end_point();
        let returns_value = ret.is_some();
        code.emit(if returns_value { Instr::Unreachable } else { Instr::ReturnVoid }, end);
        let Codegen { instrs, spans, local_defaults, .. } = code;
        let owner = ctx.map(|c| c.ty);
        if let Some(f) = self.out.functions.get_mut(id.0 as usize) {
            f.params = params.len() as u16;
            f.locals = (params.len() + local_defaults.len()) as u16;
            f.local_defaults = local_defaults;
            f.returns_value = returns_value;
            f.code = instrs;
            f.spans = spans;
            f.owner = owner;
        }
        Ok(())
    }

    fn lower_tests(&mut self) -> Result<()> {
        for test in &self.typed.tests {
            let Some(&main) = self.machines.get(&test.main) else {
                return error(format!("test `{}` has an unknown main machine", test.name), Span::default());
            };
            let mut bindings = vec![None; self.out.interfaces.len()];
            for (iface, machine) in &test.bindings {
                if let (Some(i), Some(m)) = (self.interfaces.get(iface), self.machines.get(machine)) {
                    if let Some(slot) = bindings.get_mut(i.0 as usize) {
                        *slot = Some(*m);
                    }
                }
            }
            let monitors: Vec<MachineTypeId> = test.monitors.iter().filter_map(|m| self.machines.get(m).copied()).collect();
            let machine_count = self.machines.len();
            let observes = test
                .monitors
                .iter()
                .filter(|m| self.machines.contains_key(*m))
                .map(|m| match test.observed.get(m) {
                    None => vec![true; machine_count],
                    Some(interfaces) => {
                        let mut seen = vec![false; machine_count];
                        for machine in interfaces.iter().filter_map(|i| test.bindings.get(i)) {
                            if let Some(t) = self.machines.get(machine).and_then(|t| seen.get_mut(t.0 as usize)) {
                                *t = true;
                            }
                        }
                        seen
                    }
                })
                .collect();
            let param_types: Vec<Type> = self.typed.symbols.params.values().map(|p| p.ty.clone()).collect();
            let mut globals: Vec<Value> = param_types.iter().map(|t| self.default_for(t)).collect();
            for (name, value) in &test.params {
                if let Some(&slot) = self.globals.get(name) {
                    if let Some(place) = globals.get_mut(slot as usize) {
                        *place = match value {
                            ast::ParamValue::Int(i) => Value::Int(*i),
                            ast::ParamValue::Bool(b) => Value::Bool(*b),
                        };
                    }
                }
            }
            self.out.tests.push(Test { name: Rc::from(test.name.as_str()), main, bindings, monitors, observes, globals });
        }
        Ok(())
    }

    /// The type the checker gave a parameter or local, by the span of its name.
    fn local_type(&self, name: &crate::span::Ident) -> Type {
        self.typed.local_types.get(&name.span).cloned().unwrap_or(Type::Error)
    }

    /// `default(T)`, with named tuples given their interned shape.
    fn default_for(&mut self, ty: &Type) -> Value {
        match unalias(ty) {
            Type::NamedTuple(fields) => {
                let names = fields.iter().map(|(n, _)| Rc::from(n.as_str())).collect();
                let shape = self.shape(names);
                let values = fields.iter().map(|(_, t)| self.default_for(t)).collect();
                Value::NamedTuple(shape, Rc::new(values))
            }
            Type::Tuple(ts) => Value::Tuple(Rc::new(ts.iter().map(|t| self.default_for(t)).collect())),
            other => default_value(other, &self.typed.symbols),
        }
    }

    fn rt_type(&mut self, ty: &Type) -> TypeId {
        let rt = match unalias(ty) {
            Type::Bool => RtType::Bool,
            Type::Int => RtType::Int,
            Type::Float => RtType::Float,
            Type::String => RtType::String,
            Type::Event => RtType::Event,
            Type::Machine => RtType::Machine { interface: None },
            Type::Permission { name, .. } => RtType::Machine { interface: self.interfaces.get(name).copied() },
            Type::Enum(name) => RtType::Enum {
                name: Rc::from(name.as_str()),
                values: self.typed.symbols.enums.get(name).map(|e| e.elems.iter().map(|(_, v)| *v).collect()).unwrap_or_default(),
            },
            Type::Seq(_) => RtType::Seq,
            Type::Set(_) => RtType::Set,
            Type::Map(..) => RtType::Map,
            Type::Tuple(_) => RtType::Tuple,
            Type::NamedTuple(_) => RtType::NamedTuple,
            Type::Any | Type::Data | Type::Null | Type::Foreign(_) | Type::Error | Type::Alias { .. } => RtType::Any,
        };
        if let Some(i) = self.types.iter().position(|t| *t == rt) {
            return TypeId(i as u32);
        }
        self.types.push(rt);
        TypeId(self.types.len() as u32 - 1)
    }

    fn shape(&mut self, names: Vec<Rc<str>>) -> ShapeId {
        let next = ShapeId(self.shapes.len() as u32);
        *self.shapes.entry(names).or_insert(next)
    }

    fn constant(&mut self, value: Value) -> u32 {
        if let Value::Str(s) = &value {
            if let Some(&i) = self.strings.get(s.as_ref()) {
                return i;
            }
            let i = self.out.consts.len() as u32;
            self.strings.insert(s.to_string(), i);
            self.out.consts.push(value);
            return i;
        }
        self.out.consts.push(value);
        self.out.consts.len() as u32 - 1
    }
}

/// The type behind any number of aliases.
fn unalias(mut ty: &Type) -> &Type {
    while let Type::Alias { ty: inner, .. } = ty {
        ty = inner;
    }
    ty
}

/// Does evaluating `e` call a function (which may change variables)?
fn has_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Format { args, .. } | ExprKind::Tuple(args) | ExprKind::New { args, .. } => args.iter().any(has_call),
        ExprKind::NamedTuple(fields) => fields.iter().any(|(_, v)| has_call(v)),
        ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. } => has_call(base),
        ExprKind::Index { base, index } => has_call(base) || has_call(index),
        ExprKind::Keys(x) | ExprKind::Values(x) | ExprKind::Sizeof(x) => has_call(x),
        ExprKind::Unary { operand, .. } => has_call(operand),
        ExprKind::Binary { lhs, rhs, .. } => has_call(lhs) || has_call(rhs),
        ExprKind::Cast { expr, .. } => has_call(expr),
        ExprKind::Choose(Some(x)) => has_call(x),
        _ => false,
    }
}

fn event_names(events: &[EventRef]) -> String {
    events.iter().map(EventRef::name).collect::<Vec<_>>().join(", ")
}

/// `default(T)`: 0, 0.0, false, "", the smallest enum value, field-wise tuples, empty collections, else null.
pub fn default_value(ty: &Type, syms: &crate::typeck::symbols::Symbols) -> Value {
    match unalias(ty) {
        Type::Bool => Value::Bool(false),
        Type::Int => Value::Int(0),
        Type::Float => Value::Float(0.0),
        Type::String => Value::str(""),
        Type::Enum(name) => {
            Value::Int(syms.enums.get(name).and_then(|e| e.elems.iter().map(|(_, v)| *v).min()).unwrap_or(0))
        }
        Type::Seq(_) => ops::empty_seq(),
        Type::Set(_) => ops::empty_set(),
        Type::Map(..) => ops::empty_map(),
        Type::Tuple(ts) => Value::Tuple(Rc::new(ts.iter().map(|t| default_value(t, syms)).collect())),
        // Named tuples need interned shapes: `Lowering::default_for` builds them.
        _ => Value::Null,
    }
}

/// Decodes the escape sequences of a P string literal as C# does.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

struct Loop {
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

/// Code generation for one function body.
struct Codegen<'l, 'a> {
    lower: &'l mut Lowering<'a>,
    ctx: Option<&'l MachineCtx<'a>>,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    locals: IndexMap<String, u16>,
    local_defaults: Vec<Value>,
    params: u16,
    loops: Vec<Loop>,
}

impl<'l, 'a> Codegen<'l, 'a> {
    fn new(lower: &'l mut Lowering<'a>, ctx: Option<&'l MachineCtx<'a>>) -> Self {
        Codegen {
            lower,
            ctx,
            instrs: Vec::new(),
            spans: Vec::new(),
            locals: IndexMap::new(),
            local_defaults: Vec::new(),
            params: 0,
            loops: Vec::new(),
        }
    }

    fn emit(&mut self, instr: Instr, span: Span) -> usize {
        // Peephole: a field of a variable is read in place (no jump ever targets the middle of an expression).
        if let Instr::GetField(i) = instr {
            let fused = match self.instrs.last() {
                Some(Instr::Local(slot)) => Some(Instr::LocalField(*slot, i)),
                Some(Instr::Field(slot)) => Some(Instr::FieldField(*slot, i)),
                _ => None,
            };
            if let (Some(fused), Some(last), Some(last_span)) = (fused, self.instrs.last_mut(), self.spans.last_mut()) {
                *last = fused;
                *last_span = span;
                return self.instrs.len() - 1;
            }
        }
        self.instrs.push(instr);
        self.spans.push(span);
        self.instrs.len() - 1
    }

    fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        if let Some(instr) = self.instrs.get_mut(at) {
            *instr = match *instr {
                Instr::Jump(_) => Instr::Jump(target),
                Instr::JumpIfFalse(_) => Instr::JumpIfFalse(target),
                Instr::JumpIfTrue(_) => Instr::JumpIfTrue(target),
                other => other,
            };
        }
    }

    /// Parameters are declared first: their slots come before the locals'.
    fn declare_param(&mut self, name: &str) {
        let slot = self.locals.len() as u16;
        self.locals.insert(name.to_string(), slot);
    }

    fn locals_decls(&mut self, decls: &'a [ast::VarDecl]) {
        self.params = self.locals.len() as u16;
        for var in decls {
            for n in &var.names {
                let ty = self.lower.local_type(n);
                let default = self.lower.default_for(&ty);
                let slot = self.params + self.local_defaults.len() as u16;
                self.locals.insert(n.name.clone(), slot);
                self.local_defaults.push(default.clone());
            }
        }
    }

    /// A fresh hidden local (for `foreach` bookkeeping and receive-case variables).
    fn temp(&mut self, default: Value) -> u16 {
        let slot = self.params + self.local_defaults.len() as u16;
        self.local_defaults.push(default);
        slot
    }

    fn type_of(&self, e: &ast::Expr) -> Type {
        self.lower.typed.expr_types.get(e.id.0 as usize).map_or(Type::Error, |t| unalias(t).clone())
    }

    fn stmt(&mut self, stmt: &'a ast::Stmt) -> Result<()> {
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::Block(stmts) => {
                for s in stmts {
                    self.stmt(s)?;
                }
            }
            StmtKind::Assert { cond, message } => {
                // The message is evaluated only when the assertion fails, as in P.
                self.expr(cond)?;
                let pass = self.emit(Instr::JumpIfTrue(0), span);
                self.emit(Instr::Bool(false), span);
                if let Some(m) = message {
                    self.expr(m)?;
                }
                self.emit(Instr::Assert(message.is_some()), span);
                let end = self.here();
                self.patch(pass, end);
            }
            StmtKind::Assume { .. } => return error("`assume` is a PVerifier statement; the checker cannot run it", span),
            StmtKind::Print(e) => match &e.kind {
                // The arguments are still evaluated; only the text is built lazily, for logged executions.
                ExprKind::Format { format, args, .. } => {
                    for a in args {
                        self.expr(a)?;
                    }
                    let c = self.lower.constant(Value::str(&unescape(format)));
                    self.emit(Instr::PrintFormat(c, args.len() as u16), span);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(Instr::Print, span);
                }
            },
            StmtKind::Return(value) => match value {
                Some(e) => {
                    self.expr(e)?;
                    self.emit(Instr::Return, span);
                }
                None => {
                    self.emit(Instr::ReturnVoid, span);
                }
            },
            StmtKind::Break => {
                let at = self.emit(Instr::Jump(0), span);
                match self.loops.last_mut() {
                    Some(l) => l.breaks.push(at),
                    None => return error("`break` outside a loop", span),
                }
            }
            StmtKind::Continue => {
                let at = self.emit(Instr::Jump(0), span);
                match self.loops.last_mut() {
                    Some(l) => l.continues.push(at),
                    None => return error("`continue` outside a loop", span),
                }
            }
            StmtKind::Assign { lhs, rhs } => {
                if let ExprKind::Name(name) = &lhs.kind {
                    self.expr(rhs)?;
                    let instr = self.store_name(name)?;
                    self.emit(instr, span);
                } else if has_call(rhs) {
                    // As P: the right-hand side's calls run before the l-value's indexes are read.
                    let t = self.temp(Value::Null);
                    self.expr(rhs)?;
                    self.emit(Instr::SetLocal(t), span);
                    let place = self.place(lhs)?;
                    self.emit(Instr::Local(t), span);
                    self.emit(Instr::Store(place), span);
                } else {
                    let place = self.place(lhs)?;
                    self.expr(rhs)?;
                    self.emit(Instr::Store(place), span);
                }
            }
            StmtKind::Insert { lhs, index, value } => {
                let place = self.place(lhs)?;
                self.expr(index)?;
                self.expr(value)?;
                self.emit(Instr::Insert(place), span);
            }
            StmtKind::Add { lhs, value } => {
                let place = self.place(lhs)?;
                self.expr(value)?;
                self.emit(Instr::AddToSet(place), span);
            }
            StmtKind::Remove { lhs, key } => {
                let place = self.place(lhs)?;
                self.expr(key)?;
                self.emit(Instr::Remove(place), span);
            }
            StmtKind::While { cond, body } => {
                let top = self.here();
                self.expr(cond)?;
                let exit = self.emit(Instr::JumpIfFalse(0), span);
                self.loops.push(Loop { breaks: Vec::new(), continues: Vec::new() });
                self.stmt(body)?;
                self.emit(Instr::Jump(top), span);
                let end = self.here();
                self.patch(exit, end);
                self.close_loop(top, end);
            }
            StmtKind::Foreach { var, collection, body, .. } => {
                let coll = self.temp(Value::Null);
                let index = self.temp(Value::Int(0));
                self.expr(collection)?;
                self.emit(Instr::Elements, span);
                self.emit(Instr::SetLocal(coll), span);
                self.emit(Instr::Int(0), span);
                self.emit(Instr::SetLocal(index), span);
                let top = self.here();
                self.emit(Instr::Local(index), span);
                self.emit(Instr::Local(coll), span);
                self.emit(Instr::Sizeof, span);
                self.emit(Instr::Lt, span);
                let exit = self.emit(Instr::JumpIfFalse(0), span);
                self.emit(Instr::Local(coll), span);
                self.emit(Instr::Local(index), span);
                self.emit(Instr::Nth, span);
                let store = self.store_name(var)?;
                self.emit(store, var.span);
                self.loops.push(Loop { breaks: Vec::new(), continues: Vec::new() });
                self.stmt(body)?;
                let next = self.here();
                self.emit(Instr::Local(index), span);
                self.emit(Instr::Int(1), span);
                self.emit(Instr::Add, span);
                self.emit(Instr::SetLocal(index), span);
                self.emit(Instr::Jump(top), span);
                let end = self.here();
                self.patch(exit, end);
                self.close_loop(next, end);
            }
            StmtKind::If { cond, then_branch, else_branch } => {
                self.expr(cond)?;
                let to_else = self.emit(Instr::JumpIfFalse(0), span);
                self.stmt(then_branch)?;
                match else_branch {
                    Some(e) => {
                        let to_end = self.emit(Instr::Jump(0), span);
                        let else_start = self.here();
                        self.patch(to_else, else_start);
                        self.stmt(e)?;
                        let end = self.here();
                        self.patch(to_end, end);
                    }
                    None => {
                        let end = self.here();
                        self.patch(to_else, end);
                    }
                }
            }
            StmtKind::New { interface, args } => {
                self.new_machine(interface, args, span)?;
                self.emit(Instr::Pop, span);
            }
            StmtKind::Call { fun, args } => {
                let returns = self.call(fun, args, span)?;
                if returns {
                    self.emit(Instr::Pop, span);
                }
            }
            StmtKind::Raise { event, args } => {
                self.expr(event)?;
                self.payload(args, span)?;
                self.emit(Instr::Raise, span);
            }
            StmtKind::Send { target, event, args } => {
                self.expr(target)?;
                self.expr(event)?;
                self.payload(args, span)?;
                self.emit(Instr::Send, span);
            }
            StmtKind::Announce { event, args } => {
                self.expr(event)?;
                self.payload(args, span)?;
                self.emit(Instr::Announce, span);
            }
            StmtKind::Goto { state, args } => {
                let Some(target) = self.ctx.and_then(|c| c.states.get(&state.name)).copied() else {
                    return error(format!("unknown state `{}`", state.name), state.span);
                };
                self.payload(args, span)?;
                self.emit(Instr::Goto(target), span);
            }
            StmtKind::Receive { cases } => self.receive(cases, span)?,
            StmtKind::Skip | StmtKind::Error => {}
        }
        Ok(())
    }

    fn close_loop(&mut self, continue_target: u32, end: u32) {
        if let Some(l) = self.loops.pop() {
            for at in l.breaks {
                self.patch(at, end);
            }
            for at in l.continues {
                self.patch(at, continue_target);
            }
        }
    }

    fn receive(&mut self, cases: &'a [ast::ReceiveCase], span: Span) -> Result<()> {
        let id = ReceiveId(self.lower.out.receives.len() as u32);
        self.lower.out.receives.push(ReceiveTable { cases: Vec::new() });
        self.emit(Instr::Receive(id), span);
        let mut table = Vec::new();
        let mut to_end = Vec::new();
        for case in cases {
            let start = self.here();
            // Case parameters and locals live in the enclosing frame (case bodies see its locals).
            let saved = self.locals.clone();
            let param = match &case.handler.param {
                Some(p) => {
                    let slot = self.temp(Value::Null);
                    self.locals.insert(p.name.name.clone(), slot);
                    Some(slot)
                }
                None => None,
            };
            for var in &case.handler.body.locals {
                for n in &var.names {
                    let ty = self.lower.local_type(n);
                    let default = self.lower.default_for(&ty);
                    let slot = self.temp(default.clone());
                    self.locals.insert(n.name.clone(), slot);
                    let c = self.lower.constant(default.clone());
                    self.emit(Instr::Const(c), n.span);
                    self.emit(Instr::SetLocal(slot), n.span);
                }
            }
            for s in &case.handler.body.stmts {
                self.stmt(s)?;
            }
            to_end.push(self.emit(Instr::Jump(0), case.span));
            self.locals = saved;
            for event in &case.events {
                if let Some(&e) = self.lower.events.get(event.name()) {
                    table.push(ReceiveCase { event: e, param, target: start });
                }
            }
        }
        let end = self.here();
        for at in to_end {
            self.patch(at, end);
        }
        if let Some(t) = self.lower.out.receives.get_mut(id.0 as usize) {
            t.cases = table;
        }
        Ok(())
    }

    /// Packs send/raise/goto/new arguments: none → null, one → itself, several → a tuple.
    fn payload(&mut self, args: &'a [ast::Expr], span: Span) -> Result<()> {
        match args {
            [] => {
                self.emit(Instr::Null, span);
            }
            [one] => self.expr(one)?,
            many => {
                for a in many {
                    self.expr(a)?;
                }
                self.emit(Instr::MakeTuple(many.len() as u16), span);
            }
        }
        Ok(())
    }

    fn new_machine(&mut self, interface: &crate::span::Ident, args: &'a [ast::Expr], span: Span) -> Result<()> {
        let Some(&id) = self.lower.interfaces.get(&interface.name) else {
            return error(format!("unknown interface `{}`", interface.name), interface.span);
        };
        self.payload(args, span)?;
        self.emit(Instr::New(id), span);
        Ok(())
    }

    /// Emits a call; returns whether it leaves a value on the stack.
    fn call(&mut self, fun: &crate::span::Ident, args: &'a [ast::Expr], span: Span) -> Result<bool> {
        let id = self
            .ctx
            .and_then(|c| c.methods.get(&fun.name))
            .or_else(|| self.lower.global_funs.get(&fun.name))
            .copied();
        let Some(id) = id else { return error(format!("unknown function `{}`", fun.name), fun.span) };
        for a in args {
            self.expr(a)?;
        }
        self.emit(Instr::Call(id), span);
        let decl_returns = self.function_returns(&fun.name);
        Ok(decl_returns)
    }

    fn function_returns(&self, name: &str) -> bool {
        let syms = &self.lower.typed.symbols;
        let method = self
            .ctx
            .and_then(|c| syms.machines.get(&c.decl.name.name))
            .and_then(|m| m.methods.get(name));
        let id = method.or_else(|| syms.global_funs.get(name));
        id.and_then(|id| syms.function(*id)).is_some_and(|f| !matches!(unalias(&f.ret), Type::Null))
    }

    fn store_name(&mut self, name: &crate::span::Ident) -> Result<Instr> {
        if let Some(&slot) = self.locals.get(&name.name) {
            return Ok(Instr::SetLocal(slot));
        }
        if let Some(&slot) = self.ctx.and_then(|c| c.fields.get(&name.name)) {
            return Ok(Instr::SetField(slot));
        }
        error(format!("cannot assign to `{}`", name.name), name.span)
    }

    /// The place an l-value denotes; pushes the dynamic indexes of its path (in path order).
    fn place(&mut self, lhs: &'a ast::Expr) -> Result<PlaceId> {
        let mut steps = Vec::new();
        let mut current = lhs;
        loop {
            match &current.kind {
                ExprKind::Name(_) => break,
                ExprKind::Field { base, field } => {
                    let index = match self.type_of(base) {
                        Type::NamedTuple(fields) => fields.iter().position(|(n, _)| *n == field.name).unwrap_or(0),
                        _ => 0,
                    };
                    steps.push((PathStep::Field(index as u16), None));
                    current = base;
                }
                ExprKind::TupleIndex { base, index, .. } => {
                    steps.push((PathStep::Field(*index as u16), None));
                    current = base;
                }
                ExprKind::Index { base, index } => {
                    steps.push((PathStep::Index, Some(index.as_ref())));
                    current = base;
                }
                _ => return error("this expression cannot be assigned to", current.span),
            }
        }
        let ExprKind::Name(root_name) = &current.kind else { return error("bad l-value", current.span) };
        let root = if let Some(&slot) = self.locals.get(&root_name.name) {
            PlaceRoot::Local(slot)
        } else if let Some(&slot) = self.ctx.and_then(|c| c.fields.get(&root_name.name)) {
            PlaceRoot::Field(slot)
        } else {
            return error(format!("cannot assign to `{}`", root_name.name), root_name.span);
        };
        steps.reverse();
        for (_, index) in &steps {
            if let Some(e) = index {
                self.expr(e)?;
            }
        }
        let id = PlaceId(self.lower.out.places.len() as u32);
        self.lower.out.places.push(Place { root, path: steps.into_iter().map(|(s, _)| s).collect() });
        Ok(id)
    }

    fn expr(&mut self, e: &'a ast::Expr) -> Result<()> {
        let span = e.span;
        match &e.kind {
            ExprKind::Name(name) => {
                let n = name.name.as_str();
                let syms = &self.lower.typed.symbols;
                if let Some(&slot) = self.locals.get(n) {
                    self.emit(Instr::Local(slot), span);
                } else if let Some(&slot) = self.ctx.and_then(|c| c.fields.get(n)) {
                    self.emit(Instr::Field(slot), span);
                } else if let Some(&slot) = self.lower.globals.get(n) {
                    self.emit(Instr::Global(slot), span);
                } else if let Some(elem) = syms.enum_elems.get(n) {
                    self.emit(Instr::Int(elem.value), span);
                } else if let Some(&event) = self.lower.events.get(n) {
                    let c = self.lower.constant(Value::Event(event));
                    self.emit(Instr::Const(c), span);
                } else {
                    return error(format!("unknown name `{n}`"), span);
                }
            }
            ExprKind::Int(i) => {
                self.emit(Instr::Int(i64::try_from(*i).unwrap_or(i64::MAX)), span);
            }
            ExprKind::Float(f) => {
                let c = self.lower.constant(Value::Float(*f));
                self.emit(Instr::Const(c), span);
            }
            ExprKind::Bool(b) => {
                self.emit(Instr::Bool(*b), span);
            }
            ExprKind::Null => {
                self.emit(Instr::Null, span);
            }
            ExprKind::Nondet | ExprKind::FairNondet | ExprKind::Choose(None) => {
                self.emit(Instr::Nondet, span);
            }
            ExprKind::Halt => {
                let c = self.lower.constant(Value::Event(super::HALT));
                self.emit(Instr::Const(c), span);
            }
            ExprKind::This => {
                self.emit(Instr::This, span);
            }
            ExprKind::Str(raw) => {
                let text = crate::runtime::system::format_string(&unescape(raw), &[], &self.lower.out);
                let c = self.lower.constant(Value::str(&text));
                self.emit(Instr::Const(c), span);
            }
            ExprKind::Format { format, args, .. } => {
                for a in args {
                    self.expr(a)?;
                }
                let c = self.lower.constant(Value::str(&unescape(format)));
                self.emit(Instr::Format(c, args.len() as u16), span);
            }
            ExprKind::Tuple(items) => {
                for item in items {
                    self.expr(item)?;
                }
                self.emit(Instr::MakeTuple(items.len() as u16), span);
            }
            ExprKind::NamedTuple(fields) => {
                for (_, value) in fields {
                    self.expr(value)?;
                }
                let names = fields.iter().map(|(n, _)| Rc::from(n.name.as_str())).collect();
                let shape = self.lower.shape(names);
                self.emit(Instr::MakeNamedTuple(shape, fields.len() as u16), span);
            }
            ExprKind::Field { base, field } => {
                let index = match self.type_of(base) {
                    Type::NamedTuple(fields) => fields.iter().position(|(n, _)| *n == field.name),
                    _ => None,
                };
                let Some(index) = index else { return error(format!("unknown field `{}`", field.name), field.span) };
                self.expr(base)?;
                self.emit(Instr::GetField(index as u16), span);
            }
            ExprKind::TupleIndex { base, index, .. } => {
                self.expr(base)?;
                self.emit(Instr::GetField(*index as u16), span);
            }
            ExprKind::Index { base, index } => {
                self.expr(base)?;
                self.expr(index)?;
                self.emit(Instr::Index, span);
            }
            ExprKind::Keys(c) => {
                self.expr(c)?;
                self.emit(Instr::Keys, span);
            }
            ExprKind::Values(c) => {
                self.expr(c)?;
                self.emit(Instr::Values, span);
            }
            ExprKind::Sizeof(c) => {
                self.expr(c)?;
                self.emit(Instr::Sizeof, span);
            }
            ExprKind::Default(_) => {
                let ty = self.type_of(e);
                let v = self.lower.default_for(&ty);
                let c = self.lower.constant(v);
                self.emit(Instr::Const(c), span);
            }
            ExprKind::New { interface, args } => self.new_machine(interface, args, span)?,
            ExprKind::Call { fun, args } => {
                self.call(fun, args, span)?;
            }
            ExprKind::Unary { op, operand } => {
                self.expr(operand)?;
                self.emit(if *op == UnaryOp::Neg { Instr::Neg } else { Instr::Not }, span);
            }
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, span)?,
            ExprKind::Cast { expr, kind, .. } => {
                self.expr(expr)?;
                let t = self.type_of(e);
                let t = self.lower.rt_type(&t);
                self.emit(if *kind == CastKind::As { Instr::Cast(t) } else { Instr::Coerce(t) }, span);
            }
            ExprKind::Choose(Some(arg)) => {
                self.expr(arg)?;
                self.emit(Instr::Choose, span);
            }
            ExprKind::Verifier { what, .. } => {
                return error(format!("`{what}` is a PVerifier expression; the checker cannot run it"), span)
            }
            ExprKind::Error => return error("an expression with errors cannot run", span),
        }
        Ok(())
    }

    fn binary(&mut self, op: BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, span: Span) -> Result<()> {
        match op {
            BinaryOp::And | BinaryOp::Or | BinaryOp::Implies => {
                // a && b: if !a then false else b;  a || b: if a then true else b;  a ==> b: if !a then true else b.
                self.expr(lhs)?;
                let short = match op {
                    BinaryOp::Or => self.emit(Instr::JumpIfTrue(0), span),
                    _ => self.emit(Instr::JumpIfFalse(0), span),
                };
                self.expr(rhs)?;
                let to_end = self.emit(Instr::Jump(0), span);
                let short_target = self.here();
                self.patch(short, short_target);
                self.emit(Instr::Bool(op != BinaryOp::And), span);
                let end = self.here();
                self.patch(to_end, end);
            }
            _ => {
                if matches!(lhs.kind, ExprKind::Name(_)) && has_call(rhs) {
                    // P's compiler runs the calls of an expression first and reads a plain variable operand
                    // only when the operator runs (IRTransformer.SimplifyExpression): `x + F()` sees the `x`
                    // that `F` left.
                    let t = self.temp(Value::Null);
                    self.expr(rhs)?;
                    self.emit(Instr::SetLocal(t), span);
                    self.expr(lhs)?;
                    self.emit(Instr::Local(t), span);
                } else {
                    self.expr(lhs)?;
                    self.expr(rhs)?;
                }
                let instr = match op {
                    BinaryOp::Mul => Instr::Mul,
                    BinaryOp::Div => Instr::Div,
                    BinaryOp::Mod => Instr::Mod,
                    BinaryOp::Add => Instr::Add,
                    BinaryOp::Sub => Instr::Sub,
                    BinaryOp::Lt => Instr::Lt,
                    BinaryOp::Gt => Instr::Gt,
                    BinaryOp::Le => Instr::Le,
                    BinaryOp::Ge => Instr::Ge,
                    BinaryOp::In => Instr::In,
                    BinaryOp::Eq | BinaryOp::Iff => Instr::Eq,
                    BinaryOp::Ne => Instr::Ne,
                    BinaryOp::And | BinaryOp::Or | BinaryOp::Implies => Instr::Eq,
                };
                self.emit(instr, span);
            }
        }
        Ok(())
    }
}
