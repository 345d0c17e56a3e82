//! The module system and test declarations (P's `ModuleExprVisitor` and `ModuleSystemTypeChecker`):
//! module expressions, closedness, main machines, implementations, `DefaultImpl`, test cases.

use super::error::TypeError;
use super::types::EventSet;
use super::{Checker, TestCase};
use crate::ast::*;
use crate::span::{Ident, Span};
use indexmap::IndexMap;
use std::collections::BTreeSet;

/// What a module expression denotes (P's `ModuleInfo`).
#[derive(Clone, Debug, Default)]
pub(crate) struct ModuleInfo {
    /// Bound interface → machine (P's `InterfaceDef`).
    pub bindings: IndexMap<String, String>,
    /// Bound interface → (created interface → interface it is linked to) (P's `LinkMap`).
    pub links: IndexMap<String, IndexMap<String, String>>,
    pub sends: EventSet,
    pub receives: EventSet,
    pub creates: BTreeSet<String>,
    pub private_events: EventSet,
    pub private_interfaces: BTreeSet<String>,
    /// Attached spec monitor → interfaces it observes.
    pub monitors: IndexMap<String, Vec<String>>,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_modules_and_tests(&mut self) {
        let program = self.program;
        for decl in &program.decls {
            if let TopDecl::Module(m) = decl {
                if self.syms.modules.get(&m.name.name) == Some(&m.name.span) {
                    let mut stack = vec![m.name.name.clone()];
                    self.module_info(&m.module, &mut stack);
                }
            }
        }
        // P lists implementations before safety tests (Scope.AllDecls), each in declaration order.
        let mut any_test = false;
        let mut any_impl = false;
        for decl in &program.decls {
            if let TopDecl::Implementation(i) = decl {
                any_impl = true;
                self.check_implementation(i);
            }
        }
        for decl in &program.decls {
            if let TopDecl::Test(t) = decl {
                any_test |= t.refines.is_none();
                self.check_test(t);
            }
        }
        if !any_test && !any_impl && self.syms.machines.contains_key("Main") {
            self.default_impl();
        }
    }

    fn default_impl(&mut self) {
        let mut bindings = IndexMap::new();
        let mut creates = BTreeSet::new();
        for (name, m) in &self.syms.machines {
            if !m.is_monitor() {
                bindings.insert(name.clone(), name.clone());
                creates.extend(m.creates.iter().cloned());
            }
        }
        let open: Vec<String> = creates.into_iter().filter(|i| !bindings.contains_key(i)).collect();
        if let Some(i) = open.first() {
            let span = self.syms.interfaces.get(i).map_or_else(Span::default, |x| x.span);
            self.err(TypeError::NotClosed { what: "implementation `DefaultImpl`".into(), interface: i.clone(), span });
            return;
        }
        let monitors = self.scenarios();
        self.tests.push(TestCase {
            name: "DefaultImpl".into(),
            main: "Main".into(),
            bindings,
            monitors,
            observed: IndexMap::new(),
            params: Vec::new(),
        });
    }

    fn scenarios(&self) -> Vec<String> {
        self.syms.machines.iter().filter(|(_, m)| m.kind == MachineKind::Scenario).map(|(n, _)| n.clone()).collect()
    }

