//! Expression typing (P's `ExprVisitor`): every expression gets a type, recorded by [`crate::ast::ExprId`];
//! an expression whose operands already failed gets [`Type::Error`] without a second report.

use super::error::TypeError;
use super::symbols::FunId;
use super::types::{PermissionOrigin, Type};
use super::{Checker, Resolved};
use crate::ast::*;
use crate::span::{Ident, Span};
use indexmap::IndexMap;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarKind {
    Local,
    Field,
    GlobalParam,
}

impl VarKind {
    pub(crate) fn resolved(self) -> Resolved {
        match self {
            VarKind::Local => Resolved::Local,
            VarKind::Field => Resolved::Field,
            VarKind::GlobalParam => Resolved::GlobalParam,
        }
    }
}

/// What a name in an expression refers to.
pub(crate) enum NameRef {
    Var(Type, VarKind),
    EnumElem(String),
    Event(String),
    Unknown,
}

/// The context of one function body being checked.
pub(crate) struct BodyCtx {
    pub fun: FunId,
    pub machine: Option<String>,
    pub is_monitor: bool,
    /// The declared return type of the function (`null` for none).
    pub fun_ret: Type,
    /// What a `return` must produce here (`null` inside receive cases, as in P).
    pub ret: Type,
    /// Innermost scope last: parameters and locals, then receive-case scopes.
    pub scopes: Vec<IndexMap<String, Type>>,
    pub loop_depth: u32,
    /// Inside a receive case: P checks `break`/`continue` placement only outside them.
    pub in_receive_case: bool,
    /// Inside a `foreach` invariant, which P type-checks but never runs.
    pub in_invariant: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn lookup_name(&self, cx: &BodyCtx, name: &str) -> NameRef {
        for scope in cx.scopes.iter().rev() {
            if let Some(t) = scope.get(name) {
                return NameRef::Var(t.clone(), VarKind::Local);
            }
        }
        if let Some(m) = cx.machine.as_ref().and_then(|m| self.syms.machines.get(m)) {
            if let Some((t, _)) = m.fields.get(name) {
                return NameRef::Var(t.clone(), VarKind::Field);
            }
        }
        if let Some(p) = self.syms.params.get(name) {
            return NameRef::Var(p.ty.clone(), VarKind::GlobalParam);
        }
        if let Some(e) = self.syms.enum_elems.get(name) {
            return NameRef::EnumElem(e.enum_name.clone());
        }
        if self.syms.events.contains_key(name) {
            return NameRef::Event(name.to_string());
        }
        NameRef::Unknown
    }

    fn effect(&mut self, cx: &BodyCtx, set: impl FnOnce(&mut super::symbols::Effects)) {
        if let Some(f) = self.fun_mut(cx.fun) {
            set(&mut f.effects);
        }
    }

    pub(crate) fn mismatch(&mut self, what: impl Into<String>, expected: &Type, found: &Type, span: Span) {
        if let Type::Alias { name, ty } = found {
            if expected.is_assignable_from(ty) {
                self.err(TypeError::AliasNotExpanded {
                    what: what.into(),
                    alias: name.clone(),
                    expansion: ty.to_string(),
                    expected: expected.to_string(),
                    span,
                });
                return;
            }
        }
        self.err(TypeError::TypeMismatch {
            what: what.into(),
            expected: expected.to_string(),
            found: found.to_string(),
            span,
        });
    }

    /// Reports unless `expected ← found`; errors are assignable everywhere.
    pub(crate) fn expect_assignable(&mut self, what: impl Into<String>, expected: &Type, found: &Type, span: Span) -> bool {
        if expected.is_assignable_from(found) {
            return true;
        }
        self.mismatch(what, expected, found, span);
        false
    }

    pub(crate) fn expr(&mut self, cx: &mut BodyCtx, e: &Expr) -> Type {
        let ty = self.expr_inner(cx, e);
        self.set_expr_type(e.id, ty.clone());
        ty
    }

