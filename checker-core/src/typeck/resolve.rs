//! Turning type expressions into [`Type`]s (P's `TypeResolver`): name lookup order, alias expansion, cycles.

use super::error::TypeError;
use super::types::{EventSet, PermissionOrigin, Type};
use super::Checker;
use crate::ast::{TypeExpr, TypeExprKind};
use crate::span::Ident;
use std::collections::BTreeSet;
use std::rc::Rc;

impl<'a> Checker<'a> {
    pub(crate) fn resolve_type(&mut self, te: &TypeExpr) -> Type {
        match &te.kind {
            TypeExprKind::Bool => Type::Bool,
            TypeExprKind::Int => Type::Int,
            TypeExprKind::Float => Type::Float,
            TypeExprKind::String => Type::String,
            TypeExprKind::Event => Type::Event,
            TypeExprKind::Machine => Type::Machine,
            TypeExprKind::Data => Type::Data,
            TypeExprKind::Any => Type::Any,
            TypeExprKind::Error => Type::Error,
            // Aliases inside collections and tuples are expanded (P canonicalizes them before comparing).
            TypeExprKind::Seq(t) => Type::Seq(Box::new(self.resolve_type(t).into_canon())),
            TypeExprKind::Set(t) => Type::Set(Box::new(self.resolve_type(t).into_canon())),
            TypeExprKind::Map(k, v) => {
                let k = self.resolve_type(k).into_canon();
                let v = self.resolve_type(v).into_canon();
                Type::Map(Box::new(k), Box::new(v))
            }
            TypeExprKind::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.resolve_type(t).into_canon()).collect()),
            TypeExprKind::NamedTuple(fields) => {
                let mut seen = BTreeSet::new();
                let mut out = Vec::new();
                for (name, t) in fields {
                    if !seen.insert(name.name.clone()) {
                        self.err(TypeError::DuplicateField { name: name.name.clone(), span: name.span });
                    }
                    let ty = self.resolve_type(t).into_canon();
                    out.push((name.name.clone(), ty));
                }
                Type::NamedTuple(out)
            }
            TypeExprKind::Named(name) => self.resolve_named_type(name),
        }
    }

    /// Lookup order of P: enum, typedef (and foreign type), event set, interface, machine, event.
    fn resolve_named_type(&mut self, name: &Ident) -> Type {
        let n = name.name.as_str();
        if self.syms.enums.contains_key(n) {
            return Type::Enum(n.to_string());
        }
        if self.syms.typedefs.contains_key(n) {
            let ty = self.resolve_typedef(name);
            return if ty.is_error() { ty } else { Type::Alias { name: n.to_string(), ty: Box::new(ty) } };
        }
        if let Some(es) = self.syms.event_sets.get(n) {
            return perm(n, PermissionOrigin::EventSet, es.events.clone());
        }
        if let Some(i) = self.syms.interfaces.get(n) {
            return perm(n, PermissionOrigin::Interface, i.receives.clone());
        }
        if let Some(m) = self.syms.machines.get(n) {
            return perm(n, PermissionOrigin::Machine, m.receives.clone());
        }
        if n != "null" && self.syms.events.contains_key(n) {
            let set: EventSet = std::iter::once(n.to_string()).collect();
            return perm(n, PermissionOrigin::Event, Rc::new(set));
        }
        self.unknown_name("type", n.to_string(), name.span);
        Type::Error
    }

    fn resolve_typedef(&mut self, name: &Ident) -> Type {
        let n = name.name.as_str();
        let Some(info) = self.syms.typedefs.get(n) else { return Type::Error };
        if info.foreign || !info.ty.is_error() {
            return info.ty.clone();
        }
        let Some(src) = self.typedef_src.get(n).copied() else { return Type::Error };
        let Some(def) = &src.ty else { return Type::Foreign(n.to_string()) };
        if self.typedef_resolving.iter().any(|r| r == n) {
            self.err(TypeError::CircularTypedef { name: n.to_string(), span: name.span });
            return Type::Error;
        }
        self.typedef_resolving.push(n.to_string());
        let ty = self.resolve_type(def).into_canon();
        self.typedef_resolving.pop();
        // Remove the source so that an alias which legitimately expands to an error is not re-resolved.
        self.typedef_src.shift_remove(n);
        if let Some(info) = self.syms.typedefs.get_mut(n) {
            info.ty = ty.clone();
        }
        ty
    }
}

fn perm(name: &str, origin: PermissionOrigin, events: Rc<EventSet>) -> Type {
    Type::Permission { name: name.to_string(), origin, events }
}