    fn monitors_of(&self, info: &ModuleInfo) -> Vec<String> {
        let mut out: Vec<String> = info.monitors.keys().cloned().collect();
        for s in self.scenarios() {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    fn check_closed(&mut self, info: &ModuleInfo, what: &str, span: Span) -> bool {
        if let Some(i) = info.creates.iter().find(|i| !info.bindings.contains_key(*i)) {
            self.err(TypeError::NotClosed { what: what.to_string(), interface: i.clone(), span });
            return false;
        }
        true
    }

    fn check_implementation(&mut self, decl: &ImplementationDecl) {
        let mut stack = Vec::new();
        let Some(info) = self.module_info(&decl.module, &mut stack) else { return };
        let what = format!("implementation `{}`", decl.name.name);
        if !self.check_closed(&info, &what, decl.name.span) {
            return;
        }
        if let Some(main) = &decl.main {
            let monitors = self.monitors_of(&info);
            self.tests.push(TestCase {
                name: decl.name.name.clone(),
                main: main.name.clone(),
                bindings: info.bindings.clone(),
                monitors,
                observed: info.monitors.clone(),
                params: Vec::new(),
            });
        }
    }

    fn check_test(&mut self, t: &'a TestDecl) {
        let mut stack = Vec::new();
        let info = self.module_info(&t.module, &mut stack);
        if let Some(r) = &t.refines {
            self.module_info(r, &mut Vec::new());
            self.err(TypeError::RefinementTest { name: t.name.name.clone(), span: t.span });
            return;
        }
        let Some(main) = &t.main else {
            self.err(TypeError::MissingMainAnnotation { test: t.name.name.clone(), span: t.name.span });
            return;
        };
        let assignments = self.expand_params(t);
        let Some(info) = info else { return };
        let what = format!("test `{}`", t.name.name);
        if !self.check_closed(&info, &what, t.name.span) {
            return;
        }
        let in_module =
            info.bindings.values().any(|m| *m == main.name && self.syms.machines.get(m).is_some_and(|mi| !mi.is_monitor()));
        if !in_module {
            self.err(TypeError::NoMain {
                test: t.name.name.clone(),
                detail: format!("machine `{}` does not exist in the test module", main.name),
                span: main.span,
            });
            return;
        }
        if self.syms.machines.get(&main.name).is_some_and(|m| m.payload != super::types::Type::Null) {
            self.err(TypeError::NoMain {
                test: t.name.name.clone(),
                detail: format!(
                    "main machine `{}` cannot take a parameter in the entry function of its start state",
                    main.name
                ),
                span: main.span,
            });
            return;
        }
        let Some(assignments) = assignments else { return };
        let monitors = self.monitors_of(&info);
        for (name, params) in assignments {
            self.tests.push(TestCase {
                name,
                main: main.name.clone(),
                bindings: info.bindings.clone(),
                monitors: monitors.clone(),
                observed: info.monitors.clone(),
                params,
            });
        }
    }

    /// Evaluates and checks a module expression; `None` after reporting an error.
    pub(crate) fn module_info(&mut self, m: &ModExpr, stack: &mut Vec<String>) -> Option<ModuleInfo> {
        match &m.kind {
            ModExprKind::Error => None,
            ModExprKind::Named(id) => {
                if self.syms.modules.get(&id.name).is_none() {
                    self.unknown("module", id);
                    return None;
                }
                if stack.contains(&id.name) {
                    self.err(TypeError::BadModuleOp { detail: format!("module `{}` refers to itself", id.name), span: id.span });
                    return None;
                }
                let program = self.program;
                let decl = program.decls.iter().find_map(|d| match d {
                    TopDecl::Module(md) if md.name.name == id.name => Some(md),
                    _ => None,
                })?;
                stack.push(id.name.clone());
                let r = self.module_info(&decl.module, stack);
                stack.pop();
                r
            }
            ModExprKind::Primitive(bindings) => self.primitive_module(bindings, m.span),
            ModExprKind::Compose(ms) | ModExprKind::Union(ms) => {
                let compose = matches!(m.kind, ModExprKind::Compose(_));
                let mut infos = Vec::new();
                for sub in ms {
                    infos.push((self.module_info(sub, stack), sub.span));
                }
                let infos: Vec<(ModuleInfo, Span)> =
                    infos.into_iter().map(|(i, s)| i.map(|i| (i, s))).collect::<Option<Vec<_>>>()?;
                self.compose(infos, compose)
            }
            ModExprKind::Main { module, .. } => self.module_info(module, stack),
            ModExprKind::Assert { specs, module } => {
                let inner = self.module_info(module, stack);
                let mut specs_ok = Vec::new();
                for s in specs {
                    match self.syms.machines.get(&s.name) {
                        None => self.unknown("spec monitor", s),
                        Some(mi) if !mi.is_monitor() => {
                            self.err(TypeError::ExpectedSpec { name: s.name.clone(), span: s.span })
                        }
                        Some(_) => specs_ok.push(s.clone()),
                    }
                }
                let mut info = inner?;
                if specs_ok.len() != specs.len() {
                    return None;
                }
                self.attach_monitors(&mut info, &specs_ok, m.span)?;
                Some(info)
            }
            ModExprKind::HideEvents { events, module } => {
                let hidden = self.module_events(events);
                let info = self.module_info(module, stack)?;
                // P 3.0 passes these checks and then crashes (its `hidee` check reads the module info before
                // building it); Plait follows the module-system rules instead, as the project's corpus decides.
                self.hide_events(info, hidden?, m.span)
            }
            ModExprKind::HideInterfaces { interfaces, module } => {
                let hidden = self.module_interfaces(interfaces);
                let mut info = self.module_info(module, stack)?;
                for i in hidden? {
                    if !(info.creates.contains(&i) && info.bindings.contains_key(&i)) {
                        self.err(TypeError::BadModuleOp {
                            detail: format!("interface `{i}` cannot be made private: it must be both created and bound in the module"),
                            span: m.span,
                        });
                        return None;
                    }
                    info.private_interfaces.insert(i);
                }
                Some(info)
            }
            ModExprKind::Rename { old, new, module } => {
                let ids = self.module_interfaces(std::slice::from_ref(new)).zip(self.module_interfaces(std::slice::from_ref(old)));
                let info = self.module_info(module, stack)?;
                ids?;
                self.rename(info, &old.name, &new.name, m.span)
            }
        }
    }

    fn module_events(&mut self, events: &[EventRef]) -> Option<EventSet> {
        let before = self.errors.len();
        let set = self.event_list(events);
        (self.errors.len() == before).then_some(set)
    }

    fn module_interfaces(&mut self, ids: &[Ident]) -> Option<Vec<String>> {
        let mut ok = true;
        let mut out = Vec::new();
        for id in ids {
            if self.syms.interfaces.contains_key(&id.name) {
                out.push(id.name.clone());
            } else {
                self.unknown("interface", id);
                ok = false;
            }
        }
        ok.then_some(out)
    }

    fn primitive_module(&mut self, bindings: &[Binding], span: Span) -> Option<ModuleInfo> {
        let mut info = ModuleInfo::default();
        let mut ok = true;
        for b in bindings {
            let iface = b.interface.as_ref().unwrap_or(&b.machine);
            let Some(i) = self.syms.interfaces.get(&iface.name).cloned() else {
                self.unknown("interface", iface);
                ok = false;
                continue;
            };
            let Some(mi) = self.syms.machines.get(&b.machine.name).cloned() else {
                self.unknown("machine", &b.machine);
                ok = false;
                continue;
            };
            if info.bindings.contains_key(&iface.name) {
                self.err(TypeError::DuplicateBinding { interface: iface.name.clone(), span });
                ok = false;
                continue;
            }
            if !i.receives.is_subset(&mi.receives) {
                self.err(TypeError::BadBinding {
                    detail: format!("the receive set of `{}` is not a subset of the receive set of `{}`", iface.name, b.machine.name),
                    span: b.machine.span,
                });
                ok = false;
            }
            if !mi.payload.is_assignable_from(&i.payload) {
                self.err(TypeError::BadBinding {
                    detail: format!("the payload type of `{}` does not fit the payload type of `{}`", iface.name, b.machine.name),
                    span: b.machine.span,
                });
                ok = false;
            }
            info.bindings.insert(iface.name.clone(), b.machine.name.clone());
            info.links.insert(iface.name.clone(), mi.creates.iter().map(|c| (c.clone(), c.clone())).collect());
            info.sends.extend(mi.sends.iter().cloned());
            info.receives.extend(mi.receives.iter().cloned());
            info.creates.extend(mi.creates.iter().cloned());
        }
        ok.then_some(info)
    }

    fn compose(&mut self, infos: Vec<(ModuleInfo, Span)>, compose: bool) -> Option<ModuleInfo> {
        for (a, (m1, s1)) in infos.iter().enumerate() {
            for (b, (m2, _)) in infos.iter().enumerate() {
                if a == b {
                    continue;
                }
                let fail = |this: &mut Self, detail: String| {
                    this.err(TypeError::BadComposition { detail, span: *s1 });
                    None
                };
                if let Some(i) = m1.bindings.keys().find(|i| m2.bindings.contains_key(*i)) {
                    return fail(self, format!("interface `{i}` is bound in more than one of the composed modules"));
                }
                let private: EventSet = m1.private_events.union(&m2.private_events).cloned().collect();
                let public: EventSet =
                    m1.sends.iter().chain(&m1.receives).chain(&m2.sends).chain(&m2.receives).cloned().collect();
                if let Some(e) = public.intersection(&private).next() {
                    return fail(self, format!("private event `{e}` is also sent or received after composition"));
                }
                for e in &public {
                    let embedded = self.payload_permissions_of_event(e);
                    if let Some(p) = private.iter().find(|p| embedded.contains(*p)) {
                        return fail(self, format!("private event `{p}` is a permission in the payload of `{e}`"));
                    }
                }
                let half_open: Vec<&String> = [m1, m2]
                    .iter()
                    .flat_map(|m| {
                        m.creates
                            .iter()
                            .filter(|i| !m.bindings.contains_key(*i))
                            .chain(m.bindings.keys().filter(|i| !m.creates.contains(*i)))
                    })
                    .collect();
                for i in half_open {
                    let receives = self.syms.interfaces.get(i).map(|x| x.receives.clone()).unwrap_or_default();
                    if let Some(p) = private.iter().find(|p| receives.contains(*p)) {
                        return fail(self, format!("private event `{p}` is received by interface `{i}`, which is created or bound in the module"));
                    }
                }
                for i in m1.bindings.keys().chain(m1.creates.iter()) {
                    let embedded = self.payload_permissions_of_interface(i);
                    if let Some(p) = m2.private_events.iter().find(|p| embedded.contains(*p)) {
                        return fail(self, format!("private event `{p}` is a permission in the constructor payload of interface `{i}`"));
                    }
                }
                if let Some(mon) = m1.monitors.keys().find(|k| m2.monitors.contains_key(*k)) {
                    return fail(self, format!("monitor `{mon}` is attached in more than one of the composed modules"));
                }
                if compose {
                    if let Some(e) = m1.sends.intersection(&m2.sends).next() {
                        return fail(self, format!("event `{e}` is sent by more than one of the composed modules"));
                    }
                    if let Some(i) = m1.creates.intersection(&m2.creates).next() {
                        return fail(self, format!("interface `{i}` is created by more than one of the composed modules"));
                    }
                }
            }
        }
        let mut out = ModuleInfo::default();
        for (m, _) in infos {
            out.private_events.extend(m.private_events);
            out.private_interfaces.extend(m.private_interfaces);
            out.monitors.extend(m.monitors);
            out.links.extend(m.links);
            out.bindings.extend(m.bindings);
            out.sends.extend(m.sends);
            out.receives.extend(m.receives);
            out.creates.extend(m.creates);
        }
        Some(out)
    }

    /// The events whose permissions a payload type carries (every event when unrestricted), as P's `GetPermissions`.
    fn payload_permissions_of_event(&self, event: &str) -> EventSet {
        let payload = self.syms.events.get(event).map(|e| e.payload.clone());
        self.permissions_or_universe(payload)
    }

    fn payload_permissions_of_interface(&self, interface: &str) -> EventSet {
        let payload = self.syms.interfaces.get(interface).map(|i| i.payload.clone());
        self.permissions_or_universe(payload)
    }

    fn permissions_or_universe(&self, ty: Option<super::types::Type>) -> EventSet {
        match ty {
            None => EventSet::new(),
            Some(t) => t.permissions().unwrap_or_else(|| (*self.syms.universe).clone()),
        }
    }

    fn attach_monitors(&mut self, info: &mut ModuleInfo, specs: &[Ident], span: Span) -> Option<()> {
        for s in specs {
            let observes = self.syms.machines.get(&s.name).map(|m| m.observes.clone()).unwrap_or_default();
            if let Some(e) = observes.iter().find(|e| !info.sends.contains(*e)) {
                self.err(TypeError::BadAssert {
                    detail: format!("spec `{}` observes event `{e}`, which the module never sends", s.name),
                    span,
                });
                return None;
            }
            if info.monitors.contains_key(&s.name) {
                self.err(TypeError::BadAssert { detail: format!("spec `{}` is already attached", s.name), span });
                return None;
            }
        }
        let interfaces: Vec<String> = info.bindings.keys().cloned().collect();
        for s in specs {
            info.monitors.insert(s.name.clone(), interfaces.clone());
        }
        Some(())
    }

    fn hide_events(&mut self, mut info: ModuleInfo, hidden: EventSet, span: Span) -> Option<ModuleInfo> {
        let both: EventSet = info.sends.intersection(&info.receives).cloned().collect();
        if let Some(e) = hidden.iter().find(|e| !both.contains(*e)) {
            self.err(TypeError::BadModuleOp {
                detail: format!("event `{e}` cannot be made private: it must be both sent and received by the module"),
                span,
            });
            return None;
        }
        let half_open = info
            .creates
            .iter()
            .filter(|i| !info.bindings.contains_key(*i))
            .chain(info.bindings.keys().filter(|i| !info.creates.contains(*i)));
        for i in half_open {
            let receives = self.syms.interfaces.get(i).map(|x| x.receives.clone()).unwrap_or_default();
            if let Some(e) = hidden.iter().find(|e| receives.contains(*e)) {
                self.err(TypeError::BadModuleOp {
                    detail: format!("event `{e}` cannot be made private: interface `{i}` receives it"),
                    span,
                });
                return None;
            }
        }
        for e in info.sends.union(&info.receives).filter(|e| !hidden.contains(*e)) {
            let embedded = self.payload_permissions_of_event(e);
            if let Some(p) = hidden.iter().find(|p| embedded.contains(*p)) {
                self.err(TypeError::BadModuleOp {
                    detail: format!("event `{p}` cannot be made private: it is a permission in the payload of `{e}`, which the module sends or receives"),
                    span,
                });
                return None;
            }
        }
        for i in info.bindings.keys().chain(info.creates.iter()) {
            let embedded = self.payload_permissions_of_interface(i);
            if let Some(p) = hidden.iter().find(|p| embedded.contains(*p)) {
                self.err(TypeError::BadModuleOp {
                    detail: format!("event `{p}` cannot be made private: it is a permission in the constructor payload of interface `{i}`"),
                    span,
                });
                return None;
            }
        }
        info.private_events.extend(hidden.iter().cloned());
        info.sends.retain(|e| !hidden.contains(e));
        info.receives.retain(|e| !hidden.contains(e));
        Some(info)
    }

    fn rename(&mut self, info: ModuleInfo, old: &str, new: &str, span: Span) -> Option<ModuleInfo> {
        let recv = |n: &str| self.syms.interfaces.get(n).map(|i| i.receives.clone()).unwrap_or_default();
        let fail = |this: &mut Self, detail: String| {
            this.err(TypeError::BadModuleOp { detail, span });
            None
        };
        if recv(old) != recv(new) {
            return fail(self, format!("`{new}` and `{old}` must have the same receive set"));
        }
        let known = |n: &str| info.creates.contains(n) || info.bindings.contains_key(n);
        if !known(old) {
            return fail(self, format!("`{old}` is neither created nor bound in the module"));
        }
        if known(new) {
            return fail(self, format!("`{new}` is already created or bound in the module"));
        }
        let ren = |n: &String| if n == old { new.to_string() } else { n.clone() };
        let mut out = ModuleInfo {
            sends: info.sends.clone(),
            receives: info.receives.clone(),
            private_events: info.private_events.clone(),
            private_interfaces: info.private_interfaces.iter().map(ren).collect(),
            monitors: info.monitors.iter().map(|(k, v)| (k.clone(), v.iter().map(ren).collect())).collect(),
            bindings: info.bindings.iter().map(|(k, v)| (ren(k), v.clone())).collect(),
            links: info
                .links
                .iter()
                .map(|(k, l)| (ren(k), l.iter().map(|(a, b)| (a.clone(), ren(b))).collect()))
                .collect(),
            creates: BTreeSet::new(),
        };
        let mut creates = BTreeSet::new();
        for (iface, machine) in &out.bindings {
            let mc = self.syms.machines.get(machine).map(|m| m.creates.clone()).unwrap_or_default();
            for c in mc {
                let linked = out.links.get(iface).and_then(|l| l.get(&c)).cloned().unwrap_or(c);
                creates.insert(linked);
            }
        }
        out.creates = creates;
        Some(out)
    }
}
