//! "Did you mean" suggestions for unknown names: the closest declared name of the expected kind.

use super::error::TypeError;
use super::expr::BodyCtx;
use super::Checker;
use crate::span::{Ident, Span};

impl<'a> Checker<'a> {
    /// Reports an unknown name, suggesting a close declared name of the same kind when there is one.
    pub(crate) fn unknown_name(&mut self, kind: &'static str, name: String, span: Span) {
        let mut hint = closest(&name, &self.candidates(kind)).map(|c| format!("did you mean `{c}`?"));
        if kind == "function" && self.context_machine.is_none() {
            let owner = self.syms.machines.iter().find(|(_, m)| m.methods.contains_key(&name)).map(|(n, _)| n.clone());
            if let Some(owner) = owner {
                hint = Some(format!("`{name}` is a method of machine `{owner}`; global functions cannot call methods"));
            }
        }
        self.err(TypeError::UnknownName { kind, name, span, hint });
    }

    /// Reports an unknown variable-like name, also suggesting parameters and locals in scope.
    pub(crate) fn unknown_in_scope(&mut self, cx: &BodyCtx, kind: &'static str, id: &Ident) {
        let mut candidates: Vec<String> = cx.scopes.iter().flat_map(|s| s.keys().cloned()).collect();
        candidates.extend(self.candidates(kind));
        let hint = closest(&id.name, &candidates).map(|c| format!("did you mean `{c}`?"));
        self.err(TypeError::UnknownName { kind, name: id.name.clone(), span: id.span, hint });
    }

    /// Declared names a reference of `kind` could mean, in the current machine where relevant.
    fn candidates(&self, kind: &str) -> Vec<String> {
        let s = &self.syms;
        let machine = self.context_machine.as_ref().and_then(|m| s.machines.get(m));
        match kind {
            "type" => {
                let mut v = keys(&s.enums);
                v.extend(s.typedefs.keys().cloned());
                v.extend(s.event_sets.keys().cloned());
                v.extend(s.interfaces.keys().cloned());
                v.extend(s.machines.keys().cloned());
                v
            }
            "event" => s.events.keys().filter(|e| *e != "null").cloned().collect(),
            "function" => {
                let mut v = keys(&s.global_funs);
                if let Some(m) = machine {
                    v.extend(m.methods.keys().cloned());
                }
                v
            }
            "state" => machine.map(|m| m.states.keys().cloned().collect()).unwrap_or_default(),
            "interface" => keys(&s.interfaces),
            "machine" => keys(&s.machines),
            "spec monitor" => s.machines.iter().filter(|(_, m)| m.is_monitor()).map(|(n, _)| n.clone()).collect(),
            "module" => keys(&s.modules),
            _ => {
                let mut v = keys(&s.params);
                v.extend(s.enum_elems.keys().cloned());
                v.extend(s.events.keys().filter(|e| *e != "null").cloned());
                if let Some(m) = machine {
                    v.extend(m.fields.keys().cloned());
                }
                v
            }
        }
    }
}

fn keys<T>(m: &indexmap::IndexMap<String, T>) -> Vec<String> {
    m.keys().cloned().collect()
}

/// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
pub(crate) fn closest(name: &str, candidates: &[String]) -> Option<String> {
    let limit = match name.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    };
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        let d = if c.eq_ignore_ascii_case(name) { 0 } else { distance(name, c) };
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

/// Edit distance over characters, counting a swap of two neighbours as one edit (optimal string alignment).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        if let Some(x) = d.get_mut(at(i, 0)) {
            *x = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(x) = d.get_mut(at(0, j)) {
            *x = j;
        }
    }
    let get = |d: &Vec<usize>, i: usize, j: usize| d.get(at(i, j)).copied().unwrap_or(usize::MAX / 2);
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let (ca, cb) = (a.get(i - 1), b.get(j - 1));
            let cost = usize::from(ca != cb);
            let mut v = (get(&d, i - 1, j) + 1).min(get(&d, i, j - 1) + 1).min(get(&d, i - 1, j - 1) + cost);
            if i > 1 && j > 1 && ca == b.get(j - 2) && a.get(i - 2) == cb {
                v = v.min(get(&d, i - 2, j - 2) + 1);
            }
            if let Some(x) = d.get_mut(at(i, j)) {
                *x = v;
            }
        }
    }
    get(&d, a.len(), b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let c = vec!["eRequest".to_string(), "eResponse".to_string(), "Main".to_string()];
        assert_eq!(closest("eRequst", &c), Some("eRequest".to_string()));
        assert_eq!(closest("main", &c), Some("Main".to_string()));
        assert_eq!(closest("eShutdownNow", &c), None);
        assert_eq!(closest("x", &["y".to_string()]), None);
        assert_eq!(closest("Idel", &["Idle".to_string()]), Some("Idle".to_string()));
    }
}
