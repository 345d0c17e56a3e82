//! Function bodies and statements (P's `FunctionBodyVisitor` and `StatementVisitor`): locals, assignments,
//! collection updates, loops, send/raise/announce/goto/receive typing, `break`/`continue` placement and
//! returns on all paths (`FunctionValidator.SurelyReturns`).

use super::error::TypeError;
use super::expr::{BodyCtx, NameRef, VarKind};
use super::symbols::FunId;
use super::types::Type;
use super::{Checker, FunSource};
use crate::ast::*;
use crate::span::{Ident, Span};
use indexmap::IndexMap;

impl<'a> Checker<'a> {
    pub(crate) fn check_bodies(&mut self) {
        for i in 0..self.fun_src.len() {
            let id = FunId(i);
            let body = match self.fun_src.get(i).copied() {
                Some(FunSource::Decl(f)) => f.body.as_ref(),
                Some(FunSource::Anon(a)) => Some(&a.body),
                None => None,
            };
            if let Some(body) = body {
                self.check_body(id, body);
            }
        }
        self.context_machine = None;
    }

    fn check_body(&mut self, id: FunId, body: &FunBody) {
        let Some(info) = self.syms.function(id) else { return };
        let machine = info.owner.clone();
        let is_monitor = machine.as_ref().and_then(|m| self.syms.machines.get(m)).is_some_and(|m| m.is_monitor());
        let ret = info.ret.clone();
        let mut scope: IndexMap<String, Type> = IndexMap::new();
        let mut spans: IndexMap<String, Span> = IndexMap::new();
        for (name, ty) in &info.params {
            scope.insert(name.clone(), ty.clone());
        }
        let param_names: Vec<crate::span::Ident> = match self.fun_src.get(id.0) {
            Some(FunSource::Decl(f)) => f.params.iter().map(|p| p.name.clone()).collect(),
            Some(FunSource::Anon(a)) => a.param.iter().map(|p| p.name.clone()).collect(),
            None => Vec::new(),
        };
        for (name, (_, ty)) in param_names.iter().zip(&info.params) {
            spans.insert(name.name.clone(), name.span);
            self.local_types.insert(name.span, ty.clone());
        }
        self.declare_locals(&body.locals, &mut scope, &mut spans);
        self.context_machine = machine.clone();
        let mut cx = BodyCtx {
            fun: id,
            machine,
            is_monitor,
            fun_ret: ret.clone(),
            ret: ret.clone(),
            scopes: vec![scope],
            loop_depth: 0,
            in_receive_case: false,
            in_invariant: false,
        };
        for s in &body.stmts {
            self.stmt(&mut cx, s);
        }
        if ret != Type::Null && !ret.is_error() && !body.stmts.iter().any(surely_returns) {
            let (function, span) = self.syms.function(id).map_or((String::new(), body.span), |f| (f.name.clone(), f.span));
            self.err(TypeError::NotAllPathsReturn { function, span });
        }
    }

    fn declare_locals(&mut self, locals: &[VarDecl], scope: &mut IndexMap<String, Type>, spans: &mut IndexMap<String, Span>) {
        for v in locals {
            let ty = self.resolve_type(&v.ty);
            for name in &v.names {
                if let Some(previous) = spans.get(&name.name) {
                    let previous = *previous;
                    self.err(TypeError::Duplicate { kind: "variable", name: name.name.clone(), span: name.span, previous });
                    continue;
                }
                self.check_not_global_param(name);
                spans.insert(name.name.clone(), name.span);
                scope.insert(name.name.clone(), ty.clone());
                self.local_types.insert(name.span, ty.clone());
            }
        }
    }

    fn effect_mut(&mut self, cx: &BodyCtx, set: impl FnOnce(&mut super::symbols::Effects)) {
        if let Some(f) = self.fun_mut(cx.fun) {
            set(&mut f.effects);
        }
    }