    pub(crate) fn exprs(&mut self, cx: &mut BodyCtx, es: &[Expr]) -> Vec<Type> {
        es.iter().map(|e| self.expr(cx, e)).collect()
    }

    fn expr_inner(&mut self, cx: &mut BodyCtx, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Name(id) => match self.lookup_name(cx, &id.name) {
                NameRef::Var(t, kind) => {
                    self.resolve_expr(e.id, kind.resolved());
                    t
                }
                NameRef::EnumElem(en) => {
                    let value = self.syms.enum_elems.get(&id.name).map_or(0, |x| x.value);
                    self.resolve_expr(e.id, Resolved::EnumElem { enum_name: en.clone(), value });
                    Type::Enum(en)
                }
                NameRef::Event(ev) => {
                    self.resolve_expr(e.id, Resolved::Event(ev));
                    Type::Event
                }
                NameRef::Unknown => {
                    self.unknown_in_scope(cx, "variable, enum element or event", id);
                    Type::Error
                }
            },
            ExprKind::Int(v) => {
                if *v > i32::MAX as u64 {
                    self.err(TypeError::IntOutOfRange { value: *v, span: e.span });
                    Type::Error
                } else {
                    Type::Int
                }
            }
            ExprKind::Float(_) => Type::Float,
            ExprKind::Bool(_) => Type::Bool,
            ExprKind::Null => Type::Null,
            ExprKind::Nondet | ExprKind::FairNondet => {
                let what = if matches!(e.kind, ExprKind::Nondet) { "`$`" } else { "`$$`" };
                if self.monitor_forbids(cx, what, e.span) {
                    return Type::Error;
                }
                self.effect(cx, |f| f.nondet = true);
                Type::Bool
            }
            ExprKind::Halt => Type::Event,
            ExprKind::This => match &cx.machine {
                None => {
                    self.err(TypeError::MisplacedThis { span: e.span });
                    Type::Error
                }
                Some(m) => {
                    if self.monitor_forbids(cx, "`this`", e.span) {
                        return Type::Error;
                    }
                    let events = self.syms.machines.get(m).map_or_else(Rc::default, |mi| mi.receives.clone());
                    Type::Permission { name: m.clone(), origin: PermissionOrigin::Machine, events }
                }
            },
            ExprKind::Str(s) => {
                self.check_format(s, 0, e.span);
                Type::String
            }
            ExprKind::Format { format, format_span, args } => {
                self.exprs(cx, args);
                if self.check_format(format, args.len(), *format_span) {
                    Type::String
                } else {
                    Type::Error
                }
            }
            ExprKind::Tuple(es) => Type::Tuple(self.exprs(cx, es).into_iter().map(Type::into_canon).collect()),
            ExprKind::NamedTuple(fields) => {
                let mut seen = BTreeSet::new();
                let mut out = Vec::new();
                for (name, fe) in fields {
                    let t = self.expr(cx, fe);
                    if !seen.insert(name.name.clone()) {
                        self.err(TypeError::DuplicateField { name: name.name.clone(), span: name.span });
                    }
                    out.push((name.name.clone(), t.into_canon()));
                }
                Type::NamedTuple(out)
            }
            ExprKind::Field { base, field } => {
                let bt = self.expr(cx, base);
                self.field_type(&bt, field, base.span)
            }
            ExprKind::TupleIndex { base, index, index_span } => {
                let bt = self.expr(cx, base);
                self.tuple_index_type(&bt, *index, *index_span, base.span)
            }
            ExprKind::Index { base, index } => {
                let bt = self.expr(cx, base);
                let it = self.expr(cx, index);
                if bt.is_error() || it.is_error() {
                    return Type::Error;
                }
                match bt.into_canon() {
                    Type::Seq(el) | Type::Set(el) => {
                        if self.expect_assignable("the index", &Type::Int, &it, index.span) {
                            *el
                        } else {
                            Type::Error
                        }
                    }
                    Type::Map(k, v) => {
                        if self.expect_assignable("the key", &k, &it, index.span) {
                            *v
                        } else {
                            Type::Error
                        }
                    }
                    other => {
                        self.mismatch_kind("the indexed expression", "a seq, set or map", &other, base.span);
                        Type::Error
                    }
                }
            }
            ExprKind::Keys(inner) | ExprKind::Values(inner) => {
                let t = self.expr(cx, inner);
                match t.into_canon() {
                    Type::Error => Type::Error,
                    Type::Map(k, v) => Type::Seq(if matches!(e.kind, ExprKind::Keys(_)) { k } else { v }),
                    other => {
                        let what = if matches!(e.kind, ExprKind::Keys(_)) { "the operand of `keys`" } else { "the operand of `values`" };
                        self.mismatch_kind(what, "a map", &other, inner.span);
                        Type::Error
                    }
                }
            }
            ExprKind::Sizeof(inner) => {
                let t = self.expr(cx, inner);
                match t.into_canon() {
                    Type::Error => Type::Error,
                    Type::Seq(_) | Type::Set(_) | Type::Map(..) => Type::Int,
                    other => {
                        self.mismatch_kind("the operand of `sizeof`", "a seq, set or map", &other, inner.span);
                        Type::Error
                    }
                }
            }
            ExprKind::Default(te) => self.resolve_type(te).into_canon(),
            ExprKind::New { interface, args } => self.new_machine(cx, interface, args, e.span),
            ExprKind::Call { fun, args } => {
                let (ty, target) = self.call(cx, fun, args, e.span, true);
                if let Some(f) = target {
                    self.resolve_expr(e.id, Resolved::Function(f));
                }
                ty
            }
            ExprKind::Unary { op, operand } => {
                let t = self.expr(cx, operand);
                if t.is_error() {
                    return Type::Error;
                }
                match op {
                    UnaryOp::Neg if Type::Int.is_assignable_from(&t) || Type::Float.is_assignable_from(&t) => t,
                    UnaryOp::Not if Type::Bool.is_assignable_from(&t) => Type::Bool,
                    UnaryOp::Neg => {
                        self.mismatch_kind("the operand of `-`", "`int` or `float`", &t, operand.span);
                        Type::Error
                    }
                    UnaryOp::Not => {
                        self.mismatch("the operand of `!`", &Type::Bool, &t, operand.span);
                        Type::Error
                    }
                }
            }
            ExprKind::Binary { op, lhs, rhs } => self.binary(cx, *op, lhs, rhs, e.span),
            ExprKind::Cast { expr, kind, ty } => {
                let old = self.expr(cx, expr);
                let new = self.resolve_type(ty);
                if old.is_error() || new.is_error() {
                    return Type::Error;
                }
                self.cast(old, new, *kind, e.span)
            }
            ExprKind::Choose(arg) => {
                if self.monitor_forbids(cx, "`choose`", e.span) {
                    if let Some(a) = arg {
                        self.expr(cx, a);
                    }
                    return Type::Error;
                }
                self.effect(cx, |f| f.nondet = true);
                let Some(a) = arg else { return Type::Bool };
                let t = self.expr(cx, a);
                match t.into_canon() {
                    Type::Error => Type::Error,
                    Type::Seq(el) | Type::Set(el) => *el,
                    Type::Map(k, _) => *k,
                    Type::Int => {
                        if let ExprKind::Int(v) = a.kind {
                            if v > 10000 {
                                self.err(TypeError::BadChoose {
                                    detail: format!("at most 10000 choices are allowed, not {v}"),
                                    span: e.span,
                                });
                                return Type::Error;
                            }
                        }
                        Type::Int
                    }
                    other => {
                        self.err(TypeError::BadChoose {
                            detail: format!("cannot choose from a value of type `{other}`"),
                            span: a.span,
                        });
                        Type::Error
                    }
                }
            }
            // Operands are not checked: quantifier bodies use binders the checker does not model.
            ExprKind::Verifier { what, .. } => {
                if cx.in_invariant && *what != "float" {
                    // P type-checks `foreach` invariants but never lowers them, so these are accepted there.
                    return Type::Bool;
                }
                self.err(TypeError::VerifierConstruct { what: format!("`{what}`"), span: e.span });
                Type::Error
            }
            ExprKind::Error => Type::Error,
        }
    }


    pub(crate) fn mismatch_kind(&mut self, what: &str, expected: &str, found: &Type, span: Span) {
        self.err(TypeError::TypeMismatch {
            what: what.to_string(),
            expected: expected.trim_matches('`').to_string(),
            found: found.to_string(),
            span,
        });
    }

    /// Reports a monitor-only restriction; true if reported.
    pub(crate) fn monitor_forbids(&mut self, cx: &BodyCtx, what: &str, span: Span) -> bool {
        if cx.is_monitor {
            let machine = cx.machine.clone().unwrap_or_default();
            self.err(TypeError::IllegalInMonitor { what: what.to_string(), machine, span });
            return true;
        }
        false
    }

    pub(crate) fn field_type(&mut self, base: &Type, field: &Ident, base_span: Span) -> Type {
        match base.canon() {
            Type::Error => Type::Error,
            Type::NamedTuple(fs) => match fs.iter().find(|(n, _)| *n == field.name) {
                Some((_, t)) => t.clone(),
                None => {
                    self.err(TypeError::NoField { field: field.name.clone(), ty: base.to_string(), span: field.span });
                    Type::Error
                }
            },
            other => {
                self.mismatch_kind("the expression before `.`", "a named tuple", other, base_span);
                Type::Error
            }
        }
    }

    pub(crate) fn tuple_index_type(&mut self, base: &Type, index: u32, index_span: Span, base_span: Span) -> Type {
        match base.canon() {
            Type::Error => Type::Error,
            Type::Tuple(ts) => match ts.get(index as usize) {
                Some(t) => t.clone(),
                None => {
                    self.err(TypeError::TupleIndexOutOfRange { index, ty: base.to_string(), span: index_span });
                    Type::Error
                }
            },
            other => {
                self.mismatch_kind("the expression before `.`", "a tuple", other, base_span);
                Type::Error
            }
        }
    }

    /// Checks a format string against its argument count (P's `PrintStmtNumArgs`); true if well formed.
    pub(crate) fn check_format(&mut self, s: &str, nargs: usize, span: Span) -> bool {
        match format_arg_count(s) {
            None => {
                self.err(TypeError::BadFormatString { span });
                false
            }
            Some(n) if n != nargs => {
                self.err(TypeError::ArgCount { what: "this format string".into(), expected: n, found: nargs, span });
                false
            }
            Some(_) => true,
        }
    }

    pub(crate) fn new_machine(&mut self, cx: &mut BodyCtx, interface: &Ident, args: &[Expr], span: Span) -> Type {
        let arg_types = self.exprs(cx, args);
        let Some(info) = self.syms.interfaces.get(&interface.name) else {
            self.unknown("interface", interface);
            return Type::Error;
        };
        let (payload, events) = (info.payload.clone(), info.receives.clone());
        if self.monitor_forbids(cx, "`new`", span) {
            return Type::Error;
        }
        let typed: Vec<(Type, Span)> = arg_types.into_iter().zip(args.iter().map(|a| a.span)).collect();
        self.validate_payload(&payload, &typed, span, &format!("`new {}`", interface.name));
        self.effect(cx, |f| f.create = true);
        if let Some(f) = self.fun_mut(cx.fun) {
            f.creates.insert(interface.name.clone());
        }
        Type::Permission { name: interface.name.clone(), origin: PermissionOrigin::Interface, events }
    }

    /// P's `ValidatePayloadTypes`: several arguments are packed into an unnamed tuple.
    pub(crate) fn validate_payload(&mut self, payload: &Type, args: &[(Type, Span)], span: Span, what: &str) {
        if payload.is_error() {
            return;
        }
        match args {
            [] => {
                if !payload.is_same_as(&Type::Null) {
                    self.err(TypeError::MissingPayload { what: what.to_string(), expected: payload.to_string(), span });
                }
            }
            [(t, s)] if *payload == Type::Null && !t.is_error() && !payload.is_assignable_from(t) => {
                self.err(TypeError::UnexpectedPayload { what: what.to_string(), found: t.to_string(), span: *s });
            }
            [(t, s)] => {
                self.expect_assignable(format!("the payload of {what}"), payload, t, *s);
            }
            _ => match payload.canon() {
                Type::Tuple(ts) if ts.len() == args.len() => {
                    for (i, (t, s)) in args.iter().enumerate() {
                        if let Some(expected) = ts.get(i) {
                            self.expect_assignable(format!("payload element {i} of {what}"), expected, t, *s);
                        }
                    }
                }
                Type::Tuple(ts) => {
                    self.err(TypeError::ArgCount { what: what.to_string(), expected: ts.len(), found: args.len(), span })
                }
                _ => self.err(TypeError::ArgCount { what: what.to_string(), expected: 1, found: args.len(), span }),
            },
        }
    }

    /// A call to a method of the current machine or a global function.
    pub(crate) fn call(
        &mut self,
        cx: &mut BodyCtx,
        fun: &Ident,
        args: &[Expr],
        span: Span,
        as_expr: bool,
    ) -> (Type, Option<FunId>) {
        let arg_types = self.exprs(cx, args);
        let method = cx.machine.as_ref().and_then(|m| self.syms.machines.get(m)).and_then(|m| m.methods.get(&fun.name));
        let Some(id) = method.or_else(|| self.syms.global_funs.get(&fun.name)).copied() else {
            if self.is_verifier_decl(&fun.name) {
                self.err(TypeError::VerifierConstruct { what: format!("pure function `{}`", fun.name), span: fun.span });
            } else {
                self.unknown("function", fun);
            }
            return (Type::Error, None);
        };
        let Some(info) = self.syms.function(id) else { return (Type::Error, None) };
        let (params, ret) = (info.params.clone(), info.ret.clone());
        if params.len() != args.len() {
            self.err(TypeError::ArgCount {
                what: format!("function `{}`", fun.name),
                expected: params.len(),
                found: args.len(),
                span,
            });
            return (if as_expr { Type::Error } else { ret }, Some(id));
        }
        for (i, ((pname, pty), at)) in params.iter().zip(&arg_types).enumerate() {
            let s = args.get(i).map_or(span, |a| a.span);
            self.expect_assignable(format!("argument `{pname}` of `{}`", fun.name), pty, at, s);
        }
        if let Some(f) = self.fun_mut(cx.fun) {
            f.callees.insert(id);
        }
        (ret, Some(id))
    }

    fn is_verifier_decl(&self, name: &str) -> bool {
        self.program
            .decls
            .iter()
            .any(|d| matches!(d, TopDecl::Verifier(v) if v.name.as_ref().is_some_and(|n| n.name == name)))
    }

    fn binary(&mut self, cx: &mut BodyCtx, op: BinaryOp, lhs: &Expr, rhs: &Expr, span: Span) -> Type {
        let l = self.expr(cx, lhs);
        let r = self.expr(cx, rhs);
        if l.is_error() || r.is_error() {
            return Type::Error;
        }
        let both = |t: &Type| t.is_assignable_from(&l) && t.is_assignable_from(&r);
        let bad = |this: &mut Self| {
            this.err(TypeError::BadOperands { op: op.symbol(), lhs: l.to_string(), rhs: r.to_string(), span });
            Type::Error
        };
        match op {
            BinaryOp::Add => {
                if both(&Type::String) || both(&Type::Int) || both(&Type::Float) {
                    l.clone()
                } else {
                    bad(self)
                }
            }
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => {
                if both(&Type::Int) || both(&Type::Float) || both(&Type::String) {
                    l.clone()
                } else {
                    bad(self)
                }
            }
            BinaryOp::Mod => {
                if both(&Type::Int) || both(&Type::Float) {
                    l.clone()
                } else {
                    bad(self)
                }
            }
            BinaryOp::Lt | BinaryOp::Gt | BinaryOp::Le | BinaryOp::Ge => {
                if both(&Type::Int) || both(&Type::Float) || both(&Type::String) {
                    Type::Bool
                } else {
                    bad(self)
                }
            }
            BinaryOp::In => {
                let elem = match r.canon() {
                    Type::Map(k, _) => (**k).clone(),
                    Type::Seq(el) | Type::Set(el) => (**el).clone(),
                    other => {
                        self.mismatch_kind("the right operand of `in`", "a seq, set or map", other, rhs.span);
                        return Type::Error;
                    }
                };
                if self.expect_assignable("the left operand of `in`", &elem, &l, lhs.span) {
                    Type::Bool
                } else {
                    Type::Error
                }
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                if l.is_assignable_from(&r) || r.is_assignable_from(&l) {
                    Type::Bool
                } else {
                    bad(self)
                }
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Implies | BinaryOp::Iff => {
                if !self.expect_assignable(format!("the left operand of `{}`", op.symbol()), &Type::Bool, &l, lhs.span) {
                    return Type::Error;
                }
                if !self.expect_assignable(format!("the right operand of `{}`", op.symbol()), &Type::Bool, &r, rhs.span) {
                    return Type::Error;
                }
                Type::Bool
            }
        }
    }

    fn cast(&mut self, old: Type, new: Type, kind: CastKind, span: Span) -> Type {
        let bad = |this: &mut Self, op: &'static str| {
            this.err(TypeError::BadCast { op, from: old.to_string(), to: new.to_string(), span });
            Type::Error
        };
        match kind {
            CastKind::As => {
                if new.is_assignable_from(&old) || old.is_assignable_from(&new) {
                    new.clone()
                } else {
                    bad(self, "as")
                }
            }
            CastKind::To => {
                // P tests `is PermissionType` on the types as written and compares the rest canonically.
                let target_ok = new.is_permission() || new.is_same_as(&Type::Int) || new.is_same_as(&Type::Float);
                if !target_ok {
                    return bad(self, "to");
                }
                let numeric = |t: &Type| t.is_same_as(&Type::Int) || t.is_same_as(&Type::Float);
                let ok = if numeric(&old) {
                    numeric(&new)
                } else if matches!(old.canon(), Type::Enum(_)) {
                    new.is_same_as(&old) || new.is_same_as(&Type::Int)
                } else if old.is_same_as(&Type::Machine) || old.is_permission() {
                    match (&old, &new) {
                        _ if new.is_same_as(&old) => true,
                        (_, Type::Permission { .. }) if old.is_same_as(&Type::Machine) => true,
                        (Type::Permission { events: old_events, .. }, Type::Permission { events, .. }) => {
                            events.is_subset(old_events)
                        }
                        _ => false,
                    }
                } else {
                    false
                };
                if ok {
                    new.clone()
                } else {
                    bad(self, "to")
                }
            }
        }
    }
}

/// P's `PrintStmtNumArgs`: max placeholder index + 1, `None` when malformed.
pub(crate) fn format_arg_count(s: &str) -> Option<usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut max = 0usize;
    let mut i = 0usize;
    while let Some(&c) = chars.get(i) {
        match c {
            '{' => {
                i += 1;
                let c = *chars.get(i)?;
                if c == '{' {
                    i += 1;
                    continue;
                }
                let mut cur: usize = 0;
                loop {
                    let d = chars.get(i)?.to_digit(10)?;
                    cur = cur.saturating_mul(10).saturating_add(d as usize);
                    i += 1;
                    if *chars.get(i)? == '}' {
                        break;
                    }
                }
                max = max.max(cur + 1);
                i += 1;
            }
            '}' => {
                if chars.get(i + 1) != Some(&'}') {
                    return None;
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    Some(max)
}