    fn expect_same(&mut self, what: &str, expected: &Type, found: &Type, span: Span) {
        if !found.is_error() && !expected.is_same_as(found) {
            self.mismatch(what, expected, found, span);
        }
    }

    pub(crate) fn stmt(&mut self, cx: &mut BodyCtx, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(stmts) => {
                for st in stmts {
                    self.stmt(cx, st);
                }
            }
            StmtKind::Assert { cond, message } | StmtKind::Assume { cond, message } => {
                if matches!(s.kind, StmtKind::Assume { .. }) {
                    self.err(TypeError::VerifierConstruct { what: "`assume`".into(), span: s.span });
                }
                let t = self.expr(cx, cond);
                self.expect_same("the condition", &Type::Bool, &t, cond.span);
                if let Some(m) = message {
                    let t = self.expr(cx, m);
                    self.expect_same("the message", &Type::String, &t, m.span);
                }
            }
            StmtKind::Print(e) => {
                let t = self.expr(cx, e);
                self.expect_same("the printed value", &Type::String, &t, e.span);
            }
            StmtKind::Return(value) => {
                let t = match value {
                    Some(v) => self.expr(cx, v),
                    None => Type::Null,
                };
                let span = value.as_ref().map_or(s.span, |v| v.span);
                let expected = cx.ret.clone();
                self.expect_assignable("the returned value", &expected, &t, span);
            }
            StmtKind::Break | StmtKind::Continue => {
                if cx.loop_depth == 0 && !cx.in_receive_case {
                    let what = if matches!(s.kind, StmtKind::Break) { "break" } else { "continue" };
                    self.err(TypeError::BareLoopControl { what, span: s.span });
                }
            }
            StmtKind::Assign { lhs, rhs } => {
                let lt = self.lvalue(cx, lhs);
                let rt = self.expr(cx, rhs);
                if !lt.is_assignable_from(&rt) {
                    if matches!(&rt, Type::Alias { ty, .. } if lt.is_assignable_from(ty)) {
                        self.mismatch(format!("the value assigned to {}", describe_lvalue(lhs)), &lt, &rt, rhs.span);
                        return;
                    }
                    self.err(TypeError::NotAssignable {
                        target: describe_lvalue(lhs),
                        target_ty: lt.to_string(),
                        value_ty: rt.to_string(),
                        span: rhs.span,
                    });
                }
            }
            StmtKind::Insert { lhs, index, value } => {
                let lt = self.lvalue(cx, lhs);
                let it = self.expr(cx, index);
                let vt = self.expr(cx, value);
                let (kt, et) = match lt.canon() {
                    Type::Error => return,
                    Type::Seq(el) => (Type::Int, (**el).clone()),
                    Type::Map(k, v) => ((**k).clone(), (**v).clone()),
                    other => {
                        self.mismatch_kind("the target of `+= (i, v)`", "a seq or map", other, lhs.span);
                        return;
                    }
                };
                self.expect_assignable("the inserted index or key", &kt, &it, index.span);
                self.expect_assignable("the inserted value", &et, &vt, value.span);
            }
            StmtKind::Add { lhs, value } => {
                let lt = self.lvalue(cx, lhs);
                let vt = self.expr(cx, value);
                match lt.canon() {
                    Type::Error => {}
                    Type::Set(el) => {
                        let el = (**el).clone();
                        self.expect_assignable("the added element", &el, &vt, value.span);
                    }
                    other => self.mismatch_kind("the target of `+= (e)`", "a set", other, lhs.span),
                }
            }
            StmtKind::Remove { lhs, key } => {
                let lt = self.lvalue(cx, lhs);
                let kt = self.expr(cx, key);
                let expected = match lt.canon() {
                    Type::Error => return,
                    Type::Seq(_) => Type::Int,
                    Type::Map(k, _) => (**k).clone(),
                    Type::Set(el) => (**el).clone(),
                    other => {
                        self.mismatch_kind("the target of `-=`", "a seq, set or map", other, lhs.span);
                        return;
                    }
                };
                self.expect_assignable("the removed index, key or element", &expected, &kt, key.span);
            }
            StmtKind::While { cond, body } => {
                let t = self.expr(cx, cond);
                self.expect_same("the condition of `while`", &Type::Bool, &t, cond.span);
                cx.loop_depth += 1;
                self.stmt(cx, body);
                cx.loop_depth -= 1;
            }
            StmtKind::Foreach { var, collection, invariants, body } => self.foreach(cx, var, collection, invariants, body),
            StmtKind::If { cond, then_branch, else_branch } => {
                let t = self.expr(cx, cond);
                self.expect_same("the condition of `if`", &Type::Bool, &t, cond.span);
                self.stmt(cx, then_branch);
                if let Some(e) = else_branch {
                    self.stmt(cx, e);
                }
            }
            StmtKind::New { interface, args } => {
                self.new_machine(cx, interface, args, s.span);
            }
            StmtKind::Call { fun, args } => {
                self.call(cx, fun, args, s.span, false);
            }
            StmtKind::Raise { event, args } => {
                if cx.fun_ret != Type::Null {
                    self.err(TypeError::ControlInNonVoid { what: "raise", span: s.span });
                    self.expr(cx, event);
                    self.exprs(cx, args);
                    return;
                }
                self.effect_mut(cx, |f| f.raise = true);
                self.emitted_event(cx, event, args, "raised", s.span);
            }
            StmtKind::Send { target, event, args } => {
                if self.monitor_forbids(cx, "`send`", s.span) {
                    self.expr(cx, target);
                    self.expr(cx, event);
                    self.exprs(cx, args);
                    return;
                }
                let tt = self.expr(cx, target);
                self.expect_assignable("the send target", &Type::Machine, &tt, target.span);
                self.emitted_event(cx, event, args, "sent", s.span);
                self.effect_mut(cx, |f| f.send = true);
            }
            StmtKind::Announce { event, args } => {
                if self.monitor_forbids(cx, "`announce`", s.span) {
                    self.expr(cx, event);
                    self.exprs(cx, args);
                    return;
                }
                self.emitted_event(cx, event, args, "announced", s.span);
                self.effect_mut(cx, |f| f.send = true);
            }
            StmtKind::Goto { state, args } => self.goto(cx, state, args, s.span),
            StmtKind::Receive { cases } => self.receive(cx, cases, s.span),
            StmtKind::Skip | StmtKind::Error => {}
        }
    }

    /// The event and payload of `send`/`raise`/`announce`.
    fn emitted_event(&mut self, cx: &mut BodyCtx, event: &Expr, args: &[Expr], action: &'static str, span: Span) {
        let et = self.expr(cx, event);
        let arg_types = self.exprs(cx, args);
        if et.is_error() {
            return;
        }
        if matches!(event.kind, ExprKind::Null) {
            self.err(TypeError::NullEvent { action, span: event.span });
            return;
        }
        if !self.expect_assignable("the event", &Type::Event, &et, event.span) {
            return;
        }
        let literal = match &event.kind {
            ExprKind::Halt => Some("halt".to_string()),
            ExprKind::Name(id) => match self.lookup_name(cx, &id.name) {
                NameRef::Event(e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        if let Some(name) = literal {
            let payload = self.syms.events.get(&name).map_or(Type::Error, |e| e.payload.clone());
            let typed: Vec<(Type, Span)> = arg_types.into_iter().zip(args.iter().map(|a| a.span)).collect();
            self.validate_payload(&payload, &typed, span, &format!("event `{name}`"));
        }
    }

    fn goto(&mut self, cx: &mut BodyCtx, state: &Ident, args: &[Expr], span: Span) {
        if cx.fun_ret != Type::Null {
            self.err(TypeError::ControlInNonVoid { what: "goto", span });
            self.exprs(cx, args);
            return;
        }
        let target = cx.machine.as_ref().and_then(|m| self.syms.machines.get(m)).and_then(|m| m.states.get(&state.name));
        let Some(target) = target else {
            self.unknown("state", state);
            self.exprs(cx, args);
            return;
        };
        let entry_params =
            target.entry.and_then(|f| self.syms.function(f)).map(|f| f.params.clone()).unwrap_or_default();
        let arg_types = self.exprs(cx, args);
        if arg_types.len() != entry_params.len() {
            self.err(TypeError::ArgCount {
                what: format!("the entry of state `{}`", state.name),
                expected: entry_params.len(),
                found: arg_types.len(),
                span,
            });
            return;
        }
        let expected = entry_params.first().map_or(Type::Null, |p| p.1.clone());
        let payload = match arg_types.len() {
            0 => Type::Null,
            1 => arg_types.into_iter().next().unwrap_or(Type::Error),
            _ => Type::Tuple(arg_types),
        };
        self.expect_assignable(format!("the payload for state `{}`", state.name), &expected, &payload, span);
        self.effect_mut(cx, |f| f.change_state = true);
    }

    fn receive(&mut self, cx: &mut BodyCtx, cases: &[ReceiveCase], span: Span) {
        let forbidden = self.monitor_forbids(cx, "`receive`", span);
        let mut seen: IndexMap<String, ()> = IndexMap::new();
        for case in cases {
            let mut scope: IndexMap<String, Type> = IndexMap::new();
            let mut spans: IndexMap<String, Span> = IndexMap::new();
            let param_ty = case.handler.param.as_ref().map(|p| {
                self.check_not_global_param(&p.name);
                let ty = self.resolve_type(&p.ty);
                scope.insert(p.name.name.clone(), ty.clone());
                spans.insert(p.name.name.clone(), p.name.span);
                self.local_types.insert(p.name.span, ty.clone());
                ty
            });
            for e in &case.events {
                let name = match e {
                    EventRef::Null(_) => "null".to_string(),
                    EventRef::Halt(_) => "halt".to_string(),
                    EventRef::Named(id) => {
                        if !self.syms.events.contains_key(&id.name) {
                            self.unknown("event", id);
                            continue;
                        }
                        id.name.clone()
                    }
                };
                if forbidden {
                    continue;
                }
                if seen.insert(name.clone(), ()).is_some() {
                    self.err(TypeError::DuplicateReceiveCase { event: name, span: e.span() });
                    continue;
                }
                let payload = self.syms.events.get(&name).map_or(Type::Error, |ev| ev.payload.clone());
                let expected = param_ty.clone().unwrap_or(Type::Null);
                if !expected.is_assignable_from(&payload) {
                    self.err(TypeError::HandlerPayload {
                        event: name,
                        payload: payload.to_string(),
                        function: "this receive case".into(),
                        param: expected.to_string(),
                        span: e.span(),
                    });
                }
            }
            self.declare_locals(&case.handler.body.locals, &mut scope, &mut spans);
            let saved_ret = std::mem::replace(&mut cx.ret, Type::Null);
            let saved_case = std::mem::replace(&mut cx.in_receive_case, true);
            cx.scopes.push(scope);
            for st in &case.handler.body.stmts {
                self.stmt(cx, st);
            }
            cx.scopes.pop();
            cx.ret = saved_ret;
            cx.in_receive_case = saved_case;
        }
        if !forbidden {
            self.effect_mut(cx, |f| f.receive = true);
        }
    }

    fn foreach(&mut self, cx: &mut BodyCtx, var: &Ident, collection: &Expr, invariants: &[Expr], body: &Stmt) {
        let var_ty = match self.lookup_name(cx, &var.name) {
            NameRef::Var(t, _) => Some(t),
            _ => {
                self.unknown_in_scope(cx, "variable", var);
                None
            }
        };
        let ct = self.expr(cx, collection);
        let elem = match ct.canon() {
            Type::Error => Type::Error,
            Type::Seq(el) | Type::Set(el) => (**el).clone(),
            other => {
                self.mismatch_kind("the collection of `foreach`", "a seq or set", other, collection.span);
                Type::Error
            }
        };
        if let Some(vt) = var_ty {
            let fits = elem.is_same_as(&vt) && elem.is_assignable_from(&vt);
            if !elem.is_error() && !vt.is_error() && !fits {
                self.err(TypeError::ForeachVarType {
                    var: var.name.clone(),
                    var_ty: vt.to_string(),
                    elem_ty: elem.to_string(),
                    span: var.span,
                });
            }
        }
        cx.loop_depth += 1;
        self.stmt(cx, body);
        cx.loop_depth -= 1;
        let saved = std::mem::replace(&mut cx.in_invariant, true);
        for inv in invariants {
            self.expr(cx, inv);
        }
        cx.in_invariant = saved;
    }

    /// Types an assignment target; anything but a variable, field, tuple element or seq/map element is rejected.
    fn lvalue(&mut self, cx: &mut BodyCtx, e: &Expr) -> Type {
        let t = self.lvalue_inner(cx, e);
        self.set_expr_type(e.id, t.clone());
        t
    }

    fn lvalue_inner(&mut self, cx: &mut BodyCtx, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Name(id) => match self.lookup_name(cx, &id.name) {
                NameRef::Var(_, VarKind::GlobalParam) => {
                    self.err(TypeError::AssignToParam { name: id.name.clone(), span: id.span });
                    Type::Error
                }
                NameRef::Var(t, kind) => {
                    self.resolve_expr(e.id, kind.resolved());
                    t
                }
                _ => {
                    self.unknown_in_scope(cx, "variable", id);
                    Type::Error
                }
            },
            ExprKind::Field { base, field } => {
                let bt = self.lvalue(cx, base);
                self.field_type(&bt, field, base.span)
            }
            ExprKind::TupleIndex { base, index, index_span } => {
                let bt = self.lvalue(cx, base);
                self.tuple_index_type(&bt, *index, *index_span, base.span)
            }
            ExprKind::Index { base, index } => {
                let bt = self.lvalue(cx, base);
                let it = self.expr(cx, index);
                if bt.is_error() || it.is_error() {
                    return Type::Error;
                }
                match bt.into_canon() {
                    Type::Map(k, v) => {
                        if self.expect_assignable("the key", &k, &it, index.span) {
                            *v
                        } else {
                            Type::Error
                        }
                    }
                    Type::Seq(el) => {
                        if self.expect_assignable("the index", &Type::Int, &it, index.span) {
                            *el
                        } else {
                            Type::Error
                        }
                    }
                    other => {
                        self.mismatch_kind("the indexed target", "a seq or map", &other, base.span);
                        Type::Error
                    }
                }
            }
            ExprKind::Error => Type::Error,
            _ => {
                self.expr(cx, e);
                self.err(TypeError::NotAnLvalue { span: e.span });
                Type::Error
            }
        }
    }
}

fn describe_lvalue(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(id) => format!("`{}`", id.name),
        ExprKind::Field { field, .. } => format!("field `{}`", field.name),
        ExprKind::TupleIndex { index, .. } => format!("tuple element {index}"),
        ExprKind::Index { .. } => "this element".to_string(),
        _ => "this location".to_string(),
    }
}

/// P's `FunctionValidator.SurelyReturns`.
pub(crate) fn surely_returns(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Block(stmts) => stmts.iter().any(surely_returns),
        StmtKind::If { then_branch, else_branch, .. } => {
            surely_returns(then_branch) && else_branch.as_ref().is_some_and(|e| surely_returns(e))
        }
        StmtKind::Return(_) | StmtKind::Goto { .. } | StmtKind::Raise { .. } => true,
        StmtKind::Assert { cond, .. } | StmtKind::Assume { cond, .. } => matches!(cond.kind, ExprKind::Bool(false)),
        StmtKind::Receive { cases } => cases.iter().all(|c| c.handler.body.stmts.iter().any(surely_returns)),
        _ => false,
    }
}
